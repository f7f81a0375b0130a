/** @file words.h @brief Splits text into words the way Xapian's TermGenerator does, keeping byte offsets (for snippets, item matching and keyword-in-context lines). */
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace quorum::query {

/// One word of a text: its bytes [begin, end) and its indexed form (lower case).
struct Word {
    size_t begin = 0;
    size_t end = 0;
    std::string term;
};

/// The words TermGenerator would index from `text`, in order, each with its position in
/// the text. Mirrors TermGenerator's rules for the cases minutes contain: Unicode word
/// characters, apostrophes and '&' inside words ("council's", "AT&T"), '.' and ',' between
/// digits ("1,000", "2.5"), acronyms written with full stops ("P.C.C." -> "pcc"), trailing
/// "+"/"#" ("C++"), and words over 64 bytes skipped.
/// With `max_words`, stops after that many words.
std::vector<Word> split_words(std::string_view text, size_t max_words = static_cast<size_t>(-1));

}  // namespace quorum::query
