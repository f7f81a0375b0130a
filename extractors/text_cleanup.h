/** @file text_cleanup.h @brief Small named steps that turn extracted lines into clean block text. */
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace quorum::extract {

/// Replaces runs of whitespace (including NBSP, tabs, line breaks) with one space and trims.
std::string collapse_whitespace(std::string_view text);

/// Joins hard-wrapped lines into one paragraph: a line ending in a hyphen directly after a
/// letter, followed by a line starting with a lower-case letter, is joined without the hyphen
/// ("recom-" + "mendation" -> "recommendation"); other lines are joined with a space.
std::string join_wrapped_lines(const std::vector<std::string>& lines);

/// True for a line that reads like a heading: short, no final full stop, and either mostly
/// capitals ("MINUTES", "APOLOGIES FOR ABSENCE") or a numbered title ("84. Apologies"): an item
/// number (groups of at most three digits, so not a year) and a capitalised title of at most 14
/// words that does not stop on a connecting word ("to", "and", "of", ...) as a wrapped sentence does.
bool looks_like_heading(std::string_view line);

/// True when the line starts like a list item: a bullet ("•", "-", "·", "*") or "(a)", "i)".
bool looks_like_list_item(std::string_view line);

/// Removes a leading bullet glyph and the spaces after it.
std::string strip_bullet(std::string_view line);

/// Cuts `text` into pieces of at most `max_bytes` (a huge <pre>, a file without line breaks), at
/// the last space before each limit where there is one and never inside a UTF-8 sequence.
/// Pieces are whitespace-collapsed; empty pieces are left out. REQUIRES: max_bytes >= 4.
std::vector<std::string> split_at_spaces(std::string_view text, size_t max_bytes);

/// Splits a fragment of a markdown pipe table ("| a | b |", "PAG |", "| --- | --- |") into its
/// cells, whitespace collapsed, leaving out empty cells and separator cells (only '-', ':', spaces).
std::vector<std::string> split_pipe_cells(std::string_view text);

/// One cell of a pipe table row and its column (0-based; a leading '|' opens column 0, and the
/// empty and separator cells split_pipe_cells() leaves out still count).
struct PipeCell {
    int column = 0;
    std::string text;
};

/// split_pipe_cells() with each cell's column: "| Ash | | X |" -> {0, "Ash"}, {2, "X"}.
std::vector<PipeCell> split_pipe_row(std::string_view text);

}  // namespace quorum::extract
