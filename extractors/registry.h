/** @file registry.h @brief The one place where extractors are registered and chosen for a file. */
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/extractor.h"
#include "extractors/ocr/ocr_options.h"

namespace quorum::extract {

/// Limits applied before any extractor runs.
struct ExtractLimits {
    std::uint64_t max_file_bytes = 512ull * 1024 * 1024;  ///< larger files fail as too-large
};

/// Reads a whole file, applying the size limit. Throws ExtractError (Unreadable, TooLarge)
/// whose what() names the file.
std::string read_file_bytes(const std::string& path, const ExtractLimits& limits = {});

/// Owns one instance of each extractor and picks one per file.
class Registry {
public:
    /// `ocr` says whether and how PDF pages without a usable text layer are OCR'd (off by default).
    explicit Registry(const OcrOptions& ocr = {});

    const OcrOptions& ocr() const { return ocr_; }

    /// Chooses by content first (`%PDF`, markup), then by the file extension, then falls back
    /// to text when the content looks like text. Returns nullptr for binary content of no
    /// known format. The pointer lives as long as the Registry.
    const Extractor* choose(std::string_view head, std::string_view path) const;

    /// Reads `path` and extracts it. Throws ExtractError whose what() names the file.
    Extraction extract_file(const std::string& path, const ExtractLimits& limits = {}) const;

    /// Extracts bytes already in memory; `path` is used for choosing and for messages. `known`
    /// holds OCR text the caller cached for pages of this file (see Extractor::extract_with_known_ocr).
    Extraction extract_bytes(std::string_view bytes, const std::string& path, const KnownOcrPages& known = {}) const;

private:
    OcrOptions ocr_;
    std::vector<std::unique_ptr<Extractor>> extractors_;
};

}  // namespace quorum::extract
