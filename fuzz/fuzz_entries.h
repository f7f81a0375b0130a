/** @file fuzz_entries.h @brief What each fuzz target runs on one input; shared by the libFuzzer targets and the regression test. */
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "extractors/extraction.h"

namespace quorum::fuzz {

/// Runs `bytes` through the extractor for `format`. Returns "" when it gave an Extraction
/// that keeps the contract of extraction.h (every string valid UTF-8, so the index can store
/// it as JSON; pages >= 1; every block's page within 1..pages) or a clean ExtractError;
/// otherwise what went wrong (another exception, a broken contract). A crash stays a crash.
std::string extract_one(extract::Format format, std::string_view bytes);

/// Runs `text` through the query front end (QueryBuilder::parse over a small in-memory index
/// with facet values, spellings and 3,000 words for wildcards to expand), as the query and as a
/// `--from` date filter, and runs the query. Returns "" on a parsed query or a QueryError;
/// otherwise what went wrong.
std::string query_one(std::string_view text);

/// For the libFuzzer targets: prints `problem` and aborts when it is not empty.
void abort_on_problem(const std::string& problem);

}  // namespace quorum::fuzz
