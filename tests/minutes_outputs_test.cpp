/** @file minutes_outputs_test.cpp @brief What the minutes' structure gives users through the CLI: votes and movers in show, search and decisions (text, JSON, CSV) and as query fields. Every council and person here is invented. */
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

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
                             {"for", 6}, {"against", 1}});
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
            ",more_in_document,vote_result,vote_mover,vote_seconder,vote_for,vote_against,vote_abstain"));
        CHECK(r.out.find(",carried,Cllr Quillon,Cllr Marram,6,1,\r\n") != std::string::npos);
        const auto d = run_quorum({"decisions", "--db", db, "--format", "csv", "floodlights"});
        REQUIRE(d.status == 0);
        CHECK(d.out.find(",lost,Cllr Sorrel,Cllr Yarrow,,,\r\n") != std::string::npos);
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
