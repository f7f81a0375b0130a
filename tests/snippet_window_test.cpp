/** @file snippet_window_test.cpp @brief A long item's snippet is cut from around its first matched word, found from the term positions the indexer wrote. */
#include <catch2/catch.hpp>

#include <xapian.h>

#include <string>

#include "indexer/document_builder.h"
#include "query/item_match.h"
#include "query/searcher.h"
#include "query/snippet_window.h"
#include "schema/stored_record.h"

using namespace quorum;

namespace {

// Filler words with the odd accented one, so that windows are cut between multi-byte characters.
std::string filler(int from, int to) {
    std::string out;
    for (int i = from; i < to; ++i) out += (i % 7 ? "word" : "caf\u00e9") + std::to_string(i) + (i % 12 ? " " : ".\n\n");
    return out;
}

bool valid_utf8(std::string_view s) {
    for (Xapian::Utf8Iterator it(s.data(), s.size()); it != Xapian::Utf8Iterator(); ++it)
        if (!it.strict_deref() || (*it & 0x80000000u)) return false;
    return true;
}

}  // namespace

TEST_CASE("a short text or an unknown position gives the whole text", "[snippet]") {
    const std::string text = filler(0, 50);
    CHECK(query::snippet_window(text, "Title", 11, 500) == text);
    const std::string long_text = filler(0, 5000);
    CHECK(query::snippet_window(long_text, "Title", 11, 0) == long_text);
}

TEST_CASE("the window of a long item holds the first matched word, cut on character boundaries", "[snippet][indexer]") {
    for (const bool titled : {true, false}) {
        for (const int needle_at : {3, 900, 4000, 11999}) {
            CAPTURE(titled, needle_at);
            DocumentRecord record;
            record.path = "council/minutes.txt";
            record.format = "text";
            Item first;
            first.title = "Apologies for absence";
            first.text = "Apologies were received.";
            Item item;
            if (titled) item.title = "Report of the Head of Finance on the ward budget";
            item.text = filler(0, needle_at) + "needleword " + filler(needle_at + 1, 12000);
            record.items = {first, item};

            index::DocumentBuilder builder;
            index::BuiltDocument built = builder.build(record);
            Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
            const Xapian::docid did = db.add_document(built.document);
            const nlohmann::json data = schema::parse_stored(db.get_document(did).get_data());

            query::QueryWords words;
            words.exact.insert("needleword");
            const auto matches = query::match_items_by_position(db, did, data, words, Xapian::Stem("english"));
            REQUIRE(matches.has_value());
            REQUIRE(matches->size() == 1);
            REQUIRE(matches->front().index == 1);
            REQUIRE(matches->front().first_position > 0);

            const std::string_view text = schema::stored_item_text(data, 1);
            const auto starts = schema::stored_item_positions(data);
            const std::string_view window =
                query::snippet_window(text, item.title, starts.at(1), matches->front().first_position);
            CHECK(window.size() <= 4096);
            CHECK(window.size() > 3000);
            CHECK(window.find("needleword") != std::string_view::npos);
            if (needle_at < 11000) CHECK(window.find("needleword") < 1000);  // the context before is short
            CHECK(valid_utf8(window));
        }
    }
}
