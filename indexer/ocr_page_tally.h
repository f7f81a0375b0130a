/** @file ocr_page_tally.h @brief Keeps IndexProgress's OCR page counts as pages of files still being read come in, so progress moves within one long scan. */
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>

#include "extractors/ocr/ocr_page_listener.h"
#include "indexer/indexer.h"

namespace quorum::index {

/// Owned by the thread that reports progress. page() for each page event of a file being read;
/// file_done() when the file's outcome arrives (read, failed or anything else).
class OcrPageTally {
public:
    /// A page of `path` (of `bytes` bytes) was OCR'd: counts it in `progress` at once.
    void page(const std::string& path, std::uint64_t bytes, const extract::OcrPageEvent& event, IndexProgress& progress);

    /// `path` is done, with `fresh_pages` pages Tesseract read for its extraction (its final
    /// count, which replaces the pages counted while it was read: a page that ran out of time
    /// or a file that failed has none).
    void file_done(const std::string& path, size_t fresh_pages, IndexProgress& progress);

private:
    struct InFlight {
        std::uint64_t bytes = 0;
        size_t done = 0, to_read = 0;
    };
    std::unordered_map<std::string, InFlight> files_;
};

}  // namespace quorum::index
