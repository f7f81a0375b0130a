/** @file pdf_extractor.cpp @brief PLACEHOLDER being replaced by the real pdf extractor. */
#include "extractors/extract_error.h"
#include "extractors/extractor.h"

namespace quorum::extract {
namespace {
class PdfExtractor final : public Extractor {
public:
    Format format() const override { return Format::Pdf; }
    bool sniff(std::string_view) const override { return false; }
    Extraction extract(std::string_view) const override {
        throw ExtractError(FailureReason::Unsupported, "pdf extraction not implemented yet");
    }
};
}  // namespace
std::unique_ptr<Extractor> make_pdf_extractor() { return std::make_unique<PdfExtractor>(); }
}  // namespace quorum::extract
