/** @file text_cleanup.cpp @brief Whitespace collapsing, de-hyphenation and line classification. */
#include "extractors/text_cleanup.h"

#include <cctype>

namespace quorum::extract {
namespace {

// Length in bytes of a UTF-8 whitespace sequence at `s[i]`, or 0.
size_t whitespace_at(std::string_view s, size_t i) {
    const unsigned char c = s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return 2;  // NBSP
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
        const unsigned char d = s[i + 2];
        if ((d >= 0x80 && d <= 0x8B) || d == 0xAF || d == 0xA8 || d == 0xA9) return 3;  // U+2000..200B, 202F, 2028/9
    }
    if (c == 0xE3 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        static_cast<unsigned char>(s[i + 2]) == 0x80)
        return 3;  // ideographic space
    return 0;
}

bool is_lower_start(std::string_view s) {
    if (s.empty()) return false;
    const unsigned char c = s[0];
    if (c < 0x80) return std::islower(c);
    // Latin-1 supplement / extended lower-case letters (é, ö, ...) start with 0xC3 0xA0..0xBF.
    return c == 0xC3 && s.size() > 1 && static_cast<unsigned char>(s[1]) >= 0x9F;
}

bool is_ascii_letter(char c) { return std::isalpha(static_cast<unsigned char>(c)); }

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

// Length of a leading item number ("84.", "3", "09.17.01", "4)"), or 0. Each group has at most
// three digits, so a year ("2028.") starting a wrapped sentence is not an item number.
size_t item_number_length(std::string_view line) {
    size_t i = 0, group = 0;
    for (; i < line.size(); ++i) {
        const char c = line[i];
        if (std::isdigit(static_cast<unsigned char>(c))) {
            if (++group > 3) return 0;
        } else if (c == '.' && group > 0) {
            group = 0;
        } else {
            break;
        }
    }
    if (i > 0 && i < line.size() && (line[i] == ')' || line[i] == ':')) ++i;
    return i;
}

size_t word_count(std::string_view s) {
    size_t words = 0;
    bool in_word = false;
    for (unsigned char c : s) {
        const bool space = std::isspace(c);
        words += !space && !in_word;
        in_word = !space;
    }
    return words;
}

// A line that stops on "to", "and", "of", ... runs on: it is the first line of a wrapped sentence.
bool trails_off(std::string_view s) {
    const size_t space = s.find_last_of(' ');
    const std::string_view last = space == std::string_view::npos ? s : s.substr(space + 1);
    for (std::string_view w : {"a", "an", "and", "as", "at", "be", "by", "for", "from", "in", "is", "of", "on", "or",
                               "that", "the", "to", "was", "were", "with"})
        if (last == w) return true;
    return false;
}

// "84. Apologies", "3. Minutes of the previous meeting": a number, then a short capitalised title.
bool is_numbered_title(std::string_view line) {
    const size_t n = item_number_length(line);
    if (n == 0 || n >= line.size() || line[n] != ' ') return false;
    const std::string_view rest = trim(line.substr(n));
    return !rest.empty() && std::isupper(static_cast<unsigned char>(rest[0])) && rest.size() <= 90 &&
           word_count(rest) <= 14 && !trails_off(rest);
}

}  // namespace

std::string collapse_whitespace(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool pending_space = false;
    for (size_t i = 0; i < text.size();) {
        if (size_t n = whitespace_at(text, i)) {
            pending_space = !out.empty();
            i += n;
            continue;
        }
        if (pending_space) out += ' ';
        pending_space = false;
        out += text[i++];
    }
    return out;
}

std::string join_wrapped_lines(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& raw : lines) {
        std::string line = collapse_whitespace(raw);
        if (line.empty()) continue;
        if (out.empty()) {
            out = std::move(line);
            continue;
        }
        const bool hyphen_break = out.size() >= 2 && out.back() == '-' && is_ascii_letter(out[out.size() - 2]) &&
                                  is_lower_start(line);
        if (hyphen_break) {
            out.pop_back();
        } else {
            out += ' ';
        }
        out += line;
    }
    return out;
}

bool looks_like_heading(std::string_view raw) {
    const std::string_view line = trim(raw);
    if (line.size() < 3 || line.size() > 120) return false;
    const char last = line.back();
    if (last == '.' || last == ',' || last == ';') return false;

    size_t upper = 0, lower = 0;
    for (unsigned char c : line) {
        if (std::isupper(c)) ++upper;
        else if (std::islower(c)) ++lower;
    }
    if (upper >= 3 && upper >= 4 * lower) return true;  // "APOLOGIES FOR ABSENCE"
    return is_numbered_title(line);                      // "84. Apologies", "09.17.01 Planning"
}

bool looks_like_list_item(std::string_view raw) {
    const std::string_view line = trim(raw);
    if (line.empty()) return false;
    if (line.starts_with("\xE2\x80\xA2") || line.starts_with("\xC2\xB7") || line.starts_with("\xEF\x82\xB7") ||
        line.starts_with("\xE2\x97\x8F") || line.starts_with("\xE2\x96\xAA") || line.starts_with("\xE2\x80\x93 "))
        return true;  // • · (Symbol-font bullet) ● ▪ "– "
    if ((line[0] == '-' || line[0] == '*' || line[0] == 'o') && line.size() > 1 && line[1] == ' ') return true;
    if (line[0] == '(' && line.size() > 2) {
        const size_t close = line.find(')');
        if (close != std::string_view::npos && close <= 5) {
            for (size_t i = 1; i < close; ++i)
                if (!std::isalnum(static_cast<unsigned char>(line[i]))) return false;
            return true;  // "(a)", "(iv)", "(12)"
        }
    }
    return false;
}

std::string strip_bullet(std::string_view raw) {
    std::string_view line = trim(raw);
    for (std::string_view bullet : {"\xE2\x80\xA2", "\xC2\xB7", "\xEF\x82\xB7", "\xE2\x97\x8F", "\xE2\x96\xAA"}) {
        if (line.starts_with(bullet)) {
            line.remove_prefix(bullet.size());
            return std::string(trim(line));
        }
    }
    if (line.size() > 1 && (line[0] == '-' || line[0] == '*') && line[1] == ' ') return std::string(trim(line.substr(1)));
    return std::string(line);
}

std::vector<PipeCell> split_pipe_row(std::string_view text) {
    std::vector<PipeCell> cells;
    const std::string_view row = trim(text);
    size_t start = 0;
    int column = row.starts_with('|') ? -1 : 0;  // the empty piece before a leading '|' is no column
    while (start <= row.size()) {
        size_t bar = row.find('|', start);
        if (bar == std::string_view::npos) bar = row.size();
        std::string cell = collapse_whitespace(row.substr(start, bar - start));
        const bool separator = cell.find_first_not_of("-: ") == std::string::npos;
        if (!separator) cells.push_back({column, std::move(cell)});
        ++column;
        start = bar + 1;
    }
    return cells;
}

std::vector<std::string> split_pipe_cells(std::string_view text) {
    std::vector<std::string> cells;
    for (PipeCell& c : split_pipe_row(text)) cells.push_back(std::move(c.text));
    return cells;
}

std::vector<std::string> split_at_spaces(std::string_view text, size_t max_bytes) {
    std::vector<std::string> pieces;
    while (!text.empty()) {
        size_t cut = text.size();
        if (cut > max_bytes) {
            cut = text.rfind(' ', max_bytes);
            if (cut == std::string_view::npos || cut == 0) {
                cut = max_bytes;
                while (cut > 1 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
            }
        }
        if (std::string piece = collapse_whitespace(text.substr(0, cut)); !piece.empty()) pieces.push_back(std::move(piece));
        text.remove_prefix(cut);
    }
    return pieces;
}

}  // namespace quorum::extract
