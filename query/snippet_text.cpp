/** @file snippet_text.cpp @brief Xapian's HTML snippet decoded into plain text and match ranges; markers put back for output. */
#include "query/snippet_text.h"

#include <array>

namespace quorum::query {
namespace {

struct Entity {
    std::string_view escaped;
    char plain;
};

// What Xapian's snippet escapes (api/snipper: append_escaping_xml), and &quot; in case a later
// version escapes quotes too.
constexpr std::array<Entity, 4> kEntities{{{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}}};

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Joins a match to the previous one when only spaces and hyphens lie between them, so that a
// phrase is one range ("anti-social behaviour").
void add_match(std::vector<std::pair<size_t, size_t>>& matches, const std::string& text, size_t begin, size_t end) {
    if (begin >= end) return;
    if (!matches.empty()) {
        auto& last = matches.back();
        if (text.find_first_not_of(" -", last.second) >= begin) {
            last.second = end;
            return;
        }
    }
    matches.emplace_back(begin, end);
}

}  // namespace

Snippet snippet_from_xapian(std::string_view in, std::string_view open, std::string_view close) {
    Snippet out;
    out.text.reserve(in.size());
    size_t match_begin = std::string::npos;
    for (size_t i = 0; i < in.size();) {
        if (!open.empty() && in.substr(i, open.size()) == open) {
            match_begin = out.text.size();
            i += open.size();
            continue;
        }
        if (!close.empty() && in.substr(i, close.size()) == close) {
            if (match_begin != std::string::npos) add_match(out.matches, out.text, match_begin, out.text.size());
            match_begin = std::string::npos;
            i += close.size();
            continue;
        }
        if (in[i] == '&') {
            bool decoded = false;
            for (const auto& e : kEntities)
                if (in.substr(i, e.escaped.size()) == e.escaped) {
                    out.text += e.plain;
                    i += e.escaped.size();
                    decoded = true;
                    break;
                }
            if (decoded) continue;
        }
        const char c = in[i++];
        out.text += c == '\n' || c == '\r' || c == '\t' ? ' ' : c;
    }
    return out;
}

std::string marked_snippet(const Snippet& snippet, std::string_view open, std::string_view close) {
    std::string out;
    out.reserve(snippet.text.size() + snippet.matches.size() * (open.size() + close.size()));
    size_t at = 0;
    for (const auto& [begin, end] : snippet.matches) {
        if (begin < at || end > snippet.text.size()) continue;  // not ascending: not made by snippet_from_xapian
        out.append(snippet.text, at, begin - at);
        out += open;
        out.append(snippet.text, begin, end - begin);
        out += close;
        at = end;
    }
    out.append(snippet.text, at);
    return out;
}

std::vector<std::pair<size_t, size_t>> match_character_offsets(const Snippet& snippet) {
    std::vector<std::pair<size_t, size_t>> out;
    size_t byte = 0, chars = 0;
    auto advance_to = [&](size_t target) {
        for (; byte < target && byte < snippet.text.size(); ++byte)
            if (!is_continuation(snippet.text[byte])) ++chars;
        return chars;
    };
    for (const auto& [begin, end] : snippet.matches) {
        const size_t b = advance_to(begin);
        out.emplace_back(b, advance_to(end));
    }
    return out;
}

}  // namespace quorum::query
