/** @file mentions_test.cpp @brief `quorum mentions`: the phrase pattern, exhaustiveness against a brute-force scan of every indexed document, agreement with Xapian's own positions, filters, and the command's output. */
#include <catch2/catch.hpp>

#include <xapian.h>

#include <unistd.h>

#include <filesystem>
#include <map>
#include <set>
#include <tuple>

#include "query/mentions.h"
#include "query/query_error.h"
#include "query/words.h"
#include "schema/index_data_codec.h"
#include "schema/stored_record.h"
#include "tests/corpus_db.h"
#include "tests/process_util.h"
#include "tests/test_paths.h"

using namespace quorum;


namespace {

using Key = std::tuple<std::string, size_t, bool, size_t>;  // document, item, in title, offset

Key key_of(const query::Mention& m) { return {m.doc_id, m.item, m.in_title, m.offset}; }

// Every indexed document scanned, whatever the index says about candidates.
std::set<Key> brute_force(const Xapian::Database& db, const std::string& phrase) {
    const auto pattern = query::parse_mention_pattern(phrase);
    std::set<Key> out;
    for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it)
        for (const auto& m : query::scan_document(schema::parse_stored(schema::index_data_codec(db), db.get_document(*it).get_data()), pattern))
            out.insert(key_of(m));
    return out;
}

// Occurrences of a phrase in one document according to Xapian's positional data alone.
// Occurrences starting at a position in `skip` are not counted.
size_t positional_count(const Xapian::Database& db, Xapian::docid did, const std::vector<std::string>& words,
                        const std::set<Xapian::termpos>& skip = {}) {
    std::vector<std::set<Xapian::termpos>> positions;
    for (const auto& w : words) {
        std::set<Xapian::termpos> p;
        for (auto it = db.positionlist_begin(did, w); it != db.positionlist_end(did, w); ++it) p.insert(*it);
        positions.push_back(std::move(p));
    }
    size_t count = 0;
    for (Xapian::termpos start : positions.front()) {
        if (skip.contains(start)) continue;
        bool all = true;
        for (size_t k = 1; k < words.size() && all; ++k) all = positions[k].count(start + static_cast<Xapian::termpos>(k)) > 0;
        if (all) ++count;
    }
    return count;
}

// Term positions of the item titles that are printed again at the start of their item's text:
// the index holds those words twice (title, then text), a reader sees them once.
std::set<Xapian::termpos> repeated_title_positions(const nlohmann::json& data) {
    std::set<Xapian::termpos> out;
    const std::vector<std::uint32_t> starts = schema::stored_item_positions(data);
    for (size_t i = 0; i < starts.size(); ++i) {
        const std::string title = data["items"][i].value("title", "");
        if (!query::title_span_in_text(title, schema::stored_item_text(data, i))) continue;
        const size_t words = query::split_words(title).size();
        for (size_t k = 0; k < words; ++k) out.insert(starts[i] + static_cast<Xapian::termpos>(k));
    }
    return out;
}

// For every document: mentions found == phrase occurrences in Xapian's positional data, less
// those in a title that the item's text repeats.
void check_counts_against_positions(const Xapian::Database& db, const std::vector<std::string>& phrases) {
    for (const auto& phrase : phrases) {
        INFO(phrase);
        const auto pattern = query::parse_mention_pattern(phrase);
        std::map<std::string, size_t> per_doc;
        for (const auto& m : query::find_mentions(db, phrase, {}).mentions) ++per_doc[m.doc_id];
        for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
            const auto data = schema::parse_stored(schema::index_data_codec(db), db.get_document(*it).get_data());
            INFO(data.value("path", ""));
            CHECK(per_doc[data.value("id", "")] ==
                  positional_count(db, *it, pattern.words, repeated_title_positions(data)));
        }
    }
}

}  // namespace

TEST_CASE("a mention pattern is the phrase's words as indexed, with an optional trailing wildcard", "[mentions]") {
    auto p = query::parse_mention_pattern("County Lines");
    CHECK(p.words == std::vector<std::string>{"county", "lines"});
    CHECK_FALSE(p.last_is_prefix);
    p = query::parse_mention_pattern("\"anti-social behaviour\"");
    CHECK(p.words == std::vector<std::string>{"anti", "social", "behaviour"});
    p = query::parse_mention_pattern("licen*");
    CHECK(p.words == std::vector<std::string>{"licen"});
    CHECK(p.last_is_prefix);
    p = query::parse_mention_pattern("P.C.C. grant");
    CHECK(p.words == std::vector<std::string>{"pcc", "grant"});
    for (const char* bad : {"", "  ", "\"\"", "li*", "a*b", "--"}) {
        INFO("'" << bad << "'");
        CHECK_THROWS_AS(query::parse_mention_pattern(bad), query::QueryError);
    }
}

TEST_CASE("an item's title is found in its heading in the text, after an item number", "[mentions]") {
    struct Row {
        const char* title;
        const char* text;
        const char* heading;  // the title's words in the text, or "" for none
    };
    const std::vector<Row> rows = {
        {"Community Safety Plan", "7. Community Safety Plan\n\nThe plan was noted.", "Community Safety Plan"},
        {"Fly-tipping Enforcement", "118. Fly-tipping Enforcement (Item 7) Cllr Dunmore introduced it.",
         "Fly-tipping Enforcement"},
        {"Minutes", "Item 3 (a) Minutes of the last meeting", "Minutes"},
        {"Parking", "The committee discussed parking on Mill Lane.", ""},
        {"Budget 2024/25", "The Budget 2024/25 was set at a later meeting.", ""},  // not at the start
        {"", "1. Apologies", ""},
        {"Roll Call", "Wednesday, 6 November 2013\n\nROLL CALL\n\nThe clerk called the roll.", "ROLL CALL"},
        {"Roll Call", "Wednesday, 6 November 2013\n\nThe roll call was taken.", ""},  // not a paragraph of its own
    };
    for (const auto& row : rows) {
        INFO(row.title << " | " << row.text);
        const std::string text = row.text;
        const auto span = query::title_span_in_text(row.title, text);
        CHECK((span ? text.substr(span->first, span->second - span->first) : "") == row.heading);
    }
}

TEST_CASE("a phrase in an item's heading is one mention, marked as in the title", "[mentions]") {
    // A fictional parish's minutes: item 7's title is printed as its heading, item 8's is not.
    Item printed;
    printed.number = "7";
    printed.title = "Community Safety Plan";
    printed.text = "7. Community Safety Plan\n\nThe Community Safety Plan was adopted.";
    Item unprinted;
    unprinted.number = "8";
    unprinted.title = "Community Safety Plan review";
    unprinted.text = "The clerk will review the community safety plan in May.";
    DocumentRecord r;
    r.path = "/archive/ashcombe-pc-2024-03-05.txt";
    r.format = "text";
    r.items = {printed, unprinted};
    const auto found = query::scan_document(schema::record_to_json(r, "d0"), query::parse_mention_pattern("community safety plan"));
    REQUIRE(found.size() == 4);  // printed twice in item 7, and in item 8's title and text
    CHECK((found[0].item == 0 && found[0].in_title && found[0].offset == 3));
    CHECK((found[1].item == 0 && !found[1].in_title));
    CHECK((found[2].item == 1 && found[2].in_title));
    CHECK((found[3].item == 1 && !found[3].in_title));

    // On the sample archive: Eastmere's fly-tipping strategy is printed twice in its minutes.
    const Xapian::Database db(test::corpus_db());
    const auto strategy = query::find_mentions(db, "Enforcement Strategy", {});
    CHECK(strategy.mentions.size() == 2);
    CHECK(strategy.documents == 1);
}

TEST_CASE("periods with no mentions count 0, so that a chart has no gaps", "[mentions]") {
    using Counts = std::map<std::string, size_t>;
    struct Row {
        Counts counts;
        query::MentionPeriod period;
        Counts expected;
    };
    const std::vector<Row> rows = {
        {{{"2019", 2}, {"2022", 1}}, query::MentionPeriod::Year, {{"2019", 2}, {"2020", 0}, {"2021", 0}, {"2022", 1}}},
        {{{"2023-11", 1}, {"2024-02", 3}, {"undated", 4}},
         query::MentionPeriod::Month,
         {{"2023-11", 1}, {"2023-12", 0}, {"2024-01", 0}, {"2024-02", 3}, {"undated", 4}}},
        {{{"2024", 5}}, query::MentionPeriod::Year, {{"2024", 5}}},
        {{{"undated", 1}}, query::MentionPeriod::Year, {{"undated", 1}}},
        {{}, query::MentionPeriod::Month, {}},
        {{{"2023-12", 1}, {"2024-01", 1}}, query::MentionPeriod::Month, {{"2023-12", 1}, {"2024-01", 1}}},
        {{{"19x9", 1}, {"2024", 1}}, query::MentionPeriod::Year, {{"19x9", 1}, {"2024", 1}}},  // not a year: left alone
    };
    for (auto row : rows) {
        query::fill_empty_periods(row.counts, row.period);
        CHECK(row.counts == row.expected);
    }
}

TEST_CASE("mentions equal a brute-force scan of every indexed document", "[mentions][corpus]") {
    const Xapian::Database db(test::corpus_db());
    for (const char* phrase : {"county lines", "CCTV", "anti-social behaviour", "budget", "licen*", "the council",
                               "Police and Crime Commissioner", "fly-tipping", "resolved"}) {
        INFO(phrase);
        const auto r = query::find_mentions(db, phrase, {});
        std::set<Key> found;
        std::set<std::string> docs;
        for (const auto& m : r.mentions) {
            CHECK(found.insert(key_of(m)).second);  // each occurrence once
            docs.insert(m.doc_id);
            CHECK_FALSE(m.match.empty());
            CHECK(m.page >= 1);
        }
        CHECK(found == brute_force(db, phrase));
        CHECK(r.documents == docs.size());
        size_t counted = 0;
        for (const auto& [period, count] : r.by_period) counted += count;
        CHECK(counted == r.mentions.size());
    }
    CHECK(query::find_mentions(db, "county lines", {}).mentions.size() >= 10);
}

TEST_CASE("every mention's word count agrees with Xapian's positional index", "[mentions][corpus]") {
    const Xapian::Database db(test::corpus_db());
    check_counts_against_positions(db, {"county lines", "cctv", "anti-social behaviour", "budget", "the council", "resolved"});
}

TEST_CASE("mention filters do what search filters do, and periods are years or months", "[mentions][corpus]") {
    const Xapian::Database db(test::corpus_db());
    query::Filters f;
    f.councils = {"eastmere"};
    const auto all = query::find_mentions(db, "county lines", {});
    const auto eastmere = query::find_mentions(db, "county lines", f);
    REQUIRE_FALSE(eastmere.mentions.empty());
    CHECK(eastmere.mentions.size() < all.mentions.size());
    size_t expected = 0;
    for (const auto& m : all.mentions)
        for (const auto& c : m.council)
            if (c == "Eastmere District Council") ++expected;
    CHECK(eastmere.mentions.size() == expected);

    const auto by_month = query::find_mentions(db, "county lines", {}, query::MentionPeriod::Month);
    for (const auto& [period, count] : by_month.by_period) CHECK((period == "undated" || period.size() == 7));
    // Oldest first, undated last.
    std::string previous;
    bool undated = false;
    for (const auto& m : all.mentions) {
        if (m.date.empty()) undated = true;
        else {
            CHECK_FALSE(undated);
            CHECK(m.date >= previous);
            previous = m.date;
        }
    }
}

TEST_CASE("quorum mentions prints every mention as CSV, and a bad phrase exits 2", "[mentions][cli][corpus]") {
    const Xapian::Database db(test::corpus_db());
    const auto expected = query::find_mentions(db, "county lines", {}).mentions.size();
    const auto csv = test::run_process({test::quorum_binary(), "mentions", "--db", test::corpus_db(), "--format", "csv",
                                        "county", "lines"});
    REQUIRE(csv.status == 0);
    size_t rows = 0;
    for (char c : csv.out) rows += c == '\n';
    CHECK(rows == expected + 1);  // header + one row per mention (no field holds a newline)

    const auto text = test::run_process({test::quorum_binary(), "mentions", "--db", test::corpus_db(), "county lines"});
    CHECK(text.status == 0);
    CHECK(text.out.find(std::to_string(expected) + " mentions of \"county lines\"") != std::string::npos);

    // "county lines" is in the sample archive's 2019-2021 and 2023-2024 minutes: 2022 shows 0.
    const auto counts = test::run_process({test::quorum_binary(), "mentions", "--db", test::corpus_db(), "--counts",
                                           "--format", "csv", "county lines"});
    CHECK(counts.out.find("\r\n2021,") != std::string::npos);
    CHECK(counts.out.find("\r\n2022,0\r\n") != std::string::npos);
    const size_t chart_2022 = text.out.find("\n  2022 ");
    REQUIRE(chart_2022 != std::string::npos);
    const std::string line = text.out.substr(chart_2022 + 1, text.out.find('\n', chart_2022 + 1) - chart_2022 - 1);
    CHECK(line.ends_with(" 0"));
    CHECK(line.find('#') == std::string::npos);  // no bar for nothing

    // JSON, written as the mentions are found, is one valid object.
    const auto json = test::run_process({test::quorum_binary(), "mentions", "--db", test::corpus_db(), "--format", "json",
                                         "county lines"});
    REQUIRE(json.status == 0);
    const auto parsed = nlohmann::json::parse(json.out);
    CHECK(parsed.at("total") == expected);
    CHECK(parsed.at("mentions").size() == expected);
    CHECK(parsed.at("counts").at("2022") == 0);
    for (const auto& m : parsed.at("mentions"))
        CHECK(m.at("context") == m.at("before").get<std::string>() + "[[" + m.at("match").get<std::string>() + "]]" +
                                     m.at("after").get<std::string>());

    const auto bad = test::run_process({test::quorum_binary(), "mentions", "--db", test::corpus_db(), "a*b"});
    CHECK(bad.status == 2);
    CHECK(bad.out.empty());
    CHECK(bad.err.find("'*' is only allowed at the end") != std::string::npos);
}

TEST_CASE("on real published minutes, mention counts agree with Xapian's positional index", "[mentions][real]") {
    const std::string shared = test::shared_dir_or_skip();
    const auto dir = std::filesystem::temp_directory_path() / ("quorum-mentions-real-" + std::to_string(::getpid()));
    const std::string db_path = dir.string();
    // --ocr off: the counts are about the text layer; OCR of the scans would only add minutes.
    const auto indexed = test::run_process({test::quorum_binary(), "index", "--quiet", "--ocr", "off", "--db", db_path,
                                            shared + "/corpus-real", shared + "/seeds"});
    REQUIRE(indexed.status <= 1);  // some real PDFs are scans with no text layer
    {
        const Xapian::Database db(db_path);
        REQUIRE(db.get_doccount() > 40);
        check_counts_against_positions(db, {"the council", "police", "planning application", "anti-social behaviour",
                                            "councillor's", "o'clock", "2019", "community safety"});
    }
    std::filesystem::remove_all(dir);
}
