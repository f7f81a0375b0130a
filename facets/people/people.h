/** @file people.h @brief The person facet: each person of a meeting once, with the role the document states (chair, member, officer, attending, public, apologies, absent). */
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extractors/extraction.h"
#include "schema/records.h"

namespace quorum::facets {

/// The roles a person can have at a meeting, as `FacetValue::role` of the person facet.
inline constexpr std::string_view kPersonRoles[] = {"chair",  "member",    "officer", "attending",
                                                    "public", "apologies", "absent"};

/// The people of a meeting: everyone listed in its attendance blocks ("Present:", "In
/// attendance:", "Officers present", "Apologies:", "Absent:", "Chair:", a US roll call "Present:
/// Commissioners X, Y"), plus people the text shows taking part (speaking, presenting, moving) and
/// the contact officers of a report. People only mentioned in passing (an author, an MP, an
/// applicant) are not listed. One value per person: the most complete form of the name, without
/// titles; `role` is one of kPersonRoles, chosen by role_of_person() (people.cpp).
std::vector<FacetValue> detect_people(const extract::Extraction& extraction);

namespace officer {
struct ScannedPeople;
}
/// detect_people() on a document already scanned (person_merge.h), the scan officers_from() uses too.
std::vector<FacetValue> people_from(const officer::ScannedPeople& scanned);

/// The person of `people` a printed name stands for ("Councillor Plowden", "Mr R. Gough", "S.
/// Kirkey"): titles ignored, the same surname and compatible given names or initials, and only
/// one such person. Returns that person's value, or "" when none or several fit.
std::string resolve_person(std::string_view printed, const std::vector<FacetValue>& people);

/// The people an item's text shows speaking: introducing, presenting, asking, answering,
/// confirming, moving ("Cllr Treadwell introduced the report", "Mr Whitlock confirmed"), each as
/// its value in `people` (the document's person facet), in order of first appearance. A speaker
/// who is not among `people` counts when titled ("Cllr", "Mr", "Inspector"), by name without the
/// title. Names listed in attendance blocks are not speakers.
std::vector<std::string> item_speakers(std::string_view item_text, const std::vector<FacetValue>& people);

}  // namespace quorum::facets
