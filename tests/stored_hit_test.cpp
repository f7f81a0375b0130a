/** @file stored_hit_test.cpp @brief A hit read from the parts of a stored record it needs (query::stored_hit_parts) is the hit read from the whole record: its JSON, CSV, item matches and text. */
#include <catch2/catch.hpp>

#include <xapian.h>

#include <map>
#include <string>
#include <vector>

#include "query/item_match.h"
#include "query/query_builder.h"
#include "query/result_serialiser.h"
#include "query/searcher.h"
#include "query/stored_hit.h"
#include "query/vote_items.h"
#include "schema/index_data_codec.h"
#include "schema/stored_record.h"
#include "tests/corpus_db.h"

using namespace quorum;

namespace {

// A fictional council's minutes with every stored field filled: two meetings (the second
// undated), OCR'd pages, named votes, a resolution cut from the text and one that is not,
// topic evidence, people, mentions, speakers and page starts.
DocumentRecord rich_record() {
    DocumentRecord r;
    r.path = "/fictional/Northmere Borough Council/2031-03-04 Cabinet.pdf";
    r.format = "pdf";
    r.title = "Cabinet and Scrutiny (fictional)";
    r.pages = 6;
    r.stamp = {1234, 1700000000, "0123456789abcdef0123456789abcdef"};
    auto& f = r.facets;
    f.councils = {{"Northmere Borough Council", "folder-defaults", 0.9, "", {}}, {"Eastfold County Council", "text", 0.6, "", {}}};
    f.mentions = {{"Westmarsh District Council", "text", 0.5, "", {}}};
    f.bodies = {{"Cabinet", "structure", 0.8, "", {}}};
    f.dates = {{"2031-03-04", "text", 0.95, "", {}}};
    f.doc_types = {{"minutes", "structure", 0.9, "", {}}};
    f.officers = {{"Ada Quill", "text", 0.7, "Chief Executive", {}}, {"Ben Rook", "text", 0.7, "", {}}};
    f.people = {{"Cllr Ivy Marsh", "text", 0.8, "chair", {}}, {"Ada Quill", "text", 0.7, "officer", {}}};
    f.topics = {{"roads-and-transport", "text", 0.7, "", {4, 2, {{"pothole", 3, true}, {"street lighting", 1, false}}}}};
    f.source_url = "https://example.org/fictional/cabinet.pdf#view=fit";
    Item apologies{"1", "Apologies", "Apologies were received from Cllr Fen.", "", 1, 1, {{0, 1}}, {}, {}, {}};
    Item potholes{"2", "Potholes on the ring road",
                  "Members discussed potholes.\n\nRESOLVED that the repairs be funded from reserves.",
                  "RESOLVED that the repairs be funded from reserves.", 2, 3, {{0, 2}, {28, 3}},
                  {"roads-and-transport"}, {}, {"Cllr Ivy Marsh", "Ada Quill"}};
    potholes.vote.mover = "Cllr Marsh";
    potholes.vote.seconder = "Cllr Fen";
    potholes.vote.result = "carried";
    potholes.vote.in_favour = 7;
    potholes.vote.against = 1;
    potholes.vote.for_names = {"Marsh", "Fen"};
    potholes.vote.against_names = {"Pell"};
    Item scrutiny{"3", "Scrutiny of the budget", "The committee noted the budget report.", "", 4, 5, {{0, 4}, {10, 5}}, {}, {}, {}};
    Item lighting{"4", "Street lighting", "Street lighting was reviewed.",
                  "RESOLVED that a survey be commissioned (a resolution not cut from the text).", 5, 6, {}, {}, {}, {}};
    r.items = {apologies, potholes, scrutiny, lighting};
    r.meetings = {{"CABINET", "2031-03-04", "Cabinet", 0, 1, 3}, {"SCRUTINY COMMITTEE", "", "Scrutiny Committee", 2, 4, 6}};
    r.warnings = {"a fictional warning"};
    r.page_sources = {{1, "text", 0}, {2, "ocr", 81}, {3, "ocr", 90}, {5, "ocr", 70}};
    return r;
}

query::QueryWords words_of(const std::string& text) {
    Xapian::QueryParser qp;
    qp.set_stemmer(Xapian::Stem("english"));
    qp.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    qp.set_default_op(Xapian::Query::OP_OR);
    return query::query_words(qp.parse_query(text), Xapian::TermIterator(), Xapian::TermIterator());
}

std::string dumped(const nlohmann::json& j) { return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }

// Everything a search reads of item `index`, from `whole` and from `selected`, compared: the hit's
// record, its API/CLI JSON and CSV row, its text and resolution, and which items match `queries`.
void check_same_hit(const nlohmann::json& whole, const nlohmann::json& selected, size_t index,
                    const std::vector<std::string>& queries) {
    CAPTURE(whole.value("path", ""), index);
    query::SearchHit from_whole, from_selected;
    from_whole.item = query::stored_hit_json(whole, index);
    from_selected.item = query::stored_hit_json(selected, index);
    CHECK(dumped(from_selected.item) == dumped(from_whole.item));
    const nlohmann::json api = query::search_hit_json(from_whole);
    CHECK(dumped(query::search_hit_json(from_selected)) == dumped(api));
    for (const bool decisions : {false, true}) {
        const auto columns = query::search_hit_csv_columns(decisions);
        CHECK(query::csv_fields(query::search_hit_json(from_selected), columns) == query::csv_fields(api, columns));
    }
    CHECK(schema::stored_item_text(selected, index) == schema::stored_item_text(whole, index));
    CHECK(schema::stored_item_resolution(selected, index) == schema::stored_item_resolution(whole, index));
    CHECK(schema::stored_item_positions(selected) == schema::stored_item_positions(whole));
    const Xapian::Stem stem("english");
    for (const auto& q : queries)
        for (const bool resolutions : {false, true}) {
            CAPTURE(q, resolutions);
            const auto a = query::match_items(whole, words_of(q), stem, resolutions);
            const auto b = query::match_items(selected, words_of(q), stem, resolutions);
            REQUIRE(a.size() == b.size());
            for (size_t i = 0; i < a.size(); ++i) {
                CHECK(b[i].index == a[i].index);
                CHECK(b[i].distinct == a[i].distinct);
                CHECK(b[i].hits == a[i].hits);
                CHECK(b[i].first_position == a[i].first_position);
            }
            CHECK(query::shown_item(selected, b, resolutions).index == query::shown_item(whole, a, resolutions).index);
        }
}

}  // namespace

TEST_CASE("a hit read from the parts of its stored record a hit needs is the hit read from the whole record", "[query][hits]") {
    const DocumentRecord record = rich_record();
    const std::string data = schema::stored_data_string(schema::record_to_json(record, "d7", {1, 20, 60, 90}));
    const schema::StoredDataCodec plain;
    const nlohmann::json whole = schema::parse_stored(plain, data);
    const nlohmann::json selected = schema::parse_stored(plain, data, query::stored_hit_parts());
    for (size_t index = 0; index < record.items.size(); ++index)
        check_same_hit(whole, selected, index, {"potholes", "budget committee", "resolved survey", "lighting", "zebra"});
    // The hit of the second meeting's item shows that meeting, undated, and the OCR'd pages.
    const nlohmann::json hit = query::stored_hit_json(selected, 3);
    CHECK(hit["meeting"]["index"] == 1);
    CHECK(hit["date"] == "");
    CHECK(hit["body"] == "Scrutiny Committee");
    CHECK(dumped(hit["ocr"]) == R"({"confidence":70,"pages":[5]})");
    CHECK(dumped(query::stored_hit_json(selected, 1)["vote"]) ==
          R"({"against":1,"against_names":["Pell"],"for":7,"for_names":["Marsh","Fen"],"mover":"Cllr Marsh","result":"carried","seconder":"Cllr Fen"})");
    // The items holding a filtered vote, and the item a vote filter's hit shows, are the same
    // from the selection: everything query/vote_items.cpp reads of a record is in it.
    const std::string forms = "voted_for\tMarsh\tAnn Marsh\nvoted_against\tPell\tPell\nmover\tCllr Marsh\tAnn Marsh";
    const std::vector<std::vector<query::VoteFilter>> filters = {
        {{"XVFORann-marsh"}}, {{"XVAGAINSTpell"}}, {{"XVOTEDfen"}}, {{"XRESULTcarried"}}, {{"XMOVERcllr-marsh"}}};
    for (const auto& f : filters) {
        CAPTURE(f.front().front());
        const auto from_whole = query::items_holding_votes(whole, f, forms);
        const auto from_selected = query::items_holding_votes(selected, f, forms);
        REQUIRE_FALSE(from_whole.empty());
        REQUIRE(from_selected.size() == from_whole.size());
        for (size_t i = 0; i < from_whole.size(); ++i) {
            CHECK(from_selected[i].index == from_whole[i].index);
            CHECK(from_selected[i].filters == from_whole[i].filters);
        }
        for (const bool resolutions : {false, true}) {
            const auto a = query::shown_item(whole, {}, resolutions, from_whole);
            const auto b = query::shown_item(selected, {}, resolutions, from_selected);
            CHECK(b.index == a.index);
            CHECK(b.others == a.others);
        }
    }
    // What a hit does not read is not built.
    CHECK_FALSE(selected.contains("warnings"));
    CHECK_FALSE(selected["facets"].contains("mentions"));
    CHECK_FALSE(selected["facets"].contains("people"));
    CHECK_FALSE(selected["facets"].contains("topics"));
    CHECK_FALSE(selected["facets"]["council"][0].contains("source"));
    CHECK_FALSE(selected["items"][1].contains("page_starts"));
    CHECK_FALSE(selected["items"][1].contains("speakers"));
    // Compressed stored data is read the same way.
    const schema::StoredDataCodec zstd(schema::StoredDataCodec::train_dictionary(std::vector<std::string>(400, data)));
    if (zstd.has_dictionary()) {
        const std::string packed = zstd.encode(data);
        REQUIRE(schema::StoredDataCodec::is_compressed(packed));
        CHECK(schema::parse_stored(zstd, packed, query::stored_hit_parts()) == selected);
    }
    // What is not a record gives an empty object, as the whole parse does.
    CHECK(schema::parse_stored(plain, "[1, 2]", query::stored_hit_parts()) == nlohmann::json::object());
    CHECK(schema::parse_stored(plain, "{\"id\": ", query::stored_hit_parts()) == nlohmann::json::object());
}

TEST_CASE("every item of the sample archive gives the same hit from the selected parts, and searches show those hits", "[query][hits][corpus]") {
    const Xapian::Database db(test::corpus_db());
    const schema::IndexDataCodecs codecs(db);
    std::map<std::string, nlohmann::json> by_id;
    size_t items = 0;
    for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
        const std::string data = db.get_document(*it).get_data();
        const nlohmann::json whole = schema::parse_stored(codecs.for_document(*it), data);
        const nlohmann::json selected = schema::parse_stored(codecs.for_document(*it), data, query::stored_hit_parts());
        const size_t n = std::max<size_t>(1, whole.value("items", nlohmann::json::array()).size());
        for (size_t index = 0; index < n; ++index, ++items)
            check_same_hit(whole, selected, index, {"council budget", "resolved", "\"anti-social behaviour\""});
        by_id[whole.value("id", "")] = whole;
    }
    CHECK(by_id.size() >= 10);
    CHECK(items > 100);
    // The searcher reads the selected parts: each hit is the whole record's hit of one of its items.
    size_t hits = 0;
    for (const bool decisions : {false, true})
        for (const std::string q : {"council", "budget", "\"anti-social behaviour\"", "resolved", ""}) {
            CAPTURE(q, decisions);
            query::SearchRequest request;
            request.query = q;
            request.filters.resolutions_only = decisions;
            request.limit = 30;
            request.facets = false;
            for (const auto& hit : query::search(db, request).hits) {
                const nlohmann::json& whole = by_id.at(hit.item.value("id", ""));
                bool found = false;
                const size_t n = std::max<size_t>(1, whole.value("items", nlohmann::json::array()).size());
                for (size_t index = 0; index < n && !found; ++index) found = query::stored_hit_json(whole, index) == hit.item;
                CHECK(found);
                ++hits;
            }
        }
    CHECK(hits > 50);
}
