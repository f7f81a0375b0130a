/** @file index_data_codec.h @brief The stored-data codec of a Xapian index: its dictionary, read from the index's metadata, one per shard when the index is made of several. */
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

#include "schema/fields.h"
#include "schema/shard_handles.h"
#include "schema/stored_data_codec.h"

namespace quorum::schema {

/// The codec for `db`'s stored data (with the dictionary in its metadata, if it has one).
/// Build it once per search or scan, not per document: it digests the dictionary. For a
/// database of several shards this is the first shard's codec only: use IndexDataCodecs.
inline StoredDataCodec index_data_codec(const Xapian::Database& db) {
    return StoredDataCodec(db.get_metadata(std::string(kDataDictionaryKey)));
}

/// One codec per shard of `db` (a stub lists shards that were built apart, each with its own
/// dictionary), chosen by document id. Build it once per search or scan.
class IndexDataCodecs {
public:
    explicit IndexDataCodecs(const Xapian::Database& db) {
        for (const Xapian::Database& shard : shard_handles(db)) codecs_.push_back(index_data_codec(shard));
        if (codecs_.empty()) codecs_.emplace_back();
    }

    /// The codec of the shard holding document `did` of the combined database.
    const StoredDataCodec& for_document(Xapian::docid did) const {
        return codecs_[shard_of(did, codecs_.size())];
    }

private:
    std::vector<StoredDataCodec> codecs_;
};

}  // namespace quorum::schema
