/** @file ocr_progress_test.cpp @brief Progress within one long scan (issue 18): each page OCR'd reaches `quorum index`'s progress as it is read, in process and from worker processes. */
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "extractors/ocr/ocr_page_listener.h"
#include "indexer/bounded_queue.h"
#include "indexer/indexer.h"
#include "indexer/ocr_page_tally.h"
#include "indexer/progress_estimate.h"
#include "isolation/worker_protocol.h"
#include "tests/temp_dir.h"
#include "tests/test_paths.h"

namespace fs = std::filesystem;
using quorum::extract::OcrPageEvent;
using quorum::index::IndexProgress;
using quorum::index::OcrPageTally;

TEST_CASE("OCR page progress: pages of files being read count at once, a file's final count replaces them", "[progress]") {
    IndexProgress p;
    p.files_total = 2;
    OcrPageTally tally;
    tally.page("/a/long-scan.pdf", 5000, {0, 0, 200}, p);  // before its first page: 200 to read
    CHECK(p.ocr_pages_done == 0);
    CHECK(p.ocr_pages_in_flight_to_read == 200);
    CHECK(p.pdf_bytes_in_flight == 5000);
    tally.page("/a/long-scan.pdf", 5000, {1, 1, 200}, p);
    tally.page("/a/long-scan.pdf", 5000, {2, 2, 200}, p);
    tally.page("/a/other.pdf", 1000, {3, 1, 2}, p);
    CHECK(p.ocr_pages_done == 3);
    CHECK(p.ocr_pages_in_flight_done == 3);
    CHECK(p.ocr_pages_in_flight_to_read == 202);
    CHECK(p.pdf_bytes_in_flight == 6000);
    tally.page("/a/long-scan.pdf", 5000, {2, 2, 200}, p);  // a repeated event changes nothing
    CHECK(p.ocr_pages_done == 3);
    // other.pdf ends: one of its two pages ran out of time, so Tesseract's text is for 1 page only.
    tally.file_done("/a/other.pdf", 1, p);
    CHECK(p.ocr_pages_done == 3);
    CHECK(p.ocr_pages_in_flight_done == 2);
    CHECK(p.ocr_pages_in_flight_to_read == 200);
    CHECK(p.pdf_bytes_in_flight == 5000);
    // A file that reported no page (a text-layer PDF, or pages from the OCR cache) adds its count.
    tally.file_done("/a/text.pdf", 0, p);
    CHECK(p.ocr_pages_done == 3);
    // The long scan fails (timed out): its pages no longer count.
    tally.file_done("/a/long-scan.pdf", 0, p);
    CHECK(p.ocr_pages_done == 1);
    CHECK(p.ocr_pages_in_flight_done == 0);
    CHECK(p.ocr_pages_in_flight_to_read == 0);
    CHECK(p.pdf_bytes_in_flight == 0);
}

TEST_CASE("OCR page progress: one long scan being read has pages left, an ETA and a share done", "[progress]") {
    IndexProgress p;
    p.files_total = 1;
    p.bytes_total = p.pdf_bytes_total = 5000;
    p.elapsed_seconds = 50;
    p.ocr_pages_done = p.ocr_pages_in_flight_done = 25;  // 0.5 pages/s
    p.ocr_pages_in_flight_to_read = 200;
    p.pdf_bytes_in_flight = 5000;
    REQUIRE(quorum::index::ocr_pages_left(p).has_value());
    CHECK(*quorum::index::ocr_pages_left(p) == Approx(175));
    REQUIRE(quorum::index::eta_seconds(p).has_value());
    CHECK(*quorum::index::eta_seconds(p) == Approx(350));
    CHECK(quorum::index::done_fraction(p) == Approx(0.125));

    // With a second scan of the same size not started: it is assumed to have as many pages.
    p.files_total = 2;
    p.bytes_total = p.pdf_bytes_total = 10000;
    CHECK(*quorum::index::ocr_pages_left(p) == Approx(375));
    CHECK(quorum::index::done_fraction(p) == Approx(0.0625));

    // Before the first page is read there is no rate to go by.
    IndexProgress starting = p;
    starting.ocr_pages_done = starting.ocr_pages_in_flight_done = 0;
    CHECK_FALSE(quorum::index::eta_seconds(starting).has_value());
}

TEST_CASE("OCR page progress messages round-trip through the worker protocol and are told from a reply", "[progress][isolation]") {
    const OcrPageEvent e{7, 3, 12};
    const auto back = quorum::isolation::ocr_page_of(quorum::isolation::ocr_page_message(e));
    REQUIRE(back.has_value());
    CHECK(back->page == 7);
    CHECK(back->pages_done == 3);
    CHECK(back->pages_to_read == 12);
    CHECK_FALSE(quorum::isolation::ocr_page_of({{"extraction", {{"blocks", nlohmann::json::array()}}}}).has_value());
    CHECK_FALSE(quorum::isolation::ocr_page_of({{"error", "boom"}}).has_value());
    CHECK_THROWS_WITH(quorum::isolation::ocr_page_of({{"ocr_page", 3}}), Catch::Contains("progress message"));
}

TEST_CASE("a bounded queue's try_push gives up when full instead of waiting", "[progress]") {
    quorum::index::BoundedQueue<int> queue(1);
    CHECK(queue.try_push(1));
    CHECK_FALSE(queue.try_push(2));  // full: dropped at once
    CHECK(queue.pop() == 1);
    CHECK(queue.try_push(3));
    queue.close();
    CHECK(queue.pop() == 3);
    CHECK_FALSE(queue.pop().has_value());
}

TEST_CASE("OCR page listeners nest and end with their scope", "[progress]") {
    std::vector<int> outer, inner;
    {
        const quorum::extract::ScopedOcrPageListener a([&](const OcrPageEvent& e) { outer.push_back(e.page); });
        quorum::extract::report_ocr_page({1, 1, 3});
        {
            const quorum::extract::ScopedOcrPageListener b([&](const OcrPageEvent& e) { inner.push_back(e.page); });
            quorum::extract::report_ocr_page({2, 2, 3});
        }
        quorum::extract::report_ocr_page({3, 3, 3});
    }
    quorum::extract::report_ocr_page({4, 4, 4});  // nobody listens: nothing happens
    CHECK(outer == std::vector<int>{1, 3});
    CHECK(inner == std::vector<int>{2});
}

TEST_CASE("quorum index reports a scan's OCR'd pages before the file is done, with and without isolation", "[ocr][progress]") {
    quorum::test::ocr_language_or_skip();
    for (const bool isolated : {false, true}) {
        INFO((isolated ? "isolation on" : "isolation off"));
        const quorum::test::TempDir dir;
        const std::string root = dir.str() + "/archive";
        fs::create_directories(root);
        fs::copy_file(quorum::test::source_dir() + "/tests/ocr/scanned-minutes.pdf", root + "/scan.pdf");
        quorum::index::IndexOptions o;
        o.db_path = dir.str() + "/db";
        o.roots = {root};
        o.threads = 1;
        o.isolation = {isolated, quorum::test::quorum_binary(), 600, 2048};
        o.ocr.mode = quorum::extract::OcrMode::Auto;
        o.ocr.page_seconds = 600;
        o.ocr.document_seconds = 1200;
        std::vector<IndexProgress> seen;
        o.on_progress = [&](const IndexProgress& p) { seen.push_back(p); };
        const auto summary = quorum::index::run_index(o);
        CHECK(summary.indexed == 1);
        // After the page is read, it counts while the file is not done yet; then the file.
        REQUIRE(seen.size() >= 2);
        const auto during = std::find_if(seen.begin(), seen.end(), [](const IndexProgress& p) {
            return p.files_done == 0 && p.ocr_pages_done == 1;
        });
        REQUIRE(during != seen.end());
        CHECK(during->ocr_pages_in_flight_done == 1);
        CHECK(during->ocr_pages_in_flight_to_read == 1);
        CHECK(during->pdf_bytes_in_flight == fs::file_size(root + "/scan.pdf"));
        CHECK(quorum::index::eta_seconds(*during).has_value());
        CHECK(seen.back().files_done == 1);
        CHECK(seen.back().ocr_pages_done == 1);
        CHECK(seen.back().ocr_pages_in_flight_to_read == 0);
        CHECK(seen.back().pdf_bytes_in_flight == 0);
    }
}
