/** @file item_match.h @brief Which agenda items of a matching document hold the query's words: picks the item a result shows and counts the others. */
#pragma once

#include <xapian.h>

#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace quorum::query {

/// The free-text words of a query as they matched one document: exact (unstemmed) forms
/// and stems. Prefixes are dropped: a title: or resolution word counts wherever it appears.
struct QueryWords {
    std::set<std::string> exact;
    std::set<std::string> stems;
    std::vector<std::vector<std::string>> phrases;  ///< exact words in order ("county", "lines")
    bool empty() const { return exact.empty() && stems.empty() && phrases.empty(); }
};

/// The free-text words of `query` that matched one document: phrases from the query's
/// PHRASE nodes, single words from the rest. `matching` (Enquire::get_matching_terms) adds
/// the words wildcards expanded to. Terms only under NOT, and boolean filter terms
/// (XCOUNCIL..., D..., P...), do not count. "Zcounti" / "ZScounti" / "ZXREScounti" -> stem
/// "counti"; "county" -> exact.
QueryWords query_words(const Xapian::Query& query, Xapian::TermIterator matching_begin,
                       Xapian::TermIterator matching_end);
/// The same, from the matched terms as a list (query/matching_terms.h).
QueryWords query_words(const Xapian::Query& query, const std::vector<std::string>& matching);

/// How one item matched.
struct ItemMatch {
    size_t index = 0;     ///< position in the stored "items" array
    size_t distinct = 0;  ///< how many different query words it holds
    size_t hits = 0;      ///< how many occurrences
    Xapian::termpos first_position = 0;  ///< the first position of a query word in it (0: not known)
};

/// The items of a stored document (schema/stored_record.h) holding at least one query
/// word, best first (most distinct words, then most occurrences, then document order).
/// With `resolutions_only`, only items' resolution text is searched. Each match's
/// first_position is the term position the index gives its first query word, worked out from
/// the item's stored position (0 when the document is stored without positions, or with
/// `resolutions_only`). Words of `words` the document does not hold change nothing, so the
/// words of the whole query (Query::get_unique_terms) give the same answer as those that
/// matched the document (Enquire::get_matching_terms), without reading its term list.
std::vector<ItemMatch> match_items(const nlohmann::json& data, const QueryWords& words, const Xapian::Stem& stem,
                                   bool resolutions_only);

/// A word of the index and its stem.
struct StemmedWord {
    std::string word;
    std::string stem;
};

/// The words of the whole index that match_items_by_position would try for `stems` (those
/// starting with a stem's first three letters) and that stem to one of them, each once, in
/// term order. Worked out once per search, it spares each hit a walk of its own term list.
/// nullopt when more than `max_terms` index terms start like the stems (then each hit's term
/// list, a few thousand terms at most, is the cheaper read).
std::optional<std::vector<StemmedWord>> words_stemming_to(const Xapian::Database& db,
                                                          const std::set<std::string>& stems,
                                                          const Xapian::Stem& stem, size_t max_terms = 5000);

/// The same answer as match_items (without `resolutions_only`), read from the index's
/// positional data for document `did` instead of re-splitting its text: much cheaper for a
/// long document in a local index, but a round trip per word over a remote shard (there
/// match_items on the stored text, already fetched, is far cheaper). nullopt when its stored
/// items do not carry their term positions. With `stemmed` (words_stemming_to for a set of
/// stems holding `words.stems`), the document's words that stem to a query stem are looked up
/// from that list instead of found in its term list; the answer is the same.
std::optional<std::vector<ItemMatch>> match_items_by_position(const Xapian::Database& db, Xapian::docid did,
                                                              const nlohmann::json& data, const QueryWords& words,
                                                              const Xapian::Stem& stem,
                                                              const std::vector<StemmedWord>* stemmed = nullptr);

}  // namespace quorum::query
