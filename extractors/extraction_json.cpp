/** @file extraction_json.cpp @brief JSON rendering of an Extraction, and reading it back. */
#include "extractors/extraction_json.h"

#include <stdexcept>

namespace quorum::extract {
namespace {

Format format_from_name(const std::string& name) {
    for (const Format f : {Format::Pdf, Format::Html, Format::Text})
        if (format_name(f) == name) return f;
    throw std::invalid_argument("extraction JSON: unknown format \"" + name + "\"");
}

BlockKind block_kind_from_name(const std::string& name) {
    for (const BlockKind k : {BlockKind::Heading, BlockKind::Paragraph, BlockKind::ListItem, BlockKind::TableCell})
        if (block_kind_name(k) == name) return k;
    throw std::invalid_argument("extraction JSON: unknown block kind \"" + name + "\"");
}

PageSource page_source_from_name(const std::string& name) {
    for (const PageSource s : {PageSource::TextLayer, PageSource::Ocr, PageSource::OcrSkipped})
        if (page_source_name(s) == name) return s;
    throw std::invalid_argument("extraction JSON: unknown page source \"" + name + "\"");
}

// Reads `object[key]` as T, naming the key when it is missing or of the wrong type.
template <typename T>
T field(const nlohmann::json& object, const char* key) {
    try {
        return object.at(key).get<T>();
    } catch (const nlohmann::json::exception& e) {
        throw std::invalid_argument(std::string("extraction JSON: field \"") + key + "\": " + e.what());
    }
}

}  // namespace

nlohmann::json to_json(const Extraction& e) {
    nlohmann::json blocks = nlohmann::json::array();
    for (const auto& b : e.blocks) {
        blocks.push_back({{"kind", block_kind_name(b.kind)}, {"text", b.text}, {"page", b.page}});
        if (b.column >= 0) blocks.back()["column"] = b.column;
    }
    nlohmann::json sources = nlohmann::json::array();
    for (const auto& s : e.page_sources)
        sources.push_back({{"page", s.page}, {"source", page_source_name(s.source)}, {"confidence", s.confidence},
                           {"cached", s.cached}});
    nlohmann::json fresh = nlohmann::json::object();
    for (const auto& [page, ocr] : e.new_ocr_pages)
        fresh[std::to_string(page)] = {{"text", ocr.text}, {"confidence", ocr.confidence}};
    return {
        {"page_sources", std::move(sources)}, {"new_ocr_pages", std::move(fresh)},
        {"path", e.path},         {"format", format_name(e.format)}, {"title", e.title},
        {"metadata", e.metadata}, {"pages", e.pages},                {"blocks", std::move(blocks)},
        {"warnings", e.warnings},
    };
}

Extraction extraction_from_json(const nlohmann::json& json) {
    if (!json.is_object()) throw std::invalid_argument("extraction JSON: not an object");
    Extraction e;
    e.path = field<std::string>(json, "path");
    e.format = format_from_name(field<std::string>(json, "format"));
    e.title = field<std::string>(json, "title");
    e.metadata = field<std::map<std::string, std::string>>(json, "metadata");
    e.pages = field<int>(json, "pages");
    e.warnings = field<std::vector<std::string>>(json, "warnings");
    const auto blocks = json.find("blocks");
    if (blocks == json.end() || !blocks->is_array())
        throw std::invalid_argument("extraction JSON: field \"blocks\" is missing or not an array");
    e.blocks.reserve(blocks->size());
    for (const auto& b : *blocks) {
        e.blocks.push_back({block_kind_from_name(field<std::string>(b, "kind")), field<std::string>(b, "text"),
                            field<int>(b, "page")});
        // Optional (table cells' columns, issue 15): JSON written before has none.
        if (b.contains("column")) e.blocks.back().column = field<int>(b, "column");
    }
    // Optional (added with OCR): JSON written before has neither.
    if (const auto it = json.find("page_sources"); it != json.end() && it->is_array())
        for (const auto& s : *it)
            e.page_sources.push_back({field<int>(s, "page"), page_source_from_name(field<std::string>(s, "source")),
                                      field<int>(s, "confidence"), field<bool>(s, "cached")});
    if (const auto it = json.find("new_ocr_pages"); it != json.end() && it->is_object())
        for (const auto& [page, ocr] : it->items())
            e.new_ocr_pages[std::stoi(page)] = {field<std::string>(ocr, "text"), field<int>(ocr, "confidence")};
    return e;
}

}  // namespace quorum::extract
