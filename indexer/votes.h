/** @file votes.h @brief Who moved and seconded an item's motion, the vote counts and the result, read from the item's text. */
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "schema/records.h"

namespace quorum::index {

/// The item's last motion as the minutes state it: the mover and seconder ("Councillor Reed
/// moved ... seconded by Councillor Moss", "proposed by Cllr A, seconded by Cllr B", "Proposed: A
/// Wren", "MOTION BY: Ash SECOND: Elm", or `movers` "A. Ferris, B. Okoro" from a numbered
/// resolution's head), the counts ("For (51)", "Against (23)", "Abstain (7)", "passed 5-0",
/// "8 voting FOR, 1 against", "7 in favour, 1 abstained") and the result: "lost" when the last
/// outcome stated is a lost or failed motion, "unanimous" when it was carried by all, "carried"
/// otherwise when one is stated. Fields the text does not state stay empty (or -1).
Vote read_vote(std::string_view text, std::string_view movers = {});

/// The names of a named-vote list: "Vance, Orr and Pell." -> {"Vance", "Orr", "Pell"} ("None"
/// names nobody; an honour after a comma stays with its name: "Sir Paul Carter, CBE").
std::vector<std::string> split_vote_names(std::string_view list);

}  // namespace quorum::index
