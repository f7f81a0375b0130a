/** @file ocr_page_tally.cpp @brief IndexProgress's OCR page counts, page by page within files being read. */
#include "indexer/ocr_page_tally.h"

namespace quorum::index {

void OcrPageTally::page(const std::string& path, std::uint64_t bytes, const extract::OcrPageEvent& event,
                        IndexProgress& progress) {
    auto [it, added] = files_.try_emplace(path);
    InFlight& f = it->second;
    if (added) {
        f.bytes = bytes;
        progress.pdf_bytes_in_flight += bytes;
    }
    const size_t done = event.pages_done > 0 ? static_cast<size_t>(event.pages_done) : 0;
    const size_t to_read = event.pages_to_read > 0 ? static_cast<size_t>(event.pages_to_read) : 0;
    // Events of one file come in order; a repeated or stale one changes nothing.
    if (done > f.done) {
        progress.ocr_pages_done += done - f.done;
        progress.ocr_pages_in_flight_done += done - f.done;
        f.done = done;
    }
    progress.ocr_pages_in_flight_to_read = progress.ocr_pages_in_flight_to_read - f.to_read + to_read;
    f.to_read = to_read;
}

void OcrPageTally::file_done(const std::string& path, size_t fresh_pages, IndexProgress& progress) {
    const auto it = files_.find(path);
    if (it != files_.end()) {
        const InFlight& f = it->second;
        progress.ocr_pages_done -= f.done;
        progress.ocr_pages_in_flight_done -= f.done;
        progress.ocr_pages_in_flight_to_read -= f.to_read;
        progress.pdf_bytes_in_flight -= f.bytes;
        files_.erase(it);
    }
    progress.ocr_pages_done += fresh_pages;
}

}  // namespace quorum::index
