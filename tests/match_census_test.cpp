/** @file match_census_test.cpp @brief The document sample (repeatable, nested, 1 in 2^k) and the census: exact below its limit, from the sample above it, denser when the sample finds too few. */
#include <catch2/catch.hpp>

#include <xapian.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "query/docid_sample.h"
#include "query/match_census.h"
#include "query/searcher.h"
#include "schema/document_id.h"
#include "schema/fields.h"
#include "schema/sample_level.h"
#include "tests/corpus_db.h"
#include "tests/process_util.h"
#include "tests/test_paths.h"

using namespace quorum;
using query::DocidSample;

namespace {

std::vector<Xapian::docid> matches(const Xapian::Database& db, const Xapian::Query& q) {
    Xapian::Enquire enquire(db);
    enquire.set_query(q);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    enquire.set_docid_order(Xapian::Enquire::ASCENDING);
    const Xapian::MSet mset = enquire.get_mset(0, db.get_doccount());
    std::vector<Xapian::docid> out;
    for (auto it = mset.begin(); it != mset.end(); ++it) out.push_back(*it);
    std::sort(out.begin(), out.end());
    return out;
}

Xapian::Query sampled(const Xapian::Query& q, unsigned from, unsigned below = DocidSample::kNoDeeperLimit) {
    return Xapian::Query(Xapian::Query::OP_FILTER, q, Xapian::Query((new DocidSample(from, below))->release()));
}

// The facet counts of `docids` read one document at a time, each count times `scale`: what the
// census must give, computed another way.
query::FacetCounts recount(const Xapian::Database& db, const std::vector<Xapian::docid>& docids, Xapian::doccount scale) {
    namespace n = schema::names;
    const std::pair<const char*, std::string_view> facets[] = {{"council", n::kCouncil}, {"body", n::kCommittee},
                                                               {"year", n::kDate},       {"topic", n::kTopic},
                                                               {"officer", n::kOfficer}, {"type", n::kDocType},
                                                               {"person", n::kPerson},   {"speaker", n::kSpeaker}};
    query::FacetCounts out;
    for (const auto& [name, field] : facets) {
        auto& counts = out[name];
        for (const Xapian::docid did : docids) {
            const std::string joined = db.get_document(did).get_value(schema::field(field).slot);
            std::set<std::string> values;
            size_t start = 0;
            while (start <= joined.size()) {
                const size_t cut = std::min(joined.find('\n', start), joined.size());
                std::string v = joined.substr(start, cut - start);
                if (std::string(name) == "year") v = v.substr(0, 4);
                if (!v.empty()) values.insert(v);
                start = cut + 1;
            }
            for (const auto& v : values) counts[v] += scale;
        }
    }
    return out;
}

std::string synthetic_id(int i) { return schema::document_id("/fictional-archive/minutes-" + std::to_string(i) + ".txt"); }

// 3,000 documents: every one holds "common", one in three the phrase "alpha beta" (and one in
// three others both words apart), with council, year, topic and officer values in the schema's slots.
// With `levels`, each document also carries its sampling-level term (from the id of an invented
// path, as quorum index writes it); with `shards` > 1, only the documents i with
// i % shards == shard are written (one shard of the archive).
Xapian::Database synthetic_index(bool levels = false, int shards = 1, int shard = 0) {
    namespace n = schema::names;
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    for (int i = 0; i < 3000; ++i) {
        if (i % shards != shard) continue;
        Xapian::Document doc;
        if (levels) doc.add_boolean_term(schema::sample_level_term(schema::sample_level(synthetic_id(i))));
        Xapian::termpos pos = 1;
        doc.add_posting("common", pos++);
        if (i % 3 == 0) {
            doc.add_posting("alpha", pos++);
            doc.add_posting("beta", pos++);
        } else if (i % 3 == 1) {
            doc.add_posting("beta", pos++);
            doc.add_posting("alpha", pos++);
        }
        doc.add_value(schema::field(n::kCouncil).slot, "Council " + std::to_string(i % 7));
        doc.add_value(schema::field(n::kDate).slot, std::to_string(2010 + i % 11) + "0301");
        doc.add_value(schema::field(n::kTopic).slot, i % 2 ? "budget\nhousing" : "policing");
        if (i % 5) doc.add_value(schema::field(n::kOfficer).slot, "Officer " + std::to_string(i % 13));
        doc.set_data(std::to_string(i));
        db.add_document(doc);
    }
    db.commit();
    return db;
}

unsigned level_of_share(double share) { return static_cast<unsigned>(std::lround(-std::log2(share))); }

}  // namespace

TEST_CASE("the document sample is repeatable and nested by level and holds about 1 in 2^k documents", "[census]") {
    constexpr Xapian::docid kIds = 200000;
    for (unsigned level = 1; level <= 8; ++level) {
        Xapian::doccount in = 0;
        for (Xapian::docid did = 1; did <= kIds; ++did) {
            const bool deeper = DocidSample::contains(did, level);
            if (deeper) ++in;
            CHECK((!deeper || DocidSample::contains(did, level - 1)));  // nested
            // Level k-1 is level k plus the ring [k-1, k), with nothing in both.
            CHECK(DocidSample::contains(did, level - 1) == (deeper != DocidSample::contains(did, level - 1, level)));
        }
        const double expected = kIds * DocidSample::fraction(level);
        INFO("level " << level << ": " << in << " of " << kIds);
        CHECK(std::abs(in - expected) < 3 * std::sqrt(expected));  // within 3 standard deviations
    }
    // Consecutive ids are spread out: of ids 1..64, some but not all are in the half sample.
    int half = 0;
    for (Xapian::docid did = 1; did <= 64; ++did) half += DocidSample::contains(did, 1);
    CHECK(half > 20);
    CHECK(half < 44);
    CHECK(DocidSample::fraction(0) == 1.0);
    CHECK(DocidSample::fraction(3) == 0.125);
    CHECK(DocidSample::fraction(2, 3) == 0.125);
}

TEST_CASE("as a query filter the sample matches exactly its documents", "[census]") {
    const Xapian::Database db = synthetic_index();
    const Xapian::Query phrase(Xapian::Query::OP_PHRASE, Xapian::Query("alpha"), Xapian::Query("beta"));
    for (const Xapian::Query& base : {Xapian::Query(Xapian::Query::MatchAll), Xapian::Query("alpha"), phrase}) {
        const std::vector<Xapian::docid> every = matches(db, base);
        REQUIRE(every.size() >= 1000);
        for (const auto& [from, below] : std::vector<std::pair<unsigned, unsigned>>{{1, 64}, {3, 64}, {1, 2}, {0, 1}, {5, 7}}) {
            std::vector<Xapian::docid> expected;
            for (const Xapian::docid did : every)
                if (DocidSample::contains(did, from, below)) expected.push_back(did);
            INFO("levels " << from << ".." << below << " of " << base.get_description());
            CHECK(matches(db, sampled(base, from, below)) == expected);
        }
    }
}

TEST_CASE("the census counts exactly below its limit and from the sample above it", "[census]") {
    const Xapian::Database db = synthetic_index();
    const Xapian::Query q(Xapian::Query::OP_PHRASE, Xapian::Query("alpha"), Xapian::Query("beta"));
    const std::vector<Xapian::docid> every = matches(db, q);
    REQUIRE(every.size() == 1000);
    const Xapian::doccount bound = 2000;  // documents holding both words

    SECTION("exact: every match, counted one by one") {
        query::CensusLimits roomy;
        roomy.exact_up_to = bound;
        const query::MatchCensus c = query::take_census(db, q, bound, true, false, roomy);
        CHECK(c.exact);
        CHECK(c.sampled == 1.0);
        CHECK(c.total == every.size());
        CHECK(c.facets == recount(db, every, 1));
        CHECK(c.facets.at("council").size() == 7);
        CHECK(c.facets.at("year").count("2010") == 1);
        CHECK(query::take_census(db, q, bound, false, false, roomy).total == every.size());
    }
    SECTION("sampled: the sample's matches, each count times 2^level") {
        query::CensusLimits small;
        small.exact_up_to = 100;
        small.sample_candidates = 300;
        small.min_sample_matches = 0;
        const query::MatchCensus c = query::take_census(db, q, bound, true, false, small);
        REQUIRE_FALSE(c.exact);
        const unsigned level = level_of_share(c.sampled);
        CHECK(level == 3);  // 2000 / 8 = 250 candidates
        std::vector<Xapian::docid> in_sample;
        for (const Xapian::docid did : every)
            if (DocidSample::contains(did, level)) in_sample.push_back(did);
        CHECK(c.sample_matches == in_sample.size());
        CHECK(c.total == in_sample.size() << level);
        CHECK(c.facets == recount(db, in_sample, Xapian::doccount{1} << level));
        // A fair estimate: the 1,000 matches are about 8 x 125.
        CHECK(c.total > 700);
        CHECK(c.total < 1300);
    }
    SECTION("a sample with too few matches is made denser, ring by ring, within the candidate budget") {
        query::CensusLimits thin;
        thin.exact_up_to = 100;
        thin.sample_candidates = 100;
        thin.min_sample_matches = 400;
        thin.max_candidates = 1000;
        const query::MatchCensus c = query::take_census(db, q, bound, true, false, thin);
        REQUIRE_FALSE(c.exact);
        CHECK(level_of_share(c.sampled) == 1);  // level 0 would read 2,000 candidates
        std::vector<Xapian::docid> half;
        for (const Xapian::docid did : every)
            if (DocidSample::contains(did, 1)) half.push_back(did);
        CHECK(c.facets == recount(db, half, 2));

        thin.min_sample_matches = 5000;  // more than there are: densify as far as the budget allows,
        thin.max_candidates = bound;     // which now holds every candidate: exact
        const query::MatchCensus whole = query::take_census(db, q, bound, true, false, thin);
        CHECK(whole.exact);
        CHECK(whole.facets == recount(db, every, 1));
    }
    SECTION("asked for exact counts, the census counts every match whatever the limits") {
        query::CensusLimits small;
        small.exact_up_to = 1;
        const query::MatchCensus c = query::take_census(db, q, bound, true, true, small);
        CHECK(c.exact);
        CHECK(c.total == every.size());
    }
}

TEST_CASE("the census counts only the facets asked for, and the months in the years' pass", "[census]") {
    const Xapian::Database db = synthetic_index();
    const Xapian::Query q(Xapian::Query::OP_PHRASE, Xapian::Query("alpha"), Xapian::Query("beta"));
    const std::vector<Xapian::docid> every = matches(db, q);
    const Xapian::doccount bound = 2000;
    // The months, read one document at a time: what the census must give.
    const auto months_of = [&](const std::vector<Xapian::docid>& docids, Xapian::doccount scale) {
        std::map<std::string, Xapian::doccount> out;
        for (const Xapian::docid did : docids)
            out[db.get_document(did).get_value(schema::field(schema::names::kDate).slot).substr(0, 6)] += scale;
        return out;
    };
    query::CensusCounts wanted;
    wanted.facets = {"council", "topic"};
    wanted.months = true;
    for (const bool sampled : {false, true}) {
        INFO((sampled ? "sampled" : "exact"));
        query::CensusLimits limits;
        limits.exact_up_to = sampled ? 100 : bound;
        limits.sample_candidates = 300;
        limits.min_sample_matches = 0;
        const query::MatchCensus c = query::take_census(db, q, bound, true, false, limits, {}, wanted);
        const query::MatchCensus all = query::take_census(db, q, bound, true, false, limits);
        REQUIRE(c.exact == !sampled);
        CHECK(c.total == all.total);
        CHECK(c.facets.size() == 2);
        CHECK(c.facets.at("council") == all.facets.at("council"));
        CHECK(c.facets.at("topic") == all.facets.at("topic"));
        CHECK(all.months.empty());  // not asked for
        std::vector<Xapian::docid> read;
        for (const Xapian::docid did : every)
            if (DocidSample::contains(did, level_of_share(c.sampled))) read.push_back(did);
        CHECK(c.months == months_of(read, Xapian::doccount{1} << level_of_share(c.sampled)));
        CHECK(c.months.size() == 11);  // 2010..2020, each in March
        CHECK(c.months.count("201503") == 1);
    }
}

TEST_CASE("a document's sampling level comes from its id: about 1 in 2^k at level k or deeper, at most 20", "[census][schema]") {
    constexpr int kIds = 100000;
    std::map<unsigned, int> at;
    for (int i = 0; i < kIds; ++i) {
        const unsigned level = schema::sample_level(synthetic_id(i));
        CHECK(level == schema::sample_level(synthetic_id(i)));  // repeatable
        REQUIRE(level <= schema::kDeepestSampleLevel);
        ++at[level];
    }
    for (unsigned level = 1; level <= 6; ++level) {
        int deeper = 0;
        for (const auto& [l, count] : at)
            if (l >= level) deeper += count;
        const double expected = kIds * schema::sample_fraction(level, schema::kDeepestSampleLevel + 1);
        INFO("level " << level << ": " << deeper << " of " << kIds);
        CHECK(std::abs(deeper - expected) < 3 * std::sqrt(expected));
    }
    CHECK(schema::sample_level("d0000000000000001") == 0);
    CHECK(schema::sample_level("d0000000000000008") == 3);
    CHECK(schema::sample_level("d0000000000000000") == schema::kDeepestSampleLevel);
    CHECK(schema::sample_level_term(4) == "XSAMPLE4");
    CHECK(schema::sample_fraction(2, 3) == 0.125);
    CHECK_THROWS_WITH(schema::sample_level("not-an-id"), Catch::Contains("not a document id: 'not-an-id'"));
}

TEST_CASE("with sampling-level terms the census samples the same documents on one index and on its shards", "[census][shards]") {
    const Xapian::Database whole = synthetic_index(true);
    Xapian::Database stub;  // two shards: Xapian's stock match spies count them (query/shards/facet_spies.h)
    stub.add_database(synthetic_index(true, 2, 0));
    stub.add_database(synthetic_index(true, 2, 1));
    REQUIRE(stub.get_doccount() == whole.get_doccount());
    const Xapian::Query q(Xapian::Query::OP_PHRASE, Xapian::Query("alpha"), Xapian::Query("beta"));
    const std::vector<Xapian::docid> every = matches(whole, q);
    REQUIRE(every.size() == 1000);
    const Xapian::doccount bound = 2000;
    // The matches at level `level` or deeper, found from their ids: what the sample must hold.
    const auto at_or_below = [&](unsigned level) {
        std::vector<Xapian::docid> out;
        for (const Xapian::docid did : every)
            if (schema::sample_level(synthetic_id(std::stoi(whole.get_document(did).get_data()))) >= level)
                out.push_back(did);
        return out;
    };
    query::CensusCounts with_months;
    with_months.months = true;
    for (const Xapian::doccount min_matches : {Xapian::doccount{0}, Xapian::doccount{200}}) {
        INFO("at least " << min_matches << " matches in the sample");
        query::CensusLimits limits;
        limits.exact_up_to = 100;
        limits.sample_candidates = 300;
        limits.min_sample_matches = min_matches;  // 200: one ring added (level 3 holds about 125)
        const query::MatchCensus one = query::take_census(whole, q, bound, true, false, limits, {}, with_months);
        const query::MatchCensus shards = query::take_census(stub, q, bound, true, false, limits, {}, with_months);
        REQUIRE_FALSE(one.exact);
        const unsigned level = level_of_share(one.sampled);
        CHECK(level == (min_matches ? 2u : 3u));
        const std::vector<Xapian::docid> in_sample = at_or_below(level);
        CHECK(one.sample_matches == in_sample.size());
        CHECK(one.total == in_sample.size() << level);
        CHECK(one.facets == recount(whole, in_sample, Xapian::doccount{1} << level));
        // The shards' spies read the same documents: the same estimates, to the unit.
        CHECK_FALSE(shards.exact);
        CHECK(shards.sampled == one.sampled);
        CHECK(shards.sample_matches == one.sample_matches);
        CHECK(shards.total == one.total);
        CHECK(shards.facets == one.facets);
        CHECK(shards.months == one.months);
        CHECK(shards.months.size() == 11);
    }
    SECTION("shards built before the terms existed are counted exactly") {
        Xapian::Database old_stub;
        old_stub.add_database(synthetic_index(false, 2, 0));
        old_stub.add_database(synthetic_index(false, 2, 1));
        query::CensusLimits limits;
        limits.exact_up_to = 100;
        const query::MatchCensus c = query::take_census(old_stub, q, bound, true, false, limits);
        CHECK(c.exact);
        CHECK(c.total == 1000);
        CHECK(c.facets == recount(whole, every, 1));
    }
}

TEST_CASE("search marks sampled counts as estimates and counts exactly when asked", "[census][query][corpus]") {
    const Xapian::Database db(test::corpus_db());
    query::SearchRequest r;
    r.query = "council";
    r.limit = 5;
    const query::SearchResults exact = query::search(db, r);  // corpus/ is far below the limit
    CHECK(exact.facets_exact);
    CHECK(exact.total_is_exact);
    CHECK(exact.hits.size() == 5);

    r.census_limits.exact_up_to = 4;
    r.census_limits.sample_candidates = 8;
    r.census_limits.min_sample_matches = 0;
    const query::SearchResults estimate = query::search(db, r);
    CHECK_FALSE(estimate.facets_exact);
    CHECK(estimate.facets_sampled < 1.0);
    CHECK(estimate.hits.size() == 5);  // the page itself is never sampled
    for (size_t i = 0; i < estimate.hits.size(); ++i) CHECK(estimate.hits[i].item == exact.hits[i].item);

    r.exact_counts = true;
    const query::SearchResults asked = query::search(db, r);
    CHECK(asked.facets_exact);
    CHECK(asked.total == exact.total);
    CHECK(asked.facets == exact.facets);

    r.exact_counts = false;
    r.limit = 0;  // --count is always exact
    const query::SearchResults count = query::search(db, r);
    CHECK(count.total_is_exact);
    CHECK(count.total == exact.total);
}

TEST_CASE("quorum search says in JSON whether its counts are exact and takes --exact-counts", "[census][cli][corpus]") {
    const std::string db = test::corpus_db();
    for (const bool asked : {false, true}) {
        std::vector<std::string> args = {test::quorum_binary(), "search", "--db", db, "--format", "json", "council"};
        if (asked) args.push_back("--exact-counts");
        const auto r = test::run_process(args);
        INFO(r.err);
        REQUIRE(r.status == 0);
        const auto j = nlohmann::json::parse(r.out);
        CHECK(j.at("facets_exact") == true);  // corpus/ is far below the sampling limit
        CHECK(j.at("facets_sampled") == 1.0);
        CHECK(j.at("total_is_exact") == true);
        CHECK(j.at("facets").at("council").size() > 0);
    }
    const auto help = test::run_process({test::quorum_binary(), "search", "--help"});
    CHECK(help.out.find("--exact-counts") != std::string::npos);
    CHECK(help.out.find("2,000 candidate documents") != std::string::npos);
}

TEST_CASE("the census on a second handle beside the page gives what one thread gives", "[census][query][corpus]") {
    const Xapian::Database db(test::corpus_db());
    for (const std::string q : {"council", "\"road safety\"", "budget OR police", "meeting"}) {
        for (const auto sort : {query::SortOrder::Relevance, query::SortOrder::DateAscending, query::SortOrder::DateDescending}) {
            for (const bool sampled : {false, true}) {
                CAPTURE(q, sampled);
                query::SearchRequest r;
                r.query = q;
                r.sort = sort;
                r.limit = 4;
                if (sampled) {
                    r.census_limits.exact_up_to = 2;
                    r.census_limits.sample_candidates = 4;
                    r.census_limits.min_sample_matches = 0;
                }
                const auto alone = query::search(db, r);
                r.db_path = test::corpus_db();
                const auto beside = query::search(db, r);
                CHECK(beside.total == alone.total);
                CHECK(beside.total_is_exact == alone.total_is_exact);
                CHECK(beside.facets == alone.facets);
                CHECK(beside.facets_exact == alone.facets_exact);
                REQUIRE(beside.hits.size() == alone.hits.size());
                for (size_t i = 0; i < alone.hits.size(); ++i) CHECK(beside.hits[i].item == alone.hits[i].item);
            }
        }
    }
}
