/** @file index_tools_test.cpp @brief The index survives SIGKILL, and Xapian's own tools and python3-xapian read it as docs/schema.md says. */
#include <catch2/catch.hpp>

#include <xapian.h>

#include <filesystem>
#include <random>
#include <set>

#include "schema/fields.h"
#include "tests/process_util.h"
#include "tests/temp_dir.h"
#include "tests/test_paths.h"

using namespace quorum;
namespace fs = std::filesystem;

namespace {

// A generated archive of `n` small minutes in text and HTML.
void write_archive(const test::TempDir& dir, int n) {
    const char* topics[] = {"road safety", "fly-tipping", "anti-social behaviour", "county lines", "CCTV coverage"};
    for (int i = 0; i < n; ++i) {
        const std::string topic = topics[i % 5];
        const std::string body = "1. Apologies\n\nApologies were received from Cllr Member" + std::to_string(i) +
                                 ".\n\n2. Report on " + topic + "\n\nOfficers reported on " + topic +
                                 " in ward " + std::to_string(i) + ".\n\nRESOLVED that the report be noted.\n";
        if (i % 3 == 0)
            dir.write("archive/h" + std::to_string(i / 100) + "/m" + std::to_string(i) + ".html",
                      "<html><body><main><h1>Minutes " + std::to_string(i) + "</h1><p>" + body + "</p></main></body></html>");
        else
            dir.write("archive/t" + std::to_string(i / 100) + "/m" + std::to_string(i) + ".txt", body);
    }
}

std::set<std::string> unique_ids(const std::string& db_path) {
    Xapian::Database db(db_path);
    std::set<std::string> ids;
    for (auto t = db.allterms_begin("Q"); t != db.allterms_end("Q"); ++t) ids.insert(*t);
    return ids;
}

std::vector<std::string> index_command(const std::string& db, const std::string& root) {
    return {test::quorum_binary(), "index", "--quiet", "--flush", "100", "--db", db, root};
}

}  // namespace

TEST_CASE("an index killed with SIGKILL opens, checks clean and completes to a clean build's set",
          "[indexer][crash]") {
    test::TempDir dir;
    write_archive(dir, 1200);
    const std::string root = (dir.path() / "archive").string();
    const std::string clean = (dir.path() / "clean").string();
    REQUIRE(test::run_process(index_command(clean, root)).status == 0);
    const auto expected = unique_ids(clean);
    REQUIRE(expected.size() == 1200);  // one document per file

    const std::string db = (dir.path() / "killed").string();
    std::mt19937 random(20261123);
    int kills = 0;
    for (int round = 0; round < 4; ++round) {
        const int delay = std::uniform_int_distribution<int>(30, 900)(random);
        if (test::run_and_kill(index_command(db, root), delay)) ++kills;
        if (!fs::exists(db)) continue;  // killed before the index was created
        INFO("after a kill at " << delay << " ms");
        CHECK_NOTHROW(Xapian::Database(db));
        const auto check = test::run_process({"xapian-check", db});
        INFO(check.out << check.err);
        CHECK(check.status == 0);
    }
    CHECK(kills >= 1);
    REQUIRE(test::run_process(index_command(db, root)).status == 0);
    CHECK(unique_ids(db) == expected);
}

TEST_CASE("python3-xapian finds a document by a prefixed term, and quest finds a phrase", "[indexer][tools]") {
    test::TempDir dir;
    write_archive(dir, 30);
    const std::string db = (dir.path() / "db").string();
    REQUIRE(test::run_process(index_command(db, (dir.path() / "archive").string())).status == 0);

    // The example in docs/schema.md, kept in docs/examples/faceted_search.py, run with Debian's python3.
    const std::string script = test::source_dir() + "/docs/examples/faceted_search.py";
    REQUIRE(fs::exists(script));
    const auto py = test::run_process({"/usr/bin/python3", script, db, "report", "XRESOLVEDyes"});
    INFO(py.out << py.err);
    REQUIRE(py.status == 0);
    CHECK(py.out.find("m1.txt") != std::string::npos);

    const auto quest = test::run_process({"quest", "-d", db, "\"county lines\""});
    INFO(quest.out << quest.err);
    REQUIRE(quest.status == 0);
    CHECK(quest.out.find("MSet:") != std::string::npos);
    CHECK(quest.out.find("county lines") != std::string::npos);
}
