/** @file index_handles.h @brief Read-only Xapian handles, one per server worker thread, brought up to date before each request; the shards of a stub that did not answer. */
#pragma once

#include <xapian.h>

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace quorum::server {

/// Xapian handles are not to be shared between threads: each worker thread gets its own on its
/// first request, opened read-only, and reopened (Database::reopen(), cheap when nothing
/// changed) at the start of every request so that it sees what `quorum index` has committed.
/// On a stub of shards a thread's handle holds the shards that answered when it was opened
/// (index::open_index); the others are its missing shards, and its answers are partial until
/// the stub is opened again (kRetryMissing after, or when a shard stops answering).
class IndexHandles {
public:
    /// Opens the index once to check it (throws index::DatabaseError naming the path).
    explicit IndexHandles(std::string db_path);

    const std::string& path() const { return path_; }

    /// Runs `work` with this thread's handle at the latest revision. When an indexer commits
    /// meanwhile and discards the revision being read (Xapian::DatabaseModifiedError, or
    /// DatabaseCorruptError when a block of it has already been reused), the
    /// handle is reopened and `work` runs again, up to kAttempts times, so that a request never
    /// fails because an indexer is running. When a remote shard stops answering
    /// (Xapian::NetworkError), the stub is opened again, without it, and `work` runs again: the
    /// answer is then partial, and names the shard.
    template <typename Work>
    auto with_latest(Work&& work) -> decltype(work(std::declval<Xapian::Database&>())) {
        for (int attempt = 1;; ++attempt) {
            Xapian::Database& db = this_thread_handle().db;
            try {
                db.reopen();
                return work(db);
            } catch (const Xapian::DatabaseModifiedError&) {
                if (attempt == kAttempts) throw;
            } catch (const Xapian::DatabaseCorruptError&) {
                // The same race met on a block the writer already reused ("Expected block N to be
                // level 1, not 0"): read again from the newest revision. A truly corrupt index
                // fails every attempt and the error is answered.
                if (attempt == kAttempts) throw;
            } catch (const Xapian::NetworkError&) {
                if (attempt == kAttempts || !reopen_this_thread_handle()) throw;
            }
        }
    }

    /// The shards of the stub that this thread's handle left out because they did not answer,
    /// as the stub names them ("10.0.0.13:33333"); empty for an index folder or a whole stub.
    std::vector<std::string> missing_shards();

    static constexpr int kAttempts = 12;
    /// A partial handle tries its missing shards again on the first request after this long.
    static constexpr std::chrono::seconds kRetryMissing{30};

private:
    struct Handle {
        Xapian::Database db;
        std::vector<std::string> missing;
        std::chrono::steady_clock::time_point opened_at = std::chrono::steady_clock::now();
    };
    Handle& this_thread_handle();
    /// Opens this thread's handle anew (a shard stopped answering); false for an index that is
    /// not a stub (nothing to leave out).
    bool reopen_this_thread_handle();
    Handle open() const;

    std::string path_;
    bool stub_ = false;
    std::mutex mutex_;
    std::map<std::thread::id, std::unique_ptr<Handle>> handles_;
};

}  // namespace quorum::server
