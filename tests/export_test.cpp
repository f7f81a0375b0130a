/** @file export_test.cpp @brief CSV and JSON exports: every match with --all (page after page), a note when a page is not the whole, plain-text snippets with [[marked]] matches, and the decisions resolution column. */
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "cli/page_note.h"
#include "cli/result_stream.h"
#include "query/result_serialiser.h"
#include "query/snippet_text.h"
#include "schema/stored_record.h"
#include "tests/corpus_db.h"
#include "tests/process_util.h"
#include "tests/temp_dir.h"
#include "tests/test_paths.h"

using namespace quorum;

namespace {

size_t lines_of(const std::string& s) {
    size_t n = 0;
    for (char c : s) n += c == '\n';
    return n;
}

test::ProcessResult run_quorum(const std::vector<std::string>& args) {
    std::vector<std::string> argv{test::quorum_binary()};
    argv.insert(argv.end(), args.begin(), args.end());
    return test::run_process(argv);
}

// 1,100 short minutes of a fictional parish council, about nine to a meeting date over ten years:
// more than two export pages, with ties in date order.
constexpr int kManyMinutes = 1100;

std::string index_many_minutes(const test::TempDir& dir) {
    static const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                          "July",    "August",   "September", "October", "November", "December"};
    for (int i = 1; i <= kManyMinutes; ++i)
        dir.write("archive/ashcombe-pc-" + std::to_string(i) + ".txt",
                  "Minutes of the Ashcombe Parish Council meeting held on 1 " + std::string(kMonths[(i / 10) % 12]) + " " +
                      std::to_string(2015 + i % 10) + " (fictional sample).\n\n1. Drainage\n\nThe clerk reported that ditch " +
                      std::to_string(i) + " at Mill Lane needed clearing.\n");
    const std::string db = dir.str() + "/db";
    REQUIRE(run_quorum({"index", "--quiet", "--db", db, dir.str() + "/archive"}).status == 0);
    return db;
}

}  // namespace

TEST_CASE("a snippet read from Xapian is plain text with its matches as ranges", "[export][snippet]") {
    struct Row {
        const char* xapian;   // MSet::snippet output, made with <b> and </b>
        const char* text;     // plain text
        const char* marked;   // as CSV and JSON show it
    };
    const std::vector<Row> rows = {
        {"the <b>Overview</b> &amp; <b>Scrutiny</b> Committee", "the Overview & Scrutiny Committee",
         "the [[Overview]] & [[Scrutiny]] Committee"},
        {"…<b>county</b> <b>lines</b> activity", "…county lines activity", "…[[county lines]] activity"},
        {"<b>anti</b>-<b>social</b> <b>behaviour</b>.", "anti-social behaviour.", "[[anti-social behaviour]]."},
        {"a &lt;b&gt; tag and AT&amp;T &gt; 3", "a <b> tag and AT&T > 3", "a <b> tag and AT&T > 3"},
        {"line\none\ttab <b>budget</b>", "line one tab budget", "line one tab [[budget]]"},
        {"&amp;&amp; &nbsp; &", "&& &nbsp; &", "&& &nbsp; &"},
        {"", "", ""},
    };
    for (const auto& row : rows) {
        INFO(row.xapian);
        const query::Snippet s = query::snippet_from_xapian(row.xapian, "<b>", "</b>");
        CHECK(s.text == row.text);
        CHECK(query::marked_snippet(s) == row.marked);
    }
    // Offsets in characters, for JSON readers: "café " is five characters and six bytes.
    const query::Snippet cafe = query::snippet_from_xapian("café <b>licence</b> and <b>licence</b>", "<b>", "</b>");
    CHECK(cafe.matches == std::vector<std::pair<size_t, size_t>>{{6, 13}, {18, 25}});
    CHECK(query::match_character_offsets(cafe) == std::vector<std::pair<size_t, size_t>>{{5, 12}, {17, 24}});
}

TEST_CASE("a hit, a decision and a mention have the documented JSON members and CSV columns", "[export]") {
    query::SearchHit hit;
    hit.item = {{"id", "d1"},
                {"path", "/archive/ashcombe-pc-2024-03-05.txt"},
                {"item", {{"number", "7"}, {"title", "Drainage & Ditches"}}},
                {"pages", {3, 5}},
                {"date", "2024-03-05"},
                {"council", {"Ashcombe Parish Council", "Fenmoor District Council"}},
                {"body", "Parish Council"},
                {"doc_type", "minutes"},
                {"officers", {{{"name", "Jo Tilling"}, {"role", "Clerk"}}, {{"name", "Ray Oduya"}}}},
                {"topics", {"highways"}},
                {"resolution", "RESOLVED that the ditch be cleared."},
                {"vote", {{"mover", "Cllr Pell"}, {"result", "carried"}, {"for", 5},
                          {"for_names", {"Cllr Pell", "Cllr Orr"}}, {"absent_names", {"Cllr Lane"}}}},
                {"meeting", {{"index", 1}, {"count", 2}, {"title", "Minutes of the meeting held on 5 March 2024"},
                             {"date", "2024-03-05"}, {"body", "Parish Council"}, {"pages", {3, 6}}}}};
    hit.snippet = query::snippet_from_xapian("the <b>ditch</b> at Mill Lane", "<b>", "</b>");
    hit.more_in_document = 2;
    const nlohmann::json j = query::search_hit_json(hit);
    std::vector<std::string> keys;
    for (const auto& [key, value] : j.items()) keys.push_back(key);
    CHECK(keys == std::vector<std::string>{"body", "council", "date", "doc_type", "id", "item", "link", "meeting",
                                           "more_in_document", "ocr_confidence", "ocr_pages", "officers", "pages",
                                           "path", "resolution", "snippet", "snippet_matches", "snippet_text",
                                           "source_url", "title", "topics", "vote"});
    CHECK(j["item"] == "7");
    CHECK(j["officers"] == nlohmann::json{"Jo Tilling", "Ray Oduya"});
    CHECK(j["snippet"] == "the [[ditch]] at Mill Lane");
    CHECK(j["snippet_matches"] == nlohmann::json{{4, 9}});

    CHECK(query::csv_fields(j, query::search_hit_csv_columns(true)) ==
          std::vector<std::string>{"/archive/ashcombe-pc-2024-03-05.txt", "7", "Drainage & Ditches", "2024-03-05",
                                   "Ashcombe Parish Council;Fenmoor District Council", "Parish Council",
                                   "Jo Tilling;Ray Oduya", "highways", "pp3-5", "the [[ditch]] at Mill Lane", "2",
                                   "RESOLVED that the ditch be cleared.", "carried", "Cllr Pell", "", "5", "", "",
                                   "Cllr Pell;Cllr Orr", "", "", "Cllr Lane",
                                   "/archive/ashcombe-pc-2024-03-05.txt", "", "1", "pp3-6"});
    // The hit's meeting, with a link to its first page.
    CHECK(j["meeting"]["link"] == "/archive/ashcombe-pc-2024-03-05.txt");
    CHECK(j["meeting"]["pages"] == nlohmann::json{3, 6});
    CHECK(query::search_hit_csv_columns(false)[10] == "more_in_document");
    const auto plain_columns = query::search_hit_csv_columns(false);
    CHECK(plain_columns.back() == "meeting_pages");
    CHECK(plain_columns[plain_columns.size() - 2] == "meeting");
    CHECK(plain_columns[plain_columns.size() - 3] == "ocr_confidence");
    CHECK(plain_columns[plain_columns.size() - 4] == "link");
    CHECK(j["ocr_pages"] == nlohmann::json::array());
    CHECK(j["ocr_confidence"].is_null());

    // A hit on a scanned page says so: which of its pages were OCR'd, and Tesseract's confidence.
    hit.item["ocr"] = {{"pages", {4, 5}}, {"confidence", 77}};
    const nlohmann::json scanned = query::search_hit_json(hit);
    CHECK(scanned["ocr_pages"] == nlohmann::json{4, 5});
    CHECK(scanned["ocr_confidence"] == 77);
    CHECK(query::csv_fields(scanned, query::search_hit_csv_columns(false)).end()[-3] == "77");

    query::Mention m;
    m.path = "/archive/ashcombe-pc-2024-03-05.txt";
    m.item_number = "7";
    m.page = 3;
    m.before = "the clerk said the ";
    m.match = "Mill Lane";
    m.after = " ditch";
    const nlohmann::json mj = query::mention_json(m);
    CHECK(mj["context"] == "the clerk said the [[Mill Lane]] ditch");
    CHECK(query::csv_fields(mj, query::mention_csv_columns())[6] == "3");
    CHECK(mj["ocr_confidence"].is_null());
    m.ocr_confidence = 64;
    const auto fields = query::csv_fields(query::mention_json(m), query::mention_csv_columns());
    CHECK(fields.end()[-2] == "64");
    CHECK(fields.back() == "/archive/ashcombe-pc-2024-03-05.txt");  // the link: a text file has no pages to point at
    m.path = "/archive/ashcombe-pc-2024-03-05.pdf";
    m.format = "pdf";
    m.source_url = "https://ashcombe.example.org/minutes/2024-03.pdf";
    CHECK(query::mention_json(m)["link"] == "https://ashcombe.example.org/minutes/2024-03.pdf#page=3");
}

TEST_CASE("the OCR'd pages of a stored record within a page range, with their mean confidence", "[export][ocr]") {
    const nlohmann::json doc = {{"page_sources",
                                 {{{"page", 2}, {"source", "ocr"}, {"confidence", 80}},
                                  {{"page", 3}, {"source", "ocr"}, {"confidence", 71}},
                                  {{"page", 4}, {"source", "ocr-skipped"}, {"confidence", 0}}}}};
    struct Row {
        int first, last;
        const char* expected;
    };
    const std::vector<Row> rows = {
        {1, 1, "null"},
        {2, 2, R"({"confidence":80,"pages":[2]})"},
        {1, 5, R"({"confidence":76,"pages":[2,3]})"},  // (80 + 71) / 2 rounded
        {4, 4, "null"},                                   // skipped is not OCR text
    };
    for (const auto& row : rows) {
        CAPTURE(row.first, row.last);
        CHECK(quorum::schema::stored_ocr_pages(doc, row.first, row.last).dump() == row.expected);
    }
    CHECK(quorum::schema::stored_ocr_pages(nlohmann::json::object(), 1, 9).is_null());  // a record from before OCR
}

TEST_CASE("a vote in words, as quorum show and the meeting page print it", "[export]") {
    struct Row {
        const char* vote;
        const char* text;
    };
    const Row rows[] = {
        {R"({})", ""},
        {R"({"result": "carried"})", "carried"},
        {R"({"result": "carried", "for": 8, "against": 1})", "carried (for 8, against 1)"},
        {R"({"result": "lost", "for": 3, "against": 5, "abstain": 1, "mover": "Cllr Reed", "seconder": "Cllr Moss"})",
         "lost (for 3, against 5, abstain 1); moved by Cllr Reed, seconded by Cllr Moss"},
        {R"({"mover": "Cllr Reed", "seconder": "Cllr Moss"})", "moved by Cllr Reed, seconded by Cllr Moss"},
        {R"({"seconder": "Cllr Moss"})", "seconded by Cllr Moss"},
        {R"({"for": 4})", "(for 4)"},
        {R"({"result": "carried", "for": 2, "against": 1, "for_names": ["Vance", "Orr"], "against_names": ["Pell"],
             "absent_names": ["Lane"]})",
         "carried (for 2, against 1); for: Vance, Orr; against: Pell; absent: Lane"},
    };
    for (const auto& r : rows) {
        INFO(r.vote);
        CHECK(quorum::query::vote_text(nlohmann::json::parse(r.vote)) == r.text);
    }
}

TEST_CASE("a page that is not every match is noted", "[export]") {
    struct Row {
        size_t offset, shown;
        unsigned long long total;
        bool exact;
        const char* note;
    };
    const std::vector<Row> rows = {
        {0, 10, 27, true, "showing 10 of 27; --all for every row"},
        {10, 10, 27, true, "showing 11-20 of 27; --all for every row"},
        {20, 7, 27, true, "showing 21-27 of 27; --all for every row"},
        {0, 10, 4000, false, "showing 10 of about 4000; --all for every row"},
        {0, 27, 27, true, ""},   // the whole
        {0, 0, 27, true, ""},    // nothing shown: not this note's to explain
        {30, 0, 27, true, ""},
    };
    for (const auto& r : rows) CHECK(cli::page_note(r.offset, r.shown, r.total, r.exact) == r.note);
}

TEST_CASE("a result stream writes valid JSON and CSV for no results, one and many", "[export]") {
    for (size_t n : {0, 1, 3}) {
        INFO(n);
        std::ostringstream json;
        {
            cli::ResultStream stream(json, true, {}, {{"query", "ditch"}, {"total", n}}, "results");
            for (size_t i = 0; i < n; ++i) stream.add({{"path", "p" + std::to_string(i)}, {"pages", {1, 2}}});
            stream.finish({{"done", true}});
        }
        const auto parsed = nlohmann::json::parse(json.str());
        CHECK(parsed["results"].size() == n);
        CHECK(parsed["total"] == n);
        CHECK(parsed["done"] == true);
        CHECK(parsed == nlohmann::json::parse(json.str()));

        std::ostringstream csv;
        cli::ResultStream rows(csv, false, {"path", "pages", "note"}, nlohmann::json::object(), "results");
        for (size_t i = 0; i < n; ++i) rows.add({{"path", "a, \"b\""}, {"pages", {2, 2}}});
        rows.finish();
        std::string expected = "path,pages,note\r\n";
        for (size_t i = 0; i < n; ++i) expected += "\"a, \"\"b\"\"\",p2,\r\n";
        CHECK(csv.str() == expected);
    }
}

TEST_CASE("exported snippets show '&' as written, never an HTML entity, in every format", "[export][cli]") {
    test::TempDir dir;
    dir.write("archive/calderbrook-dc_overview-scrutiny_2024-02-01_minutes.txt",
              "Calderbrook District Council (fictional sample)\nOverview & Scrutiny Committee\n1 February 2024\n\n"
              "1. Waste <collection> review\n\nThe Overview & Scrutiny Committee reviewed the waste "
              "collection contract with Fenmoor Services & Partners.\n");
    const std::string db = dir.str() + "/db";
    REQUIRE(run_quorum({"index", "--quiet", "--db", db, dir.str() + "/archive"}).status == 0);

    const auto csv = run_quorum({"search", "--db", db, "--format", "csv", "scrutiny"});
    REQUIRE(csv.status == 0);
    CHECK(csv.out.find("&amp;") == std::string::npos);
    CHECK(csv.out.find("&lt;") == std::string::npos);
    CHECK(csv.out.find("Overview & [[Scrutiny]] Committee") != std::string::npos);

    const auto text = run_quorum({"search", "--db", db, "scrutiny"});
    REQUIRE(text.status == 0);
    CHECK(text.out.find("&amp;") == std::string::npos);
    CHECK(text.out.find("Overview & **Scrutiny** Committee") != std::string::npos);

    const auto json = run_quorum({"search", "--db", db, "--format", "json", "waste collection"});
    REQUIRE(json.status == 0);
    const auto hit = nlohmann::json::parse(json.out).at("results").at(0);
    const std::string plain = hit.at("snippet_text");
    CHECK(plain.find("&amp;") == std::string::npos);
    CHECK(plain.find("Services & Partners") != std::string::npos);
    CHECK(hit.at("snippet").get<std::string>().find("[[waste collection]]") != std::string::npos);
    // Each match's offsets (characters; this text is ASCII) pick out a matched word.
    REQUIRE_FALSE(hit.at("snippet_matches").empty());
    for (const auto& m : hit.at("snippet_matches")) {
        const std::string word = plain.substr(m[0].get<size_t>(), m[1].get<size_t>() - m[0].get<size_t>());
        INFO(word);
        CHECK((word == "waste collection" || word == "Waste" || word == "waste" || word == "collection"));
    }
}

TEST_CASE("exports give every match with --all, page after page, and a page says on stderr that it is not the whole",
          "[export][cli]") {
    test::TempDir dir;
    const std::string db = index_many_minutes(dir);

    const auto csv = run_quorum({"search", "--db", db, "--format", "csv", "--all", "ditch"});
    REQUIRE(csv.status == 0);
    CHECK(lines_of(csv.out) == kManyMinutes + 1);  // a header, then each document once
    std::set<std::string> paths;
    for (size_t at = csv.out.find('\n'); at != std::string::npos && at + 1 < csv.out.size(); at = csv.out.find('\n', at + 1))
        paths.insert(csv.out.substr(at + 1, csv.out.find(',', at + 1) - at - 1));
    CHECK(paths.size() == kManyMinutes);
    CHECK(csv.err.empty());

    for (const char* sort : {"relevance", "-date", "date"}) {
        INFO(sort);
        const auto json = run_quorum({"search", "--db", db, "--format", "json", "--all", "--sort", sort, "clerk"});
        REQUIRE(json.status == 0);
        const auto parsed = nlohmann::json::parse(json.out);
        CHECK(parsed.at("total") == kManyMinutes);
        CHECK(parsed.at("total_is_exact") == true);
        std::set<std::string> seen;
        std::string previous;
        for (const auto& r : parsed.at("results")) {
            seen.insert(r.at("path").get<std::string>());
            const std::string date = r.at("date");
            CHECK_FALSE(date.empty());
            if (std::string(sort) == "date") CHECK(date >= previous);
            if (std::string(sort) == "-date" && !previous.empty()) CHECK(date <= previous);
            previous = date;
        }
        CHECK(seen.size() == kManyMinutes);
    }

    // From an offset on.
    const auto rest = run_quorum({"search", "--db", db, "--format", "csv", "--all", "--offset", "1000", "ditch"});
    CHECK(lines_of(rest.out) == kManyMinutes - 1000 + 1);

    // One page: the note on stderr, and stdout unchanged by it.
    const auto page = run_quorum({"search", "--db", db, "--format", "csv", "ditch"});
    CHECK(lines_of(page.out) == 11);
    CHECK(page.err == "showing 10 of 1100; --all for every row\n");
    const auto later = run_quorum({"search", "--db", db, "--format", "json", "--offset", "20", "--limit", "5", "ditch"});
    CHECK(later.err == "showing 21-25 of 1100; --all for every row\n");
    CHECK(nlohmann::json::parse(later.out).at("results").size() == 5);
    // A page that is the whole: no note.
    const auto whole = run_quorum({"search", "--db", db, "--format", "csv", "--limit", "2000", "ditch"});
    CHECK(whole.err.empty());

    // --all with --limit or --count makes no sense.
    CHECK(run_quorum({"search", "--db", db, "--all", "--limit", "5", "ditch"}).status == 2);
    CHECK(run_quorum({"search", "--db", db, "--all", "--count", "ditch"}).status == 2);
}

TEST_CASE("decisions --all exports every decision, and its CSV has the resolution column", "[export][cli][corpus]") {
    const std::string db = test::corpus_db();
    const auto count = run_quorum({"decisions", "--db", db, "--count", "resolved"});
    REQUIRE(count.status == 0);
    const size_t decisions = std::stoul(count.out);
    REQUIRE(decisions > 10);  // more than one default page

    const auto csv = run_quorum({"decisions", "--db", db, "--format", "csv", "--all", "resolved"});
    REQUIRE(csv.status == 0);
    CHECK(csv.out.starts_with("path,item,title,date,council,body,officers,topics,pages,snippet,more_in_document,resolution,"
                              "vote_result,vote_mover,vote_seconder,vote_for,vote_against,vote_abstain,vote_for_names,vote_against_names,vote_abstain_names,vote_absent_names,link,ocr_confidence,meeting,"
                                "meeting_pages\r\n"));
    const auto json = run_quorum({"decisions", "--db", db, "--format", "json", "--all", "resolved"});
    REQUIRE(json.status == 0);
    const auto results = nlohmann::json::parse(json.out).at("results");
    CHECK(results.size() == decisions);
    for (const auto& r : results) {
        const std::string resolution = r.at("resolution");
        INFO(r.at("path").get<std::string>());
        CHECK_FALSE(resolution.empty());
        // The full resolution, quoted as CSV quotes a field that holds quotes or line breaks.
        std::string quoted;
        for (char c : resolution) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
        CHECK((csv.out.find(resolution) != std::string::npos || csv.out.find(quoted) != std::string::npos));
    }
    const auto page = run_quorum({"decisions", "--db", db, "--format", "csv", "resolved"});
    CHECK(page.err == "showing 10 of " + std::to_string(decisions) + "; --all for every row\n");
}
