/** @file councils.h @brief Which council published a document (and which it merely mentions). */
#pragma once

#include <vector>

#include "extractors/extraction.h"
#include "facets/gazetteer.h"
#include "schema/records.h"

namespace quorum::facets {

struct CouncilFacets {
    std::vector<FacetValue> publishers;  ///< canonical names; a joint body adds every member council
    std::vector<FacetValue> mentions;    ///< councils named in the text that are not the publisher
};

/// Finds the publishing authority from metadata, headings and the first page, using the
/// gazetteer; names not in it ("SOULDERN PARISH COUNCIL") are title-cased ("Souldern Parish
/// Council"). Each value has source "metadata", "structure" or "text" and a confidence.
CouncilFacets detect_councils(const extract::Extraction& extraction, const Gazetteer& gazetteer);

}  // namespace quorum::facets
