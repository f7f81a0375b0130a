/** @file minutes_outputs_test.cpp @brief What the minutes' structure gives users through the CLI: votes and movers in show, search and decisions (text, JSON, CSV) and as query fields. Every council and person here is invented. */
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "query/result_serialiser.h"
#include "tests/process_util.h"
#include "tests/temp_dir.h"
#include "tests/test_paths.h"

using namespace quorum;

namespace {

// Fictional minutes: item 2 carried on a show of hands, item 3 lost.
const char* const kVotedMinutes =
    "Wrenfold Parish Council\n\nMinutes of the meeting of Wrenfold Parish Council held on 4 March 2025\n\n"
    "1. Apologies\n\nApologies were received from Cllr Tansy.\n\n"
    "2. Village Green Benches\n\nThe Clerk reported on quotes for two oak benches on the green. "
    "Cllr Quillon proposed that the cheaper quote be accepted, seconded by Cllr Marram. "
    "On being put to the vote the motion was CARRIED (6 voting for, 1 against).\n\n"
    "RESOLVED that the Clerk orders two oak benches from the cheaper supplier.\n\n"
    "3. Skate Ramp Lighting\n\nCllr Sorrel proposed that floodlights be fitted at the skate ramp, seconded by Cllr Yarrow. "
    "Motion lost.\n\nRESOLVED that no floodlights be installed at the skate ramp this year.\n";

test::ProcessResult run_quorum(std::vector<std::string> args) {
    args.insert(args.begin(), test::quorum_binary());
    return test::run_process(args);
}

}  // namespace

TEST_CASE("votes and movers appear in show, search and decisions, and are searchable", "[minutes-outputs][cli]") {
    test::TempDir dir;
    const std::string file = dir.write("archive/wrenfold-2025-03-04.txt", kVotedMinutes);
    const std::string db = (dir.path() / "db").string();
    REQUIRE(run_quorum({"index", "--db", db, "--quiet", (dir.path() / "archive").string()}).status == 0);

    SECTION("show prints each item's vote") {
        const auto r = run_quorum({"show", "--db", db, file});
        REQUIRE(r.status == 0);
        CHECK(r.out.find("vote: carried (for 6, against 1); moved by Cllr Quillon, seconded by Cllr Marram") !=
              std::string::npos);
        CHECK(r.out.find("vote: lost; moved by Cllr Sorrel, seconded by Cllr Yarrow") != std::string::npos);
    }
    SECTION("decisions JSON gives the vote object of the item shown") {
        const auto r = run_quorum({"decisions", "--db", db, "--format", "json", "benches"});
        REQUIRE(r.status == 0);
        const auto j = nlohmann::json::parse(r.out);
        REQUIRE(j["results"].size() == 1);
        CHECK(j["results"][0]["vote"] ==
              nlohmann::json{{"mover", "Cllr Quillon"}, {"seconder", "Cllr Marram"}, {"result", "carried"},
                             {"for", 6}, {"against", 1}, {"mover_person", "Quillon"}, {"seconder_person", "Marram"}});
    }
    SECTION("decisions text prints the vote under the resolution") {
        const auto r = run_quorum({"decisions", "--db", db, "floodlights"});
        REQUIRE(r.status == 0);
        CHECK(r.out.find("   vote: lost; moved by Cllr Sorrel, seconded by Cllr Yarrow\n") != std::string::npos);
    }
    SECTION("search and decisions CSV end with the vote columns") {
        const auto r = run_quorum({"search", "--db", db, "--format", "csv", "benches"});
        REQUIRE(r.status == 0);
        CHECK(r.out.substr(0, r.out.find('\r')).ends_with(
            ",more_in_document,vote_result,vote_mover,vote_seconder,vote_for,vote_against,vote_abstain,vote_for_names,vote_against_names,vote_abstain_names,vote_absent_names,link,ocr_confidence,meeting,meeting_pages"));
        CHECK(r.out.find(",carried,Cllr Quillon,Cllr Marram,6,1,,,,,," + file + ",,0,p1\r\n") != std::string::npos);
        const auto d = run_quorum({"decisions", "--db", db, "--format", "csv", "floodlights"});
        REQUIRE(d.status == 0);
        CHECK(d.out.find(",lost,Cllr Sorrel,Cllr Yarrow,,,,,,,," + file + ",,0,p1\r\n") != std::string::npos);
    }
    SECTION("result: and mover: find the meeting; a result or mover it lacks finds nothing") {
        struct Row {
            const char* query;
            bool found;
        };
        const Row rows[] = {{"result:carried", true}, {"result:lost", true},      {"result:unanimous", false},
                            {"mover:quillon", true},  {"mover:\"Cllr Yarrow\"", true}, {"mover:hawthorn", false}};
        for (const auto& row : rows) {
            INFO(row.query);
            const auto r = run_quorum({"search", "--db", db, "--format", "json", row.query});
            REQUIRE(r.status == 0);
            CHECK((nlohmann::json::parse(r.out)["total"].get<int>() == 1) == row.found);
        }
    }
}

TEST_CASE("data tables and exports are type other, with no meeting date, council or body they do not state",
          "[minutes-outputs][cli]") {
    test::TempDir dir;
    // Fictional rows naming councils, dates and a resolution: none of them the file's own.
    dir.write("archive/MANIFEST.tsv",
              "path\turl\tcouncil\tdate\tdoc_type\n"
              "minutes/ashby-2024-01-09.pdf\thttps://example.org/a.pdf\tAshby Town Council\t2024-01-09\tminutes\n"
              "minutes/belton-2023-11-02.pdf\thttps://example.org/b.pdf\tBelton Parish Council\t2023-11-02\tminutes\n");
    dir.write("archive/export.csv", "id,council,meeting_date,title\n1,Corley Parish Council,2022-05-17,Minutes of the Annual Meeting\n"
                                    "2,Dunmore Town Council,2022-06-01,RESOLVED that the budget be approved\n");
    dir.write("archive/dump.json", "[{\"council\": \"Eastwick Borough Council\", \"date\": \"2021-03-04\", "
                                   "\"title\": \"Minutes of Cabinet\", \"text\": \"RESOLVED that the report be noted.\"}]\n");
    dir.write("archive/records.txt", "{\"council\": \"Fernley Parish Council\", \"date\": \"12 May 2020\", "
                                     "\"text\": \"Minutes of the meeting. RESOLVED that the pond be dredged.\"}\n");
    dir.write("archive/fernley-2020-05-12.txt", "Fernley Parish Council\n\nMinutes of the meeting held on 12 May 2020\n\n"
                                                "1. Pond\n\nRESOLVED that the pond be dredged.\n");
    const std::string db = (dir.path() / "db").string();
    REQUIRE(run_quorum({"index", "--db", db, "--quiet", (dir.path() / "archive").string()}).status == 0);

    struct Row {
        const char* file;
        const char* type;
    };
    const Row rows[] = {{"MANIFEST.tsv", "other"}, {"export.csv", "other"}, {"dump.json", "other"},
                        {"records.txt", "other"}, {"fernley-2020-05-12.txt", "minutes"}};
    for (const auto& row : rows) {
        INFO(row.file);
        const auto r = run_quorum({"show", "--db", db, "--format", "json", (dir.path() / "archive" / row.file).string()});
        REQUIRE(r.status == 0);
        const auto j = nlohmann::json::parse(r.out);
        CHECK(j["doc_type"] == row.type);
        if (std::string(row.type) == "other") {
            CHECK(j["date"] == "");
            CHECK(j["council"] == nlohmann::json::array());
            CHECK(j["body"] == "");
            CHECK(j["title"] == row.file);
            REQUIRE(j["items"].size() == 1);
            CHECK(j["items"][0]["resolved"] == false);
        }
    }
    const auto other = run_quorum({"search", "--db", db, "--count", "type:other"});
    CHECK(other.out == "4\n");
    // The exports' quoted resolutions are not decisions; the minutes' own is.
    const auto decisions = run_quorum({"decisions", "--db", db, "--count", "resolved"});
    CHECK(decisions.out == "1\n");
}

TEST_CASE("each document keeps its source URL and each hit links to its page", "[minutes-outputs][cli]") {
    test::TempDir dir;
    const std::string archive = (dir.path() / "archive").string();
    std::filesystem::create_directories(archive);
    // The sample archive's fictional Little Wexcombe minutes (2 pages), twice: one with a manifest url.
    const std::string pdf = test::corpus_dir() + "/pdf/little-wexcombe-pc_2023-03-08_minutes.pdf";
    std::filesystem::copy_file(pdf, archive + "/wexcombe-2023-03.pdf");
    std::filesystem::copy_file(pdf, archive + "/wexcombe-local.pdf");
    dir.write("manifest.tsv", "path\turl\tcouncil\n" + archive +
                                  "/wexcombe-2023-03.pdf\thttps://wexcombe.example.org/minutes/2023-03.pdf\t\n");
    dir.write("archive/ferncliff.html",
              "<html><head><title>Ferncliff Town Council minutes</title>"
              "<link rel=\"canonical\" href=\"https://ferncliff.example.org/meetings/42\"></head><body><main>"
              "<h1>Ferncliff Town Council</h1><p>Minutes of the meeting held on 2 April 2024</p>"
              "<h2>1. Quarry Footpath</h2><p>RESOLVED that the quarry footpath be resurfaced.</p></main></body></html>");
    const std::string db = (dir.path() / "db").string();
    REQUIRE(run_quorum({"index", "--db", db, "--quiet", "--manifest", (dir.path() / "manifest.tsv").string(), archive})
                .status == 0);

    SECTION("show prints the source") {
        const auto r = run_quorum({"show", "--db", db, archive + "/wexcombe-2023-03.pdf"});
        REQUIRE(r.status == 0);
        CHECK(r.out.find("source:   https://wexcombe.example.org/minutes/2023-03.pdf\n") != std::string::npos);
        const auto j = nlohmann::json::parse(run_quorum({"show", "--db", db, "--format", "json", archive + "/ferncliff.html"}).out);
        CHECK(j["source_url"] == "https://ferncliff.example.org/meetings/42");
    }
    SECTION("JSON and CSV hits link to the item's page, at the published address when known") {
        const auto r = run_quorum({"search", "--db", db, "--format", "json", "--limit", "10", "speedwatch"});
        REQUIRE(r.status == 0);
        const auto results = nlohmann::json::parse(r.out)["results"];
        REQUIRE(results.size() == 2);
        for (const auto& hit : results) {
            const std::string path = hit["path"];
            const std::string page = "#page=" + std::to_string(hit["pages"][0].get<int>());
            INFO(path);
            CHECK(hit["pages"][0].get<int>() >= 1);
            if (path.ends_with("wexcombe-2023-03.pdf")) {
                CHECK(hit["source_url"] == "https://wexcombe.example.org/minutes/2023-03.pdf");
                CHECK(hit["link"] == "https://wexcombe.example.org/minutes/2023-03.pdf" + page);
            } else {
                CHECK(hit["source_url"] == "");
                CHECK(hit["link"] == path + page);
            }
        }
        const auto csv = run_quorum({"search", "--db", db, "--format", "csv", "quarry footpath"});
        REQUIRE(csv.status == 0);
        CHECK(csv.out.substr(0, csv.out.find('\r')).ends_with(",vote_abstain_names,vote_absent_names,link,ocr_confidence,meeting,meeting_pages"));
        CHECK(csv.out.find(",https://ferncliff.example.org/meetings/42,,0,p1\r\n") != std::string::npos);
    }
    SECTION("text hits print the file's page and the published address") {
        const auto r = run_quorum({"search", "--db", db, "speedwatch"});
        REQUIRE(r.status == 0);
        CHECK(r.out.find(archive + "/wexcombe-local.pdf#page=") != std::string::npos);
        CHECK(r.out.find("   https://wexcombe.example.org/minutes/2023-03.pdf#page=") != std::string::npos);
    }    SECTION("each mention links to its page, at the published address when known") {
        const auto r = run_quorum({"mentions", "--db", db, "--format", "json", "speedwatch"});
        REQUIRE(r.status == 0);
        const auto mentions = nlohmann::json::parse(r.out)["mentions"];
        REQUIRE(mentions.size() >= 2);
        bool published = false, local = false;
        for (const auto& m : mentions) {
            const std::string path = m["path"];
            const std::string page = "#page=" + std::to_string(m["page"].get<int>());
            INFO(path << page);
            if (path.ends_with("wexcombe-2023-03.pdf")) {
                CHECK(m["link"] == "https://wexcombe.example.org/minutes/2023-03.pdf" + page);
                published = true;
            } else {
                CHECK(m["link"] == path + page);
                local = true;
            }
        }
        CHECK((published && local));
        const auto csv = run_quorum({"mentions", "--db", db, "--format", "csv", "quarry footpath"});
        REQUIRE(csv.status == 0);
        CHECK(csv.out.substr(0, csv.out.find('\r')).ends_with(",context,ocr_confidence,link"));
        CHECK(csv.out.find(",https://ferncliff.example.org/meetings/42\r\n") != std::string::npos);
        // Text: the published page under the mention; a file without an address prints none.
        const auto text = run_quorum({"mentions", "--db", db, "speedwatch"});
        REQUIRE(text.status == 0);
        CHECK(text.out.find("      https://wexcombe.example.org/minutes/2023-03.pdf#page=") != std::string::npos);
        CHECK(text.out.find("wexcombe-local.pdf#page=") == std::string::npos);
    }
}

TEST_CASE("a hit's link", "[minutes-outputs]") {
    struct Row {
        const char *path, *url, *format;
        int page;
        const char* link;
    };
    const Row rows[] = {
        {"/a/m.pdf", "", "pdf", 3, "/a/m.pdf#page=3"},
        {"/a/m.pdf", "https://x.example/m.pdf", "pdf", 2, "https://x.example/m.pdf#page=2"},
        {"/a/m.pdf", "https://x.example/m.pdf#view=fit", "pdf", 2, "https://x.example/m.pdf#page=2"},
        {"/a/m.html", "https://x.example/m", "html", 1, "https://x.example/m"},
        {"/a/m.txt", "", "text", 1, "/a/m.txt"},
        {"/a/m.pdf", "", "pdf", 0, "/a/m.pdf"},
    };
    for (const auto& r : rows) CHECK(query::page_link(r.path, r.url, r.format, r.page) == r.link);
}

TEST_CASE("named votes appear in show and in the decisions JSON vote object", "[minutes-outputs][cli]") {
    // Fictional Lowmoor Library District board: a roll call per motion.
    const char* const minutes =
        "Lowmoor Library District\n\nMinutes of the Board of Trustees held on 9 April 2025\n\n"
        "1. Roll Call\n\nPresent: Vance, Orr, Pell. Absent: Lane.\n\n"
        "2. Roof Repairs\n\nMOTION: Trustee Vance moved to accept the lowest roofing bid.\n\n"
        "Trustee Orr seconded the motion.\n\nAyes: Vance, Orr\n\nNays: Pell\n\nAbsent: Lane\n\nMotion carried.\n";
    test::TempDir dir;
    const std::string file = dir.write("archive/lowmoor-2025-04-09.txt", minutes);
    const std::string db = (dir.path() / "db").string();
    REQUIRE(run_quorum({"index", "--db", db, "--quiet", (dir.path() / "archive").string()}).status == 0);

    const auto show = run_quorum({"show", "--db", db, file});
    REQUIRE(show.status == 0);
    CHECK(show.out.find("vote: carried (for 2, against 1); moved by Trustee Vance, seconded by Trustee Orr; for: Vance, Orr; "
                        "against: Pell; absent: Lane") != std::string::npos);
    const auto d = run_quorum({"decisions", "--db", db, "--format", "json", "roofing"});
    REQUIRE(d.status == 0);
    const auto j = nlohmann::json::parse(d.out);
    REQUIRE(j["results"].size() == 1);
    const auto& vote = j["results"][0]["vote"];
    CHECK(vote["for_names"] == nlohmann::json{"Vance", "Orr"});
    CHECK(vote["against_names"] == nlohmann::json{"Pell"});
    CHECK(vote["absent_names"] == nlohmann::json{"Lane"});
    CHECK_FALSE(vote.contains("abstain_names"));

    // The CSV carries the names, joined with ';'.
    const auto csv = run_quorum({"decisions", "--db", db, "--format", "csv", "roofing"});
    REQUIRE(csv.status == 0);
    CHECK(csv.out.find(",carried,Trustee Vance,Trustee Orr,2,1,,Vance;Orr,Pell,,Lane," + file) != std::string::npos);

    // Named votes are searchable, each side and all of them, matched as names are (titles ignored).
    struct Query {
        const char* query;
        const char* count;
    };
    const Query queries[] = {
        {"voted:pell", "1"},        {"votedagainst:\"Trustee Pell\"", "1"}, {"votedfor:pell", "0"},
        {"votedfor:\"Mr Vance\"", "1"}, {"abstained:vance", "0"},        {"voted:lane", "0"},  // absent is no vote
        {"voted:\"Trustee Orr\"", "1"}, {"voted:ORR", "1"},
    };
    for (const auto& q : queries) {
        INFO(q.query);
        const auto r = run_quorum({"search", "--db", db, "--count", q.query});
        REQUIRE(r.status == 0);
        CHECK(r.out == std::string(q.count) + "\n");
    }
}

TEST_CASE("a roll-call table's named votes reach show, decisions and the voted: fields", "[minutes-outputs][cli][vote-tables]") {
    // Fictional Fenwick Parish Council, minutes kept as Markdown with a recorded-vote table.
    const char* const minutes =
        "# Fenwick Parish Council\n\nMinutes of the meeting held on 12 May 2025\n\n"
        "1. Apologies\n\nNone.\n\n"
        "2. Allotment Rents\n\nCllr Ash proposed that allotment rents rise by five per cent. A recorded vote was taken.\n\n"
        "| Councillor | For | Against | Abstain |\n|---|---|---|---|\n| Cllr Ash | X | | |\n| Cllr Birch | | X | |\n"
        "| Cllr Cole | X | | |\n| Cllr Dane | | | X |\n\nThe motion was carried.\n";
    test::TempDir dir;
    const std::string file = dir.write("archive/fenwick-2025-05-12.md", minutes);
    const std::string db = (dir.path() / "db").string();
    REQUIRE(run_quorum({"index", "--db", db, "--quiet", (dir.path() / "archive").string()}).status == 0);

    const auto show = run_quorum({"show", "--db", db, file});
    REQUIRE(show.status == 0);
    CHECK(show.out.find("vote: carried (for 2, against 1, abstain 1); moved by Cllr Ash; for: Cllr Ash, Cllr Cole; "
                        "against: Cllr Birch; abstain: Cllr Dane") != std::string::npos);
    for (const char* q : {"votedfor:cole", "votedagainst:birch", "abstained:\"Councillor Dane\"", "voted:ash"}) {
        INFO(q);
        const auto r = run_quorum({"decisions", "--db", db, "--count", q});
        REQUIRE(r.status == 0);
        CHECK(r.out == "1\n");
    }
    const auto none = run_quorum({"decisions", "--db", db, "--count", "votedfor:birch"});
    REQUIRE(none.status == 0);
    CHECK(none.out == "0\n");
    // The values a filter is matched against are listed, by the field's alias or its name: the
    // person of the meeting a name stands for (Ash, the mover, speaks on the item), else the name
    // as printed (Cole is named nowhere else).
    for (const char* field : {"votedfor", "voted_for"}) {
        INFO(field);
        const auto listed = run_quorum({"facets", "--db", db, "--format", "csv", "--sort", "value", field});
        REQUIRE(listed.status == 0);
        CHECK(listed.out == "value,documents\r\nAsh,1\r\nCllr Cole,1\r\n");
    }
}
