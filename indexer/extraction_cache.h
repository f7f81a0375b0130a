/** @file extraction_cache.h @brief The extraction cache inside an index: each indexed content's Extraction, so facets can be detected again without reading the file. */
#pragma once

#include <xapian.h>

#include <optional>
#include <string>
#include <string_view>

#include "extractors/extraction.h"

namespace quorum::index {

/// The user-metadata key of the cached extraction of content `hash` (32 hex digits).
std::string extraction_key(const std::string& hash);

/// An extraction as the cache stores it: extraction_json.h's object (without the path, which
/// belongs to the file, not the content) as MessagePack, compressed with zstd.
std::string encode_cached_extraction(const extract::Extraction& extraction);

/// The inverse of encode_cached_extraction (path left empty). Throws std::runtime_error when
/// the bytes are damaged.
extract::Extraction decode_cached_extraction(std::string_view bytes);

/// The cached extraction of content `hash`, with `path` set, or nullopt when the index has
/// none (an index written before the cache existed, or a damaged entry) or the entry predates
/// table cells' columns (Block::column), which vote tables are read by.
std::optional<extract::Extraction> load_cached_extraction(const Xapian::Database& db, const std::string& hash,
                                                          const std::string& path);

/// Deletes the cache entries of contents no document holds any more (removed, changed or
/// replaced files). Returns how many were deleted. Call before the run's last commit.
size_t prune_extraction_cache(Xapian::WritableDatabase& db);

}  // namespace quorum::index
