/** @file request_deadline_test.cpp @brief A Deadline stops the work where it is checked (inside Xapian's match, between steps, before each snippet and mention) and nothing is checked after it has passed. */
#include <catch2/catch.hpp>

#include <xapian.h>

#include <memory>
#include <string>

#include "query/deadline.h"
#include "query/match_census.h"
#include "query/mentions.h"
#include "query/searcher.h"
#include "schema/fields.h"
#include "tests/corpus_db.h"

using namespace quorum;
using query::Deadline;

namespace {

/// A deadline that passes at its `passing_at`th check, and counts every check made.
struct CountedDeadline {
    std::shared_ptr<unsigned> checks = std::make_shared<unsigned>(0);
    Deadline deadline;
    explicit CountedDeadline(unsigned passing_at)
        : deadline([checks = checks, passing_at] { return ++*checks >= passing_at; }) {}
};

constexpr unsigned kNever = 1000000;

// 1,000 documents, each holding "common", with a council and a date in the schema's slots.
Xapian::Database thousand_documents() {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    for (int i = 0; i < 1000; ++i) {
        Xapian::Document doc;
        doc.add_posting("common", 1);
        doc.add_value(schema::field(schema::names::kCouncil).slot, "Council " + std::to_string(i % 7));
        doc.add_value(schema::field(schema::names::kDate).slot, std::to_string(2010 + i % 11) + "0301");
        db.add_document(doc);
    }
    db.commit();
    return db;
}

// The step `work` was stopped in by a deadline passing at its `passing_at`th check; checks made
// in all (the one that passed is the last: the work stops there).
std::pair<std::string, unsigned> stopped_step(unsigned passing_at, const std::function<void(const Deadline&)>& work) {
    const CountedDeadline d(passing_at);
    try {
        work(d.deadline);
    } catch (const query::TimeLimitExceeded& e) {
        return {e.step(), *d.checks};
    }
    return {"", *d.checks};
}

}  // namespace

TEST_CASE("a deadline: none by default, passed or not, and its check names the step", "[deadline]") {
    CHECK(Deadline().unlimited());
    CHECK_FALSE(Deadline().passed());
    CHECK_NOTHROW(Deadline().check("anything"));
    CHECK(Deadline::after(0).passed());
    CHECK_FALSE(Deadline::after(3600).passed());
    CHECK_THROWS_WITH(Deadline::after(0).check("the snippets"), "the snippets");
    const Xapian::Database db = thousand_documents();
    CHECK(Deadline().decider(db, "the match") == nullptr);  // no limit: Xapian runs as before
    CHECK(Deadline::after(3600).decider(db, "the match") != nullptr);
}

TEST_CASE("a deadline stops the census inside Xapian's match, not after it", "[deadline][census]") {
    const Xapian::Database db = thousand_documents();
    const Xapian::Query common("common");
    const auto census = [&](const Deadline& d) { (void)query::take_census(db, common, 1000, true, true, {}, d); };

    // Unlimited, the census checks every 64 documents of the 1,000 it lists, then between facets.
    const auto [no_step, full_checks] = stopped_step(kNever, census);
    CHECK(no_step.empty());
    CHECK(full_checks >= 1000 / Deadline::kDocumentsPerCheck + 1);

    // {check that passes, step stopped in}: each stops there, with no check after it.
    const std::pair<unsigned, std::string> rows[] = {
        {1, "the match count"},                // after 64 of the 1,000 documents
        {5, "the match count"},
        {full_checks, "the facet counts"},     // the last facet
    };
    for (const auto& [passing_at, step] : rows) {
        INFO("deadline passing at check " << passing_at);
        const auto [stopped_in, checks] = stopped_step(passing_at, census);
        CHECK(stopped_in == step);
        CHECK(checks == passing_at);
    }
    // Without facets the count alone is stopped in the match as well.
    CHECK(stopped_step(1, [&](const Deadline& d) { (void)query::take_census(db, common, 1000, false, true, {}, d); }).first ==
          "the match count");
}

TEST_CASE("a deadline stops a search between its steps and before each hit's snippet", "[deadline][query][corpus]") {
    const Xapian::Database db(test::corpus_db());
    const auto search = [&](const Deadline& d) {
        query::SearchRequest req;
        req.query = "council";
        req.deadline = d;
        const query::SearchResults r = query::search(db, req);
        REQUIRE(r.hits.size() == 10);
    };
    const auto [no_step, full_checks] = stopped_step(kNever, search);
    REQUIRE(no_step.empty());
    // The page, one check per hit (10), and the census's facets at the end.
    CHECK(full_checks >= 1 + 10 + 1);
    const std::pair<unsigned, std::string> rows[] = {
        {1, "ranking the page"},
        {2, "the snippets"},   // before the first hit
        {11, "the snippets"},  // before the last hit
        {full_checks, "the facet counts"},
    };
    for (const auto& [passing_at, step] : rows) {
        INFO("deadline passing at check " << passing_at);
        const auto [stopped_in, checks] = stopped_step(passing_at, search);
        CHECK(stopped_in == step);
        CHECK(checks == passing_at);
    }
}

TEST_CASE("a deadline stops a mentions scan before the next document is read", "[deadline][mentions][corpus]") {
    const Xapian::Database db(test::corpus_db());
    const auto mentions = [&](const Deadline& d) { (void)query::find_mentions(db, "council", {}, query::MentionPeriod::Year, d); };
    const auto [no_step, full_checks] = stopped_step(kNever, mentions);
    REQUIRE(no_step.empty());
    REQUIRE(full_checks > 3);  // one check per candidate document
    for (const unsigned passing_at : {1u, 3u, full_checks}) {
        INFO("deadline passing at check " << passing_at);
        const auto [stopped_in, checks] = stopped_step(passing_at, mentions);
        CHECK(stopped_in == "reading the mentions");
        CHECK(checks == passing_at);
    }
}
