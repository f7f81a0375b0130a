/** @file facet_counts.h @brief Counts facet values over the whole match set, including multi-valued slots. */
#pragma once

#include <xapian.h>

#include <map>
#include <string>
#include <vector>

namespace quorum::query {

using ValueCounts = std::map<std::string, Xapian::doccount>;

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
