/** @file spelling_test.cpp @brief "Did you mean": edit distance and suggestions from the term dictionary. */
#include <catch2/catch.hpp>

#include <xapian.h>

#include "query/spelling.h"

using quorum::query::edit_distance;
using quorum::query::suggest_word;

TEST_CASE("edit distance counts insertions, deletions, substitutions and swaps, bounded", "[query][spelling]") {
    struct Row {
        const char *a, *b;
        unsigned limit, expected;
    };
    for (const Row& r : std::vector<Row>{{"budget", "budget", 2, 0},
                                         {"buget", "budget", 2, 1},     // insertion
                                         {"budgett", "budget", 2, 1},   // deletion
                                         {"bidget", "budget", 2, 1},    // substitution
                                         {"bugdet", "budget", 2, 1},    // adjacent swap
                                         {"licencing", "licensing", 2, 1},
                                         {"cctv", "budget", 2, 3},      // beyond the limit: limit + 1
                                         {"a", "abcdef", 2, 3}}) {
        INFO(r.a << " / " << r.b);
        CHECK(edit_distance(r.a, r.b, r.limit) == r.expected);
    }
}

TEST_CASE("suggestions come from indexed words, closest first, then most frequent", "[query][spelling]") {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    auto add = [&](std::initializer_list<const char*> terms) {
        Xapian::Document d;
        for (const char* t : terms) d.add_term(t);
        db.add_document(d);
    };
    add({"budget", "burglary", "cctv", "licensing", "XCOUNCILbudgetshire"});
    add({"budget", "budgets", "licencing"});
    add({"budget", "fudge"});
    CHECK(suggest_word(db, "buget") == "budget");
    CHECK(suggest_word(db, "burglry") == "burglary");
    CHECK(suggest_word(db, "licensin") == "licensing");
    CHECK(suggest_word(db, "wudget") == "budget");   // wrong first letter
    CHECK(suggest_word(db, "budgets") == "budget");  // an indexed word may still be near another
    CHECK(suggest_word(db, "zebra").empty());        // nothing close
    CHECK(suggest_word(db, "cc").empty());           // too short to guess
    CHECK(suggest_word(db, "ccvt") == "cctv");
}
