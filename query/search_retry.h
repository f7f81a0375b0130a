/** @file search_retry.h @brief Searching an index that a writer is committing to: reopen and retry instead of failing. */
#pragma once

#include <xapian.h>

#include "query/searcher.h"

namespace quorum::query {

/// Runs search(). When the revision being read has been discarded by a writer committing in
/// the meantime (Xapian::DatabaseModifiedError, or DatabaseCorruptError on a reused block), reopens `db` on the latest revision and runs
/// the search again, up to kSearchAttempts times in all, so that a reader never fails because
/// an indexer is running. Other errors propagate as from search().
SearchResults search_latest(Xapian::Database& db, const SearchRequest& request);

inline constexpr int kSearchAttempts = 12;

}  // namespace quorum::query
