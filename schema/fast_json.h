/** @file fast_json.h @brief Parses JSON text into nlohmann::json with simdjson, several times faster than nlohmann's own parser on large strings; optionally only the parts a reader needs. */
#pragma once

#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace quorum::schema {

/// The parts of a JSON value a reader needs, as paths of member names: "id" keeps the whole
/// member "id"; "items.title" keeps only "title" of the object (or of each object of the array)
/// under "items". An array is passed through: its elements are selected from as the array would
/// be. Members no path names are left out, and so are never built.
class JsonSelection {
public:
    JsonSelection(std::initializer_list<std::string_view> paths);

    /// The selection within member `key`, or nullptr when the member is left out.
    const JsonSelection* member(std::string_view key) const;
    /// The whole value is kept.
    bool whole() const { return whole_; }

private:
    JsonSelection() = default;
    void add(std::string_view path);

    bool whole_ = false;
    std::vector<std::pair<std::string, JsonSelection>> members_;
};

/// `text` parsed into the same value nlohmann::json::parse gives (non-negative integers as
/// unsigned, objects with sorted keys), or nullopt when it is not valid JSON or not UTF-8.
/// Stored records hold every item's text in one long string: simdjson reads and unescapes it
/// at gigabytes per second where nlohmann's lexer goes a character at a time.
std::optional<nlohmann::json> parse_json_fast(std::string_view text);

/// The same, with only the parts `selection` names (an object at the top, for a selection of
/// its members). The whole text is still checked: what is not JSON gives nullopt.
std::optional<nlohmann::json> parse_json_fast(std::string_view text, const JsonSelection& selection);

}  // namespace quorum::schema
