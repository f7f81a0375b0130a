/** @file front_matter.cpp @brief Reads the top-level "key: value" fields of YAML front matter between "---" lines. */
#include "extractors/front_matter.h"

#include <cctype>

namespace quorum::extract {
namespace {

constexpr size_t kMaxFrontMatterBytes = 64 * 1024;

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

std::string_view unquote(std::string_view v) {
    if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front()) return v.substr(1, v.size() - 2);
    return v;
}

bool is_key(std::string_view key) {
    if (key.empty()) return false;
    for (char c : key)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '-' && c != '.') return false;
    return true;
}

}  // namespace

std::optional<FrontMatter> read_front_matter(std::string_view text) {
    size_t pos = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    auto next_line = [&](std::string_view& line) {
        if (pos >= text.size()) return false;
        size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        line = text.substr(pos, end - pos);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        pos = end + 1;
        return true;
    };
    std::string_view line;
    if (!next_line(line) || trim(line) != "---") return std::nullopt;
    FrontMatter fm;
    size_t key_lines = 0, other_lines = 0;
    while (pos < text.size() && pos < kMaxFrontMatterBytes) {
        if (!next_line(line)) break;
        const std::string_view t = trim(line);
        if (t == "---" || t == "...") {
            if (key_lines == 0 || other_lines > key_lines) return std::nullopt;
            fm.body_offset = std::min(pos, text.size());
            return fm;
        }
        if (t.empty() || t.front() == '#') continue;
        if (std::isspace(static_cast<unsigned char>(line.front())) || t.front() == '-') continue;  // nested value
        const size_t colon = t.find(':');
        if (colon == std::string_view::npos || !is_key(t.substr(0, colon))) {
            ++other_lines;
            continue;
        }
        ++key_lines;
        const std::string_view value = unquote(trim(t.substr(colon + 1)));
        if (!value.empty()) fm.fields.emplace(std::string(t.substr(0, colon)), std::string(value));
    }
    return std::nullopt;
}

}  // namespace quorum::extract
