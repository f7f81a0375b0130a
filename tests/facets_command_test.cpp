/** @file facets_command_test.cpp @brief `quorum facets`: every value of a facet with its document count, in the whole index or within a query, and each listed value works as a filter giving that count. */
#include <catch2/catch.hpp>

#include <xapian.h>

#include <nlohmann/json.hpp>

#include "query/facet_listing.h"
#include "query/query_error.h"
#include "query/searcher.h"
#include "tests/corpus_db.h"
#include "tests/process_util.h"
#include "tests/test_paths.h"

using namespace quorum;

namespace {

Xapian::doccount count(const Xapian::Database& db, const std::string& q, const query::Filters& f) {
    query::SearchRequest r;
    r.query = q;
    r.filters = f;
    r.limit = 0;
    return query::search(db, r).total;
}

// Filters with `value` in the flag for `field`.
query::Filters with(query::Filters f, const std::string& field, const std::string& value) {
    if (field == "council") f.councils.push_back(value);
    if (field == "body") f.bodies.push_back(value);
    if (field == "officer") f.officers.push_back(value);
    if (field == "topic") f.topics.push_back(value);
    if (field == "type") f.types.push_back(value);
    return f;
}

test::ProcessResult run_quorum(std::vector<std::string> args) {
    args.insert(args.begin(), test::quorum_binary());
    args.insert(args.begin() + 2, {"--db", test::corpus_db()});
    return test::run_process(args);
}

}  // namespace

TEST_CASE("every listed facet value, given back as a filter, finds as many documents as listed", "[facets][listing][corpus]") {
    const Xapian::Database db(test::corpus_db());
    for (const std::string field : {"council", "body", "officer", "topic", "type"}) {
        const auto listing = query::list_facet_values(db, field, "", {});
        CHECK(listing.documents == db.get_doccount());
        REQUIRE(!listing.values.empty());
        for (size_t k = 1; k < listing.values.size(); ++k)
            CHECK(listing.values[k - 1].documents >= listing.values[k].documents);  // most first
        for (const auto& v : listing.values) {
            INFO(field << " " << v.value);
            CHECK(count(db, "", with({}, field, v.value)) == v.documents);
        }
    }
    // Within a query and filters: counted over the matches only.
    query::Filters eastmere;
    eastmere.councils = {"eastmere"};
    const auto within = query::list_facet_values(db, "officer", "county lines", eastmere);
    CHECK(within.documents == count(db, "county lines", eastmere));
    REQUIRE(!within.values.empty());
    for (const auto& v : within.values) CHECK(count(db, "county lines", with(eastmere, "officer", v.value)) == v.documents);

    const auto years = query::list_facet_values(db, "year", "", {});
    Xapian::doccount dated = 0;
    for (const auto& v : years.values) {
        CHECK(v.value.size() == 4);
        dated += v.documents;
    }
    CHECK(dated <= db.get_doccount());
    CHECK(query::list_facet_values(db, "committee", "", {}).field == "body");
    CHECK_THROWS_WITH(query::list_facet_values(db, "colour", "", {}),
                      Catch::StartsWith("'colour' is not a facet (facets: council, mentions, body"));
}

TEST_CASE("quorum facets prints text, CSV and JSON", "[facets][listing][cli][corpus]") {
    const Xapian::Database db(test::corpus_db());
    const auto listing = query::list_facet_values(db, "council", "", {});

    const auto text = run_quorum({"facets", "topic"});
    CHECK(text.status == 0);
    CHECK_THAT(text.out, Catch::StartsWith("topic: " + std::to_string(query::list_facet_values(db, "topic", "", {}).values.size()) +
                                           " values in " + std::to_string(db.get_doccount()) + " documents\n"));

    const auto csv = run_quorum({"facets", "council", "--format", "csv"});
    CHECK(csv.status == 0);
    std::string expected = "value,documents\r\n";  // RFC 4180 line ends
    for (const auto& v : listing.values) expected += v.value + "," + std::to_string(v.documents) + "\r\n";
    CHECK(csv.out == expected);

    const auto json = run_quorum({"facets", "council", "budget", "-housing", "--format", "json"});
    CHECK(json.status == 0);
    const auto j = nlohmann::json::parse(json.out);
    CHECK(j["field"] == "council");
    CHECK(j["query"] == "budget -housing");
    CHECK(j["documents"] == count(db, "budget -housing", {}));
    CHECK(j["values"].is_array());
    CHECK(j["values"][0].contains("value"));

    const auto bad = run_quorum({"facets", "colour"});
    CHECK(bad.status == 2);
    CHECK_THAT(bad.err, Catch::Contains("'colour' is not a facet"));
    const auto none = run_quorum({"facets", "officer", "--council", "Eastmeer"});
    CHECK(none.status == 0);
    CHECK_THAT(none.err, Catch::Contains("council \"Eastmeer\" matches no value in the index"));
}
