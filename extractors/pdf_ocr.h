/** @file pdf_ocr.h @brief OCR for the PDF extractor: which pages need it, and reading them with Tesseract (with the caller's cache). */
#pragma once

#include <string>
#include <vector>

#include "extractors/extraction.h"
#include "extractors/ocr/ocr_options.h"
#include "extractors/pdf_text.h"

namespace poppler {
class document;
}

namespace quorum::extract::pdf {

/// True when one page's text layer is unusable: (almost) no text (fewer than kMinCharsPerPage
/// non-space characters: a scan, or text drawn as outlines), or text the garbled-text check
/// finds junk (a broken font encoding).
bool page_needs_ocr(const PageLines& page);

/// For each page, whether `mode` OCRs it: Off none, Force all, Auto those page_needs_ocr().
std::vector<bool> pages_to_ocr(const std::vector<PageLines>& pages, OcrMode mode);

/// Replaces the lines of each page marked in `to_ocr` with the OCR text: from `known` (the
/// caller's cache) when it has the page, else from Tesseract on the page rendered in gray at
/// options.dpi. Records each marked page in out.page_sources and each page Tesseract read in
/// out.new_ocr_pages. Pages not read (their own deadline passed, or the document's OCR time
/// went over options.document_seconds) keep no text, are marked OcrSkipped and named in one
/// "ocr-skipped: ..." warning. Throws OcrSetupError when Tesseract cannot start.
void ocr_marked_pages(const poppler::document& doc, const std::vector<bool>& to_ocr, const OcrOptions& options,
                      const KnownOcrPages& known, std::vector<PageLines>& pages, Extraction& out);

}  // namespace quorum::extract::pdf
