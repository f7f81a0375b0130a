/** @file progress_estimate.cpp @brief The ETA of an indexing run, by OCR pages or by bytes. */
#include "indexer/progress_estimate.h"

#include <algorithm>

namespace quorum::index {

std::optional<double> ocr_pages_left(const IndexProgress& p) {
    const std::uint64_t pdf_known = p.pdf_bytes_done + p.pdf_bytes_in_flight;
    if (p.ocr_pages_done == 0 || pdf_known == 0) return std::nullopt;
    const double in_flight_left = p.ocr_pages_in_flight_to_read > p.ocr_pages_in_flight_done
                                      ? double(p.ocr_pages_in_flight_to_read - p.ocr_pages_in_flight_done)
                                      : 0;
    // Pages of the PDFs done, and all the pages of those being read.
    const double pages_finished = p.ocr_pages_done > p.ocr_pages_in_flight_done ? double(p.ocr_pages_done - p.ocr_pages_in_flight_done) : 0;
    const double pages_known = pages_finished + double(p.ocr_pages_in_flight_to_read);
    const double pdf_unstarted = p.pdf_bytes_total > pdf_known ? double(p.pdf_bytes_total - pdf_known) : 0;
    return in_flight_left + pages_known * pdf_unstarted / double(pdf_known);
}

double done_fraction(const IndexProgress& p) {
    if (p.files_total == 0) return 1;
    if (p.bytes_total == 0 || (p.bytes_done == 0 && p.pdf_bytes_in_flight == 0))
        return std::min(1.0, double(p.files_done) / double(p.files_total));
    double done = double(p.bytes_done);
    if (p.ocr_pages_in_flight_to_read > 0)
        done += double(p.pdf_bytes_in_flight) *
                std::min(1.0, double(p.ocr_pages_in_flight_done) / double(p.ocr_pages_in_flight_to_read));
    return std::min(1.0, done / double(p.bytes_total));
}

std::optional<double> eta_seconds(const IndexProgress& p) {
    if (p.files_done >= p.files_total) return 0.0;
    if (p.elapsed_seconds <= 0 || (p.files_done == 0 && p.ocr_pages_done == 0)) return std::nullopt;
    const auto pages = ocr_pages_left(p);
    if (pages && *pages > 0) return *pages / (double(p.ocr_pages_done) / p.elapsed_seconds);
    const double fraction = done_fraction(p);
    if (fraction <= 0) return std::nullopt;
    return p.elapsed_seconds * (1 - fraction) / fraction;
}

}  // namespace quorum::index
