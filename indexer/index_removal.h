/** @file index_removal.h @brief `quorum remove`: taking files and folders out of an index, never touching the files themselves. */
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

namespace quorum::index {

struct RemovedPath {
    std::string path;         ///< absolute, as matched
    size_t documents = 0;     ///< indexed files at or under it, removed
    size_t failures = 0;      ///< remembered failures at or under it, forgotten
};

/// Removes every document and remembered failure whose file is one of `paths` or lies under
/// one of them (paths are made absolute), drops remembered roots at or under them, prunes
/// the extraction cache and commits. Only the index changes: the files are not touched, and
/// need not exist. One entry per path, in order.
std::vector<RemovedPath> remove_from_index(Xapian::WritableDatabase& db, const std::vector<std::string>& paths);

}  // namespace quorum::index
