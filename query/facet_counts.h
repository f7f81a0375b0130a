/** @file facet_counts.h @brief Counts facet values over the whole match set, including multi-valued slots. */
#pragma once

#include <xapian.h>

#include <algorithm>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace quorum::query {

using ValueCounts = std::map<std::string, Xapian::doccount>;

/// Calls `each(value)` once for each distinct value of one document's joined slot value
/// ("Kent\nMedway\nKent" gives Kent, Medway), each cut to its first `prefix_length` bytes when
/// that is set (so "20240115\n20241002" with 4 gives 2024 once). Empty values are skipped.
/// `seen` is scratch space, cleared here, that callers reuse across documents.
template <class Each>
void for_each_distinct_value(std::string_view joined, size_t prefix_length, std::vector<std::string_view>& seen,
                             Each&& each) {
    seen.clear();
    for (;;) {
        const size_t cut = joined.find('\n');
        std::string_view v = joined.substr(0, cut);
        if (prefix_length && v.size() > prefix_length) v = v.substr(0, prefix_length);
        if (!v.empty() && std::find(seen.begin(), seen.end(), v) == seen.end()) {
            seen.push_back(v);
            each(v);
        }
        if (cut == std::string_view::npos) break;
        joined.remove_prefix(cut + 1);
    }
}

/// Facet values of `slot` counted over `docids` (ascending): each value once per document that
/// holds it. A slot may hold several values joined by '\n' (councils, officers, topics); with
/// `prefix_length` set, only the first N bytes count (YYYYMMDD -> YYYY for years).
///
/// The slot's value stream is read once in document order, which costs far less than asking
/// each matching document for its values (a match spy), whose reads jump between slots.
ValueCounts count_facet(const Xapian::Database& db, const std::vector<Xapian::docid>& docids, Xapian::valueno slot,
                        size_t prefix_length = 0);

/// The same, for several prefix lengths of one slot in one pass over its value stream (the date
/// slot's years and months): one result per entry of `prefix_lengths`, in its order.
std::vector<ValueCounts> count_facet_prefixes(const Xapian::Database& db, const std::vector<Xapian::docid>& docids,
                                              Xapian::valueno slot, const std::vector<size_t>& prefix_lengths);

}  // namespace quorum::query
