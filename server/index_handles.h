/** @file index_handles.h @brief Read-only Xapian handles, one per server worker thread, brought up to date before each request. */
#pragma once

#include <xapian.h>

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace quorum::server {

/// Xapian handles are not to be shared between threads: each worker thread gets its own on its
/// first request, opened read-only, and reopened (Database::reopen(), cheap when nothing
/// changed) at the start of every request so that it sees what `quorum index` has committed.
class IndexHandles {
public:
    /// Opens the index once to check it (throws index::DatabaseError naming the path).
    explicit IndexHandles(std::string db_path);

    const std::string& path() const { return path_; }

    /// Runs `work` with this thread's handle at the latest revision. When an indexer commits
    /// meanwhile and discards the revision being read (Xapian::DatabaseModifiedError), the
    /// handle is reopened and `work` runs again, up to kAttempts times, so that a request never
    /// fails because an indexer is running.
    template <typename Work>
    auto with_latest(Work&& work) -> decltype(work(std::declval<Xapian::Database&>())) {
        Xapian::Database& db = this_thread_handle();
        for (int attempt = 1;; ++attempt) {
            try {
                db.reopen();
                return work(db);
            } catch (const Xapian::DatabaseModifiedError&) {
                if (attempt == kAttempts) throw;
            }
        }
    }

    static constexpr int kAttempts = 5;

private:
    Xapian::Database& this_thread_handle();

    std::string path_;
    std::mutex mutex_;
    std::map<std::thread::id, std::unique_ptr<Xapian::Database>> handles_;
};

}  // namespace quorum::server
