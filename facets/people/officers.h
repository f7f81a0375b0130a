/** @file officers.h @brief People named in a document (councillors, officers, police, speakers) with their roles, one canonical name each. */
#pragma once

#include <vector>

#include "extractors/extraction.h"
#include "schema/records.h"

namespace quorum::facets {

/// Finds people: titles (Cllr, Councillor, Inspector, Insp, Supt, Chief Inspector, Sergeant,
/// PCSO, Mr/Mrs/Ms/Miss/Dr), "Name, Role, Organisation", attendance lists ("PRESENT: Mr R W
/// Gough (Chairman), ..."), "Officer to Contact" blocks, "Member attending: ...". One person,
/// one value: "Inspector Emma Maxwell" and a later "Inspector Maxwell" merge into value
/// "Emma Maxwell" with role "Inspector". Committee names, places and bare job titles are not
/// people. Source "structure" for lists and contact blocks, "text" otherwise.
std::vector<FacetValue> detect_officers(const extract::Extraction& extraction);

namespace officer {
struct ScannedPeople;
}
/// detect_officers() on a document already scanned (person_merge.h), so that the person facet
/// and the officer facet share one scan.
std::vector<FacetValue> officers_from(const officer::ScannedPeople& scanned);

}  // namespace quorum::facets
