/** @file match_census.cpp @brief Exact or sampled counts of a match set: matches listed without ranking (BoolWeight, id order), facets read from value streams. */
#include "query/match_census.h"

#include <algorithm>

#include "query/docid_sample.h"
#include "query/facet_counts.h"
#include "query/shards/facet_spies.h"
#include "schema/fields.h"

namespace quorum::query {
namespace {

namespace n = schema::names;

// Beyond this the sample would hold 1 in 2^20 documents: no index Quorum serves is that big.
constexpr unsigned kDeepestLevel = 20;

// The first 6 bytes of YYYYMMDD.
constexpr size_t kMonthPrefix = 6;

struct Facet {
    const char* name;
    std::string_view field;
    size_t prefix_length;  // year: the first 4 bytes of YYYYMMDD
};

constexpr Facet kFacets[] = {{"council", n::kCouncil, 0}, {"body", n::kCommittee, 0}, {"year", n::kDate, 4},
                             {"topic", n::kTopic, 0},     {"officer", n::kOfficer, 0}, {"type", n::kDocType, 0},
                             {"person", n::kPerson, 0},   {"speaker", n::kSpeaker, 0}};

// Every document `query` matches, in ascending id order. No weights are computed and nothing is
// ranked: the only cost is finding the matches (for a phrase, reading candidates' positions).
std::vector<Xapian::docid> matching_docids(const Xapian::Database& db, const Xapian::Query& query, const Deadline& deadline) {
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    enquire.set_docid_order(Xapian::Enquire::ASCENDING);
    const auto decider = deadline.decider(db, "the match count");
    const Xapian::MSet mset = enquire.get_mset(0, db.get_doccount(), nullptr, decider.get());
    std::vector<Xapian::docid> docids;
    docids.reserve(mset.size());
    for (auto it = mset.begin(); it != mset.end(); ++it) docids.push_back(*it);
    std::sort(docids.begin(), docids.end());
    return docids;
}

Xapian::doccount exact_count(const Xapian::Database& db, const Xapian::Query& query, const Deadline& deadline) {
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    const auto decider = deadline.decider(db, "the match count");
    const Xapian::MSet mset = enquire.get_mset(0, 0, db.get_doccount(), nullptr, decider.get());
    return mset.get_matches_estimated();
}

Xapian::Query within_sample(const Xapian::Query& query, unsigned from_level, unsigned below_level) {
    return Xapian::Query(Xapian::Query::OP_FILTER, query,
                         Xapian::Query((new DocidSample(from_level, below_level))->release()));
}

// The shallowest level whose share of `bound` candidates is at most `target`.
unsigned first_level(Xapian::doccount bound, Xapian::doccount target) {
    unsigned level = 0;
    while (level < kDeepestLevel && (bound >> level) > std::max<Xapian::doccount>(target, 1)) ++level;
    return level;
}

}  // namespace

bool CensusCounts::wants(std::string_view facet) const {
    return facets.empty() || std::find(facets.begin(), facets.end(), facet) != facets.end();
}

void add_facet_counts(const Xapian::Database& db, const std::vector<Xapian::docid>& docids, Xapian::doccount scale,
                      MatchCensus& census, const Deadline& deadline, const CensusCounts& counts) {
    for (const Facet& f : kFacets) {
        const bool dates = f.field == n::kDate;
        const bool months = dates && counts.months;
        if (!counts.wants(f.name) && !months) continue;
        deadline.check("the facet counts");
        const auto slot = static_cast<Xapian::valueno>(schema::field(f.field).slot);
        // Years and months come from one pass over the date slot.
        std::vector<size_t> prefixes;
        if (counts.wants(f.name)) prefixes.push_back(f.prefix_length);
        if (months) prefixes.push_back(kMonthPrefix);
        std::vector<ValueCounts> found = count_facet_prefixes(db, docids, slot, prefixes);
        if (months) {
            for (const auto& [value, count] : found.back())
                if (value.size() == kMonthPrefix) census.months[value] += count * scale;
            found.pop_back();
        }
        if (found.empty()) continue;
        for (auto& [value, count] : found.front()) count *= scale;
        auto& into = census.facets[f.name];
        if (into.empty()) {
            into = std::move(found.front());  // the usual case: no second copy of a long map
            continue;
        }
        for (const auto& [value, count] : found.front()) into[value] += count;
    }
}

MatchCensus take_census(const Xapian::Database& db, const Xapian::Query& query, Xapian::doccount candidates_bound,
                        bool with_facets, bool force_exact, const CensusLimits& limits, const Deadline& deadline,
                        const CensusCounts& counts) {
    if (counts_on_shards(db)) {
        std::vector<CensusFacet> facets;
        for (const Facet& f : kFacets)
            if (counts.wants(f.name) || (f.field == n::kDate && counts.months))
                facets.push_back({f.name, static_cast<Xapian::valueno>(schema::field(f.field).slot), f.prefix_length});
        MatchCensus census = census_by_spies(db, query, with_facets, facets, deadline, counts.months ? "year" : "");
        if (!counts.wants("year")) census.facets.erase("year");
        return census;
    }
    MatchCensus census;
    if (force_exact || candidates_bound <= limits.exact_up_to) {
        if (!with_facets) {
            census.total = census.sample_matches = exact_count(db, query, deadline);
            return census;
        }
        const std::vector<Xapian::docid> docids = matching_docids(db, query, deadline);
        census.total = census.sample_matches = static_cast<Xapian::doccount>(docids.size());
        add_facet_counts(db, docids, 1, census, deadline, counts);
        return census;
    }

    // A sample at `level`, made denser ring by ring (each ring holds as many documents as the
    // whole sample before it) while it holds too few matches to estimate from.
    unsigned level = first_level(candidates_bound, limits.sample_candidates);
    std::vector<Xapian::docid> found = matching_docids(db, within_sample(query, level, DocidSample::kNoDeeperLimit), deadline);
    while (level > 0 && found.size() < limits.min_sample_matches &&
           (candidates_bound >> (level - 1)) <= limits.max_candidates) {
        const std::vector<Xapian::docid> ring = matching_docids(db, within_sample(query, level - 1, level), deadline);
        found.insert(found.end(), ring.begin(), ring.end());
        --level;
    }
    std::sort(found.begin(), found.end());
    const Xapian::doccount scale = Xapian::doccount{1} << level;
    census.exact = level == 0;
    census.sampled = DocidSample::fraction(level);
    census.sample_matches = static_cast<Xapian::doccount>(found.size());
    census.total = census.sample_matches * scale;
    if (with_facets) add_facet_counts(db, found, scale, census, deadline, counts);
    return census;
}

}  // namespace quorum::query
