/** @file shard_opening.h @brief Opening a stub's shards each on its own (several at once), with short timeouts, into one Xapian::Database; shards that do not answer are named, and shards a query cannot match are left closed. */
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

#include "indexer/database.h"
#include "indexer/shards/catalogue.h"

namespace quorum::index {

/// --require-all-shards and a shard did not answer.
class ShardUnavailableError : public DatabaseError {
public:
    using DatabaseError::DatabaseError;
};

struct ShardOpenOptions {
    bool require_all = false;            ///< a shard that does not answer is an error
    unsigned connect_timeout_ms = 3000;  ///< to connect to a remote shard
    unsigned timeout_ms = 10000;         ///< for each exchange with a remote shard afterwards
    ShardFilter prune;                   ///< with a catalogue: shards that cannot match stay closed
};

struct MissingShard {
    std::string name;    ///< as the stub lists it
    std::string reason;  ///< Xapian's message
};

struct OpenedIndex {
    Xapian::Database db;                ///< every shard that answered, in stub order
    bool sharded = false;               ///< opened from a stub
    std::vector<std::string> opened;    ///< shards searched
    std::vector<std::string> pruned;    ///< shards left closed: the catalogue says they cannot match
    std::vector<MissingShard> missing;  ///< shards that did not answer
    bool partial() const { return !missing.empty(); }
};

/// Opens the index at `path`: an ordinary index folder (as open_for_reading()), or a stub file
/// or a folder holding one (XAPIANDB), whose shards are each opened on their own (up to 16 at
/// once) and checked for the schema version. Throws DatabaseError when nothing can be opened, when a shard has
/// another schema version, and ShardUnavailableError with `require_all` when a shard does not
/// answer.
OpenedIndex open_index(const std::string& path, const ShardOpenOptions& options = {});

/// The text of a note for a partial answer: "shards not answering: NAME (reason), ...".
std::string missing_shards_note(const std::vector<MissingShard>& missing);

}  // namespace quorum::index
