/** @file item_match_test.cpp @brief Which items of a document a result shows: phrases whole, NOT words ignored, best item first. */
#include <catch2/catch.hpp>

#include <xapian.h>

#include "query/item_match.h"
#include "schema/stored_record.h"

using namespace quorum;

namespace {

nlohmann::json stored(const std::vector<std::pair<std::string, std::string>>& items) {
    DocumentRecord r;
    r.path = "/a/minutes.txt";
    for (const auto& [title, text] : items) {
        Item i;
        i.title = title;
        i.text = text;
        r.items.push_back(i);
    }
    return schema::record_to_json(r, "d0");
}

query::QueryWords words_of(const std::string& text) {
    Xapian::QueryParser qp;
    qp.set_stemmer(Xapian::Stem("english"));
    qp.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    qp.set_default_op(Xapian::Query::OP_AND);
    return query::query_words(qp.parse_query(text), Xapian::TermIterator(), Xapian::TermIterator());
}

}  // namespace

TEST_CASE("query words: phrases stay whole, NOT branches do not count", "[query][items]") {
    const auto w = words_of("\"county lines\" budgets NOT housing");
    CHECK(w.phrases == std::vector<std::vector<std::string>>{{"county", "lines"}});
    CHECK(w.stems == std::set<std::string>{"budget"});
    CHECK(w.exact.empty());
    CHECK(w.stems.count("hous") == 0);
}

TEST_CASE("items are ranked by distinct query words, then occurrences", "[query][items]") {
    const auto data = stored({{"Apologies", "None were received."},
                              {"Budget", "The budget for county services was set."},
                              {"County lines", "Officers described county lines activity and the budget for it."},
                              {"Any other business", "Lines of the county map were redrawn."}});
    const Xapian::Stem stem("english");
    const auto matches = query::match_items(data, words_of("\"county lines\" budget"), stem, false);
    REQUIRE(matches.size() == 2);  // item 3 has "lines" and "county" but not the phrase
    CHECK(matches[0].index == 2);  // the phrase and the word
    CHECK(matches[0].distinct == 2);
    CHECK(matches[1].index == 1);
    CHECK(query::match_items(data, words_of("zebra"), stem, false).empty());
}
