/** @file officer_text.h @brief The tokens the officer detector reads (words, numbers, punctuation of one block) and the shape tests it applies to them. */
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace quorum::facets::officer {

enum class TokenKind { Word, Number, Punct };

/// One token of a block's text. Words keep inner hyphens and apostrophes ("Barrington-King",
/// "O’Neill", "Children’s"); each punctuation character (or UTF-8 punctuation sequence such as
/// "–" or "’") is a token of its own; white space is dropped.
struct Token {
    TokenKind kind = TokenKind::Punct;
    std::string_view text;  ///< a view into the block's text
};

/// The tokens of `text`, in order. Linear in the text's length; the views point into `text`.
std::vector<Token> tokenize(std::string_view text);

bool is_word(const Token& t);
/// "Gough", "McGarry", "O’Neill", "Barrington-King": a capital, then at least one lower-case letter.
bool is_cap_word(const Token& t);
/// A single capital letter: "R" in "Mr R W Gough".
bool is_initial(const Token& t);
/// Two or more letters, all capitals: "ASB", "CHAIR", "OBE".
bool is_upper_word(const Token& t);
/// Starts with a lower-case letter: "and", "of", "solicitor".
bool is_lower_word(const Token& t);
/// "-", "–" (en dash) or "—" (em dash).
bool is_dash(const Token& t);
bool is_punct(const Token& t, std::string_view p);

/// ASCII lower case.
std::string lower(std::string_view s);

/// `s` with runs of white space collapsed to one space and the ends trimmed.
std::string collapse_spaces(std::string_view s);

}  // namespace quorum::facets::officer
