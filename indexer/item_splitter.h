/** @file item_splitter.h @brief Splits an extraction's blocks into agenda items and finds each item's resolution. */
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/extraction.h"
#include "indexer/resolutions.h"
#include "schema/records.h"

namespace quorum::index {

/// A numbered item heading: "84. Apologies (Item 1)" -> {"84", "Apologies (Item 1)"}.
struct ItemHeading {
    std::string number;
    std::string title;
};

/// Parses an item heading, or nullopt when `text` is not one. Numbers need a '.', ')' or ':'
/// after them unless they are dotted ("09.17.01"); titles start with a capital, are at most
/// 120 bytes and do not end like a sentence.
std::optional<ItemHeading> parse_item_heading(std::string_view text);

/// Splits into items, trying in turn: numbered minute items; modern.gov "Decision details" /
/// "Agenda item" pages; `|`-dump items ("Title. Minutes: ..."); sections under headings;
/// else one item holding everything. A data file (extract::is_data_file) is one item titled by
/// its file name, with no resolution or vote. Never returns an empty vector for an extraction with
/// text; text before the first item becomes an unnumbered item titled after the document.
std::vector<Item> split_items(const extract::Extraction& extraction);

}  // namespace quorum::index
