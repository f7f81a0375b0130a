/** @file spelling.h @brief "Did you mean": the closest indexed word to an unknown one, found in the index's own term dictionary (no spelling table needed). */
#pragma once

#include <xapian.h>

#include <string>

namespace quorum::query {

/// Edit distance (insertions, deletions, substitutions, adjacent transpositions) between two
/// byte strings, or `limit + 1` as soon as it must exceed `limit`.
unsigned edit_distance(const std::string& a, const std::string& b, unsigned limit);

/// The indexed body-text word closest to `word` (lower case): within edit distance 1 for
/// words of up to 4 bytes, else 2; the most frequent of the closest. Candidates share the
/// word's first byte, or its second (for a wrong first letter). "" when none is close.
std::string suggest_word(const Xapian::Database& db, const std::string& word);

}  // namespace quorum::query
