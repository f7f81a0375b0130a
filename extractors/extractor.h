/** @file extractor.h @brief The one interface every format's extractor implements. */
#pragma once

#include <memory>
#include <string_view>

#include "extractors/extraction.h"
#include "extractors/ocr/ocr_options.h"

namespace quorum::extract {

/// Turns the bytes of one file into an Extraction. Implementations are stateless and
/// thread-safe: one instance serves every worker thread.
class Extractor {
public:
    virtual ~Extractor() = default;

    virtual Format format() const = 0;

    /// True when `head` (the first bytes of a file, up to 4 KiB) looks like this format.
    virtual bool sniff(std::string_view head) const = 0;

    /// Extracts `bytes`. The returned Extraction has no path set; the caller fills it in.
    /// REQUIRES: !bytes.empty().
    /// Throws ExtractError (without the path in the message) when the content cannot be used.
    virtual Extraction extract(std::string_view bytes) const = 0;

    /// As extract(), but pages in `known` (OCR text the caller cached for this very content)
    /// are not OCR'd again. Only the PDF extractor OCRs; the others ignore `known`.
    virtual Extraction extract_with_known_ocr(std::string_view bytes, const KnownOcrPages& known) const {
        (void)known;
        return extract(bytes);
    }
};

/// The PDF extractor; `ocr` says when pages are OCR'd (pdf_ocr.h).
std::unique_ptr<Extractor> make_pdf_extractor(const OcrOptions& ocr = {});
std::unique_ptr<Extractor> make_html_extractor();
std::unique_ptr<Extractor> make_text_extractor();

}  // namespace quorum::extract
