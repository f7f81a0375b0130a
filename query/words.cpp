/** @file words.cpp @brief TermGenerator-compatible word splitting with offsets. */
#include "query/words.h"

#include <xapian.h>

namespace quorum::query {
namespace {

constexpr size_t kMaxWordBytes = 64;  // TermGenerator's default limit

// ASCII first (most of the text): the same answers as Xapian::Unicode, without its table look-up.
bool is_word(unsigned ch) {
    if (ch < 0x80) return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_';
    return Xapian::Unicode::is_wordchar(ch);
}
bool is_digit(unsigned ch) {
    if (ch < 0x80) return ch >= '0' && ch <= '9';
    return Xapian::Unicode::get_category(ch) == Xapian::Unicode::DECIMAL_DIGIT_NUMBER;
}

// Characters TermGenerator keeps inside a word when a word character follows.
bool is_infix(unsigned ch) {
    return ch == '\'' || ch == '&' || ch == 0xb7 || ch == 0x5f4 || ch == 0x2027 || ch == 0x2019 || ch == 0x201b;
}

// Characters kept between two digits ("1,000", "2.5").
bool is_digit_infix(unsigned ch) {
    return ch == ',' || ch == '.' || ch == ';' || ch == 0x37e || ch == 0x589 || ch == 0x60d || ch == 0x7f8 ||
           ch == 0x2044 || ch == 0xfe10 || ch == 0xfe13 || ch == 0xfe14;
}

struct Cursor {
    std::string_view text;
    Xapian::Utf8Iterator it;
    Xapian::Utf8Iterator end;

    size_t offset() const { return static_cast<size_t>(it.raw() - text.data()); }
    unsigned peek_after() const {  // the character after the current one, or 0
        Xapian::Utf8Iterator next = it;
        ++next;
        return next == end ? 0 : *next;
    }
};

void append_lower(std::string& term, unsigned ch) {
    if (ch < 0x80) {
        term += static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch + ('a' - 'A') : ch);
        return;
    }
    Xapian::Unicode::append_utf8(term, Xapian::Unicode::tolower(ch));
}

bool is_upper(unsigned ch) {
    if (ch < 0x80) return ch >= 'A' && ch <= 'Z';
    return Xapian::Unicode::get_category(ch) == Xapian::Unicode::UPPERCASE_LETTER;
}

// "P.C.C." style acronyms: single letters each followed by '.', at least two letters.
bool try_acronym(Cursor& c, Word& w) {
    Xapian::Utf8Iterator probe = c.it;
    std::string term;
    size_t letters = 0;
    const char* last = nullptr;
    while (probe != c.end && is_upper(*probe)) {
        const unsigned letter = *probe;
        Xapian::Utf8Iterator dot = probe;
        ++dot;
        if (dot == c.end || *dot != '.') break;
        Xapian::Utf8Iterator after = dot;
        ++after;
        append_lower(term, letter);
        ++letters;
        last = after == c.end ? c.text.data() + c.text.size() : after.raw();
        probe = after;
        if (probe != c.end && is_word(*probe) && !is_upper(*probe))
            return false;  // "A.b" is not an acronym
    }
    if (letters < 2) return false;
    w.term = std::move(term);
    w.end = static_cast<size_t>(last - c.text.data());
    c.it = probe;
    return true;
}

}  // namespace

std::vector<Word> split_words(std::string_view text, size_t max_words) {
    std::vector<Word> words;
    Cursor c{text, Xapian::Utf8Iterator(text.data(), text.size()), Xapian::Utf8Iterator()};
    while (c.it != c.end && words.size() < max_words) {
        if (!is_word(*c.it)) {
            ++c.it;
            continue;
        }
        Word w;
        w.begin = c.offset();
        if (try_acronym(c, w)) {
            if (w.term.size() <= kMaxWordBytes) words.push_back(std::move(w));
            continue;
        }
        unsigned prev = 0;
        while (c.it != c.end) {
            const unsigned ch = *c.it;
            if (is_word(ch)) {
                append_lower(w.term, ch);
                prev = ch;
                ++c.it;
                continue;
            }
            const unsigned next = c.peek_after();
            if (next && is_word(next) && (is_infix(ch) || (is_digit_infix(ch) && is_digit(prev) && is_digit(next)))) {
                // TermGenerator stores typographic apostrophes as ASCII ones.
                if (ch == 0x2019 || ch == 0x201b) w.term += '\'';
                else append_lower(w.term, ch);
                prev = ch;
                ++c.it;
                continue;
            }
            break;
        }
        // Up to three trailing '+' or '#' ("C++", "C#") when no word character follows.
        if (c.it != c.end && (*c.it == '+' || *c.it == '#')) {
            Xapian::Utf8Iterator probe = c.it;
            std::string suffix;
            while (probe != c.end && (*probe == '+' || *probe == '#') && suffix.size() < 3) {
                suffix += static_cast<char>(*probe);
                ++probe;
            }
            if (probe == c.end || !is_word(*probe)) {
                w.term += suffix;
                c.it = probe;
            }
        }
        w.end = c.offset();
        if (w.term.size() <= kMaxWordBytes) words.push_back(std::move(w));
    }
    return words;
}

}  // namespace quorum::query
