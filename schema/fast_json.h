/** @file fast_json.h @brief Parses JSON text into nlohmann::json with simdjson, several times faster than nlohmann's own parser on large strings. */
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>

namespace quorum::schema {

/// `text` parsed into the same value nlohmann::json::parse gives (non-negative integers as
/// unsigned, objects with sorted keys), or nullopt when it is not valid JSON or not UTF-8.
/// Stored records hold every item's text in one long string: simdjson reads and unescapes it
/// at gigabytes per second where nlohmann's lexer goes a character at a time.
std::optional<nlohmann::json> parse_json_fast(std::string_view text);

}  // namespace quorum::schema
