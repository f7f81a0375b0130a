/** @file record_of_decision.h @brief A Record of Decision (one decision by a cabinet member or officer, then its reasons and background) read as one item whose resolution is the decision section. */
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "extractors/extraction.h"

namespace quorum::index {

/// The title and decision of a Record of Decision.
struct DecisionRecord {
    std::string title;     ///< "Commissioned Family Hub Contracts", from "Title of Decision"
    std::string decision;  ///< "Decision: As Cabinet Member ... I agree to: APPROVE ...", up to the reasons
};

/// Reads `blocks` as a Record of Decision: one whose first blocks say "RECORD OF DECISION". The
/// decision runs from "Decision:" to the first of the sections that explain it ("Reason(s) for
/// decision", "Background", "Cabinet Committee recommendations", "Any alternatives considered",
/// "Legal implications", ...), so the reasons and background are not part of it. nullopt when
/// `blocks` are no Record of Decision or hold no "Decision:".
std::optional<DecisionRecord> read_record_of_decision(const std::vector<extract::Block>& blocks);

}  // namespace quorum::index
