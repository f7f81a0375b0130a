/** @file sharded_index.h @brief `quorum index --shard-by`: every file read once into a staging index, each document then routed by its council, year or a hash to one ordinary Quorum index per shard, with a catalogue and a stub. */
#pragma once

#include <string>

#include "indexer/shards/catalogue.h"

namespace quorum::index {

/// How documents are split into shards: "council" (the publishing council), "year" (the
/// meeting year) or "hash:N" (N shards by a hash of the file's path).
struct ShardScheme {
    enum class By { Council, Year, Hash } by = By::Council;
    unsigned buckets = 0;  ///< Hash: N
    std::string text;      ///< as given: "council", "year", "hash:4"

    /// Parses --shard-by. Throws DatabaseError saying what is accepted.
    static ShardScheme parse(const std::string& text);
};

/// A sharded index folder: DIR/staging (an ordinary Quorum index of every file, where
/// extraction, incremental runs and failures happen), DIR/shards/NAME (one ordinary Quorum
/// index per shard), DIR/shards.json (the catalogue) and DIR/XAPIANDB (the stub that
/// `--db DIR` opens).
std::string staging_path(const std::string& dir);

/// Whether `dir` is a sharded index folder (it holds a catalogue).
bool is_sharded_folder(const std::string& dir);

/// Refuses (DatabaseError) a `dir` that holds anything but a sharded index, and a scheme other
/// than the one the folder was built with.
void check_sharded_folder(const std::string& dir, const ShardScheme& scheme);

struct DistributionSummary {
    size_t copied = 0;     ///< documents written to a shard (new, changed, or moved from another shard)
    size_t unchanged = 0;  ///< already in their shard as they are
    size_t removed = 0;    ///< taken out of a shard: gone from the staging index, or moved to another shard
    Catalogue catalogue;
};

/// Brings every shard of `dir` up to date with its staging index: each document is written
/// to the shard `scheme` routes it to (when missing there or changed) and removed from any
/// other; then the catalogue and the stub are rewritten. Throws DatabaseError.
DistributionSummary distribute_to_shards(const std::string& dir, const ShardScheme& scheme);

}  // namespace quorum::index
