/** @file rebuild.h @brief `quorum index --rebuild`: emptying an existing Quorum index in place (any schema version) before indexing again. */
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

namespace quorum::index {

struct RebuildStart {
    Xapian::WritableDatabase db;           ///< empty, with this quorum's schema version
    std::vector<std::string> old_roots;    ///< the roots the index remembered before
};

/// Opens the index at `path` for a rebuild: a missing path or an empty folder gets a new
/// index; an existing Quorum index (of any schema version) is emptied by Xapian itself
/// (DB_CREATE_OR_OVERWRITE rewrites its own tables; no other file is touched), keeping only its
/// OCR cache (ocr_cache.h), so that scans are not OCR'd again. Anything else
/// (a folder that is not a Xapian database, or another program's Xapian database) is refused
/// with DatabaseError, and nothing is changed.
RebuildStart open_for_rebuild(const std::string& path);

}  // namespace quorum::index
