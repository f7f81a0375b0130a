/** @file matching_terms.h @brief The query terms one matched document holds, read from the terms' posting lists rather than the document's whole term list. */
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

namespace quorum::query {

/// The terms of `query` that document `did` holds, in the query's order: the terms
/// Enquire::get_matching_terms gives. That reads the document's whole term list (thousands of
/// terms for long minutes) to find a handful; this skips to `did` in each query term's posting
/// list instead. For a query holding a wildcard (whose words are not in the query tree), and on
/// a stub of shards or a remote database (one round trip per term and hit would cost more than
/// one term list), it asks `enquire` (which ran `query`) instead.
std::vector<std::string> matching_terms(const Xapian::Database& db, const Xapian::Enquire& enquire,
                                        const Xapian::Query& query, Xapian::docid did);

}  // namespace quorum::query
