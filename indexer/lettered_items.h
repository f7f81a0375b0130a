/** @file lettered_items.h @brief Re-cutting blocks at lettered sub-items ("a) Playground ...", "b) Village hall ..."), for minutes whose item numbers the extractor lost. */
#pragma once

#include <vector>

#include "extractors/extraction.h"

namespace quorum::index {

/// A block cut so that it starts with a lettered sub-item, and the sub-item's letter.
struct LetteredBlock {
    extract::Block block;
    char letter = 0;  ///< 'a', 'b', ... when the block starts a lettered sub-item, else 0
};

/// Cuts `blocks` wherever a lettered sub-item starts: a lower-case letter and ')' after a space or
/// at the start of a block, then a capital or a digit ("Finance a) The following ...", "... (JM)
/// c) Jubilee expenditure ..."). Letters must run in order, each run starting at 'a' ("i)" after
/// "h)" is a letter, "ii)" never is). Returns an empty vector when fewer than `min_items` sub-items
/// are found: lettered lists are common inside items, so this is only for minutes that otherwise
/// come through as one item.
std::vector<LetteredBlock> cut_at_lettered_items(const std::vector<extract::Block>& blocks, size_t min_items);

}  // namespace quorum::index
