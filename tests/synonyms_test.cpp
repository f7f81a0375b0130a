/** @file synonyms_test.cpp @brief Abbreviations in queries: the shipped table, the rewrite, and what it finds on corpus/. */
#include <catch2/catch.hpp>

#include <xapian.h>

#include <set>

#include "query/searcher.h"
#include "query/synonyms.h"
#include "tests/corpus_db.h"
#include "schema/document_id.h"

using namespace quorum;

TEST_CASE("the shipped synonym table parses, and malformed rows name their line", "[query][synonyms]") {
    const auto& t = query::SynonymTable::builtin();
    CHECK(t.size() >= 25);
    REQUIRE(t.by_abbreviation("ASB") != nullptr);
    CHECK(t.by_abbreviation("asb") == t.by_abbreviation("ASB"));  // "any" case
    CHECK(t.by_abbreviation("send") == nullptr);                   // "upper": an ordinary word
    CHECK(t.by_abbreviation("SEND") != nullptr);
    CHECK(t.by_expansion("Anti-Social Behaviour") == t.by_abbreviation("ASB"));
    CHECK(t.by_expansion("anti social behaviour") == t.by_abbreviation("ASB"));
    CHECK_THROWS_WITH(query::SynonymTable::parse("# c\nASB\tsometimes\tx\n"), Catch::Contains("line 2"));
    CHECK_THROWS_WITH(query::SynonymTable::parse("ASB\tany\n"), Catch::Contains("line 1"));
}

TEST_CASE("abbreviations and their phrases are rewritten to find each other", "[query][synonyms]") {
    const auto t = query::SynonymTable::parse("ASB\tany\tanti-social behaviour|antisocial behaviour\n"
                                              "PCC\tany\tpolice and crime commissioner\n"
                                              "SEND\tupper\tspecial educational needs\n");
    struct Row {
        const char* in;
        const char* out;
    };
    for (const Row& r : std::vector<Row>{
             {"ASB", "(ASB OR \"anti-social behaviour\" OR \"antisocial behaviour\")"},
             {"asb funding", "(asb OR \"anti-social behaviour\" OR \"antisocial behaviour\") funding"},
             {"\"Police and Crime Commissioner\" budget", "(\"Police and Crime Commissioner\" OR PCC) budget"},
             {"(PCC OR council)", "((PCC OR \"police and crime commissioner\") OR council)"},
             {"send the report", "send the report"},                 // lower-case "send" is a word
             {"SEND", "(SEND OR \"special educational needs\")"},
             {"title:ASB", "title:ASB"},                             // field values are left alone
             {"-ASB budget", "-ASB budget"},                         // so are signed words
             {"ASB*", "ASB*"},                                       // and wildcards
             {"PCC NEAR grant", "PCC NEAR grant"},                   // NEAR takes single words
             {"council:\"police and crime commissioner\"", "council:\"police and crime commissioner\""},
             {"budget", "budget"}}) {
        INFO(r.in);
        CHECK(query::expand_synonyms(r.in, t) == r.out);
    }
}

TEST_CASE("ASB finds documents that only say anti-social behaviour, and back", "[query][synonyms][corpus]") {
    const Xapian::Database db(test::corpus_db());
    auto paths = [&](const std::string& q) {
        query::SearchRequest r;
        r.query = q;
        r.limit = 1000;
        r.facets = false;
        std::set<std::string> out;
        for (const auto& h : query::search(db, r).hits) out.insert(h.item.value("path", ""));
        return out;
    };
    const auto by_abbreviation = paths("ASB");
    const auto by_phrase = paths("\"anti-social behaviour\"");
    REQUIRE(db.get_termfreq("asb") > 0);
    // Some documents write the phrase but never "ASB": the abbreviation finds them too.
    bool phrase_only = false;
    for (const auto& p : by_phrase) {
        CHECK(by_abbreviation.count(p) == 1);
        Xapian::Enquire e(db);
        e.set_query(Xapian::Query(Xapian::Query::OP_AND, Xapian::Query("asb"), Xapian::Query("Q" + schema::document_id(p))));
        if (e.get_mset(0, 1).empty()) phrase_only = true;
    }
    CHECK(phrase_only);
    CHECK(by_phrase == by_abbreviation);
}
