/** @file progress_estimate.cpp @brief The ETA of an indexing run, by OCR pages or by bytes. */
#include "indexer/progress_estimate.h"

#include <algorithm>

namespace quorum::index {

std::optional<double> ocr_pages_left(const IndexProgress& p) {
    if (p.ocr_pages_done == 0 || p.pdf_bytes_done == 0) return std::nullopt;
    const double pdf_left = p.pdf_bytes_total > p.pdf_bytes_done ? double(p.pdf_bytes_total - p.pdf_bytes_done) : 0;
    return double(p.ocr_pages_done) * pdf_left / double(p.pdf_bytes_done);
}

std::optional<double> eta_seconds(const IndexProgress& p) {
    if (p.files_done >= p.files_total) return 0.0;
    if (p.elapsed_seconds <= 0 || p.files_done == 0) return std::nullopt;
    const auto pages = ocr_pages_left(p);
    if (pages && *pages > 0) return *pages / (double(p.ocr_pages_done) / p.elapsed_seconds);
    const double fraction = p.bytes_total && p.bytes_done ? std::min(1.0, double(p.bytes_done) / double(p.bytes_total))
                                                          : double(p.files_done) / double(p.files_total);
    return p.elapsed_seconds * (1 - fraction) / fraction;
}

}  // namespace quorum::index
