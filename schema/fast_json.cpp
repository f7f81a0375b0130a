/** @file fast_json.cpp @brief simdjson's DOM parser (the best kernel for the CPU, chosen at run time), walked once to build nlohmann values. */
#include "schema/fast_json.h"

#include <simdjson.h>

#include <cstdint>
#include <string>

namespace quorum::schema {
namespace {

using nlohmann::json;
namespace dom = simdjson::dom;

json convert(dom::element e) {
    switch (e.type()) {
        case dom::element_type::OBJECT: {
            json out = json::object();
            for (const dom::key_value_pair field : dom::object(e)) out[std::string(field.key)] = convert(field.value);
            return out;
        }
        case dom::element_type::ARRAY: {
            json out = json::array();
            for (const dom::element element : dom::array(e)) out.push_back(convert(element));
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

}  // namespace

std::optional<json> parse_json_fast(std::string_view text) {
    thread_local dom::parser parser;
    dom::element root;
    if (parser.parse(text.data(), text.size()).get(root) != simdjson::SUCCESS) return std::nullopt;
    return convert(root);
}

}  // namespace quorum::schema
