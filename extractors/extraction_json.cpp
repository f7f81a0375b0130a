/** @file extraction_json.cpp @brief JSON rendering of an Extraction. */
#include "extractors/extraction_json.h"

namespace quorum::extract {

nlohmann::json to_json(const Extraction& e) {
    nlohmann::json blocks = nlohmann::json::array();
    for (const auto& b : e.blocks)
        blocks.push_back({{"kind", block_kind_name(b.kind)}, {"text", b.text}, {"page", b.page}});
    return {
        {"path", e.path},         {"format", format_name(e.format)}, {"title", e.title},
        {"metadata", e.metadata}, {"pages", e.pages},                {"blocks", std::move(blocks)},
        {"warnings", e.warnings},
    };
}

}  // namespace quorum::extract
