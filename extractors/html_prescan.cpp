/** @file html_prescan.cpp @brief Sniffing HTML and finding its charset declaration with a small tag scanner (no parser). */
#include "extractors/html_prescan.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

namespace quorum::extract {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return lower(x) == lower(y); });
}

bool istarts_with(std::string_view s, std::string_view prefix) {
    return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}

size_t ifind(std::string_view haystack, std::string_view needle, size_t from = 0) {
    auto it = std::search(haystack.begin() + static_cast<std::ptrdiff_t>(std::min(from, haystack.size())), haystack.end(),
                          needle.begin(), needle.end(), [](char x, char y) { return lower(x) == lower(y); });
    return it == haystack.end() ? std::string_view::npos : static_cast<size_t>(it - haystack.begin());
}

struct Attribute {
    std::string_view name;
    std::string_view value;
    size_t value_offset = 0;  // into the scanned text
};

struct Tag {
    std::string_view name;
    std::vector<Attribute> attributes;
    size_t end = 0;  // one past '>' (or the end of the text when unterminated)
};

bool is_name_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == ':' || c == '?' || c == '!' || c == '_' ||
           c == '.';
}

// Reads one attribute value at text[pos] (quoted or bare); returns the position after it.
size_t read_value(std::string_view text, size_t pos, Attribute& attribute) {
    if (pos < text.size() && (text[pos] == '"' || text[pos] == '\'')) {
        const char quote = text[pos++];
        const size_t close = std::min(text.find(quote, pos), text.size());
        attribute.value = text.substr(pos, close - pos);
        attribute.value_offset = pos;
        return std::min(close + 1, text.size());
    }
    const size_t start = pos;
    while (pos < text.size() && !is_space(text[pos]) && text[pos] != '>') ++pos;
    attribute.value = text.substr(start, pos - start);
    attribute.value_offset = start;
    return pos;
}

// Scans the tag that opens at text[pos] == '<'.
Tag scan_tag(std::string_view text, size_t pos) {
    Tag tag;
    size_t i = pos + 1;
    const size_t name_start = i;
    while (i < text.size() && is_name_char(text[i])) ++i;
    tag.name = text.substr(name_start, i - name_start);
    while (i < text.size()) {
        while (i < text.size() && (is_space(text[i]) || text[i] == '/')) ++i;
        if (i >= text.size()) break;
        if (text[i] == '>') {
            tag.end = i + 1;
            return tag;
        }
        Attribute attribute;
        const size_t attr_start = i;
        while (i < text.size() && !is_space(text[i]) && text[i] != '=' && text[i] != '>' && text[i] != '/') ++i;
        attribute.name = text.substr(attr_start, i - attr_start);
        if (i == attr_start) ++i;  // a stray character such as a quote: step over it
        while (i < text.size() && is_space(text[i])) ++i;
        if (i < text.size() && text[i] == '=') {
            ++i;
            while (i < text.size() && is_space(text[i])) ++i;
            i = read_value(text, i, attribute);
        }
        if (!attribute.name.empty()) tag.attributes.push_back(attribute);
    }
    tag.end = text.size();
    return tag;
}

const Attribute* find_attribute(const Tag& tag, std::string_view name) {
    for (const auto& a : tag.attributes)
        if (iequals(a.name, name)) return &a;
    return nullptr;
}

bool is_charset_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.' || c == ':'; }

// "text/html; charset=windows-1252" -> the declaration of "windows-1252" (offsets into the document).
std::optional<CharsetDeclaration> charset_in_content(const Attribute& content) {
    const size_t at = ifind(content.value, "charset");
    if (at == std::string_view::npos) return std::nullopt;
    size_t i = at + 7;
    while (i < content.value.size() && is_space(content.value[i])) ++i;
    if (i >= content.value.size() || content.value[i] != '=') return std::nullopt;
    ++i;
    while (i < content.value.size() && (is_space(content.value[i]) || content.value[i] == '"' || content.value[i] == '\'')) ++i;
    const size_t start = i;
    while (i < content.value.size() && is_charset_char(content.value[i])) ++i;
    if (i == start) return std::nullopt;
    return CharsetDeclaration{content.value_offset + start, i - start, std::string(content.value.substr(start, i - start))};
}

std::optional<CharsetDeclaration> declaration_in(const Tag& tag) {
    const bool is_meta = iequals(tag.name, "meta");
    const bool is_xml = iequals(tag.name, "?xml");
    if (!is_meta && !is_xml) return std::nullopt;
    const Attribute* direct = find_attribute(tag, is_meta ? "charset" : "encoding");
    if (direct && !direct->value.empty())
        return CharsetDeclaration{direct->value_offset, direct->value.size(), std::string(direct->value)};
    if (!is_meta || !find_attribute(tag, "http-equiv")) return std::nullopt;
    const Attribute* content = find_attribute(tag, "content");
    return content ? charset_in_content(*content) : std::nullopt;
}

// The ASCII-compatible view of a head that may be UTF-16 with a BOM (every other byte).
std::string narrow_utf16(std::string_view head) {
    const size_t low = head.substr(0, 2) == "\xFF\xFE" ? 0 : 1;
    std::string out;
    for (size_t i = 2 + low; i < head.size(); i += 2) out += head[i];
    return out;
}

// Skips whitespace and comments; returns the rest.
std::string_view skip_space_and_comments(std::string_view s) {
    for (;;) {
        while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
        if (!s.starts_with("<!--")) return s;
        const size_t close = s.find("-->", 4);
        if (close == std::string_view::npos) return {};
        s.remove_prefix(close + 3);
    }
}

bool opens_with_html_tag(std::string_view s) {
    static constexpr std::array<std::string_view, 16> kOpeners = {
        "html", "head", "body", "meta", "title", "div", "p", "table", "link", "base",
        "h1",   "h2",   "h3",   "h4",   "h5",    "h6"};
    size_t i = 1;
    while (i < s.size() && std::isalnum(static_cast<unsigned char>(s[i]))) ++i;
    if (i < s.size() && !is_space(s[i]) && s[i] != '>' && s[i] != '/') return false;
    const std::string_view name = s.substr(1, i - 1);
    return std::any_of(kOpeners.begin(), kOpeners.end(), [&](std::string_view o) { return iequals(name, o); });
}

}  // namespace

bool looks_like_html(std::string_view head) {
    std::string narrowed;
    if (head.starts_with("\xFF\xFE") || head.starts_with("\xFE\xFF")) {
        narrowed = narrow_utf16(head);
        head = narrowed;
    }
    if (head.starts_with(kUtf8Bom)) head.remove_prefix(kUtf8Bom.size());
    const std::string_view s = skip_space_and_comments(head);
    if (!s.starts_with('<')) return false;
    if (istarts_with(s, "<!doctype html")) return true;
    if (istarts_with(s, "<?xml")) return ifind(s, "<html") != std::string_view::npos || ifind(s, "xhtml") != std::string_view::npos;
    if (opens_with_html_tag(s)) return true;
    // Some other tag first (<font>, <center>, a stray <span>): HTML when a document-level tag follows early.
    const std::string_view early = s.substr(0, 1024);
    for (std::string_view tag : {"<html", "<body", "<title", "<meta "})
        if (ifind(early, tag) != std::string_view::npos) return true;
    return false;
}

std::vector<CharsetDeclaration> find_charset_declarations(std::string_view text, size_t limit) {
    std::vector<CharsetDeclaration> found;
    size_t pos = 0;
    while ((pos = text.find('<', pos)) != std::string_view::npos && pos < limit) {
        if (text.substr(pos).starts_with("<!--")) {
            const size_t close = text.find("-->", pos + 4);
            if (close == std::string_view::npos) break;
            pos = close + 3;
            continue;
        }
        const Tag tag = scan_tag(text, pos);
        if (auto declaration = declaration_in(tag)) found.push_back(std::move(*declaration));
        pos = std::max(tag.end, pos + 1);
    }
    return found;
}

std::string declared_html_charset(std::string_view bytes) {
    if (bytes.starts_with(kUtf8Bom) || bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) return {};
    const auto declarations = find_charset_declarations(bytes);
    if (declarations.empty()) return {};
    const std::string& name = declarations.front().charset;
    if (istarts_with(name, "utf-16") || istarts_with(name, "utf-32") || istarts_with(name, "ucs-2") || iequals(name, "unicode"))
        return "UTF-8";
    if (iequals(name, "x-user-defined")) return "WINDOWS-1252";
    return name;
}

std::string declare_utf8(std::string utf8, size_t limit) {
    const auto declarations = find_charset_declarations(utf8, limit);
    for (auto it = declarations.rbegin(); it != declarations.rend(); ++it) utf8.replace(it->offset, it->length, "UTF-8");
    return utf8;
}

}  // namespace quorum::extract
