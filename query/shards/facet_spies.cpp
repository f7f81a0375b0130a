/** @file facet_spies.cpp @brief The census of a sharded or remote index, by Xapian's ValueCountMatchSpy. */
#include "query/shards/facet_spies.h"

#include <algorithm>
#include <memory>
#include <string_view>

#include "query/facet_counts.h"
#include "schema/shard_handles.h"

namespace quorum::query {
namespace {

// Adds `count` documents to each distinct value of one joined slot value.
void add_joined(std::string_view joined, Xapian::doccount count, size_t prefix_length,
                std::map<std::string, Xapian::doccount>& into) {
    std::vector<std::string_view> seen;
    for_each_distinct_value(joined, prefix_length, seen, [&](std::string_view v) { into[std::string(v)] += count; });
}

bool is_remote(const Xapian::Database& shard) {
    // Xapian 1.4's get_description() names no backend ("Database()"). A remote database has its
    // server's uuid (sent when it connects) but no revision; a local glass or chert database has
    // both, an in-memory one neither. Neither call goes to the server.
    try {
        (void)shard.get_revision();
        return false;
    } catch (const Xapian::UnimplementedError&) {
        return !shard.get_uuid().empty();
    }
}

}  // namespace

bool counts_on_shards(const Xapian::Database& db) {
    if (db.size() != 1) return db.size() > 1;
    return reads_remote_shard(db);
}

bool reads_remote_shard(const Xapian::Database& db) {
    const std::vector<Xapian::Database> shards = schema::shard_handles(db);
    return std::any_of(shards.begin(), shards.end(), is_remote);
}

MatchCensus census_by_spies(const Xapian::Database& db, const Xapian::Query& query, bool with_facets,
                            const std::vector<CensusFacet>& facets, const Deadline& deadline,
                            const std::string& months_from) {
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> spies;
    if (with_facets) {
        for (const CensusFacet& f : facets) {
            spies.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(f.slot));
            enquire.add_matchspy(spies.back().get());
        }
    }
    // Checking at least every document makes Xapian (and each remote server) see every match,
    // until the deadline's time limit turns that off. A count cut short has bounds apart, or
    // (a query whose count Xapian knows from term frequencies) spies that saw fewer matches.
    const bool limited = deadline.limit(enquire, "the facet counts");
    const Xapian::MSet mset = enquire.get_mset(0, 0, std::max<Xapian::doccount>(db.get_doccount(), 1));
    if (limited && (mset.get_matches_lower_bound() != mset.get_matches_upper_bound() ||
                    (!spies.empty() && spies.front()->get_total() != mset.get_matches_lower_bound())))
        throw TimeLimitExceeded("the facet counts");
    MatchCensus census;
    census.total = census.sample_matches = mset.get_matches_estimated();
    for (size_t i = 0; i < spies.size(); ++i) {
        auto& counts = census.facets[facets[i].name];
        const bool months = !months_from.empty() && facets[i].name == months_from;
        for (auto v = spies[i]->values_begin(); v != spies[i]->values_end(); ++v) {
            add_joined(*v, v.get_termfreq(), facets[i].prefix_length, counts);
            if (months) add_joined(*v, v.get_termfreq(), 6, census.months);
        }
    }
    return census;
}

}  // namespace quorum::query
