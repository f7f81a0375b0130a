/** @file revision_retry.h @brief Reading an index that a writer is committing to: when the revision being read is discarded meanwhile, read again from the newest one. */
#pragma once

#include <xapian.h>

namespace quorum::schema {

/// Runs `read()`. When a writer has committed twice since the revision being read was opened,
/// Xapian reuses that revision's blocks and throws DatabaseModifiedError or, meeting a reused
/// block first, DatabaseCorruptError ("Expected block N to be level 1, not 0"). Then
/// `to_newest()` moves to the newest revision (Database::reopen(), or nothing when `read`
/// opens the index itself) and `read()` runs again, up to `attempts` times in all. A truly
/// corrupt index fails every attempt, and the last error propagates; so do all other errors.
template <typename Read, typename ToNewest>
auto read_newest_revision(int attempts, Read&& read, ToNewest&& to_newest) -> decltype(read()) {
    for (int attempt = 1;; ++attempt) {
        try {
            return read();
        } catch (const Xapian::DatabaseModifiedError&) {
            if (attempt >= attempts) throw;
        } catch (const Xapian::DatabaseCorruptError&) {
            if (attempt >= attempts) throw;
        }
        to_newest();
    }
}

}  // namespace quorum::schema
