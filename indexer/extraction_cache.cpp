/** @file extraction_cache.cpp @brief Extraction cache entries: MessagePack + zstd in user metadata, keyed by content hash; pruned to the contents the index holds. */
#include "indexer/extraction_cache.h"

#include <zstd.h>

#include <nlohmann/json.hpp>
#include <stdexcept>
#include <unordered_set>
#include <vector>

#include "extractors/extraction_json.h"
#include "indexer/index_state.h"
#include "schema/fields.h"

namespace quorum::index {
namespace {

// Level 3 (zstd's default): the cache is written once per extraction, on the writer's path.
constexpr int kCompressionLevel = 3;

}  // namespace

std::string extraction_key(const std::string& hash) { return std::string(schema::kExtractionKeyPrefix) + hash; }

std::string encode_cached_extraction(const extract::Extraction& extraction) {
    nlohmann::json j = extract::to_json(extraction);
    j.erase("path");
    const std::vector<std::uint8_t> packed = nlohmann::json::to_msgpack(j);
    std::string out(ZSTD_compressBound(packed.size()), '\0');
    const size_t n = ZSTD_compress(out.data(), out.size(), packed.data(), packed.size(), kCompressionLevel);
    if (ZSTD_isError(n)) throw std::runtime_error(std::string("compressing an extraction: ") + ZSTD_getErrorName(n));
    out.resize(n);
    return out;
}

extract::Extraction decode_cached_extraction(std::string_view bytes) {
    const unsigned long long size = ZSTD_getFrameContentSize(bytes.data(), bytes.size());
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > (1ULL << 32))
        throw std::runtime_error("cached extraction is not a zstd frame");
    std::vector<std::uint8_t> packed(size);
    const size_t n = ZSTD_decompress(packed.data(), packed.size(), bytes.data(), bytes.size());
    if (ZSTD_isError(n) || n != size)
        throw std::runtime_error(std::string("cached extraction is damaged: ") + (ZSTD_isError(n) ? ZSTD_getErrorName(n) : "short"));
    nlohmann::json j = nlohmann::json::from_msgpack(packed, true, false);
    if (j.is_discarded() || !j.is_object()) throw std::runtime_error("cached extraction is not MessagePack");
    j["path"] = "";
    try {
        return extract::extraction_from_json(j);
    } catch (const std::invalid_argument& e) {
        throw std::runtime_error(std::string("cached extraction: ") + e.what());
    }
}

std::optional<extract::Extraction> load_cached_extraction(const Xapian::Database& db, const std::string& hash,
                                                          const std::string& path) {
    if (hash.empty()) return std::nullopt;
    const std::string bytes = db.get_metadata(extraction_key(hash));
    if (bytes.empty()) return std::nullopt;
    try {
        extract::Extraction e = decode_cached_extraction(bytes);
        // Cached before table cells kept their columns: read the file again, so that vote tables
        // (indexer/vote_tables.h) are read by column.
        for (const auto& b : e.blocks)
            if (b.kind == extract::BlockKind::TableCell && b.column < 0) return std::nullopt;
        e.path = path;
        return e;
    } catch (const std::runtime_error&) {
        return std::nullopt;  // a damaged entry: the caller reads the file again, which rewrites it
    }
}

size_t prune_extraction_cache(Xapian::WritableDatabase& db) {
    std::unordered_set<std::string> live;
    const auto slot = static_cast<Xapian::valueno>(schema::field(schema::names::kContentHash).slot);
    for (auto v = db.valuestream_begin(slot); v != db.valuestream_end(slot); ++v) live.insert(hex_of(*v));
    const std::string prefix(schema::kExtractionKeyPrefix);
    std::vector<std::string> stale;
    for (auto key = db.metadata_keys_begin(prefix); key != db.metadata_keys_end(prefix); ++key)
        if (!live.count((*key).substr(prefix.size()))) stale.push_back(*key);
    for (const auto& key : stale) db.set_metadata(key, "");
    return stale.size();
}

}  // namespace quorum::index
