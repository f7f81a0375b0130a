/** @file indexed_roots.h @brief The folders an index was built from, remembered in its metadata (schema kIndexedRootsKey). */
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

namespace quorum::index {

/// The roots every `quorum index` run on this index was given (absolute, lexically normal),
/// sorted; empty for an index built before they were recorded.
std::vector<std::string> indexed_roots(const Xapian::Database& db);

/// Adds `roots` (absolute, lexically normal) to the remembered ones; committed with the run.
void remember_roots(Xapian::WritableDatabase& db, const std::vector<std::string>& roots);

}  // namespace quorum::index
