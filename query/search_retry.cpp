/** @file search_retry.cpp @brief search() with reopen-and-retry on Xapian::DatabaseModifiedError (and DatabaseCorruptError, the same race on a reused block). */
#include "query/search_retry.h"

namespace quorum::query {

SearchResults search_latest(Xapian::Database& db, const SearchRequest& request) {
    for (int attempt = 1;; ++attempt) {
        try {
            return search(db, request);
        } catch (const Xapian::DatabaseModifiedError&) {
            if (attempt == kSearchAttempts) throw;
            db.reopen();
        } catch (const Xapian::DatabaseCorruptError&) {
            // The same race met on a block the writer already reused: read the newest revision.
            // A truly corrupt index fails every attempt, and its error is the answer.
            if (attempt == kSearchAttempts) throw;
            db.reopen();
        }
    }
}

}  // namespace quorum::query
