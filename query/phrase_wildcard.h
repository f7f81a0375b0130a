/** @file phrase_wildcard.h @brief A phrase whose last word is a prefix ("planning application*"), as Xapian queries: positional for the body text, stems for stems-only fields. */
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

namespace quorum::query {

/// The indexed words (terms under `prefix`, prefix removed) that start with `word_prefix`, in
/// term order. Throws QueryError, in the same words as a plain wildcard over the limit, when
/// there are more than `max_expansion`.
std::vector<std::string> expand_word_prefix(const Xapian::Database& db, const std::string& prefix,
                                            const std::string& word_prefix, Xapian::termcount max_expansion);

/// `words` as an exact phrase of body-text terms, the last word being a prefix: an OR of one
/// phrase per indexed word the prefix expands to (Xapian 1.4's OP_PHRASE takes terms only, not
/// a wildcard). A single word is a plain wildcard. MatchNothing when the prefix expands to
/// nothing. `words` are as indexed (query/words.h); at least one.
Xapian::Query phrase_with_wildcard(const Xapian::Database& db, const std::vector<std::string>& words,
                                   Xapian::termcount max_expansion);

/// The same phrase against a stems-only field (terms "Z" + `field_prefix` + stem): every word's
/// stem, the last one's as an OR of the stems of its expansions among the body-text words.
Xapian::Query stems_with_wildcard(const Xapian::Database& db, const std::vector<std::string>& words,
                                  const std::string& field_prefix, Xapian::termcount max_expansion);

}  // namespace quorum::query
