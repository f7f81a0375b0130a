/** @file vote_label_columns.h @brief A motion's box of labels and values ("MOTION BY: | Ash") that a PDF's reading order gave column by column, rejoined label by label. */
#pragma once

#include <vector>

#include "extractors/extraction.h"

namespace quorum::index {

/// Rejoins the vote boxes a PDF read column by column: three or more blocks that are each a
/// vote label alone ("RESULT:", "MOTION BY:", "SECOND:", "AYES:", "NAYS:", "ABSTAIN:",
/// "ABSENT:"), then, when RESULT is among them, the result ("APPROVED [UNANIMOUS]"), then one
/// block of every other label's value run together ("Fisk Mendez Sherrard, Fisk, Bello Brown
/// Garcia"). The values are cut where names are not joined by a comma; a name of several words
/// ("Allen Fisk") is one the blocks list between commas more often than its words alone, and
/// the box is left as it is unless exactly one cut gives each label its value. The box becomes
/// one paragraph per label ("AYES: Sherrard, Allen Fisk, Bello"). An item number printed
/// before the result ("5. APPROVED") goes to the heading after the box when that has none.
std::vector<extract::Block> rejoin_vote_label_columns(const std::vector<extract::Block>& blocks);

}  // namespace quorum::index
