/** @file compaction.h @brief Rewriting an index compactly (as xapian-compact does) and swapping it in atomically. */
#pragma once

#include <xapian.h>

#include <cstdint>
#include <string>

namespace quorum::index {

struct CompactionResult {
    std::uint64_t bytes_before = 0;
    std::uint64_t bytes_after = 0;
};

/// Compacts the committed index at `path`, which `db` holds open for writing (so no other
/// writer can change it meanwhile): writes a compact copy beside it (beside the real folder
/// when `path` is a symlink), swaps the two folders in one step (renameat2 RENAME_EXCHANGE,
/// so the path always holds a complete index), closes `db` and removes the old copy. Document ids stay the same. Throws
/// std::runtime_error naming the step that failed; the index at `path` is then unchanged.
CompactionResult compact_in_place(Xapian::WritableDatabase& db, const std::string& path);

/// Removes what a compaction killed part-way left beside the index at `path` (call with the
/// index's write lock held).
void remove_compaction_leftovers(const std::string& path);

}  // namespace quorum::index
