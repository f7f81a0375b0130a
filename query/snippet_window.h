/** @file snippet_window.h @brief The part of a long item's text a snippet is cut from: around the first query word, found by its term position. */
#pragma once

#include <xapian.h>

#include <string_view>

namespace quorum::query {

/// Xapian's MSet::snippet reads every word of the text it is given, so a 100 KB item costs
/// 10 ms or more. A snippet needs only the neighbourhood of the match: this returns the part
/// of `text` (at most `max_bytes`, cut at UTF-8 character boundaries) that starts a little
/// before the word at term position `first_match`, given that the item's words start at
/// `item_start` with its `title` first (schema/fields.h, kItemPositionGap). The whole text
/// when it is short, or when `first_match` is 0 (not known).
std::string_view snippet_window(std::string_view text, std::string_view title, Xapian::termpos item_start,
                                Xapian::termpos first_match, size_t max_bytes = 4096);

}  // namespace quorum::query
