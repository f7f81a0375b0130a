/** @file fast_json.cpp @brief simdjson's DOM parser (the best kernel for the CPU, chosen at run time), walked once to build nlohmann values, of the whole text or a selection of it. */
#include "schema/fast_json.h"

#include <simdjson.h>

#include <cstdint>
#include <string>

namespace quorum::schema {
namespace {

using nlohmann::json;
namespace dom = simdjson::dom;

// `e` as nlohmann values: the whole of it when `keep` is nullptr, else what `keep` selects.
json convert(dom::element e, const JsonSelection* keep) {
    switch (e.type()) {
        case dom::element_type::OBJECT: {
            json out = json::object();
            for (const dom::key_value_pair field : dom::object(e)) {
                const JsonSelection* member = keep ? keep->member(field.key) : nullptr;
                if (keep && !member) continue;
                out[std::string(field.key)] = convert(field.value, member && !member->whole() ? member : nullptr);
            }
            return out;
        }
        case dom::element_type::ARRAY: {
            json out = json::array();
            for (const dom::element element : dom::array(e)) out.push_back(convert(element, keep));
            return out;
        }
        case dom::element_type::STRING: return std::string(std::string_view(e));
        case dom::element_type::INT64: {
            const int64_t i = int64_t(e);
            // nlohmann parses non-negative integers as unsigned; readers rely on it.
            return i >= 0 ? json(static_cast<uint64_t>(i)) : json(i);
        }
        case dom::element_type::UINT64: return json(uint64_t(e));
        case dom::element_type::DOUBLE: return json(double(e));
        case dom::element_type::BOOL: return json(bool(e));
        case dom::element_type::NULL_VALUE: return json(nullptr);
    }
    return json();
}

std::optional<json> parse_and_convert(std::string_view text, const JsonSelection* keep) {
    thread_local dom::parser parser;
    dom::element root;
    if (parser.parse(text.data(), text.size()).get(root) != simdjson::SUCCESS) return std::nullopt;
    return convert(root, keep);
}

}  // namespace

JsonSelection::JsonSelection(std::initializer_list<std::string_view> paths) {
    for (const auto path : paths) add(path);
}

void JsonSelection::add(std::string_view path) {
    const size_t dot = path.find('.');
    const std::string_view key = path.substr(0, dot);
    JsonSelection* child = nullptr;
    for (auto& [name, selection] : members_)
        if (name == key) child = &selection;
    if (!child) child = &members_.emplace_back(std::string(key), JsonSelection()).second;
    if (dot == std::string_view::npos)
        child->whole_ = true;
    else
        child->add(path.substr(dot + 1));
}

const JsonSelection* JsonSelection::member(std::string_view key) const {
    for (const auto& [name, selection] : members_)
        if (name == key) return &selection;
    return nullptr;
}

std::optional<json> parse_json_fast(std::string_view text) { return parse_and_convert(text, nullptr); }

std::optional<json> parse_json_fast(std::string_view text, const JsonSelection& selection) {
    return parse_and_convert(text, selection.whole() ? nullptr : &selection);
}

}  // namespace quorum::schema
