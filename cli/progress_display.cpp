/** @file progress_display.cpp @brief Terminal progress bar and plain progress lines. */
#include "cli/progress_display.h"

#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <string>

#include "indexer/progress_estimate.h"

namespace quorum::cli {

ProgressDisplay::ProgressDisplay(bool quiet)
    : quiet_(quiet), tty_(::isatty(STDERR_FILENO) != 0), last_(std::chrono::steady_clock::now()) {}

void ProgressDisplay::update(const index::IndexProgress& p) {
    if (quiet_ || p.files_total == 0) return;
    const auto now = std::chrono::steady_clock::now();
    const auto interval = tty_ ? std::chrono::milliseconds(200) : std::chrono::milliseconds(10000);
    if (now - last_ < interval && p.files_done != p.files_total) return;
    last_ = now;

    const double secs = p.elapsed_seconds > 0 ? p.elapsed_seconds : 1e-9;
    const double files_per_s = p.files_done / secs;
    const double mb_per_s = p.bytes_done / secs / 1e6;
    const double fraction = index::done_fraction(p);
    // OCR pages, when there are any: they are what a scanned archive's time goes on, so the ETA
    // is then counted in pages (index::eta_seconds).
    char ocr[160] = "";
    if (p.ocr_pages_done) {
        const auto left = index::ocr_pages_left(p);
        std::snprintf(ocr, sizeof ocr, "  %zu pages OCR'd (%.2f pages/s)", p.ocr_pages_done, p.ocr_pages_done / secs);
        // A long scan moves the line page by page: how far the files being OCR'd now are.
        if (p.ocr_pages_in_flight_to_read)
            std::snprintf(ocr + std::strlen(ocr), sizeof ocr - std::strlen(ocr), ", %zu/%zu pages of the scans being read",
                          p.ocr_pages_in_flight_done, p.ocr_pages_in_flight_to_read);
        if (left && *left >= 0.5)
            std::snprintf(ocr + std::strlen(ocr), sizeof ocr - std::strlen(ocr), ", ~%.0f to go", *left);
    }
    char eta[32] = "ETA -";
    if (const auto seconds = index::eta_seconds(p)) std::snprintf(eta, sizeof eta, "ETA %.0fs", *seconds);
    if (tty_) {
        const int width = 30;
        const int filled = static_cast<int>(std::min(1.0, fraction) * width);
        std::string bar(filled, '#');
        bar.resize(width, '.');
        std::fprintf(stderr, "\r[%s] %zu/%zu files  %.1f files/s  %.1f MB/s%s  %s   ", bar.c_str(), p.files_done,
                     p.files_total, files_per_s, mb_per_s, ocr, eta);
        drawn_ = true;
    } else {
        std::fprintf(stderr, "progress: %zu/%zu files, %.1f files/s, %.1f MB/s%s, %s\n", p.files_done, p.files_total,
                     files_per_s, mb_per_s, ocr, eta);
    }
    std::fflush(stderr);
}

void ProgressDisplay::finish() {
    if (drawn_) std::fprintf(stderr, "\r%*s\r", 220, "");
}

}  // namespace quorum::cli
