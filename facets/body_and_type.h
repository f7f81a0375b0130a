/** @file body_and_type.h @brief The body or committee that met, and the kind of document (minutes, agenda, decision, report). */
#pragma once

#include <vector>

#include "extractors/extraction.h"
#include "schema/records.h"

namespace quorum::facets {

/// "Cabinet", "Audit Committee", "Joint Community Safety Partnership Overview & Scrutiny
/// Committee", ... from "Decision Maker:", "Meeting" headers, "MINUTES of a meeting of the X
/// held ..." and headings. At most one value.
std::vector<FacetValue> detect_body(const extract::Extraction& extraction);

/// One of "minutes", "agenda", "decision", "report". At most one value.
std::vector<FacetValue> detect_doc_type(const extract::Extraction& extraction, const std::vector<Item>& items);

}  // namespace quorum::facets
