/** @file ocr_index_test.cpp @brief quorum index with OCR (issue 18): the cache in the index (hits, misses on a changed setting, pruning) and a scan that times out failing alone. */
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "tests/process_util.h"
#include "tests/temp_dir.h"
#include "tests/test_paths.h"

namespace fs = std::filesystem;

namespace {

std::string fixture(const std::string& name) { return quorum::test::source_dir() + "/tests/ocr/" + name; }

quorum::test::ProcessResult index(const std::string& db, const std::vector<std::string>& extra, const std::string& root) {
    std::vector<std::string> argv = {quorum::test::quorum_binary(), "index", "--db", db};
    argv.insert(argv.end(), extra.begin(), extra.end());
    argv.push_back(root);
    return quorum::test::run_process(argv);
}

}  // namespace

TEST_CASE("quorum index keeps OCR text in the index: a copy hits the cache, a changed DPI misses, unused entries go", "[ocr][cli]") {
    quorum::test::ocr_language_or_skip();
    const quorum::test::TempDir dir;
    const std::string db = dir.str() + "/db", root = dir.str() + "/archive";
    fs::create_directories(root);
    fs::copy_file(fixture("scanned-minutes.pdf"), root + "/scan.pdf");
    fs::copy_file(fixture("mixed-minutes.pdf"), root + "/mixed.pdf");

    const auto first = index(db, {}, root);
    REQUIRE(first.status == 0);
    CHECK_THAT(first.out, Catch::Contains("OCR: 2 documents with OCR'd pages; 2 pages OCR'd") &&
                              Catch::Contains("0 from the OCR cache"));
    // Progress (stderr, not a terminal: its last line) counts the pages OCR'd and their rate.
    CHECK_THAT(first.err, Catch::Contains("progress: 2/2 files") && Catch::Contains("2 pages OCR'd (") &&
                              Catch::Contains(" pages/s), ETA 0s"));

    // The same content under another name: its page comes from the cache, Tesseract is not run.
    fs::copy_file(fixture("scanned-minutes.pdf"), root + "/copy-of-scan.pdf");
    const auto second = index(db, {}, root);
    CHECK(second.status == 0);
    CHECK_THAT(second.out, Catch::Contains("0 pages OCR'd") && Catch::Contains("1 from the OCR cache"));

    // A changed setting is a different key: the next copy is OCR'd again.
    fs::copy_file(fixture("scanned-minutes.pdf"), root + "/another-copy.pdf");
    const auto third = index(db, {"--ocr-dpi", "200"}, root);
    CHECK(third.status == 0);
    CHECK_THAT(third.out, Catch::Contains("1 pages OCR'd") && Catch::Contains("0 from the OCR cache"));

    // The scan's content leaves the index: its entries (both DPIs) are removed at the end of the run.
    for (const char* name : {"/scan.pdf", "/copy-of-scan.pdf", "/another-copy.pdf"}) fs::remove(root + name);
    const auto fourth = index(db, {}, root);
    CHECK(fourth.status == 0);
    CHECK_THAT(fourth.out, Catch::Contains("2 unused cache entries removed"));

    const auto found = quorum::test::run_process({quorum::test::quorum_binary(), "search", "--db", db, "Brackenhurst"});
    CHECK_THAT(found.out, Catch::Contains("mixed.pdf"));
}

TEST_CASE("quorum index: a scan whose OCR runs out of time fails alone, with its reason", "[ocr][cli]") {
    quorum::test::ocr_language_or_skip();
    const quorum::test::TempDir dir;
    const std::string db = dir.str() + "/db", root = dir.str() + "/archive";
    fs::create_directories(root);
    fs::copy_file(fixture("scanned-minutes.pdf"), root + "/slow-scan.pdf");
    dir.write("archive/typed.txt", "Little Wexcombe Parish Council\n\nMinutes of 3 June 2024\n\n1. The clerk read the "
                                   "accounts of the allotment fund.\n");
    const auto run = index(db, {"--ocr-page-seconds", "0.001"}, root);
    CHECK(run.status == 1);
    CHECK_THAT(run.err, Catch::Contains("slow-scan.pdf: OCR ran out of time") && Catch::Contains("[timed-out]"));
    CHECK_THAT(run.out, Catch::Contains("2 files seen, 1 indexed") && Catch::Contains("1 failed"));
}

TEST_CASE("OCR'd documents are marked: quorum show names the pages and source:ocr finds them", "[ocr][cli]") {
    quorum::test::ocr_language_or_skip();
    const quorum::test::TempDir dir;
    const std::string db = dir.str() + "/db", root = dir.str() + "/archive";
    fs::create_directories(root);
    fs::copy_file(fixture("mixed-minutes.pdf"), root + "/mixed.pdf");
    dir.write("archive/typed.txt", "Little Wexcombe Parish Council\n\nMinutes of 3 June 2024\n\n1. The Brackenhurst "
                                   "quote for the allotment shed was noted.\n");
    REQUIRE(index(db, {}, root).status == 0);
    const auto bin = quorum::test::quorum_binary();
    const auto show = quorum::test::run_process({bin, "show", "--db", db, root + "/mixed.pdf"});
    CHECK_THAT(show.out, Catch::Contains("page 2: ocr (Tesseract mean confidence"));
    const auto ocr = quorum::test::run_process({bin, "search", "--db", db, "Brackenhurst source:ocr"});
    CHECK_THAT(ocr.out, Catch::Contains("1 matching document") && Catch::Contains("mixed.pdf"));
    const auto text = quorum::test::run_process({bin, "search", "--db", db, "Brackenhurst source:text-layer"});
    CHECK_THAT(text.out, Catch::Contains("2 matching documents"));  // the mixed PDF's page 1 is its own text
}

TEST_CASE("quorum index --rebuild keeps the OCR cache: the rebuilt index does not OCR its scans again", "[ocr][cli]") {
    quorum::test::ocr_language_or_skip();
    const quorum::test::TempDir dir;
    const std::string db = dir.str() + "/db", root = dir.str() + "/archive";
    fs::create_directories(root);
    fs::copy_file(fixture("scanned-minutes.pdf"), root + "/scan.pdf");
    REQUIRE(index(db, {}, root).status == 0);
    const auto rebuilt = index(db, {"--rebuild"}, root);
    CHECK(rebuilt.status == 0);
    CHECK_THAT(rebuilt.out, Catch::Contains("0 pages OCR'd") && Catch::Contains("1 from the OCR cache") &&
                                Catch::Contains("0 unused cache entries removed"));
    const auto found = quorum::test::run_process({quorum::test::quorum_binary(), "search", "--db", db, "Brackenhurst"});
    CHECK_THAT(found.out, Catch::Contains("scan.pdf") && Catch::Contains("(OCR, confidence"));
    const auto json = quorum::test::run_process({quorum::test::quorum_binary(), "search", "--db", db, "--format",
                                                 "json", "Brackenhurst"});
    CHECK_THAT(json.out, Catch::Contains("\"ocr_pages\": [\n") || Catch::Contains("\"ocr_pages\": [1]"));
    const auto mentions = quorum::test::run_process({quorum::test::quorum_binary(), "mentions", "--db", db, "Brackenhurst"});
    CHECK_THAT(mentions.out, Catch::Contains("p1 (OCR, confidence"));
}
