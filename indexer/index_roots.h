/** @file index_roots.h @brief The folders and files an index was built from, remembered in its metadata. */
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

namespace quorum::index {

/// `path` made absolute and lexically normal, without a trailing '/'.
std::string absolute_root(const std::string& path);

/// Whether `path` is `root` or lies under it.
bool is_under(const std::string& path, const std::string& root);

/// The roots remembered in the index (absolute paths), or none.
std::vector<std::string> load_roots(const Xapian::Database& db);

/// Remembers `roots`, each once, leaving out any that lies under another.
void save_roots(Xapian::WritableDatabase& db, const std::vector<std::string>& roots);

}  // namespace quorum::index
