/** @file meetings_test.cpp @brief One record per meeting (issue 15 §4): where a file's meetings start, each meeting's items, date, body and pages, and what show, search and decisions say about them. Every council and person here is invented. */
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "facets/facet_detector.h"
#include "facets/meeting_boundaries.h"
#include "indexer/indexer.h"
#include "indexer/meetings.h"
#include "indexer/shards/catalogue.h"
#include "schema/document_id.h"
#include "server/app.h"
#include "tests/block_builders.h"
#include "tests/http_client.h"
#include "tests/process_util.h"
#include "tests/served_archive.h"
#include "tests/temp_dir.h"
#include "tests/test_paths.h"

using quorum::extract::Block;
using quorum::extract::Extraction;
using quorum::test::heading;
using quorum::test::para;

namespace {

Extraction make(std::vector<Block> blocks) {
    Extraction e;
    e.blocks = std::move(blocks);
    return e;
}

// Block on a page.
Block on_page(Block b, int page) {
    b.page = page;
    return b;
}

// Invented: Thornbury Vale Parish Council's February and March meetings in one file.
Extraction two_dated_meetings() {
    return make({heading("THORNBURY VALE PARISH COUNCIL"),
                 heading("Minutes of the meeting of Thornbury Vale Parish Council held on 12 February 2031"),
                 para("Present: Cllr Ansel Quarrie (Chair), Cllr Bryony Tull"),
                 para("1. Apologies"), para("Apologies were received from Cllr Dace Morrow."),
                 para("2. Footpath signs"), para("The clerk will order four new footpath signs for the common."),
                 on_page(heading("THORNBURY VALE PARISH COUNCIL"), 2),
                 on_page(heading("Minutes of the meeting of Thornbury Vale Parish Council held on 11 March 2031"), 2),
                 on_page(para("Present: Cllr Ansel Quarrie (Chair), Cllr Dace Morrow"), 2),
                 on_page(para("1. Apologies"), 2), on_page(para("None."), 2),
                 on_page(para("2. Pond clearance"), 3),
                 on_page(para("RESOLVED that the volunteers clear the village pond in April."), 3)});
}

// "number|title" per item, joined with "; ".
std::string render(const std::vector<quorum::Item>& items) {
    std::string out;
    for (const auto& i : items) out += (out.empty() ? "" : "; ") + i.number + "|" + i.title;
    return out;
}

quorum::test::ProcessResult run_quorum(std::vector<std::string> args) {
    args.insert(args.begin(), quorum::test::quorum_binary());
    return quorum::test::run_process(args);
}

}  // namespace

TEST_CASE("a minutes heading opens a meeting, an item about minutes does not", "[meetings]") {
    struct Row {
        const char* text;
        bool heading;
    };
    const Row rows[] = {
        {"MINUTES OF THE ANNUAL MEETING OF BRACKENFORD PARISH COUNCIL", true},
        {"Minutes of the meeting of Thornbury Vale Parish Council held on 11 March 2031", true},
        {"Ashcombe Town Council Minutes of the Planning Committee held on 3 May 2030 at 7pm", true},
        {"MINUTES OF THE ORDINARY MEETING HELD ON MONDAY 8 JANUARY 2029.", true},
        {"3. Minutes of the last meeting", false},                        // an item
        {"Minutes of the previous meeting", false},                       // an item without its number
        {"To approve the minutes of the meeting held on 4 March 2031", false},
        {"The minutes of the meeting held on 4 March were signed as a correct record.", false},
        {"Minutes of the Meeting held on 9th January 2031 (Item 3)", false},  // modern.gov item title
        {"Minutes", false},                                                // no meeting named
        {"The clerk takes the minutes of every meeting of the council", false},
    };
    for (const auto& r : rows) {
        INFO(r.text);
        CHECK(quorum::facets::is_minutes_heading(r.text) == r.heading);
    }
}

TEST_CASE("where a file's meetings start", "[meetings]") {
    using quorum::facets::meeting_starts;
    SECTION("two meetings with their own dates; the council's name above the heading goes with it") {
        CHECK(meeting_starts(two_dated_meetings()) == std::vector<size_t>{0, 7});
    }
    SECTION("an annual meeting then an ordinary one: another heading and a new numbering") {
        const Extraction e = make({heading("MINUTES OF THE ANNUAL MEETING OF BRACKENFORD PARISH COUNCIL"),
                                   para("1. To elect a chairman Cllr Idris Penhale was elected."),
                                   para("2. Apologies None."),
                                   heading("MINUTES OF THE BRACKENFORD PARISH COUNCIL MEETING"),
                                   para("07.21.01 Apologies None"), para("07.21.02 Finance Accounts were paid.")});
        CHECK(meeting_starts(e) == std::vector<size_t>{0, 3});
    }
    SECTION("a file of one meeting is one meeting") {
        const Extraction e = make({heading("Minutes of the meeting of Thornbury Vale Parish Council held on 12 February 2031"),
                                   para("1. Apologies"), para("None."), para("2. Minutes of the previous meeting"),
                                   para("The minutes of the meeting held on 8 January 2031 were approved."),
                                   para("3. Footpaths"), para("The signs are ordered.")});
        CHECK(meeting_starts(e) == std::vector<size_t>{0});
    }
    SECTION("a heading the items do not follow, a running line, the same heading going on: one meeting") {
        const Extraction closing = make({heading("Minutes of the meeting of Corrie Parish Council held on 2 June 2031"),
                                         para("1. Apologies None."), para("2. Play area Repairs agreed."),
                                         heading("Minutes of the meeting of Corrie Parish Council held on 7 July 2031"),
                                         para("These will be typed up by the clerk next week.")});
        CHECK(meeting_starts(closing) == std::vector<size_t>{0});
        std::vector<Block> running{heading("Minutes of the Corrie Parish Council meeting")};
        for (int page = 1; page <= 3; ++page) {
            running.push_back(on_page(heading("Minutes of the Corrie Parish Council meeting, 2 June 2031"), page));
            running.push_back(on_page(para(std::to_string(page) + ". Item on page " + std::to_string(page)), page));
        }
        CHECK(meeting_starts(make(running)) == std::vector<size_t>{0});
        const Extraction continued = make({heading("MINUTES OF THE CORRIE PARISH COUNCIL MEETING"),
                                           para("1. Apologies None."), para("2. Play area Repairs agreed."),
                                           heading("MINUTES OF THE CORRIE PARISH COUNCIL MEETING"),
                                           para("3. Finance Accounts paid.")});
        CHECK(meeting_starts(continued) == std::vector<size_t>{0});
    }
}

namespace {

// Invented: Hollinford Parish Council's meetings of a year in one file, every one under the same
// heading with no date in it and one numbering running through the year; each opens with its
// attendance. The third states its date just under its heading.
Extraction undated_headings() {
    const char* const kHeading = "MINUTES OF THE MEETING OF HOLLINFORD PARISH COUNCIL";
    return make({heading(kHeading), para("Held on Tuesday 4 March 2031 at 7.30pm in the village hall"),
                 para("Present: Cllr Ansel Quarrie (Chair), Cllr Bryony Tull"), para("31/01 Apologies"), para("None."),
                 para("31/02 Finance"), para("The accounts were paid."),
                 on_page(heading(kHeading), 2), on_page(para("Present: Cllr Ansel Quarrie (Chair), Cllr Dace Morrow"), 2),
                 on_page(para("31/03 Apologies"), 2), on_page(para("Cllr Bryony Tull."), 2),
                 on_page(para("31/04 Allotments"), 2), on_page(para("RESOLVED that the rents stay as they are."), 2),
                 on_page(heading(kHeading), 3), on_page(para("Held on 6 May 2031"), 3),
                 on_page(para("PRESENT"), 3), on_page(para("Cllr Ansel Quarrie, Cllr Dace Morrow"), 3),
                 on_page(para("31/05 Apologies"), 3), on_page(para("None."), 3)});
}

}  // namespace

TEST_CASE("a heading with no date of its own opens a meeting when its attendance follows", "[meetings]") {
    using quorum::facets::meeting_starts;
    CHECK(meeting_starts(undated_headings()) == std::vector<size_t>{0, 7, 13});
    struct Row {
        const char* name;
        std::vector<Block> blocks;
        std::vector<size_t> starts;
    };
    const Row rows[] = {
        {"the first item is the attendance",
         {heading("Minutes of the Corrie Parish Council meeting"), para("1. Apologies None."), para("2. Play area Repairs agreed."),
          heading("Minutes of the Corrie Parish Council meeting"), para("3. Apologies for absence Cllr Tull."),
          para("4. Finance Accounts paid.")},
         {0, 3}},
        {"a running heading over the items of one meeting stays one meeting",
         {heading("Minutes of the Corrie Parish Council meeting"), para("Present: Cllr Tull"), para("1. Apologies None."),
          heading("Minutes of the Corrie Parish Council meeting"), para("2. Play area Repairs agreed."),
          heading("Minutes of the Corrie Parish Council meeting"), para("3. Finance Accounts paid."),
          heading("Minutes of the Corrie Parish Council meeting"), para("4. Presentation by the youth club.")},
         {0}},
        {"an item about attendance later in the meeting is no opening",
         {heading("Minutes of the Corrie Parish Council meeting"), para("1. Apologies None."), para("2. Play area Repairs agreed."),
          heading("Minutes of the Corrie Parish Council meeting"), para("3. Finance Accounts paid."),
          para("4. Attendance at training The clerk will attend.")},
         {0}},
    };
    for (const auto& r : rows) {
        INFO(r.name);
        CHECK(meeting_starts(make(r.blocks)) == r.starts);
    }
}

TEST_CASE("a meeting with no date of its own stays undated, never the meeting's before", "[meetings]") {
    const quorum::facets::FacetDetector detector;
    const quorum::index::FacetDetector detect = [&](const Extraction& e, std::vector<quorum::Item>& items) {
        return detector.detect(e, items);
    };
    const quorum::DocumentRecord r = quorum::index::make_record(undated_headings(), {}, detect);
    REQUIRE(r.meetings.size() == 3);
    CHECK(r.meetings[0].date == "2031-03-04");
    CHECK(r.meetings[1].date == "");
    CHECK(r.meetings[2].date == "2031-05-06");
    CHECK(r.meetings[1].first_page == 2);
    CHECK(r.meetings[1].last_page == 2);
}

TEST_CASE("each meeting's items are split on their own and know their meeting", "[meetings]") {
    const auto split = quorum::index::split_meetings(two_dated_meetings());
    REQUIRE(split.meetings.size() == 2);
    CHECK(render(split.items) ==
          "|THORNBURY VALE PARISH COUNCIL; 1|Apologies; 2|Footpath signs; "
          "|Minutes of the meeting of Thornbury Vale Parish Council held on 11 March 2031; 1|Apologies; 2|Pond clearance");
    CHECK(split.meetings[0].first_item == 0);
    CHECK(split.meetings[1].first_item == 3);
    CHECK(split.meetings[1].title == "Minutes of the meeting of Thornbury Vale Parish Council held on 11 March 2031");
    CHECK(split.meetings[0].first_page == 1);
    CHECK(split.meetings[0].last_page == 1);
    CHECK(split.meetings[1].first_page == 2);
    CHECK(split.meetings[1].last_page == 3);
    CHECK(quorum::index::meeting_of_item(split.meetings, 2) == 0);
    CHECK(quorum::index::meeting_of_item(split.meetings, 3) == 1);
    CHECK(quorum::index::meeting_of_item(split.meetings, 5) == 1);
    // A file of one meeting: split as a whole, no meetings listed.
    Extraction one = two_dated_meetings();
    one.blocks.resize(7);
    const auto single = quorum::index::split_meetings(one);
    CHECK(single.meetings.empty());
    CHECK(render(single.items) == "|THORNBURY VALE PARISH COUNCIL; 1|Apologies; 2|Footpath signs");
}

TEST_CASE("each meeting has its own date and body, and the file keeps the date detected from all of it", "[meetings]") {
    const quorum::facets::FacetDetector detector;
    const quorum::index::FacetDetector detect = [&](const Extraction& e, std::vector<quorum::Item>& items) {
        return detector.detect(e, items);
    };
    Extraction e = two_dated_meetings();
    e.blocks[8].text = "Minutes of the meeting of the Thornbury Vale Allotments Committee held on 11 March 2031";
    const quorum::DocumentRecord r = quorum::index::make_record(e, {}, detect);
    REQUIRE(r.meetings.size() == 2);
    CHECK(r.meetings[0].date == "2031-02-12");
    CHECK(r.meetings[1].date == "2031-03-11");
    CHECK(r.meetings[1].body == "Thornbury Vale Allotments Committee");
    // The file's own date is what the whole file gives, as for a file of one meeting.
    std::vector<quorum::Item> items;
    CHECK(r.facets.dates.front().value == detector.detect(e, items).dates.front().value);
}

namespace {

// Invented: Lowmere Parish Council's March meeting, then its Allotments Committee in April, in
// one text file with a page break before the second.
const char* const kTwoMeetings =
    "LOWMERE PARISH COUNCIL\n\n"
    "Minutes of the meeting of Lowmere Parish Council held on 4 March 2031\n\n"
    "1. Apologies\n\nApologies were received from Cllr Odo Fenn.\n\n"
    "2. Bus shelter\n\nThe clerk reported that the bus shelter glass had been replaced.\n\n"
    "RESOLVED that the clerk thanks the glazier.\n\n"
    "\f"
    "Minutes of the meeting of the Lowmere Allotments Committee held on 15 April 2031\n\n"
    "1. Apologies\n\nNone.\n\n"
    "2. Water troughs\n\nThe committee discussed the leaking water troughs on the lower plots.\n\n"
    "RESOLVED that two water troughs be replaced before the summer.\n";

// Invented: one meeting only.
const char* const kOneMeeting =
    "Minutes of the meeting of Lowmere Parish Council held on 6 May 2031\n\n"
    "1. Apologies\n\nNone.\n\n"
    "2. Village fete\n\nThe fete will be held on the green in July.\n";

}  // namespace

TEST_CASE("a file of two meetings: show lists both, dates find each, a hit reports its meeting", "[meetings][cli]") {
    quorum::test::TempDir dir;
    const std::string two = dir.write("archive/lowmere-2031.txt", kTwoMeetings);
    const std::string one = dir.write("archive/lowmere-2031-05-06.txt", kOneMeeting);
    const std::string db = (dir.path() / "db").string();
    REQUIRE(run_quorum({"index", "--db", db, "--quiet", (dir.path() / "archive").string()}).status == 0);

    SECTION("show lists the meetings with their dates, bodies and pages, and the items under each") {
        const auto r = run_quorum({"show", "--db", db, two});
        REQUIRE(r.status == 0);
        CHECK(r.out.find("meetings (2):\n"
                         "  1. 2031-03-04  Full Council  (p1)  Minutes of the meeting of Lowmere Parish Council held on 4 March 2031\n"
                         "  2. 2031-04-15  Lowmere Allotments Committee  (p2)  Minutes of the meeting of the Lowmere Allotments "
                         "Committee held on 15 April 2031\n") != std::string::npos);
        const size_t first = r.out.find(" meeting 1:\n"), second = r.out.find(" meeting 2:\n");
        REQUIRE(first != std::string::npos);
        REQUIRE(second != std::string::npos);
        CHECK(r.out.find("Bus shelter", first) < second);
        CHECK(r.out.find("Water troughs", second) != std::string::npos);
        const auto j = nlohmann::json::parse(run_quorum({"show", "--db", db, "--format", "json", two}).out);
        REQUIRE(j["meetings"].size() == 2);
        CHECK(j["meetings"][1]["date"] == "2031-04-15");
        CHECK(j["meetings"][1]["body"] == "Lowmere Allotments Committee");
        CHECK(j["meetings"][1]["pages"] == nlohmann::json::array({2, 2}));
        CHECK(j["meetings"][1]["first_item"] == 3);
        CHECK(j["items"][4]["meeting"] == 1);
        CHECK(j["date"] == "2031-03-04");
    }
    SECTION("a date filter finds the file by either meeting's date") {
        struct Row {
            std::vector<std::string> filter;
            size_t matches;
        };
        const Row rows[] = {{{"date:2031-03-04"}, 1},        {{"date:2031-04"}, 1},
                            {{"date:2031-04-01..2031-04-30"}, 1}, {{"--from", "2031-04-10", "--to", "2031-04-20"}, 1},
                            {{"date:2031-03-20..2031-03-31"}, 0}, {{"date:2031-05"}, 1} /* the one-meeting file */};
        for (const auto& row : rows) {
            std::vector<std::string> args{"search", "--db", db, "--format", "json"};
            args.insert(args.end(), row.filter.begin(), row.filter.end());
            if (row.filter.size() == 1) args.back() = "apologies " + args.back();
            else args.push_back("apologies");
            INFO(args.back());
            const auto r = run_quorum(args);
            REQUIRE(r.status == 0);
            CHECK(nlohmann::json::parse(r.out)["results"].size() == row.matches);
        }
    }
    SECTION("a hit in the second meeting reports that meeting's date, body and page, in JSON, CSV and text") {
        const auto r = run_quorum({"decisions", "--db", db, "--format", "json", "troughs"});
        REQUIRE(r.status == 0);
        const auto hits = nlohmann::json::parse(r.out)["results"];
        REQUIRE(hits.size() == 1);
        CHECK(hits[0]["date"] == "2031-04-15");
        CHECK(hits[0]["body"] == "Lowmere Allotments Committee");
        CHECK(hits[0]["pages"] == nlohmann::json::array({2, 2}));
        CHECK(hits[0]["meeting"]["index"] == 1);
        CHECK(hits[0]["meeting"]["count"] == 2);
        CHECK(hits[0]["meeting"]["date"] == "2031-04-15");
        CHECK(hits[0]["meeting"]["pages"] == nlohmann::json::array({2, 2}));
        const auto first = nlohmann::json::parse(run_quorum({"search", "--db", db, "--format", "json", "glazier"}).out);
        REQUIRE(first["results"].size() == 1);
        CHECK(first["results"][0]["date"] == "2031-03-04");
        CHECK(first["results"][0]["meeting"]["index"] == 0);
        const auto csv = run_quorum({"search", "--db", db, "--format", "csv", "troughs"});
        REQUIRE(csv.status == 0);
        CHECK(csv.out.substr(0, csv.out.find('\r')).ends_with(",link,ocr_confidence,meeting,meeting_pages"));
        CHECK(csv.out.find(",2031-04-15,") != std::string::npos);
        CHECK(csv.out.find("," + two + ",,1,p2\r\n") != std::string::npos);
        const auto text = run_quorum({"search", "--db", db, "troughs"});
        CHECK(text.out.find("Lowmere Allotments Committee · 2031-04-15 · p2 · meeting 2 of 2 (p2)") != std::string::npos);
    }
    SECTION("a mention in the second meeting has that meeting's date and body") {
        const auto r = run_quorum({"mentions", "--db", db, "--format", "json", "apologies"});
        REQUIRE(r.status == 0);
        const auto j = nlohmann::json::parse(r.out);
        std::set<std::string> dates;  // "date body page" of each mention
        for (const auto& m : j["mentions"])
            dates.insert(m["date"].get<std::string>() + " " + m["body"].get<std::string>() + " p" + m["page"].dump());
        CHECK(dates == std::set<std::string>{"2031-03-04 Full Council p1", "2031-04-15 Lowmere Allotments Committee p2",
                                             "2031-05-06 Full Council p1"});
    }
    SECTION("a moved file keeps its meetings") {
        const std::string moved = (dir.path() / "archive" / "lowmere-2031-moved.txt").string();
        std::filesystem::rename(two, moved);
        REQUIRE(run_quorum({"index", "--db", db, "--quiet", (dir.path() / "archive").string()}).status == 0);
        const auto j = nlohmann::json::parse(run_quorum({"show", "--db", db, "--format", "json", moved}).out);
        REQUIRE(j["meetings"].size() == 2);
        CHECK(j["meetings"][1]["date"] == "2031-04-15");
        const auto hits = nlohmann::json::parse(run_quorum({"search", "--db", db, "--format", "json", "date:2031-04", "troughs"}).out);
        REQUIRE(hits["results"].size() == 1);
        CHECK(hits["results"][0]["path"] == moved);
        CHECK(hits["results"][0]["meeting"]["index"] == 1);
    }
    SECTION("quorum serve: the meeting page lists the meetings, a result links to its meeting") {
        const auto server = quorum::test::start_server(db, 2);
        const std::string id = quorum::schema::document_id(two);
        const auto page = quorum::test::http_get(server->port(), "/meetings/" + id);
        REQUIRE(page.status == 200);
        CHECK(page.body.find("<h2>Meetings (2)</h2>") != std::string::npos);
        CHECK(page.body.find("<li id=\"meeting-2\"><a href=\"#item-4\">2031-04-15</a> · Lowmere Allotments Committee") !=
              std::string::npos);
        const auto results = quorum::test::http_get(server->port(), "/search?q=troughs");
        REQUIRE(results.status == 200);
        CHECK(results.body.find("href=\"/meetings/" + id + "#meeting-2\"") != std::string::npos);
        const auto api = nlohmann::json::parse(quorum::test::http_get(server->port(), "/api/search?q=troughs").body);
        REQUIRE(api["results"].size() == 1);
        CHECK(api["results"][0]["meeting"]["index"] == 1);
    }
    SECTION("a file of one meeting is shown and found as before") {
        const auto r = run_quorum({"show", "--db", db, one});
        REQUIRE(r.status == 0);
        CHECK(r.out.find("meetings (") == std::string::npos);
        CHECK(r.out.find(" meeting 1:") == std::string::npos);
        const auto j = nlohmann::json::parse(run_quorum({"show", "--db", db, "--format", "json", one}).out);
        REQUIRE(j["meetings"].size() == 1);
        CHECK(j["meetings"][0]["date"] == "2031-05-06");
        const auto hit = nlohmann::json::parse(run_quorum({"search", "--db", db, "--format", "json", "fete"}).out);
        REQUIRE(hit["results"].size() == 1);
        CHECK(hit["results"][0]["meeting"]["index"] == 0);
        CHECK(hit["results"][0]["meeting"]["count"] == 1);
        CHECK(hit["results"][0]["date"] == "2031-05-06");
    }
}

TEST_CASE("a sharded index finds a file by its other meeting's year", "[meetings][shards]") {
    // Invented: Lowmere's December 2031 meeting and its January 2032 meeting in one file.
    const std::string text = std::string(kTwoMeetings);
    std::string across_years = text;
    const std::string from = "15 April 2031";
    across_years.replace(across_years.find(from), from.size(), "13 January 2032");
    quorum::test::TempDir dir;
    const std::string file = dir.write("archive/lowmere-2031-32.txt", across_years);
    const std::string sharded = (dir.path() / "sharded").string();
    REQUIRE(run_quorum({"index", "--db", sharded, "--quiet", "--shard-by", "year", (dir.path() / "archive").string()}).status == 0);
    const auto catalogue = quorum::index::read_catalogue(sharded);
    REQUIRE(catalogue.shards.size() == 1);
    CHECK(catalogue.shards[0].years == std::vector<std::string>{"2031", "2032"});
    const auto r = run_quorum({"search", "--db", sharded, "--format", "json", "--from", "2032", "troughs"});
    REQUIRE(r.status == 0);
    const auto j = nlohmann::json::parse(r.out);
    REQUIRE(j["results"].size() == 1);
    CHECK(j["results"][0]["date"] == "2032-01-13");
    CHECK(j["results"][0]["path"] == file);
}
