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

/// A roll call printed as a table with an "Attendee Name" column (and "Title", "Status" columns):
/// where `text` has the heading "Attendee Name" followed by a run of names to its end, those
/// names, listed present; `prefix_end` gets where the heading starts (the text before it is
/// prose to scan as usual). A later block that holds the "Status" column ("Status Present Absent
/// Late ...") with one status per name marks the absent and excused. Empty when no such table.
std::vector<Mention> attendee_table_mentions(std::string_view text, const std::vector<std::string_view>& next_blocks,
                                             size_t& prefix_end);

}  // namespace quorum::facets::officer
