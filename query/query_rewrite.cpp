/** @file query_rewrite.cpp @brief Small text rewrites of a query before Xapian parses it, each a single pass over the text. */
#include "query/query_rewrite.h"

#include <algorithm>
#include <cctype>

namespace quorum::query {
namespace {

bool starts_token(const std::string& text, size_t i) {
    if (i == 0) return true;
    const char c = text[i - 1];
    return std::isspace(static_cast<unsigned char>(c)) || c == '(' || c == '+' || c == '-';
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

bool is_operator_word(const std::string& w) {
    return w == "AND" || w == "OR" || w == "NOT" || w == "XOR" || w == "NEAR" || w == "ADJ" || w.starts_with("NEAR/") ||
           w.starts_with("ADJ/");
}

// The field name starting at `i` ("title" in `title:"x"`), or "" when `i` does not start one.
std::string field_name_at(const std::string& text, size_t i) {
    if (!starts_token(text, i)) return "";
    size_t end = i;
    while (end < text.size() && (std::isalpha(static_cast<unsigned char>(text[end])) || text[end] == '_')) ++end;
    if (end == i || end >= text.size() || text[end] != ':') return "";
    return text.substr(i, end - i);
}

// Index of the quote closing the one at `open`, or npos.
size_t closing_quote(const std::string& text, size_t open) { return text.find('"', open + 1); }

}  // namespace

std::string lowercase_field_names(const std::string& text, const std::vector<std::string>& fields) {
    std::string out = text;
    bool in_quote = false;
    for (size_t i = 0; i < out.size(); ++i) {
        if (out[i] == '"') in_quote = !in_quote;
        if (in_quote) continue;
        const std::string name = field_name_at(out, i);
        if (name.empty()) continue;
        const std::string low = lower(name);
        if (low != name && std::find(fields.begin(), fields.end(), low) != fields.end())
            std::copy(low.begin(), low.end(), out.begin() + static_cast<std::ptrdiff_t>(i));
        i += name.size();
    }
    return out;
}

std::string phrases_to_groups(const std::string& text, const std::vector<std::string>& stems_fields) {
    std::string out;
    for (size_t i = 0; i < text.size();) {
        if (text[i] == '"') {  // a phrase of no field: copied whole
            const size_t close = closing_quote(text, i);
            const size_t end = close == std::string::npos ? text.size() : close + 1;
            out.append(text, i, end - i);
            i = end;
            continue;
        }
        const std::string name = field_name_at(text, i);
        const size_t quote = i + name.size() + 1;
        if (name.empty() || quote >= text.size() || text[quote] != '"' ||
            std::find(stems_fields.begin(), stems_fields.end(), name) == stems_fields.end()) {
            out += text[i++];
            continue;
        }
        const size_t close = closing_quote(text, quote);
        const size_t end = close == std::string::npos ? text.size() : close;
        std::string inside = text.substr(quote + 1, end - quote - 1);
        // Each word with the field's name; operator words inside the quotes stay words.
        std::string group, word;
        auto flush = [&] {
            if (!word.empty()) group += (group.empty() ? "" : " ") + name + ":" + (is_operator_word(word) ? lower(word) : word);
            word.clear();
        };
        for (char c : inside) {
            if (std::isspace(static_cast<unsigned char>(c)) || c == '(' || c == ')')
                flush();
            else
                word += c;
        }
        flush();
        out += "(" + group + ")";
        i = close == std::string::npos ? text.size() : close + 1;
    }
    return out;
}

std::string stems_field_wildcard(const std::string& text, const std::vector<std::string>& stems_fields) {
    bool in_quote = false;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '"') in_quote = !in_quote;
        if (in_quote) continue;
        const std::string name = field_name_at(text, i);
        if (name.empty() || std::find(stems_fields.begin(), stems_fields.end(), name) == stems_fields.end()) continue;
        size_t end = i + name.size() + 1;
        while (end < text.size() && !std::isspace(static_cast<unsigned char>(text[end])) && text[end] != ')') ++end;
        const std::string word = text.substr(i, end - i);
        if (word.find('*') != std::string::npos) return word;
        i = end - 1;
    }
    return "";
}

PhraseWildcards extract_phrase_wildcards(const std::string& text, const std::string& placeholder_field) {
    PhraseWildcards out;
    for (size_t i = 0; i < text.size();) {
        const size_t close = text[i] == '"' ? closing_quote(text, i) : std::string::npos;
        if (close == std::string::npos) {
            out.text += text[i++];
            continue;
        }
        const std::string inside = text.substr(i + 1, close - i - 1);
        const size_t last = inside.find_last_not_of(" \t\n");
        const bool after_field = i > 0 && text[i - 1] == ':';
        if (after_field || last == std::string::npos || inside[last] != '*') {
            out.text.append(text, i, close + 1 - i);
        } else {
            out.text += placeholder_field + ":" + std::to_string(out.phrases.size());
            out.phrases.push_back(inside.substr(0, last + 1));
        }
        i = close + 1;
    }
    return out;
}

}  // namespace quorum::query
