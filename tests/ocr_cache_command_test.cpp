/** @file ocr_cache_command_test.cpp @brief `quorum ocr-cache`: what the OCR cache holds, and --clean removing only the pages no indexed file uses. */
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tests/process_util.h"
#include "tests/temp_dir.h"
#include "tests/test_paths.h"

namespace fs = std::filesystem;

namespace {

std::string fixture(const std::string& name) { return quorum::test::source_dir() + "/tests/ocr/" + name; }

quorum::test::ProcessResult quorum_run(std::vector<std::string> args) {
    args.insert(args.begin(), quorum::test::quorum_binary());
    return quorum::test::run_process(args);
}

nlohmann::json cache_json(const std::string& db) {
    const auto r = quorum_run({"ocr-cache", "--db", db, "--format", "json"});
    REQUIRE(r.status == 0);
    return nlohmann::json::parse(r.out);
}

}  // namespace

TEST_CASE("quorum ocr-cache counts the cache and --clean removes only pages no indexed file uses", "[ocr][cli][ocr-cache]") {
    quorum::test::ocr_language_or_skip();
    const quorum::test::TempDir dir;
    const std::string db = dir.str() + "/db", root = dir.str() + "/archive";
    fs::create_directories(root);
    fs::copy_file(fixture("scanned-minutes.pdf"), root + "/scan.pdf");
    fs::copy_file(fixture("mixed-minutes.pdf"), root + "/mixed.pdf");
    REQUIRE(quorum_run({"index", "--db", db, root}).status == 0);

    const auto all_used = quorum_run({"ocr-cache", "--db", db});
    CHECK(all_used.status == 0);
    CHECK_THAT(all_used.out, Catch::Contains("2 pages of 2 files (by content) under 1 setting") &&
                                 Catch::Contains("Every page is used by an indexed file."));

    // `quorum remove` takes the scan out of the index but leaves its OCR'd page in the cache.
    REQUIRE(quorum_run({"remove", "--db", db, root + "/scan.pdf"}).status == 0);
    const auto one_unused = quorum_run({"ocr-cache", "--db", db});
    CHECK_THAT(one_unused.out, Catch::Contains("1 page of 1 file (") &&
                                   Catch::Contains("no indexed file uses: 'quorum ocr-cache --clean' removes them."));
    const auto before = cache_json(db);
    CHECK(before["pages"] == 2);
    CHECK(before["unused_pages"] == 1);
    CHECK(before["unused_files"] == 1);
    CHECK(before["removed_pages"] == 0);
    CHECK(before["unused_bytes"].get<int>() > 0);
    CHECK(before["unused_bytes"].get<int>() < before["bytes"].get<int>());

    const auto cleaned = quorum_run({"ocr-cache", "--db", db, "--clean"});
    CHECK(cleaned.status == 0);
    CHECK_THAT(cleaned.out, Catch::Contains("removed 1 page of 1 file (") && Catch::Contains("kept 1 page of 1 file ("));
    const auto after = cache_json(db);
    CHECK(after["pages"] == 1);
    CHECK(after["unused_pages"] == 0);

    // The page kept is the indexed file's: a copy of the mixed PDF is read from the cache, and the
    // scan, indexed again, is OCR'd afresh (its page was removed).
    fs::copy_file(fixture("mixed-minutes.pdf"), root + "/mixed-copy.pdf");
    const auto reindexed = quorum_run({"index", "--db", db, root});
    CHECK(reindexed.status == 0);
    CHECK_THAT(reindexed.out, Catch::Contains("1 pages OCR'd") && Catch::Contains("1 from the OCR cache"));
    // The index is still whole: the scan's words are found again.
    CHECK_THAT(quorum_run({"search", "--db", db, "Brackenhurst"}).out, Catch::Contains("scan.pdf"));
}

TEST_CASE("quorum ocr-cache: a missing index is an error and is not created, an index without OCR is empty", "[cli][ocr-cache]") {
    const quorum::test::TempDir dir;
    const auto missing = quorum_run({"ocr-cache", "--db", dir.str() + "/none", "--clean"});
    CHECK(missing.status == 2);
    CHECK_THAT(missing.err, Catch::Contains("quorum ocr-cache: no index at " + dir.str() + "/none"));
    CHECK_FALSE(fs::exists(dir.str() + "/none"));

    const std::string root = dir.str() + "/archive", db = dir.str() + "/db";
    dir.write("archive/minutes.txt", "Fictional Parish Council\nMinutes of the meeting held on 3 March 2021.\n");
    REQUIRE(quorum_run({"index", "--db", db, "--ocr", "off", root}).status == 0);
    const auto empty = quorum_run({"ocr-cache", "--db", db});
    CHECK(empty.status == 0);
    CHECK_THAT(empty.out, Catch::Contains("empty (no page has been OCR'd into this index)"));
    const auto bad = quorum_run({"ocr-cache", "--db", db, "--format", "csv"});
    CHECK(bad.status == 2);
}

TEST_CASE("quorum ocr-cache on a sharded index counts the cache its staging index keeps", "[ocr][cli][ocr-cache]") {
    quorum::test::ocr_language_or_skip();
    const quorum::test::TempDir dir;
    const std::string db = dir.str() + "/sharded", root = dir.str() + "/archive";
    fs::create_directories(root);
    fs::copy_file(fixture("scanned-minutes.pdf"), root + "/scan.pdf");
    fs::copy_file(fixture("mixed-minutes.pdf"), root + "/mixed.pdf");
    REQUIRE(quorum_run({"index", "--db", db, "--shard-by", "hash:2", root}).status == 0);
    const auto use = cache_json(db);
    CHECK(use["pages"] == 2);
    CHECK(use["unused_pages"] == 0);
    const auto text = quorum_run({"ocr-cache", "--db", db});
    CHECK_THAT(text.out, Catch::Contains("OCR cache of " + db + "/"));  // the staging index inside it
}
