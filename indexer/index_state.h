/** @file index_state.h @brief What an index already holds: each indexed file's stamp, and the files that failed before. */
#pragma once

#include <xapian.h>

#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>

#include "schema/records.h"

namespace quorum::index {

struct FailedFile {
    FileStamp stamp;      ///< size and mtime when it failed
    std::string reason;   ///< failure_reason_name(), e.g. "no-text-layer"
    std::string message;
    nlohmann::json facets = nlohmann::json::object();  ///< facets the user states for it (manifest, defaults)
};

struct IndexState {
    std::unordered_map<std::string, FileStamp> files;    ///< path -> stamp of indexed files
    std::unordered_map<std::string, FailedFile> failed;  ///< path -> remembered failure
    /// path -> the facet-configuration fingerprint its document was labelled with (absent for
    /// documents written before fingerprints existed)
    std::unordered_map<std::string, std::string> facet_configs;
};

/// Reads the state from value streams and user metadata; cost grows with the number of
/// files, not their size (no document data is parsed).
IndexState load_state(const Xapian::Database& db);

/// The metadata key remembering a failed file.
std::string failed_key(const std::string& path);

/// JSON stored under failed_key(): {"size", "mtime", "reason", "message", "facets"?}.
std::string failed_value(const FailedFile& failed);

/// Bytes as lower-case hex digits (content hashes are stored as 16 raw bytes).
std::string hex_of(const std::string& bytes);

}  // namespace quorum::index
