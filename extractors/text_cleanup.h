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
/// capitals ("MINUTES", "APOLOGIES FOR ABSENCE") or a numbered title ("84. Apologies").
bool looks_like_heading(std::string_view line);

/// True when the line starts like a list item: a bullet ("•", "-", "·", "*") or "(a)", "i)".
bool looks_like_list_item(std::string_view line);

/// Removes a leading bullet glyph and the spaces after it.
std::string strip_bullet(std::string_view line);

}  // namespace quorum::extract
