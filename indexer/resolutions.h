/** @file resolutions.h @brief Finding an item's decisions in full: formal resolutions with their parts, and the sentences parish minutes record decisions in. */
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extractors/extraction.h"

namespace quorum::index {

/// The formal resolution in `text` ("RESOLVED that ...", "Resolved -", "Decision:", "It was
/// APPROVED", "Recommendations agreed", "AGREED:", "RESULT: APPROVED"), from its opening words
/// to the end of `text`, or "" when there is none. A heading such as "RESOLVED BALANCE / SURPLUS"
/// is not a resolution.
std::string find_resolution(std::string_view text);

/// The sentences of `text` that record a decision without a formal marker, joined by a space:
/// "It was agreed that ...", "The minutes were approved ...", "Cllr A proposed ..., seconded by
/// Cllr B, all in favour.", "The Committee noted the report.", "The motion passed 5-0.", and
/// planning responses ("24/00512/FUL 3 Mill Lane - no objection"). "The Clerk agreed to write"
/// (an action for one person) is not a decision. Returns "" when there is none.
std::string find_decision_sentences(std::string_view text);

/// Every decision an item's blocks record, in order, joined by blank lines. A formal resolution
/// runs on through its parts: after an opening that ends with ':' ("RESOLVED that Cabinet agree
/// to:", "... is asked to agree the following:") every block up to the next paragraph of the
/// resolution's own numbering ("(28)" after "(27) RESOLVED") or a return to discussion ("The
/// Chairman ...", "Following ..."); otherwise list parts, "That ..." paragraphs and a vote result
/// ("Carried.", "Motion carried"). Where an item has a formal resolution, its other sentences are
/// discussion; where it has none, its decision sentences (find_decision_sentences) are its
/// decisions, with the proposer / seconder / result lines that follow them.
std::string item_resolution(const std::vector<const extract::Block*>& blocks);

}  // namespace quorum::index
