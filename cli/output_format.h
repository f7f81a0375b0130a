/** @file output_format.h @brief Small output helpers shared by subcommands: CSV rows, highlights, page ranges. */
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "query/snippet_text.h"

namespace quorum::cli {

/// JSON as printed for users: indented by `indent` (-1: one line). A string that is not UTF-8
/// (a file name's bytes) shows U+FFFD for its bad bytes instead of aborting the output.
std::string json_text(const nlohmann::json& j, int indent = 2);

/// Writes one RFC 4180 CSV row (fields quoted when they hold a comma, quote or newline).
void write_csv_row(std::ostream& out, const std::vector<std::string>& fields);

/// A snippet with its matches in ANSI bold (colour) or between ** (no colour).
std::string highlight_for_terminal(const query::Snippet& snippet, bool colour);

/// A matched word as highlight_for_terminal shows it.
std::string highlighted_match(const std::string& match, bool colour);

/// Bold text on a terminal, plain otherwise.
std::string emphasis(const std::string& text, bool colour);

/// Joins a JSON array of strings with `sep` (", " by default).
std::string join_strings(const nlohmann::json& array, const std::string& sep = ", ");

/// "p3" or "pp3-5" from a [first, last] JSON array.
std::string page_range(const nlohmann::json& pages);

/// An item's vote as one line: "carried (for 8, against 1); moved by Cllr Reed, seconded by Cllr
/// Moss"; "" when the minutes state nothing.
std::string vote_text(const nlohmann::json& vote);

/// "value (count), ..." for the `n` largest counts; `count_prefix` goes before each count ("~"
/// for estimates).
std::string top_counts(const std::map<std::string, unsigned>& counts, size_t n, std::string_view count_prefix = "");

}  // namespace quorum::cli
