/** @file index_handles.cpp @brief One read-only index handle per thread. */
#include "server/index_handles.h"

#include "indexer/database.h"

namespace quorum::server {

IndexHandles::IndexHandles(std::string db_path) : path_(std::move(db_path)) { (void)index::open_for_reading(path_); }

Xapian::Database& IndexHandles::this_thread_handle() {
    const std::lock_guard lock(mutex_);
    auto& handle = handles_[std::this_thread::get_id()];
    if (!handle) handle = std::make_unique<Xapian::Database>(index::open_for_reading(path_));
    return *handle;
}

}  // namespace quorum::server
