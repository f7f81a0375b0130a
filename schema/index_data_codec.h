/** @file index_data_codec.h @brief The stored-data codec of a Xapian index: its dictionary, read from the index's metadata, one per shard when the index is made of several, kept for the process when asked. */
#pragma once

#include <xapian.h>

#include <algorithm>
#include <cstddef>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
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

/// Codecs read earlier in this process, by shard uuid (IndexDataCodecs::for_data). With `put`,
/// keeps it and returns it; else returns the one kept for `uuid`, or nullptr. At most 64 kept.
inline std::shared_ptr<const StoredDataCodec> kept_codec(const std::string& uuid,
                                                         std::shared_ptr<const StoredDataCodec> put = nullptr) {
    static std::mutex mutex;
    static std::map<std::string, std::shared_ptr<const StoredDataCodec>> kept;
    const std::lock_guard<std::mutex> lock(mutex);
    if (put) {
        if (kept.size() >= 64 && !kept.count(uuid)) kept.clear();
        return kept[uuid] = std::move(put);
    }
    const auto it = kept.find(uuid);
    return it == kept.end() ? nullptr : it->second;
}

/// One codec per shard of `db` (a stub lists shards that were built apart, each with its own
/// dictionary), chosen by document id, each shard's dictionary read from its metadata when first
/// needed. Build it once per search or scan.
class IndexDataCodecs {
public:
    explicit IndexDataCodecs(const Xapian::Database& db)
        : shards_(shard_handles(db)), codecs_(std::max<std::size_t>(shards_.size(), 1)) {}

    /// The codec of the shard holding document `did` of the combined database.
    const StoredDataCodec& for_document(Xapian::docid did) const {
        const std::size_t k = shard_of(did, codecs_.size());
        if (!codecs_[k]) codecs_[k] = read_codec(k);
        return *codecs_[k];
    }

    /// The codec that decodes `data`, document `did`'s stored data. A dictionary is a few
    /// hundred kilobytes, read from a remote shard over the network by every search: here one
    /// read is kept for the process, by the shard's uuid, and read again only when `data` names
    /// another dictionary (StoredDataCodec::decodes), so a shard rebuilt, replaced or reopened
    /// since is never decoded with a stale one.
    const StoredDataCodec& for_data(Xapian::docid did, std::string_view data) const {
        const std::size_t k = shard_of(did, codecs_.size());
        if (codecs_[k] && codecs_[k]->decodes(data)) return *codecs_[k];
        const std::string uuid = k < shards_.size() ? shards_[k].get_uuid() : std::string();
        if (!uuid.empty())
            if (auto kept = kept_codec(uuid); kept && kept->decodes(data)) return *(codecs_[k] = std::move(kept));
        codecs_[k] = read_codec(k);
        if (!uuid.empty()) kept_codec(uuid, codecs_[k]);
        return *codecs_[k];
    }

private:
    std::shared_ptr<const StoredDataCodec> read_codec(std::size_t k) const {
        return std::make_shared<const StoredDataCodec>(k < shards_.size() ? index_data_codec(shards_[k])
                                                                          : StoredDataCodec());
    }

    std::vector<Xapian::Database> shards_;
    mutable std::vector<std::shared_ptr<const StoredDataCodec>> codecs_;
};

}  // namespace quorum::schema
