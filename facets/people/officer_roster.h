/** @file officer_roster.h @brief People listed under a "Name" column heading: a roster of members printed as a run of names ("Name Terrell H. Pruitt Zachary Reed Joe Cimperman ..."). */
#pragma once

#include <string_view>
#include <vector>

#include "facets/people/officer_mentions.h"

namespace quorum::facets::officer {

/// The people of a block that opens with the column heading "Name" followed by a run of names
/// and nothing else: each name is a given name, any middle initials and one surname, with an
/// optional ", Jr." ("Charles L. Patton, Jr. Earle B. Turner ..."). Empty unless the whole run
/// reads as at least three such names. The mentions are structural (a list of members).
std::vector<Mention> roster_mentions(std::string_view text);

}  // namespace quorum::facets::officer
