/** @file search_retry.cpp @brief search() with reopen-and-retry on Xapian::DatabaseModifiedError (and DatabaseCorruptError, the same race on a reused block). */
#include "query/search_retry.h"

#include "schema/revision_retry.h"

namespace quorum::query {

SearchResults search_latest(Xapian::Database& db, const SearchRequest& request) {
    return schema::read_newest_revision(kSearchAttempts, [&] { return search(db, request); }, [&] { db.reopen(); });
}

}  // namespace quorum::query
