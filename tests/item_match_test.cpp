/** @file item_match_test.cpp @brief Which items of a document a result shows: phrases whole, NOT words ignored, best item first. */
#include <catch2/catch.hpp>

#include <xapian.h>

#include "query/item_match.h"
#include "query/query_builder.h"
#include "query/stem_memo.h"
#include "schema/index_data_codec.h"
#include "schema/stored_record.h"
#include "tests/corpus_db.h"

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

TEST_CASE("items found from the index's positions are the items found by re-reading the text, first positions too", "[query][items][corpus]") {
    const Xapian::Database db(test::corpus_db());
    const query::QueryBuilder builder(db);
    const Xapian::Stem stem("english");
    size_t compared = 0, multi_item = 0, with_position = 0, with_resolution = 0, listed_words = 0;
    for (const std::string q : {"council", "budget", "\"anti-social behaviour\"", "licence OR licensing", "police crime",
                                "\"the committee\" report", "resolved", "parking NOT enforcement", "fly*", "title:budget",
                                "safety NEAR/5 community", "minutes of the previous meeting", "2019", "asb",
                                "council -\"the budget\"", "+council report", "title:budget council"}) {
        CAPTURE(q);
        Xapian::Enquire enquire(db);
        const auto parsed = builder.parse(q);
        enquire.set_query(parsed.query);
        const Xapian::MSet mset = enquire.get_mset(0, db.get_doccount());
        // What a search does: the index's words stemming to a query stem, listed once.
        const Xapian::Stem memo = query::memo_stem("english");
        const auto stems = query::query_words(parsed.query, std::vector<std::string>{}).stems;
        const auto stemmed = query::words_stemming_to(db, stems, memo);
        REQUIRE(stemmed.has_value());  // a small index: few terms start like a stem
        for (const auto& w : *stemmed) CHECK(stems.count(stem(w.word)) == 1);
        listed_words += stemmed->size();
        for (auto it = mset.begin(); it != mset.end(); ++it) {
            const auto data = schema::parse_stored(schema::index_data_codec(db), it.get_document().get_data());
            const auto words =
                query::query_words(parsed.query, enquire.get_matching_terms_begin(it), enquire.get_matching_terms_end(it));
            const auto by_text = query::match_items(data, words, stem, false);
            const auto by_position = query::match_items_by_position(db, *it, data, words, stem);
            const auto by_listed_words = query::match_items_by_position(db, *it, data, words, memo, &*stemmed);
            // What a search over remote shards uses: the words of the whole query, no term list.
            const auto all_words =
                query::query_words(parsed.query, parsed.query.get_unique_terms_begin(), parsed.query.get_unique_terms_end());
            const auto by_text_all_words = query::match_items(data, all_words, stem, false);
            CAPTURE(data.value("path", ""));
            REQUIRE(by_position.has_value());  // this index stores every item's position
            REQUIRE(by_position->size() == by_text.size());
            REQUIRE(by_listed_words.has_value());
            REQUIRE(by_listed_words->size() == by_text.size());
            REQUIRE(by_text_all_words.size() == by_text.size());
            for (size_t i = 0; i < by_text.size(); ++i) {
                CHECK(by_position->at(i).index == by_text[i].index);
                CHECK(by_position->at(i).distinct == by_text[i].distinct);
                CHECK(by_position->at(i).hits == by_text[i].hits);
                CHECK(by_position->at(i).first_position == by_text[i].first_position);
                CHECK(by_listed_words->at(i).index == by_text[i].index);
                CHECK(by_listed_words->at(i).distinct == by_text[i].distinct);
                CHECK(by_listed_words->at(i).hits == by_text[i].hits);
                CHECK(by_listed_words->at(i).first_position == by_text[i].first_position);
                CHECK(by_text_all_words[i].index == by_text[i].index);
                CHECK(by_text_all_words[i].distinct == by_text[i].distinct);
                CHECK(by_text_all_words[i].hits == by_text[i].hits);
                CHECK(by_text_all_words[i].first_position == by_text[i].first_position);
                with_position += by_text[i].first_position > 0;
            }
            // Decisions match the resolution text alone: the same either way too.
            const auto resolutions = query::match_items(data, words, stem, true);
            const auto resolutions_all_words = query::match_items(data, all_words, stem, true);
            REQUIRE(resolutions_all_words.size() == resolutions.size());
            for (size_t i = 0; i < resolutions.size(); ++i) {
                CHECK(resolutions_all_words[i].index == resolutions[i].index);
                CHECK(resolutions_all_words[i].distinct == resolutions[i].distinct);
                CHECK(resolutions_all_words[i].hits == resolutions[i].hits);
            }
            with_resolution += !resolutions.empty();
            ++compared;
            multi_item += by_text.size() > 1;
        }
    }
    CHECK(compared > 80);
    CHECK(multi_item > 20);
    CHECK(with_position > 80);
    CHECK(with_resolution > 10);
    CHECK(listed_words > 10);
}

TEST_CASE("too many index terms starting like a stem: no list, each hit reads its term list", "[query][items]") {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    Xapian::Document doc;
    for (const std::string w : {"budget", "budgets", "budgeted", "budgetary", "bud"}) doc.add_term(w);
    db.add_document(doc);
    const Xapian::Stem stem("english");
    const auto all = query::words_stemming_to(db, {"budget"}, stem);
    REQUIRE(all.has_value());
    std::vector<std::string> words;
    for (const auto& w : *all) words.push_back(w.word + ">" + w.stem);
    CHECK(words == std::vector<std::string>{"budget>budget", "budgeted>budget", "budgets>budget"});
    CHECK_FALSE(query::words_stemming_to(db, {"budget"}, stem, 4).has_value());
}

TEST_CASE("a document stored without item positions falls back to re-reading the text", "[query][items]") {
    const auto data = stored({{"Budget", "The budget was set."}});
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    const auto did = db.add_document(Xapian::Document());
    CHECK_FALSE(query::match_items_by_position(db, did, data, words_of("budget"), Xapian::Stem("english")).has_value());
}

TEST_CASE("a dotted acronym in the text matches its word, as the index has it", "[query][items]") {
    // The term generator makes "P.C.C." the word "pcc"; the text path must find it too.
    const auto data = stored({{"Apologies", "None."}, {"Police matters", "The P.C.C. attended and spoke."}});
    const auto matches = query::match_items(data, words_of("pcc"), Xapian::Stem("english"), false);
    REQUIRE(matches.size() == 1);
    CHECK(matches[0].index == 1);
}
