/** @file match_census.cpp @brief Exact or sampled counts of a match set: matches listed without ranking (BoolWeight, id order), facets read from value streams. */
#include "query/match_census.h"

#include <algorithm>

#include "query/docid_sample.h"
#include "query/facet_counts.h"
#include "query/shards/facet_spies.h"
#include "schema/fields.h"
#include "schema/sample_level.h"

namespace quorum::query {
namespace {

namespace n = schema::names;

// Beyond this the sample would hold 1 in 2^20 documents: no index Quorum serves is that big.
constexpr unsigned kDeepestLevel = schema::kDeepestSampleLevel;
// A ring's end that leaves out no deeper level.
constexpr unsigned kNoDeeper = DocidSample::kNoDeeperLimit;

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

// Where a sample's documents come from. Every document of an index built since sampling levels
// became terms carries one (schema/sample_level.h): a sample is then the same documents in one
// index and in its shards, and a remote shard's server can read it (it is a plain term query).
// A local index built before is sampled by document id (DocidSample, a posting source no
// xapian-tcpsrv knows); shards built before are counted exactly.
enum class SampleBy { LevelTerms, DocumentIds, CountExactly };

SampleBy sample_by(const Xapian::Database& db, bool on_shards) {
    const std::string prefix(schema::field(schema::names::kSampleLevel).prefix);
    Xapian::doccount carrying = 0;
    for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) carrying += t.get_termfreq();
    if (carrying == db.get_doccount()) return SampleBy::LevelTerms;
    return on_shards ? SampleBy::CountExactly : SampleBy::DocumentIds;
}

// `query`'s matches among the documents at a level in [from_level, below_level).
Xapian::Query within_sample(const Xapian::Query& query, SampleBy by, unsigned from_level, unsigned below_level) {
    if (by == SampleBy::DocumentIds)
        return Xapian::Query(Xapian::Query::OP_FILTER, query,
                             Xapian::Query((new DocidSample(from_level, below_level))->release()));
    std::vector<Xapian::Query> levels;
    for (unsigned level = from_level; level < below_level && level <= kDeepestLevel; ++level)
        levels.emplace_back(schema::sample_level_term(level));
    return Xapian::Query(Xapian::Query::OP_FILTER, query, Xapian::Query(Xapian::Query::OP_OR, levels.begin(), levels.end()));
}

// The shallowest level whose share of `bound` candidates is at most `target`.
unsigned first_level(Xapian::doccount bound, Xapian::doccount target) {
    unsigned level = 0;
    while (level < kDeepestLevel && (bound >> level) > std::max<Xapian::doccount>(target, 1)) ++level;
    return level;
}

// Reads a sample ring by ring: `read(from, below)` reads the matches among the documents at a
// level in [from, below) and returns how many it found. The sample starts at the level whose
// share of `bound` candidates is about limits.sample_candidates, and is made denser (each ring
// holds as many documents as the whole sample before it) while it holds fewer than
// limits.min_sample_matches matches and the candidates read stay within limits.max_candidates.
// Returns the level the sample reached: it holds 1 in 2^level documents.
template <class Read>
unsigned read_sample(Xapian::doccount bound, const CensusLimits& limits, Read read) {
    unsigned level = first_level(bound, limits.sample_candidates);
    Xapian::doccount found = read(level, kNoDeeper);
    while (level > 0 && found < limits.min_sample_matches && (bound >> (level - 1)) <= limits.max_candidates) {
        found += read(level - 1, level);
        --level;
    }
    return level;
}

void add_census(MatchCensus& into, const MatchCensus& ring) {
    into.total += ring.total;
    for (const auto& [facet, values] : ring.facets) {
        auto& counts = into.facets[facet];  // kept when empty, as one pass keeps it
        for (const auto& [value, count] : values) counts[value] += count;
    }
    for (const auto& [month, count] : ring.months) into.months[month] += count;
}

// The census of a stub or remote index: Xapian's ValueCountMatchSpy runs where the documents are.
MatchCensus census_on_shards(const Xapian::Database& db, const Xapian::Query& query, Xapian::doccount candidates_bound,
                             bool with_facets, bool exact, const CensusLimits& limits, const Deadline& deadline,
                             const CensusCounts& counts) {
    std::vector<CensusFacet> facets;
    for (const Facet& f : kFacets)
        if (counts.wants(f.name) || (f.field == n::kDate && counts.months))
            facets.push_back({f.name, static_cast<Xapian::valueno>(schema::field(f.field).slot), f.prefix_length});
    const std::string months_from = counts.months ? "year" : "";
    const SampleBy by = exact ? SampleBy::CountExactly : sample_by(db, true);
    MatchCensus census;
    if (by == SampleBy::CountExactly) {
        census = census_by_spies(db, query, with_facets, facets, deadline, months_from);
    } else {
        const unsigned level = read_sample(candidates_bound, limits, [&](unsigned from, unsigned below) {
            const MatchCensus ring = census_by_spies(db, within_sample(query, by, from, below), with_facets, facets,
                                                     deadline, months_from);
            add_census(census, ring);
            return ring.total;
        });
        const Xapian::doccount scale = Xapian::doccount{1} << level;
        census.exact = level == 0;
        census.sampled = schema::sample_fraction(level, kNoDeeper);
        census.sample_matches = census.total;
        census.total *= scale;
        for (auto& [facet, values] : census.facets)
            for (auto& [value, count] : values) count *= scale;
        for (auto& [month, count] : census.months) count *= scale;
    }
    if (!counts.wants("year")) census.facets.erase("year");
    return census;
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
    const bool exact = force_exact || candidates_bound <= limits.exact_up_to;
    if (counts_on_shards(db))
        return census_on_shards(db, query, candidates_bound, with_facets, exact, limits, deadline, counts);
    MatchCensus census;
    if (exact) {
        if (!with_facets) {
            census.total = census.sample_matches = exact_count(db, query, deadline);
            return census;
        }
        const std::vector<Xapian::docid> docids = matching_docids(db, query, deadline);
        census.total = census.sample_matches = static_cast<Xapian::doccount>(docids.size());
        add_facet_counts(db, docids, 1, census, deadline, counts);
        return census;
    }

    const SampleBy by = sample_by(db, false);
    std::vector<Xapian::docid> found;
    const unsigned level = read_sample(candidates_bound, limits, [&](unsigned from, unsigned below) {
        const std::vector<Xapian::docid> ring = matching_docids(db, within_sample(query, by, from, below), deadline);
        found.insert(found.end(), ring.begin(), ring.end());
        return static_cast<Xapian::doccount>(ring.size());
    });
    std::sort(found.begin(), found.end());
    const Xapian::doccount scale = Xapian::doccount{1} << level;
    census.exact = level == 0;
    census.sampled = schema::sample_fraction(level, kNoDeeper);
    census.sample_matches = static_cast<Xapian::doccount>(found.size());
    census.total = census.sample_matches * scale;
    if (with_facets) add_facet_counts(db, found, scale, census, deadline, counts);
    return census;
}

}  // namespace quorum::query
