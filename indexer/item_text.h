/** @file item_text.h @brief Small text tests shared by the item splitters: trimming, bare item numbers, references to items, years. */
#pragma once

#include <string>
#include <string_view>

namespace quorum::index {

/// `s` without leading and trailing ASCII whitespace.
std::string_view trim(std::string_view s);

/// "84." or "84" or "09.17.01" alone (at most 12 bytes): pdftotext puts modern.gov item numbers
/// on their own line.
bool is_bare_item_number(std::string_view text);

/// Whether the number after `text[space]` refers to an item rather than starting one: "for
/// Minute 117.", "see item 4.", "under agenda items 7.0 and 8.0." (looks back over a list).
bool follows_reference_word(const std::string& text, size_t space);

/// A year on its own ("2025"): a table's column heading or a sentence's last word, no item number.
bool looks_like_year(std::string_view number);

}  // namespace quorum::index
