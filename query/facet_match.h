/** @file facet_match.h @brief A filter value (--council KCC, officer:fleet) resolved against the values the index holds: the one forgiving rule, and the closest values when nothing matches. */
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

namespace quorum::query {

/// The most indexed values one filter value may stand for; beyond it the filter is refused.
inline constexpr size_t kMaxFacetValues = 1000;

/// A value's words for matching: lower case, apostrophes removed ("children's" -> "childrens"),
/// other punctuation and '&' a word break, and the word "and" left out, so "Hinckley & Bosworth",
/// "hinckley-and-bosworth" and "HINCKLEY AND BOSWORTH" have the same words.
std::vector<std::string> facet_match_words(std::string_view value);

/// What a filter value stands for.
struct FacetMatch {
    std::vector<std::string> terms;    ///< the indexed terms (prefix included); empty: none matched
    std::vector<std::string> closest;  ///< when none matched: up to 3 nearest indexed values, as shown
};

/// Resolves `value` for the schema field `field` (council, mentions, body, officer, topic, type)
/// against the terms the index holds under its prefix. The first rule that gives any term wins:
///  1. the same words (facet_match_words): "Kent County Council", "kent-county-council";
///  2. a known other name with the same words: council abbreviations and aliases from the
///     gazetteer ("KCC" -> Kent County Council), topic labels and abbreviations from the
///     taxonomy ("ASB", "Anti-social behaviour" -> anti-social-behaviour);
///  3. for people (person, officer, speaker, mover: query/person_match.h), the names with the same
///     surname and compatible given names or initials, titles ignored: "Mr Gough", "Cllr R Gough"
///     and "rw gough" -> Roger William Gough;
///  4. every value that holds the words as a run of whole words: "fleet" -> Cathy Fleet,
///     "london" -> City of London and London Borough of Merton, "overview and scrutiny".
/// Throws QueryError when the value has no word, or stands for more than kMaxFacetValues values.
FacetMatch match_facet_value(const Xapian::Database& db, std::string_view field, std::string_view value);

/// The value of `term` (a term of `field`) as documents show it ("Kent County Council" for
/// XCOUNCILkent-county-council), read from a document's value slot; for movers and voters (no
/// slot), the identity or written name of a person form of the document it is for ("Jane Smith"
/// for XVFORjane-smith); the term's own value otherwise.
std::string facet_display_value(const Xapian::Database& db, std::string_view field, const std::string& term);

/// The note for a value that matched nothing: `council "kentt" matches no value in the index;
/// closest: Kent County Council ('quorum facets council' lists them all)`.
std::string no_match_note(std::string_view field, std::string_view value, const FacetMatch& match);

}  // namespace quorum::query
