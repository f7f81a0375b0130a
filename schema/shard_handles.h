/** @file shard_handles.h @brief The shards of a Xapian::Database made of several (a stub file, or databases added together), one handle each, and which shard holds a document. */
#pragma once

#include <xapian.h>

#include <cstddef>
#include <vector>

namespace quorum::schema {

/// The shard of a combined database that holds its document `did`: Xapian interleaves
/// document ids, shard k (0-based) of n holding ids k+1, k+1+n, k+1+2n, ...
inline std::size_t shard_of(Xapian::docid did, std::size_t shards) {
    return shards == 0 ? 0 : static_cast<std::size_t>((did - 1) % shards);
}

/// One handle per shard of `db`, in the order the combined ids follow. A combined handle reads
/// metadata from its first shard only (Xapian 1.4's get_metadata()), while each shard keeps its
/// own (schema version, stored-data dictionary): these handles read each shard's. Xapian 1.4
/// offers no other way to reach a shard through a combined handle than its public, documented
/// as internal, list of shard internals; this is the one place that uses it.
inline std::vector<Xapian::Database> shard_handles(const Xapian::Database& db) {
    std::vector<Xapian::Database> shards;
    shards.reserve(db.size());
    for (const auto& internal : db.internal) shards.emplace_back(internal.get());
    return shards;
}

}  // namespace quorum::schema
