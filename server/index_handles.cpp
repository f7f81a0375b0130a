/** @file index_handles.cpp @brief One read-only index handle per thread, and its missing shards. */
#include "server/index_handles.h"

#include <iostream>

#include "indexer/database.h"
#include "indexer/shards/shard_opening.h"
#include "indexer/shards/stub_file.h"

namespace quorum::server {

IndexHandles::IndexHandles(std::string db_path) : path_(std::move(db_path)), stub_(index::stub_file_for(path_).has_value()) {
    (void)open();
}

IndexHandles::Handle IndexHandles::open() const {
    index::OpenedIndex opened = index::open_index(path_);
    Handle h{std::move(opened.db), {}};
    for (const auto& m : opened.missing) h.missing.push_back(m.name);
    // The server's log names what its answers leave out.
    if (opened.partial()) std::cerr << "quorum serve: partial answers: " << index::missing_shards_note(opened.missing) << "\n";
    return h;
}

IndexHandles::Handle& IndexHandles::this_thread_handle() {
    {
        const std::lock_guard lock(mutex_);
        auto& handle = handles_[std::this_thread::get_id()];
        if (handle && (handle->missing.empty() || std::chrono::steady_clock::now() - handle->opened_at < kRetryMissing))
            return *handle;
    }
    // First use, or a partial handle due to try its missing shards again: opened outside the
    // lock (a shard that does not answer takes its connect timeout), by this thread alone.
    auto fresh = std::make_unique<Handle>(open());
    const std::lock_guard lock(mutex_);
    auto& handle = handles_[std::this_thread::get_id()];
    handle = std::move(fresh);
    return *handle;
}

bool IndexHandles::reopen_this_thread_handle() {
    if (!stub_) return false;
    Handle fresh = open();
    const std::lock_guard lock(mutex_);
    handles_[std::this_thread::get_id()] = std::make_unique<Handle>(std::move(fresh));
    return true;
}

std::vector<std::string> IndexHandles::missing_shards() { return this_thread_handle().missing; }

}  // namespace quorum::server
