/** @file compaction.h @brief Rewriting an index compactly (as xapian-compact does) and swapping it in atomically, touching only the index's own files. */
#pragma once

#include <xapian.h>

#include <cstdint>
#include <string>
#include <vector>

namespace quorum::index {

struct CompactionResult {
    std::uint64_t bytes_before = 0;
    std::uint64_t bytes_after = 0;
    /// Left in place and reported, never deleted: what the old copy held that was not the
    /// index's own and could not be moved back (normally empty).
    std::vector<std::string> left_behind;
};

/// Compacts the committed index at `path`, which `db` holds open for writing (so no other
/// writer can change it meanwhile):
///  1. writes a compact copy into a new hidden folder beside the real folder
///     (`.NAME.quorum-compacting-XXXXXX`, made with mkdtemp, so it is never a user's folder);
///  2. swaps the two folders in one step (renameat2 RENAME_EXCHANGE), so `path` always holds
///     a complete index;
///  3. moves back into the index folder anything in the old copy that is not Xapian's own file
///     (something a user put there), then deletes the old copy's Xapian files by name and
///     removes the then-empty folder. Nothing else is ever deleted.
/// Document ids stay the same. Closes `db`. Throws std::runtime_error naming the step that
/// failed; the index at `path` is then unchanged.
CompactionResult compact_in_place(Xapian::WritableDatabase& db, const std::string& path);

/// Removes the scratch folders a compaction killed part-way left beside the index at `path`
/// (call with the index's write lock held): only folders named as compaction makes them that
/// hold nothing but Xapian's files. Returns the ones it left alone because they hold more.
std::vector<std::string> remove_compaction_leftovers(const std::string& path);

}  // namespace quorum::index
