/** @file ocr_options.h @brief How and when scanned PDF pages are OCR'd: mode, language, resolution and time budgets. */
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace quorum::extract {

/// When to OCR a PDF page. Auto: only pages without a usable text layer; Force: every page;
/// Off: never (a scan then fails as no-text-layer, as before OCR existed).
enum class OcrMode { Off, Auto, Force };

/// "off", "auto" or "force".
std::string_view ocr_mode_name(OcrMode mode);

/// The mode whose ocr_mode_name() is `name`; nullopt when there is none.
std::optional<OcrMode> ocr_mode_from_name(std::string_view name);

inline constexpr int kDefaultOcrDpi = 300;
inline constexpr double kDefaultOcrPageSeconds = 30;
inline constexpr double kDefaultOcrDocumentSeconds = 300;

/// The OCR settings of a run. The library default is Off, so that embedding code and tests
/// that do not ask for OCR keep the old behaviour; `quorum index` and `extract` default to Auto.
struct OcrOptions {
    OcrMode mode = OcrMode::Off;
    std::string language = "eng";   ///< Tesseract language(s), "eng" or "eng+fra"
    int dpi = kDefaultOcrDpi;        ///< resolution pages are rendered at for Tesseract
    double page_seconds = kDefaultOcrPageSeconds;          ///< Tesseract's deadline for one page
    double document_seconds = kDefaultOcrDocumentSeconds;  ///< no new page is started after this
                                                           ///< much OCR time on one document

    bool enabled() const { return mode != OcrMode::Off; }
    /// The longest OCR can take on one document (the cap plus one page's budget): the worker's
    /// time limit for a PDF is extended by this when OCR is on.
    double max_document_seconds() const { return enabled() ? document_seconds + page_seconds : 0; }
};

}  // namespace quorum::extract
