/** @file matching_terms_test.cpp @brief The query terms a document holds, from posting lists, are exactly what Enquire::get_matching_terms reads from its term list. */
#include <catch2/catch.hpp>

#include <xapian.h>

#include <string>
#include <vector>

#include "query/matching_terms.h"
#include "query/query_builder.h"
#include "tests/corpus_db.h"

using namespace quorum;

TEST_CASE("matching terms from posting lists are Enquire's, in the same order, for every match", "[query][corpus]") {
    const Xapian::Database db(test::corpus_db());
    const query::QueryBuilder builder(db);
    // Words, phrases, stems, fields, filters, boolean operators, NOT, synonyms and a wildcard.
    const char* const queries[] = {"council",          "budget housing",        "\"county lines\"",
                                   "cctv OR licensing", "budget -housing",       "title:budget",
                                   "resolution:approved", "council:eastmere police", "anti-social behaviour",
                                   "licens*",          "\"domestic abu*\"",     "police AND (cctv OR camera)"};
    size_t compared = 0;
    for (const char* text : queries) {
        INFO(text);
        const Xapian::Query q = builder.parse(text, {}).query;
        Xapian::Enquire enquire(db);
        enquire.set_query(q);
        const Xapian::MSet mset = enquire.get_mset(0, db.get_doccount());
        CHECK(mset.size() > 0);
        for (auto it = mset.begin(); it != mset.end(); ++it) {
            const std::vector<std::string> xapian(enquire.get_matching_terms_begin(it), enquire.get_matching_terms_end(it));
            CHECK(query::matching_terms(db, enquire, q, *it) == xapian);
            ++compared;
        }
    }
    CHECK(compared > 50);
}
