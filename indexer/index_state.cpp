/** @file index_state.cpp @brief Loading indexed-file stamps (value streams) and remembered failures (user metadata). */
#include "indexer/index_state.h"

#include <nlohmann/json.hpp>

#include "schema/fields.h"

namespace quorum::index {
namespace {

namespace n = schema::names;

Xapian::valueno slot_of(std::string_view field) { return static_cast<Xapian::valueno>(schema::field(field).slot); }

std::int64_t from_big_endian32(const std::string& v) {
    if (v.size() != 4) return 0;
    std::uint32_t t = 0;
    for (unsigned char c : v) t = (t << 8) | c;
    return t;
}

}  // namespace

std::string hex_of(const std::string& bytes) {
    static const char digits[] = "0123456789abcdef";
    std::string out;
    for (unsigned char c : bytes) {
        out += digits[c >> 4];
        out += digits[c & 15];
    }
    return out;
}

std::string failed_key(const std::string& path) { return std::string(schema::kFailedKeyPrefix) + path; }

std::string failed_value(const FailedFile& f) {
    // The message names the file, and a path need not be UTF-8: such bytes become U+FFFD here
    // rather than throwing in the writer and ending the run (the key keeps the exact path).
    nlohmann::json j{{"size", f.stamp.size}, {"mtime", f.stamp.mtime}, {"reason", f.reason}, {"message", f.message}};
    if (f.facets.is_object() && !f.facets.empty()) j["facets"] = f.facets;
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

IndexState load_state(const Xapian::Database& db) {
    IndexState state;
    auto mtime = db.valuestream_begin(slot_of(n::kModified));
    auto size = db.valuestream_begin(slot_of(n::kSize));
    auto hash = db.valuestream_begin(slot_of(n::kContentHash));
    auto config = db.valuestream_begin(slot_of(n::kFacetConfig));
    const auto end = db.valuestream_end(0);
    for (auto path = db.valuestream_begin(slot_of(n::kSourcePath)); path != end; ++path) {
        const Xapian::docid did = path.get_docid();
        FileStamp stamp;
        if (mtime != end && mtime.check(did)) stamp.mtime = from_big_endian32(*mtime);
        if (size != end && size.check(did)) stamp.size = static_cast<std::uint64_t>(Xapian::sortable_unserialise(*size));
        if (hash != end && hash.check(did)) stamp.hash = hex_of(*hash);
        if (config != end && config.check(did)) state.facet_configs.emplace(*path, *config);
        state.files.emplace(*path, std::move(stamp));
    }
    const std::string prefix(schema::kFailedKeyPrefix);
    for (auto key = db.metadata_keys_begin(prefix); key != db.metadata_keys_end(prefix); ++key) {
        const std::string k = *key;
        const auto j = nlohmann::json::parse(db.get_metadata(k), nullptr, false);
        if (j.is_discarded()) continue;
        FailedFile f;
        f.stamp.size = j.value("size", std::uint64_t{0});
        f.stamp.mtime = j.value("mtime", std::int64_t{0});
        f.reason = j.value("reason", "");
        f.message = j.value("message", "");
        if (j.contains("facets") && j["facets"].is_object()) f.facets = j["facets"];
        state.failed.emplace(k.substr(prefix.size()), std::move(f));
    }
    return state;
}

}  // namespace quorum::index
