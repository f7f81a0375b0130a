/** @file progress_estimate.h @brief What is left of an indexing run: the ETA, counted in OCR pages once pages are being OCR'd. */
#pragma once

#include <optional>

#include "indexer/indexer.h"

namespace quorum::index {

/// Pages still to OCR, estimated once some have been: the pages the PDFs being OCR'd now have
/// left (they say how many), and for the PDFs not started yet as many pages per byte as the
/// PDFs read and being read have. nullopt before the first OCR'd page (or when no PDF has been
/// read or started OCR).
std::optional<double> ocr_pages_left(const IndexProgress& p);

/// The share of the run done (0-1), for a progress bar: by bytes (files when no byte counts are
/// known), a PDF being OCR'd counting for the share of its pages read.
double done_fraction(const IndexProgress& p);

/// Seconds left. While PDFs are left and pages have been OCR'd (what a scanned archive's time
/// goes on): the pages still to OCR (ocr_pages_left) at the pages per second so far. Otherwise:
/// the bytes still to read at the bytes per second so far (files, when no byte counts are known).
/// 0 when every file is done; nullopt before anything is done (no rate to go by yet: no file
/// done and no page OCR'd).
std::optional<double> eta_seconds(const IndexProgress& p);

}  // namespace quorum::index
