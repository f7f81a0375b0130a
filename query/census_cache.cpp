/** @file census_cache.cpp @brief The census cache: keys from the index's revision and the serialised query, least recently used entries dropped past a size. */
#include "query/census_cache.h"

#include "query/shards/facet_spies.h"

namespace quorum::query {
namespace {

constexpr char kRevisionEnd = '\n';
// What a map node costs besides its key's characters, roughly.
constexpr size_t kNodeBytes = 64;

}  // namespace

std::optional<std::string> CensusCache::key_for(const Xapian::Database& db, const Xapian::Query& query, bool with_facets,
                                                bool force_exact, const CensusLimits& limits, const CensusCounts& counts) {
    if (db.size() != 1 || counts_on_shards(db)) return std::nullopt;
    std::string key;
    try {
        key = db.get_uuid() + ":" + std::to_string(db.get_revision());
    } catch (const Xapian::UnimplementedError&) {
        return std::nullopt;  // no revision (in-memory): nothing to invalidate by
    }
    if (key.front() == ':') return std::nullopt;  // no uuid
    key += kRevisionEnd;
    key += with_facets ? 'f' : '-';
    key += force_exact ? 'x' : '-';
    key += counts.months ? 'm' : '-';
    for (const auto n : {limits.exact_up_to, limits.sample_candidates, limits.min_sample_matches, limits.max_candidates})
        key += std::to_string(n) + ",";
    for (const auto& f : counts.facets) key += f + ",";
    key += '\0';
    key += query.serialise();
    return key;
}

std::pair<std::string, unsigned long long> CensusCache::revision_of(const std::string& key) {
    const std::string head = key.substr(0, key.find(kRevisionEnd));
    const size_t colon = head.rfind(':');
    return {head.substr(0, colon), std::stoull(head.substr(colon + 1))};
}

size_t CensusCache::size_of(const std::string& key, const MatchCensus& census) {
    size_t bytes = sizeof(Entry) + 2 * key.size() + kNodeBytes;
    for (const auto& [facet, values] : census.facets) {
        bytes += facet.size() + kNodeBytes;
        for (const auto& [value, count] : values) bytes += value.size() + kNodeBytes;
    }
    return bytes + census.months.size() * (6 + kNodeBytes);
}

std::optional<MatchCensus> CensusCache::find(const std::string& key) {
    const std::lock_guard lock(mutex_);
    const auto it = by_key_.find(key);
    if (it == by_key_.end()) {
        ++counted_.misses;
        return std::nullopt;
    }
    ++counted_.hits;
    entries_.splice(entries_.begin(), entries_, it->second);
    return it->second->census;
}

void CensusCache::insert(const std::string& key, const MatchCensus& census) {
    const size_t bytes = size_of(key, census);
    if (bytes > max_bytes_) return;
    const auto revision = revision_of(key);
    const std::lock_guard lock(mutex_);
    // A request that began before a commit counts an older revision: not worth keeping.
    if (revision.first == revision_.first && revision.second < revision_.second) return;
    if (revision != revision_) {
        // A newer revision (or another index) makes every entry stale.
        entries_.clear();
        by_key_.clear();
        bytes_ = 0;
        revision_ = revision;
    }
    if (by_key_.count(key)) return;
    entries_.push_front({key, census, bytes});
    by_key_[key] = entries_.begin();
    bytes_ += bytes;
    while (bytes_ > max_bytes_ && !entries_.empty()) {
        bytes_ -= entries_.back().bytes;
        by_key_.erase(entries_.back().key);
        entries_.pop_back();
    }
}

CensusCache::Stats CensusCache::stats() const {
    const std::lock_guard lock(mutex_);
    Stats s = counted_;
    s.entries = entries_.size();
    s.bytes = bytes_;
    return s;
}

}  // namespace quorum::query
