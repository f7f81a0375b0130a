/** @file text_layout.cpp @brief Line splitting with page breaks, line tests, and the layout census that tells item dumps and double-spaced text apart. */
#include "extractors/text_layout.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace quorum::extract {
namespace {

constexpr size_t kLayoutSampleLines = 5000;

// Bytes of Unicode whitespace at s[i] (ASCII blanks, NBSP, U+2000..U+200B, U+202F, U+3000), or 0.
size_t space_at(std::string_view s, size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || c == '\v' || c == '\r' || c == '\f') return 1;
    const auto at = [&](size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
    if (c == 0xC2 && at(1) == 0xA0) return 2;
    if (c == 0xE2 && at(1) == 0x80 && ((at(2) >= 0x80 && at(2) <= 0x8B) || at(2) == 0xAF)) return 3;
    if (c == 0xE3 && at(1) == 0x80 && at(2) == 0x80) return 3;
    return 0;
}

bool is_dump_line(std::string_view line) {
    if (line.starts_with('|')) return false;  // a markdown table row, not an item dump
    return line.ends_with(" |") || line.find(" | ") != std::string_view::npos;
}

// Census of the first lines of a file.
struct LineCensus {
    size_t non_blank = 0;
    size_t dump_like = 0;
    size_t adjacent = 0;    // a non-blank line straight after another
    size_t single_gap = 0;  // a non-blank line after exactly one blank line
    std::vector<size_t> lengths;
};

LineCensus take_census(std::string_view text) {
    LineCensus census;
    size_t blanks_before = 0;
    bool seen_text = false, after_rule = false;
    for_each_line(text, [&](const TextLine& raw) {
        const std::string_view line = trim_line(raw.text);
        if (line.empty() || is_blank_line(line)) {
            ++blanks_before;
            return true;
        }
        // A converter's page break ("---", then the page number) is not part of the layout.
        const bool page_break = is_rule_line(line) || (after_rule && is_page_number(line));
        after_rule = is_rule_line(line);
        if (page_break) return true;
        ++census.non_blank;
        census.dump_like += is_dump_line(line);
        census.lengths.push_back(line.size());
        if (seen_text && blanks_before == 0) ++census.adjacent;
        if (seen_text && blanks_before == 1) ++census.single_gap;
        seen_text = true;
        blanks_before = 0;
        return census.non_blank < kLayoutSampleLines;
    });
    return census;
}

size_t percentile_90(std::vector<size_t> values) {
    if (values.empty()) return 0;
    const auto nth = values.begin() + static_cast<std::ptrdiff_t>(values.size() * 9 / 10);
    std::nth_element(values.begin(), nth, values.end());
    return *nth;
}

}  // namespace

void for_each_line(std::string_view text, const std::function<bool(const TextLine&)>& visit) {
    int page = 1;
    size_t start = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c != '\n' && c != '\r' && c != '\f') continue;
        if (!visit(TextLine{text.substr(start, i - start), page})) return;
        if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
        if (c == '\f') ++page;
        start = i + 1;
    }
    if (start < text.size()) visit(TextLine{text.substr(start), page});
}

TextLayout analyse_layout(std::string_view text) {
    const LineCensus census = take_census(text);
    TextLayout layout;
    layout.item_dump = census.dump_like >= 2 && census.dump_like * 2 > census.non_blank;
    layout.wrap_width = percentile_90(census.lengths);
    // Wrapped at a fixed width (not one long line per paragraph) with a blank after nearly every line.
    layout.double_spaced = census.non_blank >= 12 && census.single_gap * 10 >= census.non_blank * 7 &&
                           census.adjacent * 10 <= census.non_blank && layout.wrap_width >= 40 &&
                           layout.wrap_width <= 130;
    return layout;
}

bool is_blank_line(std::string_view line) {
    for (size_t i = 0; i < line.size();) {
        const size_t n = space_at(line, i);
        if (n == 0) return false;
        i += n;
    }
    return true;
}

std::string_view trim_line(std::string_view line) {
    while (!line.empty()) {
        const size_t n = space_at(line, 0);
        if (n == 0 || n > 2) break;  // ASCII blanks and NBSP only
        line.remove_prefix(n);
    }
    while (!line.empty()) {
        const auto c = static_cast<unsigned char>(line.back());
        if (c == ' ' || c == '\t' || c == '\v' || c == '\r' || c == '\f') {
            line.remove_suffix(1);
        } else if (c == 0xA0 && line.size() >= 2 && static_cast<unsigned char>(line[line.size() - 2]) == 0xC2) {
            line.remove_suffix(2);
        } else {
            break;
        }
    }
    return line;
}

bool is_bare_item_number(std::string_view line) {
    line = trim_line(line);
    if (line.empty() || line.size() > 12 || !std::isdigit(static_cast<unsigned char>(line[0]))) return false;
    size_t digits_in_group = 0;
    bool has_mark = false;
    for (size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (std::isdigit(static_cast<unsigned char>(c))) {
            if (++digits_in_group > 3) return false;  // "2021." is a year, not an item number
        } else if (c == '.' || (c == ')' && i + 1 == line.size())) {
            if (digits_in_group == 0) return false;
            digits_in_group = 0;
            has_mark = true;
        } else {
            return false;
        }
    }
    return has_mark;
}

std::string_view markdown_heading(std::string_view line) {
    line = trim_line(line);
    size_t hashes = 0;
    while (hashes < line.size() && line[hashes] == '#') ++hashes;
    if (hashes == 0 || hashes > 6 || hashes == line.size() || (line[hashes] != ' ' && line[hashes] != '\t')) return {};
    std::string_view title = trim_line(line.substr(hashes));
    while (!title.empty() && title.back() == '#') title.remove_suffix(1);  // closing hashes: "## Title ##"
    return trim_line(title);
}

bool is_rule_line(std::string_view line) {
    line = trim_line(line);
    if (line.size() < 3) return false;
    const char mark = line[0];
    if (mark != '-' && mark != '*' && mark != '_' && mark != '=') return false;
    size_t count = 0;
    for (char c : line) {
        if (c == mark) ++count;
        else if (c != ' ') return false;
    }
    return count >= 3;
}

bool is_page_number(std::string_view line) {
    line = trim_line(line);
    return !line.empty() && line.size() <= 4 &&
           std::all_of(line.begin(), line.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

bool starts_numbered_paragraph(std::string_view line) {
    line = trim_line(line);
    const size_t space = line.find(' ');
    return space != std::string_view::npos && space + 1 < line.size() && is_bare_item_number(line.substr(0, space));
}

bool is_bare_list_marker(std::string_view line) {
    line = trim_line(line);
    if (line.size() < 2 || line.size() > 6 || line.back() != ')') return false;
    const std::string_view inside = line.substr(line.front() == '(' ? 1 : 0, line.size() - (line.front() == '(' ? 2 : 1));
    return !inside.empty() &&
           std::all_of(inside.begin(), inside.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
}

bool ends_sentence(std::string_view line) {
    line = trim_line(line);
    for (std::string_view closing_quote : {"\xE2\x80\x9D", "\xE2\x80\x99", "\"", "'", ")"}) {
        if (line.ends_with(closing_quote)) {
            line = trim_line(line.substr(0, line.size() - closing_quote.size()));
            break;
        }
    }
    if (line.empty()) return true;
    const char last = line.back();
    if (last == ':' || last == ';' || last == '!' || last == '?') return true;
    if (last != '.') return false;
    const size_t space = line.find_last_of(' ');
    const std::string_view word = line.substr(space == std::string_view::npos ? 0 : space + 1);
    const std::string_view stem = word.substr(0, word.size() - 1);
    if (stem.size() == 1 && std::isupper(static_cast<unsigned char>(stem[0]))) return false;  // "Mr. S."
    for (std::string_view abbreviation : {"Mr", "Mrs", "Ms", "Dr", "Co", "Cllr", "Clr", "St", "No", "Nos", "Rd", "Cllrs"})
        if (stem == abbreviation) return false;
    return true;
}

bool ends_with_connecting_word(std::string_view line) {
    line = trim_line(line);
    const size_t space = line.find_last_of(' ');
    std::string last(line.substr(space == std::string_view::npos ? 0 : space + 1));
    std::transform(last.begin(), last.end(), last.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (std::string_view w : {"&", "-", "a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"})
        if (last == w) return true;
    return false;
}

}  // namespace quorum::extract
