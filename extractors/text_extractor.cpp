/** @file text_extractor.cpp @brief PLACEHOLDER being replaced by the real text extractor. */
#include "extractors/extract_error.h"
#include "extractors/extractor.h"

namespace quorum::extract {
namespace {
class TextExtractor final : public Extractor {
public:
    Format format() const override { return Format::Text; }
    bool sniff(std::string_view) const override { return false; }
    Extraction extract(std::string_view) const override {
        throw ExtractError(FailureReason::Unsupported, "text extraction not implemented yet");
    }
};
}  // namespace
std::unique_ptr<Extractor> make_text_extractor() { return std::make_unique<TextExtractor>(); }
}  // namespace quorum::extract
