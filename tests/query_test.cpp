/** @file query_test.cpp @brief The query language: parsed descriptions, error messages for malformed queries, and result sets on corpus/. */
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>

#include <xapian.h>

#include "query/date_range.h"
#include "query/query_error.h"
#include "query/searcher.h"
#include "schema/index_data_codec.h"
#include "schema/stored_record.h"
#include "tests/corpus_db.h"
#include "tests/test_paths.h"

using namespace quorum;

namespace {

using test::corpus_db;

query::SearchResults run(const std::string& q, query::Filters filters = {}, size_t limit = 50) {
    const Xapian::Database db(corpus_db());
    query::SearchRequest r;
    r.query = q;
    r.filters = std::move(filters);
    r.limit = limit;
    return query::search(db, r);
}

std::string error_of(const std::string& q) {
    try {
        run(q);
    } catch (const query::QueryError& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST_CASE("malformed queries give a message saying what and where", "[query]") {
    struct Row {
        const char* query;
        const char* message;
    };
    const Row rows[] = {
        {"\"county lines", "unclosed quote opened at character 1"},
        {"(budget OR precept", "unclosed '(' at character 1"},
        {"budget)", "unmatched ')' at character 7"},
        {"budget AND", "operator AND at character 8 needs a term on both sides"},
        {"OR budget", "operator OR at character 1 needs a term on both sides"},
        {"budget AND OR precept", "operator OR at character 12 needs a term on both sides"},
        {"council:", "field 'council:' at character 1 has no value"},
        {"date:2020..2019", "impossible date range: 2020 is after 2019"},
        {"date:2019-13", "'2019-13' is not a date (use YYYY, YYYY-MM, YYYY-MM-DD or DD/MM/YYYY)"},
        {"budget\x01", "control character (code 1) at character 7"},
    };
    for (const auto& r : rows) {
        INFO(r.query);
        CHECK(error_of(r.query) == r.message);
    }
    CHECK_THAT(error_of("foo:bar"), Catch::StartsWith("unknown field 'foo:' at character 1 (known: "));
    CHECK_THAT(error_of(std::string(101, '(') + "a" + std::string(101, ')')),
               Catch::Contains("nested more than 100 deep"));
    CHECK_THAT(error_of(std::string(70000, 'a')), Catch::Contains("the limit is 65536"));
    CHECK(error_of("NOT housing") == "");        // a pure NOT is allowed
    CHECK(error_of("see http://x.org") == "");   // URLs are not fields
}

TEST_CASE("parsed queries", "[query]") {
    struct Row {
        const char* query;
        const char* description;
    };
    const Row rows[] = {
        {"budget", "Query(Zbudget@1)"},
        {"\"county lines\"", "Query((county@1 PHRASE 2 lines@2))"},
        {"budget -housing", "Query((Zbudget@1 AND_NOT Zhous@2))"},
        {"year:2024", "Query(0 * Y2024)"},
        {"type:minutes budget", "Query((Zbudget@1 FILTER XTYPEminutes))"},
        {"date:2019..2020", "Query(VALUE_RANGE 5 20190101 20201231)"},
        {"date:2019-02", "Query(VALUE_RANGE 5 20190201 20190228)"},
        {"date:..2019", "Query(VALUE_LE 5 20191231)"},
    };
    for (const auto& r : rows) {
        INFO(r.query);
        CHECK(run(r.query).parsed == r.description);
    }
}

TEST_CASE("expand_date covers partial and impossible dates", "[query]") {
    CHECK(*query::expand_date("2024", false) == "20240101");
    CHECK(*query::expand_date("2024", true) == "20241231");
    CHECK(*query::expand_date("2024-02", true) == "20240229");
    CHECK(*query::expand_date("08/03/2018", false) == "20180308");
    CHECK_FALSE(query::expand_date("2019-04-31", false));
    CHECK_FALSE(query::expand_date("soon", false));
}

TEST_CASE("each feature finds what it should on the sample archive", "[query][corpus]") {
    struct Row {
        const char* query;
        const char* expected_path_part;  // a file every result must come from ("" = no check)
        size_t min_results;
    };
    const Row rows[] = {
        {"\"county lines\"", "", 3},
        {"licens*", "", 2},
        {"CCTV NEAR cameras", "", 1},
        {"committee:cabinet", "cabinet", 2},
        {"type:decision", "", 1},
        {"year:2019", "2019", 2},
        {"date:2023-06-14", "2023-06-14", 1},
        {"date:2023-06", "2023-06", 1},
        {"person:halvorsen", "", 2},
        {"person:\"Inspector Halvorsen\" role:attending", "", 2},
        {"officer:kerr", "", 1},
        {"speaker:treadwell", "", 1},
        {"topic:fly-tipping", "", 2},
        {"resolution:approved", "", 1},
    };
    for (const auto& r : rows) {
        INFO(r.query);
        const auto res = run(r.query);
        CHECK(res.hits.size() >= r.min_results);
        for (const auto& h : res.hits) CHECK_THAT(h.item.value("path", ""), Catch::Contains(r.expected_path_part));
    }
}

TEST_CASE("path: finds a folder by its P term and a file by its id", "[query][corpus]") {
    const auto all = run("\"county lines\"");
    REQUIRE(!all.hits.empty());
    const std::string file = all.hits.front().item.value("path", "");
    const std::string folder = file.substr(0, file.rfind('/'));
    REQUIRE(!folder.empty());

    const auto one = run("path:" + file);
    REQUIRE(one.hits.size() == 1);
    CHECK(one.hits.front().item.value("path", "") == file);

    for (const std::string& q : {"path:" + folder, "path:" + folder + "/"}) {
        INFO(q);
        const auto in_folder = run(q);
        CHECK(in_folder.hits.size() > 1);
        for (const auto& h : in_folder.hits) CHECK(h.item.value("path", "").starts_with(folder + "/"));
    }
    CHECK(run("path:" + file + "x").hits.empty());
    CHECK(run("\"county lines\" path:" + file).hits.size() == 1);
}

TEST_CASE("council filters match the council facet forgivingly", "[query][corpus]") {
    for (const auto& [q, council] : std::vector<std::pair<std::string, std::string>>{
             {"council:eastmere", "Eastmere District Council"},
             {"council:EASTMERE", "Eastmere District Council"},
             {"council:\"Harrowby Borough Council\"", "Harrowby Borough Council"},
             {"council:harrowby-borough", "Harrowby Borough Council"}}) {
        INFO(q);
        const auto res = run(q);
        CHECK(res.hits.size() >= 3);
        for (const auto& h : res.hits) CHECK_THAT(h.item["council"].dump(), Catch::Contains(council));
    }
}

TEST_CASE("one result per document, sorted by date, with facet counts over the whole match set",
          "[query][corpus]") {
    const Xapian::Database db(corpus_db());
    query::SearchRequest r;
    r.query = "council";
    r.limit = 100;
    r.sort = query::SortOrder::DateDescending;
    const auto res = query::search(db, r);
    std::set<std::string> paths;
    std::string previous = "9999-99-99";
    for (const auto& h : res.hits) {
        CHECK(paths.insert(h.item.value("path", "")).second);  // one result per document
        const std::string date = h.item.value("date", "");
        if (!date.empty()) {
            CHECK(date <= previous);
            previous = date;
        }
    }
    // Facet counts equal a recount of the whole match set.
    r.limit = 10000;
    const auto all = query::search(db, r);
    std::map<std::string, Xapian::doccount> types;
    for (const auto& h : all.hits) ++types[h.item.value("doc_type", "")];
    types.erase("");
    CHECK(all.facets.at("type") == std::map<std::string, Xapian::doccount>(types.begin(), types.end()));

    const auto limited = run("council", {}, 1);
    CHECK(limited.facets.at("type") == res.facets.at("type"));  // not just the page shown
}

TEST_CASE("each result shows the item holding the query words and counts the others", "[query][corpus]") {
    const Xapian::Database db(corpus_db());
    query::SearchRequest r;
    r.query = "cctv";
    r.limit = 100;
    const auto res = query::search(db, r);
    REQUIRE_FALSE(res.hits.empty());
    bool some_more = false;
    for (const auto& h : res.hits) {
        INFO(h.item.value("path", "") << " item " << h.item["item"].value("number", ""));
        // The snippet comes from the shown item and highlights the word.
        CHECK_FALSE(h.snippet.matches.empty());
        // Recount: items of this document whose title or text holds the word.
        const std::string path = h.item.value("path", "");
        auto post = db.postlist_begin("Q" + h.item.value("id", ""));
        REQUIRE(post != db.postlist_end("Q" + h.item.value("id", "")));
        const auto data = schema::parse_stored(schema::index_data_codec(db), db.get_document(*post).get_data());
        size_t holding = 0;
        for (size_t i = 0; i < data["items"].size(); ++i) {
            const auto span = data["items"][i]["text"];
            std::string text = data["items"][i].value("title", "") + " " +
                               data["text"].get<std::string>().substr(span[0].get<size_t>(),
                                                                      span[1].get<size_t>() - span[0].get<size_t>());
            std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
            if (text.find("cctv") != std::string::npos) ++holding;
        }
        CHECK(holding == h.more_in_document + 1);
        some_more = some_more || h.more_in_document > 0;
    }
    CHECK(some_more);
}

TEST_CASE("a misspelt word gets a suggestion, and a known word does not", "[query][corpus]") {
    CHECK(run("buget").suggestion == "budget");
    CHECK(run("budget").suggestion.empty());
    CHECK(run("hate crime").suggestion.empty());
}

TEST_CASE("filters do what the prefixes do", "[query][corpus]") {
    query::Filters f;
    f.councils = {"harrowby"};
    f.from = "2023";
    f.to = "2024";
    const auto by_flags = run("budget", f);
    const auto by_prefix = run("budget council:harrowby date:2023..2024");
    REQUIRE(by_flags.hits.size() == by_prefix.hits.size());
    for (size_t i = 0; i < by_flags.hits.size(); ++i) CHECK(by_flags.hits[i].item["id"] == by_prefix.hits[i].item["id"]);
}

TEST_CASE("decisions: only items with a resolution, words matched in the resolution text", "[query][corpus]") {
    query::Filters f;
    f.resolutions_only = true;
    const auto res = run("cctv", f);
    REQUIRE_FALSE(res.hits.empty());
    for (const auto& h : res.hits) {
        const std::string resolution = h.item.value("resolution", "");
        CHECK_FALSE(resolution.empty());
        CHECK_THAT(resolution, Catch::Contains("CCTV", Catch::CaseSensitive::No));
    }
    // Fewer than a search over all text: mentions outside resolutions do not count.
    CHECK(res.total < run("cctv").total);
    CHECK(run("budget", f).parsed.find("ZXRESbudget") != std::string::npos);
}

TEST_CASE("newest-first pages looked for among the newest years are the pages of the whole match set",
          "[query][census][corpus]") {
    const Xapian::Database db(corpus_db());
    bool narrowed = false;
    for (const std::string q : {"council", "meeting", "resolved", "police OR budget"}) {
        for (const bool sampled : {false, true}) {
            query::SearchRequest r;
            r.query = q;
            r.sort = query::SortOrder::DateDescending;
            r.limit = 0;  // --count: exact
            r.facets = false;
            const auto whole = query::search(db, r);
            REQUIRE(whole.total_is_exact);
            r.limit = 3;
            if (sampled) {
                r.census_limits.exact_up_to = 2;
                r.census_limits.sample_candidates = 4;
                r.census_limits.min_sample_matches = 0;
            }
            for (size_t offset = 0; offset < whole.total + 3; offset += 2) {
                CAPTURE(q, sampled, offset);
                r.offset = offset;
                r.facets = false;  // no census: the whole match set is ranked
                const auto plain = query::search(db, r);
                r.facets = true;
                const auto with_census = query::search(db, r);
                narrowed = narrowed || !with_census.page_from_year.empty();
                REQUIRE(with_census.hits.size() == plain.hits.size());
                for (size_t i = 0; i < plain.hits.size(); ++i)
                    CHECK(with_census.hits[i].item.value("path", "") == plain.hits[i].item.value("path", ""));
                if (with_census.facets_exact) CHECK(with_census.total == whole.total);
            }
        }
    }
    CHECK(narrowed);  // some pages were found among the newest years
}
