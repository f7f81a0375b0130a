/** @file facet_match_test.cpp @brief Facet filter values matched forgivingly against the index's values (case, '&'/and, punctuation, gazetteer and taxonomy names, whole-word parts), the note for a value that matches nothing, and how flags and field prefixes combine. */
#include <catch2/catch.hpp>

#include <xapian.h>

#include "query/facet_match.h"
#include "query/query_error.h"
#include "query/searcher.h"
#include "schema/fields.h"
#include "tests/corpus_db.h"
#include "tests/process_util.h"
#include "tests/test_paths.h"

using namespace quorum;

namespace {

// The matched terms' values, without the prefix, joined by '|'.
std::string matched(const Xapian::Database& db, std::string_view field, std::string_view value) {
    const auto match = query::match_facet_value(db, field, value);
    const size_t prefix = schema::field(field).prefix.size();
    std::string out;
    for (const auto& t : match.terms) out += (out.empty() ? "" : "|") + t.substr(prefix);
    return out;
}

Xapian::doccount count(const std::string& q, query::Filters filters = {}) {
    const Xapian::Database db(test::corpus_db());
    query::SearchRequest r;
    r.query = q;
    r.filters = std::move(filters);
    r.limit = 0;
    return query::search(db, r).total;
}

query::Filters filter(std::vector<std::string> query::Filters::*field, std::vector<std::string> values) {
    query::Filters f;
    f.*field = std::move(values);
    return f;
}

}  // namespace

TEST_CASE("facet values compare by their words: case, punctuation, '&' and 'and' do not matter", "[facets][match]") {
    struct Row {
        const char* value;
        const char* words;
    };
    const Row rows[] = {
        {"Hinckley & Bosworth", "hinckley bosworth"},
        {"hinckley-and-bosworth-borough-council", "hinckley bosworth borough council"},
        {"OVERVIEW AND SCRUTINY", "overview scrutiny"},
        {"Children's Services", "childrens services"},
        {"cabinet-member-for-integrated-children\u2019s-services", "cabinet member for integrated childrens services"},
        {"  K.C.C. ", "k c c"},
        {"&", ""},
    };
    for (const auto& row : rows) {
        std::string joined;
        for (const auto& w : query::facet_match_words(row.value)) joined += (joined.empty() ? "" : " ") + w;
        CHECK(joined == row.words);
    }
}

TEST_CASE("a filter value stands for the indexed values it names, by one rule", "[facets][match][corpus]") {
    const Xapian::Database db(test::corpus_db());
    struct Row {
        const char* field;
        const char* value;
        const char* terms;  // matched values, '|'-joined; "" = none
    };
    const Row rows[] = {
        // 1. the same words
        {"council", "Harrowby Borough Council", "harrowby-borough-council"},
        {"council", "HARROWBY borough-council", "harrowby-borough-council"},
        {"type", "Minutes", "minutes"},
        {"topic", "ANTI SOCIAL BEHAVIOUR", "anti-social-behaviour"},
        {"body", "Joint Community Safety Overview & Scrutiny Committee",
         "joint-community-safety-overview-and-scrutiny-committee"},
        // 2. another name the gazetteer or taxonomy knows
        {"council", "HBC", "harrowby-borough-council"},
        {"council", "hbc", "harrowby-borough-council"},
        {"council", "Northvale PCC", "northvale-police-and-crime-commissioner"},
        {"topic", "asb", "anti-social-behaviour"},
        {"topic", "Anti-social behaviour", "anti-social-behaviour"},
        {"mentions", "HBC", "harrowby-borough-council"},
        // 3. whole words inside a value: a place, a surname, part of a body's name
        {"council", "eastmere", "eastmere-district-council"},
        {"council", "Northvale", "northvale-county-council|northvale-police-and-crime-commissioner"},
        {"officer", "kerr", "a-kerr|alison-kerr"},
        {"person", "HALVORSEN", "priya-halvorsen"},
        // 3. people: titles ignored, initials for given names; officer: is the officer role only
        {"person", "Insp. P. Halvorsen", "priya-halvorsen"},
        {"person", "Inspector Halvorsen", "priya-halvorsen"},
        {"person", "Q Halvorsen", ""},
        {"officer", "HALVORSEN", ""},  // a police inspector attends; she is not council staff
        {"body", "overview and scrutiny", "joint-community-safety-overview-and-scrutiny-committee"},
        {"body", "council", "full-council"},
        {"body", "licensing", "licensing-committee"},
        // parts of words do not match, nor do values that are not there
        {"council", "eastm", ""},
        {"officer", "kerrigan", ""},
        {"type", "minute", ""},
    };
    for (const auto& row : rows) {
        INFO(row.field << " " << row.value);
        CHECK(matched(db, row.field, row.value) == row.terms);
    }
    CHECK_THROWS_AS(query::match_facet_value(db, "council", "--"), query::QueryError);
}

TEST_CASE("a filter value that matches nothing says so, with the closest values", "[facets][match][corpus]") {
    const Xapian::Database db(test::corpus_db());
    const auto none = query::match_facet_value(db, "council", "Eastmeer");
    CHECK(none.terms.empty());
    REQUIRE(!none.closest.empty());
    CHECK(none.closest.front() == "Eastmere District Council");
    CHECK(query::no_match_note("council", "Eastmeer", none) ==
          "council \"Eastmeer\" matches no value in the index; closest: Eastmere District Council "
          "('quorum facets council' lists them all)");
    CHECK(query::match_facet_value(db, "officer", "alison ker").closest.front() == "Alison Kerr");
    CHECK(query::match_facet_value(db, "topic", "zzzzzz").closest.empty());

    // Search: no results, the note in the results; the query itself is fine.
    const Xapian::Database d(test::corpus_db());
    query::SearchRequest r;
    r.filters.councils = {"Eastmeer"};
    const auto results = query::search(d, r);
    CHECK(results.total == 0);
    REQUIRE(results.notes.size() == 1);
    CHECK_THAT(results.notes[0], Catch::StartsWith("council \"Eastmeer\" matches no value"));
    r.filters.councils = {};
    r.query = "budget officer:nobodyatall";
    CHECK(query::search(d, r).notes.size() == 1);

    for (const char* command : {"search", "decisions", "mentions"}) {
        const auto run = test::run_process(
            {test::quorum_binary(), command, "--db", test::corpus_db(), "--officer", "Kerrr", "budget"});
        INFO(command << ": " << run.err);
        CHECK(run.status == 0);
        CHECK_THAT(run.err, Catch::Contains("officer \"Kerrr\" matches no value in the index; closest: A Kerr"));
    }
}

TEST_CASE("filters of one field: values in the query or repeated flags are alternatives, and a flag narrows the query",
          "[facets][match][corpus]") {
    const Xapian::doccount eastmere = count("council:eastmere");
    const Xapian::doccount harrowby = count("council:harrowby");
    const Xapian::doccount both = count("council:eastmere council:harrowby");
    REQUIRE(eastmere > 0);
    REQUIRE(harrowby > 0);
    CHECK(both > std::max(eastmere, harrowby));  // OR
    CHECK(count("", filter(&query::Filters::councils, {"eastmere", "harrowby"})) == both);
    const Xapian::doccount joint = count("", filter(&query::Filters::councils, {"eastmere"})) + harrowby - both;  // documents credited to both
    CHECK(count("council:eastmere", filter(&query::Filters::councils, {"harrowby"})) == joint);                  // AND
    CHECK(count("Council:Eastmere") == eastmere);
    CHECK(count("topic:asb") == count("", filter(&query::Filters::topics, {"anti-social-behaviour"})));
    CHECK(count("type:Minutes") == count("", filter(&query::Filters::types, {"minutes"})));
}
