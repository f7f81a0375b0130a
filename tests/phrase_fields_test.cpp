/** @file phrase_fields_test.cpp @brief Phrases everywhere the query language allows them: a wildcard at the end of a phrase (search, decisions, mentions), phrases in stems-only fields (title:, resolution:), field names typed with capitals. */
#include <catch2/catch.hpp>

#include <xapian.h>

#include <set>

#include "query/mentions.h"
#include "query/phrase_wildcard.h"
#include "query/query_error.h"
#include "query/query_rewrite.h"
#include "query/searcher.h"
#include "schema/index_data_codec.h"
#include "schema/stored_record.h"
#include "tests/corpus_db.h"
#include "tests/process_util.h"
#include "tests/test_paths.h"

using namespace quorum;

namespace {

query::SearchResults run(const std::string& q, bool decisions = false) {
    const Xapian::Database db(test::corpus_db());
    query::SearchRequest r;
    r.query = q;
    r.limit = 1000;
    r.filters.resolutions_only = decisions;
    return query::search(db, r);
}

std::set<std::string> paths_of(const query::SearchResults& r) {
    std::set<std::string> out;
    for (const auto& h : r.hits) out.insert(h.item.value("path", ""));
    return out;
}

// Documents whose stored text holds the phrase (last word a prefix), scanned word by word.
std::set<std::string> documents_with(const std::string& phrase) {
    const Xapian::Database db(test::corpus_db());
    const auto pattern = query::parse_mention_pattern(phrase);
    std::set<std::string> out;
    for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
        const auto data = schema::parse_stored(schema::index_data_codec(db), db.get_document(*it).get_data());
        if (!query::scan_document(data, pattern).empty()) out.insert(data.value("path", ""));
    }
    return out;
}

}  // namespace

TEST_CASE("query rewrites: capitalised field names, phrases in stems fields, phrases ending in '*'", "[query][phrase]") {
    const std::vector<std::string> fields = {"council", "title", "resolution"};
    struct Row {
        const char* in;
        const char* out;
    };
    const Row lower_rows[] = {
        {"Council:kent", "council:kent"},
        {"budget -COUNCIL:kent (Title:x)", "budget -council:kent (title:x)"},
        {"\"Council:kent\" Foo:bar", "\"Council:kent\" Foo:bar"},
        {"council:kent", "council:kent"},
    };
    for (const auto& row : lower_rows) CHECK(query::lowercase_field_names(row.in, fields) == row.out);

    const Row group_rows[] = {
        {"title:\"community safety\"", "(title:community title:safety)"},
        {"-resolution:\"law AND order\" budget", "-(resolution:law resolution:and resolution:order) budget"},
        {"council:\"Harrowby Borough\" \"title:x y\"", "council:\"Harrowby Borough\" \"title:x y\""},
        {"title:budget", "title:budget"},
    };
    for (const auto& row : group_rows) CHECK(query::phrases_to_groups(row.in, {"title", "resolution"}) == row.out);

    const auto w = query::extract_phrase_wildcards("budget -\"planning application*\" \"council tax\" council:\"x*\"", "P");
    CHECK(w.text == "budget -P:0 \"council tax\" council:\"x*\"");
    REQUIRE(w.phrases.size() == 1);
    CHECK(w.phrases[0] == "planning application*");
}

TEST_CASE("a phrase ending in '*' expands its last word, in search, decisions and mentions", "[query][phrase][corpus]") {
    const std::set<std::string> expected = documents_with("council t*");
    REQUIRE(expected.size() > documents_with("council tax").size());  // the wildcard adds "council to", ...
    CHECK(paths_of(run("\"council t*\"")) == expected);

    const Xapian::Database db(test::corpus_db());
    const auto mentions = query::find_mentions(db, "council t*", {});
    CHECK(mentions.documents == expected.size());

    // Decisions: items with a resolution holding the phrase's words.
    const auto decisions = run("\"council t*\"", true);
    CHECK(!decisions.hits.empty());
    CHECK(paths_of(decisions).size() <= expected.size());
    CHECK(run("\"council t*\"", true).total >= run("\"council tax\"", true).total);

    // Excluding it leaves the documents without it.
    const auto all = run("");
    CHECK(run("NOT \"council t*\"").total == all.total - expected.size());
}

TEST_CASE("a phrase wildcard over the expansion limit is refused with a clear message", "[query][phrase][corpus]") {
    const Xapian::Database db(test::corpus_db());
    // The limit is 5,000 words; corpus/ has fewer, so expand_word_prefix is checked with a small one.
    CHECK_THROWS_WITH(query::expand_word_prefix(db, "", "s", 3),
                      Catch::Contains("wildcard matches too many words (limit 3)"));
    CHECK(query::expand_word_prefix(db, "", "safet", 5000) == std::vector<std::string>{"safety"});
    CHECK_THROWS_WITH(run("\"community *\""), Catch::Contains("'*' must follow a word"));
    // The placeholder field the rewrite uses is not a field a user can type.
    CHECK_THROWS_AS(run("quorumwildcardphrase:0"), query::QueryError);
}

TEST_CASE("phrases work in every text field, and field names work in capitals", "[query][phrase][corpus]") {
    const auto title = run("title:\"community safety\"");
    CHECK(title.total > 0);
    CHECK(title.total == run("title:community title:safety").total);
    const auto resolution = run("resolution:\"community safety\"");
    CHECK(resolution.total > 0);
    CHECK(resolution.total == run("resolution:community resolution:safety").total);
    CHECK(run("decision:\"community safety\"").total == resolution.total);
    CHECK(run("budget -title:\"community safety\"").total ==
          run("budget").total - run("budget title:\"community safety\"").total);
    CHECK(run("NOT title:\"community safety\"").total == run("").total - title.total);

    // Stems-only fields cannot expand a wildcard: refused rather than matching nothing.
    CHECK_THROWS_WITH(run("title:\"community saf*\""), Catch::Contains("a wildcard does not work in title: or resolution:"));
    CHECK_THROWS_WITH(run("resolution:saf*"), Catch::Contains("a wildcard does not work in title: or resolution:"));

    CHECK(run("Council:eastmere").total == run("council:eastmere").total);
    CHECK(run("COUNCIL:eastmere").total > 0);
    CHECK(run("Title:\"community safety\"").total == title.total);
}

TEST_CASE("quorum mentions and search take a phrase ending in '*'", "[query][phrase][cli][corpus]") {
    const auto mentions =
        test::run_process({test::quorum_binary(), "mentions", "--db", test::corpus_db(), "--counts", "community saf*"});
    CHECK(mentions.status == 0);
    CHECK(mentions.err.empty());
    CHECK_THAT(mentions.out, Catch::Contains("mentions of \"community saf*\""));
    const auto search =
        test::run_process({test::quorum_binary(), "search", "--db", test::corpus_db(), "--count", "\"council t*\""});
    CHECK(search.status == 0);
    CHECK(search.out == std::to_string(documents_with("council t*").size()) + "\n");
}
