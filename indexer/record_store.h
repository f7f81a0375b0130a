/** @file record_store.h @brief Reading records back from an index: a file's stored data and items. */
#pragma once

#include <xapian.h>

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "schema/records.h"

namespace quorum::index {

/// The stored JSON data of the document for `path` (absolute), or nullopt.
std::optional<nlohmann::json> stored_document(const Xapian::Database& db, const std::string& path);

/// Rebuilds the full DocumentRecord of `path` from what the index stores (used to move a
/// file without extracting it again), or nullopt when the index has no such file.
std::optional<DocumentRecord> load_record(const Xapian::Database& db, const std::string& path);

}  // namespace quorum::index
