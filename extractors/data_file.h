/** @file data_file.h @brief Whether an extracted file is a data table or export (TSV, CSV, JSON) rather than a document: it is indexed as type "other", with no meeting facets it does not state. */
#pragma once

#include "extractors/extraction.h"

namespace quorum::extract {

/// True for a data file: a name ending in .tsv, .tab, .csv, .psv, .json, .jsonl, .ndjson or
/// .geojson, or plain text that is one JSON value or one JSON value per line (a raw export).
/// Its rows name many councils and dates, none of them the file's own meeting.
bool is_data_file(const Extraction& extraction);

}  // namespace quorum::extract
