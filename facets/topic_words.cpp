/** @file topic_words.cpp @brief Splitting text into normalised words for topic matching. */
#include "facets/topic_words.h"

namespace quorum::facets {
namespace {

bool is_ascii_word_char(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/// Length of the UTF-8 sequence starting with lead byte `c` (1 for a stray continuation byte).
size_t utf8_length(unsigned char c) {
    if (c >= 0xF0) return 4;
    if (c >= 0xE0) return 3;
    if (c >= 0xC0) return 2;
    return 1;
}

/// True when the multi-byte character at `text[i]` is part of a word (a letter), false for
/// punctuation and spaces: U+00A0..U+00BF (no-break space, £, ·, «, ...), U+2000..U+206F
/// (dashes, curly quotes, bullets), U+00D7 and U+00F7, and everything from U+2070 on that
/// starts with E2 (arrows, symbols) or is four bytes long (emoji).
bool is_multibyte_word_char(std::string_view text, size_t i) {
    const auto c0 = static_cast<unsigned char>(text[i]);
    const auto c1 = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
    if (c0 == 0xC2) return false;
    if (c0 == 0xC3) return c1 != 0x97 && c1 != 0xB7;
    if (c0 == 0xE2 || c0 == 0xE3 || c0 == 0xEF) return false;
    return c0 >= 0xC4 && c0 < 0xF0;
}

}  // namespace

std::string normalise_topic_word(std::string_view word) {
    std::string w(word);
    for (char& c : w)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    const auto ends = [&](std::string_view suffix) { return w.size() >= suffix.size() && w.ends_with(suffix); };
    if (w.size() > 4 && ends("ies")) {
        w.replace(w.size() - 3, 3, "y");
    } else if (w.size() > 3 && ends("s") && !ends("ss") && !ends("us") && !ends("is")) {
        w.pop_back();
    }
    return w;
}

/// Whether the gap between two words holds more than spaces, hyphens and apostrophes.
bool is_break(std::string_view gap) {
    for (char c : gap)
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '-' && c != '\'') return true;
    return false;
}

std::vector<TopicWord> topic_words(std::string_view text) {
    std::vector<TopicWord> words;
    size_t i = 0;
    size_t previous_end = 0;
    while (i < text.size()) {
        const size_t start = i;
        while (i < text.size()) {
            const auto c = static_cast<unsigned char>(text[i]);
            if (c < 0x80) {
                if (!is_ascii_word_char(c)) break;
                ++i;
            } else {
                if (!is_multibyte_word_char(text, i)) break;
                i += utf8_length(c);
            }
        }
        if (i > text.size()) i = text.size();  // a truncated sequence at the very end
        if (i > start) {
            const std::string_view word = text.substr(start, i - start);
            words.push_back({word, normalise_topic_word(word),
                             !words.empty() && is_break(text.substr(previous_end, start - previous_end))});
            previous_end = i;
        } else {
            i += utf8_length(static_cast<unsigned char>(text[i]));
        }
    }
    return words;
}

}  // namespace quorum::facets
