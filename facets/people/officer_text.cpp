/** @file officer_text.cpp @brief Tokenising a block for the officer detector. */
#include "facets/people/officer_text.h"

namespace quorum::facets::officer {
namespace {

bool ascii_letter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }

size_t utf8_length(unsigned char c) {
    if (c >= 0xF0) return 4;
    if (c >= 0xE0) return 3;
    if (c >= 0xC0) return 2;
    return 1;
}

/// A multi-byte character that is a letter (Latin-1 and other alphabets), as opposed to
/// punctuation: U+0080..U+00BF (no-break space, £, ·), × and ÷, and the E2 block (dashes, quotes,
/// bullets, symbols) are not letters; nor are four-byte characters (emoji).
bool multibyte_letter(std::string_view text, size_t i) {
    const auto c0 = static_cast<unsigned char>(text[i]);
    const auto c1 = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
    if (c0 < 0xC3 || c0 >= 0xF0) return false;
    if (c0 == 0xC3) return c1 != 0x97 && c1 != 0xB7;
    return c0 != 0xE2 && c0 != 0xE3 && c0 != 0xEF;
}

bool letter_at(std::string_view text, size_t i) {
    if (i >= text.size()) return false;
    const auto c = static_cast<unsigned char>(text[i]);
    return c < 0x80 ? ascii_letter(c) : multibyte_letter(text, i);
}

bool space_at(std::string_view text, size_t i, size_t& length) {
    const auto c = static_cast<unsigned char>(text[i]);
    length = 1;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return true;
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
        length = 2;  // no-break space
        return true;
    }
    return false;
}

/// Length of a joiner inside a word at `i` ("-", "'", "’") when a letter follows it, else 0.
size_t joiner_at(std::string_view text, size_t i) {
    if (text[i] == '-' || text[i] == '\'') return letter_at(text, i + 1) ? 1 : 0;
    if (text.compare(i, 3, "\xE2\x80\x99") == 0) return letter_at(text, i + 3) ? 3 : 0;
    return 0;
}

/// End of the word or number starting at `i`.
size_t word_end(std::string_view text, size_t i) {
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80 && (ascii_letter(c) || ascii_digit(c))) {
            ++i;
        } else if (c >= 0x80 && multibyte_letter(text, i)) {
            i += utf8_length(c);
        } else if (const size_t j = joiner_at(text, i)) {
            i += j;
        } else {
            break;
        }
    }
    return i < text.size() ? i : text.size();
}

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
    std::vector<Token> tokens;
    size_t i = 0;
    while (i < text.size()) {
        size_t space = 0;
        if (space_at(text, i, space)) {
            i += space;
            continue;
        }
        const auto c = static_cast<unsigned char>(text[i]);
        if (letter_at(text, i) || ascii_digit(c)) {
            const size_t end = word_end(text, i);
            tokens.push_back({ascii_digit(c) ? TokenKind::Number : TokenKind::Word, text.substr(i, end - i)});
            i = end;
        } else {
            const size_t len = std::min(utf8_length(c), text.size() - i);
            tokens.push_back({TokenKind::Punct, text.substr(i, len)});
            i += len;
        }
    }
    return tokens;
}

bool is_word(const Token& t) { return t.kind == TokenKind::Word; }

bool is_cap_word(const Token& t) {
    if (t.kind != TokenKind::Word || t.text.size() < 2) return false;
    if (t.text[0] < 'A' || t.text[0] > 'Z') return false;
    std::string_view rest = t.text.substr(1);
    if (rest.ends_with("'s")) rest.remove_suffix(2);  // "MP's" is not a name
    else if (rest.ends_with("\xE2\x80\x99s")) rest.remove_suffix(4);
    // A letter outside ASCII counts as lower case: "Uí" in "Novak Uí Chonchúir", "Mé".
    for (char c : rest)
        if ((c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0xC3) return true;
    return false;
}

bool is_initial(const Token& t) { return t.kind == TokenKind::Word && t.text.size() == 1 && t.text[0] >= 'A' && t.text[0] <= 'Z'; }

bool is_upper_word(const Token& t) {
    if (t.kind != TokenKind::Word || t.text.size() < 2) return false;
    size_t letters = 0;
    for (char c : t.text) {
        if (c >= 'a' && c <= 'z') return false;
        if (c >= 'A' && c <= 'Z') ++letters;
    }
    return letters >= 2;
}

bool is_lower_word(const Token& t) { return t.kind == TokenKind::Word && t.text[0] >= 'a' && t.text[0] <= 'z'; }

bool is_dash(const Token& t) {
    return t.kind == TokenKind::Punct && (t.text == "-" || t.text == "\xE2\x80\x93" || t.text == "\xE2\x80\x94");
}

bool is_punct(const Token& t, std::string_view p) { return t.kind == TokenKind::Punct && t.text == p; }

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string collapse_spaces(std::string_view s) {
    std::string out;
    bool space = false;
    for (char c : s) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = !out.empty();
        } else {
            if (space) out += ' ';
            space = false;
            out += c;
        }
    }
    return out;
}

}  // namespace quorum::facets::officer
