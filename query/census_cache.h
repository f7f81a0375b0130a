/** @file census_cache.h @brief Census results kept per revision of an index, bounded in memory, like Elasticsearch's request cache. */
#pragma once

#include <xapian.h>

#include <cstdint>
#include <list>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>

#include "query/match_census.h"

namespace quorum::query {

/// A server answers the same searches again and again (a facet click, the next page, another
/// sort), and each needs the same census of the same match set. The cache keeps censuses by the
/// query as Xapian serialises it (the parsed words and every filter), what is counted, and the
/// index's uuid and revision: a commit makes a new revision, so no entry outlives the data it
/// counted; the first entry of a newer revision drops every older one. Least recently used
/// entries go when the entries' size passes `max_bytes`. Only a single local index is cached
/// (a stub's shards have no one revision). Safe to use from several threads.
class CensusCache {
public:
    explicit CensusCache(size_t max_bytes = kDefaultBytes) : max_bytes_(max_bytes) {}

    static constexpr size_t kDefaultBytes = 32u << 20;

    /// The key of a census of `query` on `db`, or nullopt when `db` cannot be cached (shards,
    /// remote, in-memory).
    static std::optional<std::string> key_for(const Xapian::Database& db, const Xapian::Query& query, bool with_facets,
                                              bool force_exact, const CensusLimits& limits, const CensusCounts& counts);

    std::optional<MatchCensus> find(const std::string& key);
    void insert(const std::string& key, const MatchCensus& census);

    struct Stats {
        std::uint64_t hits = 0, misses = 0;
        size_t entries = 0, bytes = 0;
    };
    Stats stats() const;

private:
    struct Entry {
        std::string key;
        MatchCensus census;
        size_t bytes;
    };
    static size_t size_of(const std::string& key, const MatchCensus& census);
    static std::pair<std::string, unsigned long long> revision_of(const std::string& key);

    size_t max_bytes_;
    mutable std::mutex mutex_;
    std::list<Entry> entries_;  ///< most recently used first
    std::unordered_map<std::string, std::list<Entry>::iterator> by_key_;
    std::pair<std::string, unsigned long long> revision_;  ///< uuid and revision of the entries held
    size_t bytes_ = 0;
    Stats counted_;
};

}  // namespace quorum::query
