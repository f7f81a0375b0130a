/** @file index_tools_test.cpp @brief The index survives SIGKILL, and Xapian's own tools and python3-xapian read it as docs/schema.md says. */
#include <catch2/catch.hpp>

#include <xapian.h>

#include <csignal>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <regex>
#include <thread>

#include "schema/fields.h"
#include "schema/index_data_codec.h"
#include "tests/process_util.h"
#include "tests/index_fingerprint.h"
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

// Between kills: change some files, delete some, add some and move some, as a live archive does.
void change_archive(const test::TempDir& dir, int n, int round, std::mt19937& random) {
    std::uniform_int_distribution<int> pick(0, n - 1);
    for (int k = 0; k < 200; ++k) {
        const int i = pick(random);
        const fs::path text = dir.path() / ("archive/t" + std::to_string(i / 100) + "/m" + std::to_string(i) + ".txt");
        if (!fs::exists(text)) continue;
        switch (k % 4) {
            case 0:  // edited: a late correction
                std::ofstream(text, std::ios::app) << "\nAmended in round " << round << ": county lines report.\n";
                break;
            case 1:  // deleted
                fs::remove(text);
                break;
            case 2:  // moved to another folder (same content)
                fs::create_directories(dir.path() / "archive/moved");
                fs::rename(text, dir.path() / ("archive/moved/r" + std::to_string(round) + "-m" + std::to_string(i) + ".txt"));
                break;
            default:  // a new file
                dir.write("archive/new/r" + std::to_string(round) + "-" + std::to_string(k) + ".txt",
                          "1. Late item\n\nA new report on road safety, round " + std::to_string(round) + ".\n");
        }
    }
}


// Runs `quorum search` in a loop on another thread while it lives, as a reader would during
// indexing; stop() returns every failed search (status and stderr).
class SearchLoop {
public:
    explicit SearchLoop(std::string db) : db_(std::move(db)), thread_([this] { loop(); }) {}
    ~SearchLoop() { stop(); }
    SearchLoop(const SearchLoop&) = delete;
    SearchLoop& operator=(const SearchLoop&) = delete;

    std::vector<std::string> stop() {
        stopping_ = true;
        if (thread_.joinable()) thread_.join();
        return errors_;
    }

private:
    void loop() {
        while (!stopping_) {
            if (!fs::exists(db_ + "/iamglass")) {  // no index yet: nothing to read
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
                continue;
            }
            const auto r = test::run_process({test::quorum_binary(), "search", "--db", db_, "--count", "report"});
            if (r.status != 0) errors_.push_back("status " + std::to_string(r.status) + ": " + r.err);
        }
    }

    std::string db_;
    std::atomic<bool> stopping_{false};
    std::vector<std::string> errors_;
    std::thread thread_;
};

std::vector<std::string> index_command(const std::string& db, const std::string& root) {
    return {test::quorum_binary(), "index", "--quiet", "--flush", "100", "--db", db, root};
}

}  // namespace

TEST_CASE("an index killed with SIGKILL 20 times opens, checks clean, serves readers and completes to a clean build",
          "[indexer][crash]") {
    test::TempDir dir;
    write_archive(dir, 3000);
    const std::string root = (dir.path() / "archive").string();
    const std::string db = (dir.path() / "killed").string();
    std::mt19937 random(20261123);
    int kills = 0;
    int max_delay = 1500;  // lowered whenever a run finishes before its kill, so that 20 kills land
    for (int round = 0; kills < 20 && round < 60; ++round) {
        if (round > 0) change_archive(dir, 3000, round, random);  // so that every run has work to do
        const int delay = std::uniform_int_distribution<int>(20, max_delay)(random);
        INFO("round " << round << ": killed after " << delay << " ms");
        SearchLoop reader(db);
        const int status = test::run_and_kill(index_command(db, root), delay);
        if (status == 128 + SIGKILL) {
            ++kills;
        } else {
            CHECK(status == 0);  // a run that ended before its kill ended well
            max_delay = std::max(40, delay / 2);
        }
        std::string reader_errors;
        for (const auto& e : reader.stop()) reader_errors += e;
        CHECK(reader_errors == "");
        // Killed before the index was created: Xapian had not yet put its version file in place
        // (the next run builds it; tests/index_folder_test.cpp).
        if (!fs::exists(db + "/iamglass")) continue;
        CHECK_NOTHROW(Xapian::Database(db));
        const auto check = test::run_process({"xapian-check", db});
        INFO(check.out << check.err);
        CHECK(check.status == 0);
        const auto search = test::run_process({test::quorum_binary(), "search", "--db", db, "--count", "report"});
        INFO(search.err);
        CHECK(search.status == 0);
    }
    REQUIRE(kills == 20);  // rounds whose run finished before the kill still count as checks
    const auto finish = test::run_process(index_command(db, root));
    INFO(finish.err);
    REQUIRE(finish.status == 0);

    const std::string clean = (dir.path() / "clean").string();
    const auto clean_run = test::run_process(index_command(clean, root));
    INFO(clean_run.err);
    REQUIRE(clean_run.status == 0);
    const auto expected = test::document_fingerprints(clean);
    size_t files = 0;
    for (const auto& e : fs::recursive_directory_iterator(root)) files += e.is_regular_file();
    CHECK(expected.size() == files);  // one document per file
    CHECK(test::document_fingerprints(db) == expected);
}

TEST_CASE("python3-xapian finds a document by a prefixed term, and quest finds a phrase", "[indexer][tools]") {
    test::TempDir dir;
    write_archive(dir, 1200);  // enough for a stored-data dictionary, which the script must read
    const std::string db = (dir.path() / "db").string();
    REQUIRE(test::run_process(index_command(db, (dir.path() / "archive").string())).status == 0);
    REQUIRE_FALSE(Xapian::Database(db).get_metadata(std::string(schema::kDataDictionaryKey)).empty());

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
    CHECK(quest.out.find("PHRASE 2") != std::string::npos);
    // At least one match listed after "MSet:" as "DOCID: [WEIGHT]" (its data is compressed).
    CHECK(std::regex_search(quest.out, std::regex("MSet:\n[0-9]+: \\[")));
}

TEST_CASE("quorum index --compact rewrites the index smaller with the same documents, and later runs carry on from it",
          "[indexer][tools]") {
    test::TempDir dir;
    write_archive(dir, 300);
    const std::string root = (dir.path() / "archive").string();
    const std::string plain = (dir.path() / "plain").string(), compacted = (dir.path() / "compacted").string();
    REQUIRE(test::run_process(index_command(plain, root)).status == 0);
    auto command = index_command(compacted, root);
    command.push_back("--compact");
    const auto run = test::run_process(command);
    INFO(run.out << run.err);
    REQUIRE(run.status == 0);

    auto bytes = [](const std::string& folder) {
        std::uintmax_t total = 0;
        for (const auto& e : fs::directory_iterator(folder)) total += e.file_size();
        return total;
    };
    CHECK(bytes(compacted) < bytes(plain));
    CHECK(test::document_fingerprints(compacted) == test::document_fingerprints(plain));
    for (const auto& e : fs::directory_iterator(dir.path()))  // no scratch folder is left beside the index
        CHECK(e.path().filename().string().find("quorum-compacting") == std::string::npos);
    CHECK(test::run_process({"xapian-check", compacted}).status == 0);

    // The schema version and the remembered state survive: a second run reads nothing.
    auto again = index_command(compacted, root);
    again.erase(std::find(again.begin(), again.end(), "--quiet"));
    const auto second = test::run_process(again);
    INFO(second.out << second.err);
    CHECK(second.status == 0);
    CHECK(second.out.find(" 0 indexed, 300 unchanged") != std::string::npos);
}
