/** @file search_retry.cpp @brief search() with reopen-and-retry on Xapian::DatabaseModifiedError. */
#include "query/search_retry.h"

namespace quorum::query {

SearchResults search_latest(Xapian::Database& db, const SearchRequest& request) {
    for (int attempt = 1;; ++attempt) {
        try {
            return search(db, request);
        } catch (const Xapian::DatabaseModifiedError&) {
            if (attempt == kSearchAttempts) throw;
            db.reopen();
        }
    }
}

}  // namespace quorum::query
