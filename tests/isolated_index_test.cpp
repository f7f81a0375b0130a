/** @file isolated_index_test.cpp @brief `quorum index` with isolation: a file that crashes or hangs its worker fails alone, is remembered, and the run carries on. */
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>

#include <nlohmann/json.hpp>

#include "tests/process_util.h"
#include "tests/temp_dir.h"
#include "tests/test_paths.h"

using namespace quorum;
namespace fs = std::filesystem;

namespace {

// The corpus's PDF, HTML and text files, plus a PDF that will crash its worker and an HTML
// file that will hang it. Returns the paths of the good files.
std::vector<std::string> write_archive(const test::TempDir& dir) {
    std::vector<std::string> good;
    for (const std::string sub : {"pdf", "html", "text"})
        for (const auto& e : fs::directory_iterator(test::corpus_dir() + "/" + sub)) {
            const fs::path dest = dir.path() / "archive" / sub / e.path().filename();
            fs::create_directories(dest.parent_path());
            fs::copy_file(e.path(), dest);
            good.push_back(dest.string());
        }
    fs::copy_file(test::corpus_dir() + "/pdf/eastmere-dc_cabinet_2024-03-14_minutes.pdf",
                  dir.path() / "archive/pdf/crash-me.pdf");
    fs::copy_file(test::corpus_dir() + "/html/harrowby-bc_decision-details_2024-07-16.html",
                  dir.path() / "archive/html/hang-me.html");
    return good;
}

std::map<std::string, std::string> failure_reasons(const std::string& jsonl) {
    std::map<std::string, std::string> out;
    std::ifstream in(jsonl);
    for (std::string line; std::getline(in, line);) {
        const auto j = nlohmann::json::parse(line);
        out[fs::path(j["path"].get<std::string>()).filename().string()] = j["reason"];
    }
    return out;
}

}  // namespace

TEST_CASE("quorum index: a crashing and a hanging file fail alone and are remembered", "[isolation][cli]") {
    test::TempDir dir;
    const std::vector<std::string> good = write_archive(dir);
    const std::string db = dir.str() + "/db", failures = dir.str() + "/failures.jsonl", root = dir.str() + "/archive";
    const std::vector<std::string> hooks = {"env", "QUORUM_TEST_WORKER_CRASH_ON=crash-me",
                                            "QUORUM_TEST_WORKER_HANG_ON=hang-me"};
    auto command = [&](std::vector<std::string> extra) {
        std::vector<std::string> argv = hooks;
        for (const std::string& a : {test::quorum_binary(), std::string("index"), std::string("--db"), db,
                                     std::string("--timeout"), std::string("2"), std::string("--failures"), failures})
            argv.push_back(a);
        for (auto& a : extra) argv.push_back(std::move(a));
        argv.push_back(root);
        return argv;
    };

    const auto first = test::run_process(command({"-j", "2"}));
    INFO(first.out << first.err);
    CHECK(first.status == 1);
    CHECK(failure_reasons(failures) == std::map<std::string, std::string>{{"crash-me.pdf", "crashed"},
                                                                          {"hang-me.html", "timed-out"}});
    CHECK(first.err.find("crash-me.pdf: the extraction worker process died (SIGABRT (Aborted)) [crashed]") !=
          std::string::npos);
    CHECK(first.err.find("hang-me.html: extraction took longer than 2 s; its worker process was stopped [timed-out]") !=
          std::string::npos);
    CHECK(first.out.find(std::to_string(good.size()) + " indexed") != std::string::npos);
    for (const auto& path : good) {
        CAPTURE(path);
        CHECK(test::run_process({test::quorum_binary(), "show", "--db", db, path}).status == 0);
    }
    const auto shown = test::run_process({test::quorum_binary(), "show", "--db", db, root + "/pdf/crash-me.pdf"});
    CHECK(shown.status == 1);
    CHECK(shown.err.find("[crashed]") != std::string::npos);

    // Remembered: the next run does not try them again (and so does not fail).
    const auto second = test::run_process(command({}));
    INFO(second.out << second.err);
    CHECK(second.status == 0);
    CHECK(second.out.find("(+2 failed before, not retried") != std::string::npos);

    // With the hooks gone and --retry-failed, both index.
    const auto third = test::run_process(
        {test::quorum_binary(), "index", "--quiet", "--retry-failed", "--db", db, root});
    INFO(third.err);
    CHECK(third.status == 0);
    CHECK(test::run_process({test::quorum_binary(), "show", "--db", db, root + "/pdf/crash-me.pdf"}).status == 0);
}

TEST_CASE("quorum index --isolation off extracts in process, and a bad worker program is a usage error", "[isolation][cli]") {
    test::TempDir dir;
    write_archive(dir);
    const std::string root = dir.str() + "/archive";
    const auto off = test::run_process({"env", "QUORUM_TEST_WORKER_CRASH_ON=crash-me", test::quorum_binary(), "index",
                                        "--quiet", "--isolation", "off", "--db", dir.str() + "/db", root});
    INFO(off.err);
    CHECK(off.status == 0);  // the hook lives in the worker only, so nothing crashed

    const auto bad = test::run_process({test::quorum_binary(), "index", "--isolation", "maybe", "--db", dir.str() + "/db2", root});
    CHECK(bad.status == 2);
    const auto tiny = test::run_process({test::quorum_binary(), "index", "--memory-limit", "16", "--db", dir.str() + "/db2", root});
    CHECK(tiny.status == 2);
}

TEST_CASE("quorum extract: a crashing and a hanging file fail alone, with their reasons", "[isolation][cli]") {
    test::TempDir dir;
    write_archive(dir);
    const std::string pdf = dir.str() + "/archive/pdf/crash-me.pdf", html = dir.str() + "/archive/html/hang-me.html",
                      good = dir.str() + "/archive/html/little-wexcombe-pc_2022-10-01_minutes.html";
    const auto run = test::run_process({"env", "QUORUM_TEST_WORKER_CRASH_ON=crash-me", "QUORUM_TEST_WORKER_HANG_ON=hang-me",
                                        test::quorum_binary(), "extract", "--timeout", "2", "--format", "json", pdf,
                                        html, good});
    INFO(run.err);
    CHECK(run.status == 1);
    CHECK(run.err.find(pdf + ": the extraction worker process died (SIGABRT (Aborted)) [crashed]") != std::string::npos);
    CHECK(run.err.find(html + ": extraction took longer than 2 s; its worker process was stopped [timed-out]") !=
          std::string::npos);
    const auto extracted = nlohmann::json::parse(run.out);
    REQUIRE(extracted.size() == 1);  // the good file, in full
    CHECK(extracted[0]["path"] == good);
    CHECK_FALSE(extracted[0]["blocks"].empty());

    // --isolation off extracts in this process, where the test hooks (worker-only) do nothing.
    const auto in_process = test::run_process({"env", "QUORUM_TEST_WORKER_CRASH_ON=crash-me", test::quorum_binary(), "extract",
                                               "--isolation", "off", pdf});
    CHECK(in_process.status == 0);
}
