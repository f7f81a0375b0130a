/** @file people_cli_test.cpp @brief People from the command line: quorum show lists people with roles, --person/--role/--speaker filter, mentions --by person counts by speaker, and --people renames on the next run or is refused naming the file and line. Fictional councils and people. */
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <string>

#include "tests/corpus_db.h"
#include "tests/process_util.h"
#include "tests/temp_dir.h"
#include "tests/test_paths.h"

using namespace quorum;

namespace {

test::ProcessResult quorum_run(std::vector<std::string> args) {
    args.insert(args.begin(), test::quorum_binary());
    return test::run_process(args);
}

/// A fictional parish council's minutes: attendance, an officer, apologies, a speaker, a mover.
constexpr const char* kMinutes =
    "Fictional test document: Lower Brackwell Parish Council\n\n"
    "Minutes of the meeting of Lower Brackwell Parish Council held on 4 March 2025\n\n"
    "PRESENT: Cllr Roger W Gough (Chairman), Cllr Tessa Varga, Cllr Ivo Pembry\n\n"
    "In attendance: Alma Quist (Parish Clerk)\n\n"
    "Apologies: Cllr Dora Fenn\n\n"
    "1. Village hall roof\n\n"
    "Mrs Quist introduced the report on the village hall roof. Cllr Varga asked about the cost.\n\n"
    "2. Allotments\n\n"
    "The allotment rents were noted.\n";

}  // namespace

TEST_CASE("quorum show lists each person once with a role, and filters and mentions by person use them",
          "[people][cli]") {
    test::TempDir dir;
    const std::string file = dir.write("archive/lower-brackwell_2025-03-04_minutes.txt", kMinutes);
    const std::string db = (dir.path() / "db").string();
    REQUIRE(quorum_run({"index", "--quiet", "--db", db, (dir.path() / "archive").string()}).status == 0);

    const auto show = quorum_run({"show", "--db", db, "--format", "json", file});
    REQUIRE(show.status == 0);
    const auto j = nlohmann::json::parse(show.out);
    CHECK(j["people"] == nlohmann::json::parse(R"([{"name":"Roger W Gough","role":"chair"},
        {"name":"Tessa Varga","role":"member"},{"name":"Ivo Pembry","role":"member"},
        {"name":"Alma Quist","role":"officer"},{"name":"Dora Fenn","role":"apologies"}])"));
    CHECK(j["items"][1]["speakers"] == nlohmann::json::parse(R"(["Alma Quist","Tessa Varga"])"));

    const auto count = [&](std::vector<std::string> args) {
        args.insert(args.begin(), {"search", "--db", db, "--count"});
        const auto r = quorum_run(args);
        INFO(r.err);
        return r.out;
    };
    CHECK(count({"--person", "Mr R Gough", "roof"}) == "1\n");
    CHECK(count({"person:fenn role:apologies"}) == "1\n");
    CHECK(count({"officer:quist"}) == "1\n");
    CHECK(count({"officer:varga"}) == "0\n");  // a member, not staff
    CHECK(count({"--speaker", "varga", "roof"}) == "1\n");

    const auto mentions = quorum_run({"mentions", "--db", db, "--by", "person", "--counts", "--format", "csv", "roof"});
    INFO(mentions.err);
    CHECK(mentions.status == 0);
    std::string rows = mentions.out;
    std::erase(rows, '\r');  // CSV rows end in CRLF (RFC 4180)
    // Each mention on the roof item counts for both its speakers; the one elsewhere (the item list
    // at the top) has none recorded.
    CHECK(rows == "person,mentions\n(no speaker recorded),1\nAlma Quist,2\nTessa Varga,2\n");
}

TEST_CASE("a people file renames variants on the next run, and a malformed one names its line", "[people][cli]") {
    test::TempDir dir;
    dir.write("archive/lower-brackwell_2025-03-04_minutes.txt", kMinutes);
    const std::string db = (dir.path() / "db").string();
    const std::string archive = (dir.path() / "archive").string();
    REQUIRE(quorum_run({"index", "--quiet", "--db", db, archive}).status == 0);
    const std::string people = dir.write("people.tsv", "variant\tname\nRoger W Gough\tRoger Gough\n");
    const auto second = quorum_run({"index", "--db", db, "--people", people, archive});
    INFO(second.err);
    CHECK(second.status == 0);
    CHECK_THAT(second.out, Catch::Contains("1 re-labelled"));
    const auto listing = quorum_run({"facets", "--db", db, "person", "--format", "csv"});
    CHECK_THAT(listing.out, Catch::Contains("Roger Gough,1"));
    CHECK_THAT(listing.out, !Catch::Contains("Roger W Gough"));

    const std::string bad = dir.write("bad.tsv", "Roger W Gough Roger Gough\n");
    const auto refused = quorum_run({"index", "--db", db, "--people", bad, archive});
    CHECK(refused.status == 2);
    CHECK_THAT(refused.err, Catch::Contains(bad + ":1: expected two tab-separated fields"));
}
