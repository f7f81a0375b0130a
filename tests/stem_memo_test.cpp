/** @file stem_memo_test.cpp @brief The memo stemmer gives Xapian's English stems, asked once or many times, and after its memo is full. */
#include <catch2/catch.hpp>

#include <xapian.h>

#include "query/stem_memo.h"

using namespace quorum;

TEST_CASE("the memo stemmer gives the stems Xapian's English stemmer gives", "[query][stem][snippet]") {
    const Xapian::Stem plain("english");
    // A memo of 3 words is filled and cleared several times by this table.
    for (const size_t max_words : {size_t{50000}, size_t{3}}) {
        CAPTURE(max_words);
        const Xapian::Stem memo = query::memo_stem("english", max_words);
        CHECK(memo.get_description() == plain.get_description());
        for (int pass = 0; pass < 3; ++pass) {
            for (const std::string w : {"county", "counties", "council", "councillors", "budgets", "budget", "the",
                                        "licensing", "licence", "dying", "skies", "generously", "", "2019", "café"}) {
                CAPTURE(pass, w);
                CHECK(memo(w) == plain(w));
            }
        }
    }
}

TEST_CASE("the memo stemmer gives MSet::snippet the same snippet", "[query][stem][snippet]") {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    Xapian::TermGenerator tg;
    tg.set_stemmer(Xapian::Stem("english"));
    Xapian::Document doc;
    tg.set_document(doc);
    // Fictional minutes.
    const std::string text =
        "Fictional Brindlecombe Parish Council. The councillors discussed the county budget. Budgets for the "
        "counties were agreed, and the county's licensing budget was deferred to the next budgeting meeting.";
    tg.index_text(text);
    db.add_document(doc);
    Xapian::QueryParser qp;
    qp.set_stemmer(Xapian::Stem("english"));
    qp.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    Xapian::Enquire enquire(db);
    enquire.set_query(qp.parse_query("county budgets"));
    const Xapian::MSet mset = enquire.get_mset(0, 10);
    REQUIRE(mset.size() == 1);
    const Xapian::Stem memo = query::memo_stem("english", 4);
    for (size_t length : {40, 120, 400}) {
        CAPTURE(length);
        const std::string plain = mset.snippet(text, length, Xapian::Stem("english"), Xapian::MSet::SNIPPET_EXHAUSTIVE);
        CHECK(plain.find("<b>") != std::string::npos);
        CHECK(mset.snippet(text, length, memo, Xapian::MSet::SNIPPET_EXHAUSTIVE) == plain);
    }
}
