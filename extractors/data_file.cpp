/** @file data_file.cpp @brief Data tables and raw exports told from documents, by file name and by JSON content. */
#include "extractors/data_file.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <string>
#include <string_view>

namespace quorum::extract {
namespace {

bool data_extension(const std::string& path) {
    std::string ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    static constexpr std::array<std::string_view, 8> kData = {".tsv", ".tab", ".csv", ".psv", ".json", ".jsonl", ".ndjson", ".geojson"};
    return std::find(kData.begin(), kData.end(), ext) != kData.end();
}

// Plain text whose blocks are JSON: the whole text one value, or every block one value each
// (JSON lines). Only objects and arrays count: a lone word or number is not an export.
bool json_text(const Extraction& x) {
    if (x.format != Format::Text || x.blocks.empty()) return false;
    const auto structured = [](std::string_view t) {
        const size_t at = t.find_first_not_of(" \t");
        return at != std::string_view::npos && (t[at] == '{' || t[at] == '[');
    };
    if (!structured(x.blocks.front().text)) return false;
    const std::string whole = x.full_text();
    if (nlohmann::json::accept(whole)) return true;
    return std::all_of(x.blocks.begin(), x.blocks.end(),
                       [&](const Block& b) { return structured(b.text) && nlohmann::json::accept(b.text); });
}

}  // namespace

bool is_data_file(const Extraction& extraction) {
    return data_extension(extraction.path) || json_text(extraction);
}

}  // namespace quorum::extract
