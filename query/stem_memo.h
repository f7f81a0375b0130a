/** @file stem_memo.h @brief A stemmer that remembers what it stemmed: one search stems the same words again and again (every word of each snippet window, each item's words). */
#pragma once

#include <xapian.h>

#include <cstddef>
#include <string>

namespace quorum::query {

/// Xapian::Stem(language), giving the same stems, backed by a memo of the words it has stemmed
/// (up to `max_words` of them; then the memo starts again). MSet::snippet stems every word of
/// the text it is given, and the words of minutes repeat ("the", "council", the query's own
/// words), within a window and from one hit to the next. Not safe to use from two threads at
/// once (copies share the memo): make one per search.
Xapian::Stem memo_stem(const std::string& language, size_t max_words = 50000);

}  // namespace quorum::query
