/** @file named_vote_identities_test.cpp @brief Named votes go through the identity step (voted:, votedfor:, votedagainst:, abstained: find a voter by identity, as person: does, and list identities), and a hit found by a vote or mover filter shows the item holding that vote, on the CLI, the server and over a remote shard. Fictional council and people. */
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "tests/http_client.h"
#include "tests/process_util.h"
#include "tests/served_archive.h"
#include "tests/tcpsrv.h"
#include "tests/temp_dir.h"
#include "tests/test_paths.h"

using namespace quorum;

namespace {

test::ProcessResult quorum_run(std::vector<std::string> args) {
    args.insert(args.begin(), test::quorum_binary());
    return test::run_process(args);
}

std::string out_of(std::vector<std::string> args) {
    const auto r = quorum_run(std::move(args));
    INFO(r.err);
    REQUIRE(r.status == 0);
    std::string out = r.out;
    std::erase(out, '\r');
    return out;
}

// A fictional Harrowby Borough Council cabinet: the budget item first (the word "budget" many
// times), then the item with the motion and its recorded vote (the word once).
std::string minutes(const std::string& date, const std::string& present, const std::string& title, const std::string& motion,
                    const std::string& vote) {
    return "Fictional test document: Harrowby Borough Council\n\n"
           "Minutes of the meeting of the Cabinet of Harrowby Borough Council held on " + date + "\n\n"
           "PRESENT: " + present + "\n\n"
           "1. Budget Monitoring\n\nThe budget monitoring report was noted. The budget gap for the budget year and the "
           "budget reserve were discussed.\n\n"
           "2. " + title + "\n\n" + motion + " The budget allows it. A recorded vote was taken.\n\n" + vote +
           "\n\nThe motion was carried.\n";
}

// "item number: title" of each result of a JSON search, in order.
std::vector<std::string> shown_items(const std::string& json) {
    std::vector<std::string> out;
    const nlohmann::json parsed = nlohmann::json::parse(json);
    for (const auto& r : parsed["results"])
        out.push_back(r["item"].get<std::string>() + ": " + r["title"].get<std::string>());
    return out;
}

// Two meetings of the council: Jane Smith votes against in both, printed "Councillor Jane Smith"
// in the first and "Councillor J. Smith" (the meeting's "Cllr J. Smith") in the second. Returns
// the index's path (dir/db), the archive being dir/archive.
std::string index_two_meetings(const test::TempDir& dir) {
    dir.write("archive/harrowby_2031-01-10_minutes.txt",
              minutes("10 January 2031", "Councillor Jane Smith, Councillor Tom Reed, Councillor Ann Vale",
                      "Library Opening Hours", "Councillor Reed moved that the library open on Sundays. Councillor Vale seconded the motion.",
                      "For: Councillor Reed, Councillor Vale\n\nAgainst: Councillor Jane Smith"));
    dir.write("archive/harrowby_2031-02-14_minutes.txt",
              minutes("14 February 2031", "Cllr J. Smith, Cllr T. Reed, Cllr A. Vale", "Parking Charges",
                      "Cllr Vale moved that evening parking be free, seconded by Cllr Reed.",
                      "For: Cllr Reed, Cllr Vale\n\nAgainst: Councillor J. Smith"));
    const std::string db = (dir.path() / "db").string();
    out_of({"index", "--quiet", "--db", db, (dir.path() / "archive").string()});
    return db;
}

}  // namespace

TEST_CASE("named votes take the voter's identity, and a vote filter's hit shows the item holding the vote",
          "[named-votes][identities][cli]") {
    test::TempDir dir;
    const std::string db = index_two_meetings(dir);
    const std::string archive = (dir.path() / "archive").string();

    SECTION("the voters' terms and the facet listing carry the identity's name") {
        {
            const Xapian::Database index(db);
            CHECK(index.get_termfreq("XVAGAINSTjane-smith") == 2);
            CHECK(index.get_termfreq("XVAGAINSTj-smith") == 0);
            CHECK(index.get_termfreq("XVAGAINSTcouncillor-j-smith") == 0);
            CHECK(index.get_termfreq("XVOTEDjane-smith") == 2);
            CHECK(index.get_termfreq("XVFORtom-reed") == 2);
        }
        CHECK(out_of({"facets", "--db", db, "--format", "csv", "voted_against"}) == "value,documents\nJane Smith,2\n");
        CHECK(out_of({"facets", "--db", db, "--format", "csv", "votedfor"}) ==
              "value,documents\nAnn Vale,2\nTom Reed,2\n");
        CHECK(out_of({"facets", "--db", db, "--format", "csv", "voted"}) ==
              "value,documents\nAnn Vale,2\nJane Smith,2\nTom Reed,2\n");
    }
    SECTION("a voter is found by any form of the name, in the meetings person: finds") {
        const std::string person = out_of({"search", "--db", db, "--count", "person:\"Jane Smith\""});
        CHECK(person == "2\n");
        for (const char* q : {"votedagainst:\"Cllr Jane Smith\"", "votedagainst:smith", "votedagainst:\"J. Smith\"",
                              "voted:\"Jane Smith\"", "votedagainst:jane-smith"}) {
            INFO(q);
            CHECK(out_of({"search", "--db", db, "--count", q}) == person);
        }
        CHECK(out_of({"search", "--db", db, "--count", "votedfor:smith"}) == "0\n");
        CHECK(out_of({"search", "--db", db, "--count", "abstained:smith"}) == "0\n");
    }
    SECTION("a hit found by a vote, mover or result filter shows the item holding that vote") {
        const std::vector<std::string> vote_items = {"2: Library Opening Hours", "2: Parking Charges"};  // oldest first
        for (const char* q : {"votedagainst:smith", "votedagainst:smith budget", "mover:vale budget", "voted:reed",
                              "result:carried", "budget votedfor:\"Ann Vale\""}) {
            INFO(q);
            CHECK(shown_items(out_of({"search", "--db", db, "--format", "json", "--sort", "date", q})) == vote_items);
        }
        // Without a vote filter the item holding most of the words is shown, as before.
        CHECK(shown_items(out_of({"search", "--db", db, "--format", "json", "--sort", "date", "budget"})) ==
              std::vector<std::string>{"1: Budget Monitoring", "1: Budget Monitoring"});
        CHECK(shown_items(out_of({"search", "--db", db, "--format", "json", "--sort", "date", "budget person:smith"})) ==
              std::vector<std::string>{"1: Budget Monitoring", "1: Budget Monitoring"});
        const std::string text = out_of({"search", "--db", db, "votedagainst:smith"});
        CHECK(text.find("Parking Charges") != std::string::npos);
        CHECK(text.find("Budget Monitoring") == std::string::npos);
    }
    SECTION("quorum serve: the search page and the API show the item holding the vote") {
        const auto server = test::start_server(db, 2);
        const auto api = test::http_get(server->port(), "/api/search?q=votedagainst%3Asmith+budget&sort=date");
        REQUIRE(api.status == 200);
        CHECK(shown_items(api.body) == std::vector<std::string>{"2: Library Opening Hours", "2: Parking Charges"});
        const auto page = test::http_get(server->port(), "/search?q=votedagainst%3Asmith");
        REQUIRE(page.status == 200);
        CHECK(page.body.find("Parking Charges") != std::string::npos);
        CHECK(page.body.find("Library Opening Hours") != std::string::npos);
        CHECK(page.body.find("Budget Monitoring") == std::string::npos);
    }
    SECTION("a later document that makes the written name ambiguous gives the vote back its written name") {
        dir.write("archive/harrowby_2031-04-11_minutes.txt",
                  minutes("11 April 2031", "Cllr John Smith, Cllr Tom Reed, Cllr Ann Vale", "Allotment Rents",
                          "Cllr Reed moved that allotment rents be frozen, seconded by Cllr Vale.",
                          "For: Cllr Reed, Cllr Vale, Cllr John Smith\n\nAgainst: None"));
        out_of({"index", "--quiet", "--db", db, archive});
        const Xapian::Database index(db);
        CHECK(index.get_termfreq("XVAGAINSTjane-smith") == 1);
        CHECK(index.get_termfreq("XVAGAINSTj-smith") == 1);
        CHECK(index.get_termfreq("XVOTEDj-smith") == 1);
        CHECK(index.get_termfreq("XVFORjohn-smith") == 1);
        CHECK(out_of({"search", "--db", db, "--count", "votedagainst:\"Jane Smith\""}) ==
              out_of({"search", "--db", db, "--count", "person:\"Jane Smith\""}));
        CHECK(out_of({"facets", "--db", db, "--format", "csv", "voted_against"}) == "value,documents\nJ Smith,1\nJane Smith,1\n");
    }
}

TEST_CASE("over a remote shard a vote filter's hit shows the item holding the vote", "[named-votes][remote]") {
    test::TempDir dir;
    const std::string db = index_two_meetings(dir);
    const std::string stub = dir.write("remote.stub", test::progsrv_stub_line(db) + "\n");
    CHECK(shown_items(out_of({"search", "--db", stub, "--format", "json", "--sort", "date", "votedagainst:smith budget"})) ==
          std::vector<std::string>{"2: Library Opening Hours", "2: Parking Charges"});
    CHECK(shown_items(out_of({"search", "--db", stub, "--format", "json", "--sort", "date", "budget"})) ==
          std::vector<std::string>{"1: Budget Monitoring", "1: Budget Monitoring"});
}
