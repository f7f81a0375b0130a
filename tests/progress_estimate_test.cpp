/** @file progress_estimate_test.cpp @brief The ETA of `quorum index`: by OCR pages while scans are being read, by bytes otherwise. */
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "indexer/progress_estimate.h"

using quorum::index::IndexProgress;

namespace {

IndexProgress progress(size_t files_total, size_t files_done, std::uint64_t bytes_total, std::uint64_t bytes_done,
                       double seconds, size_t ocr_pages, std::uint64_t pdf_total, std::uint64_t pdf_done) {
    IndexProgress p;
    p.files_total = files_total;
    p.files_done = files_done;
    p.bytes_total = bytes_total;
    p.bytes_done = bytes_done;
    p.elapsed_seconds = seconds;
    p.ocr_pages_done = ocr_pages;
    p.pdf_bytes_total = pdf_total;
    p.pdf_bytes_done = pdf_done;
    return p;
}

}  // namespace

TEST_CASE("the indexing ETA counts OCR pages once pages are OCR'd, bytes otherwise", "[progress]") {
    struct Row {
        const char* what;
        IndexProgress p;
        std::optional<double> pages_left, eta;
    };
    const std::vector<Row> rows = {
        {"nothing done yet: no rate to go by", progress(10, 0, 1000, 0, 5, 0, 0, 0), std::nullopt, std::nullopt},
        {"all done", progress(10, 10, 1000, 1000, 50, 30, 800, 800), 0.0, 0.0},
        {"no OCR: by bytes (a quarter read in 10 s, 30 s to go)", progress(8, 2, 1000, 250, 10, 0, 0, 0), std::nullopt,
         30.0},
        {"no byte counts: by files", progress(4, 1, 0, 0, 10, 0, 0, 0), std::nullopt, 30.0},
        // 20 pages OCR'd from 2 MB of PDFs in 40 s (0.5 pages/s); 6 MB of PDFs left: ~60 pages, 120 s,
        // although by bytes (8 MB of 10 read) it would say 10 s: the HTML read first was quick.
        {"OCR: by pages", progress(100, 90, 10'000'000, 8'000'000, 40, 20, 8'000'000, 2'000'000), 60.0, 120.0},
        {"OCR, but every PDF read: the other files by bytes", progress(10, 8, 1000, 800, 40, 12, 500, 500), 0.0,
         10.0},
    };
    for (const auto& row : rows) {
        INFO(row.what);
        const auto left = quorum::index::ocr_pages_left(row.p);
        const auto eta = quorum::index::eta_seconds(row.p);
        REQUIRE(left.has_value() == row.pages_left.has_value());
        if (left) CHECK(*left == Approx(*row.pages_left));
        REQUIRE(eta.has_value() == row.eta.has_value());
        if (eta) CHECK(*eta == Approx(*row.eta));
    }
}
