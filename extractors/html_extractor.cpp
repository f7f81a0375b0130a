/** @file html_extractor.cpp @brief PLACEHOLDER being replaced by the real html extractor. */
#include "extractors/extract_error.h"
#include "extractors/extractor.h"

namespace quorum::extract {
namespace {
class HtmlExtractor final : public Extractor {
public:
    Format format() const override { return Format::Html; }
    bool sniff(std::string_view) const override { return false; }
    Extraction extract(std::string_view) const override {
        throw ExtractError(FailureReason::Unsupported, "html extraction not implemented yet");
    }
};
}  // namespace
std::unique_ptr<Extractor> make_html_extractor() { return std::make_unique<HtmlExtractor>(); }
}  // namespace quorum::extract
