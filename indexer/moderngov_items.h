/** @file moderngov_items.h @brief Re-cutting modern.gov printed minutes at their "(Item N)" tags, wherever the PDF's reading order put the minute numbers. */
#pragma once

#include <vector>

#include "extractors/extraction.h"

namespace quorum::index {

/// modern.gov printed minutes print each item as "287. Title (Item 2)", the minute number in a
/// column of its own. The PDF's reading order scatters that column: the number may come alone a
/// block or two before its title, glued to the end ("... were received. 88.") or start ("305.
/// Agree the revised ...") of a block of the previous item, and the title may run on from the
/// previous item's last sentence ("RESOLVED that the update be noted. Challenge Cards Update
/// (Item 5) 1. Jo ..."). This returns `blocks` with each tagged title cut out as a heading block
/// "287. Title (Item 2)", the number found nearby (one that may follow the last, see
/// may_follow), and the text around it left in place. Minutes that print no minute numbers at
/// all are numbered by their agenda items ("5. Challenge Cards Update (Item 5)"). Blocks of a
/// document with fewer than three tags are returned unchanged.
std::vector<extract::Block> cut_at_item_tags(const std::vector<extract::Block>& blocks);

/// Whether `blocks` hold at least three "(Item N)" tags: printed minutes of the kind above.
bool has_item_tags(const std::vector<extract::Block>& blocks);

}  // namespace quorum::index
