/** @file attendance_prose.h @brief Attendance written as prose ("Commissioners Bishop, Power and Pavlik were present.") turned into the labelled list the scanner reads ("Present: Commissioners Bishop, Power and Pavlik."). */
#pragma once

#include <string>
#include <string_view>

namespace quorum::facets::officer {

/// The block's text with each sentence that ends in "were present", "was present", "were also
/// present", "were in attendance", "attended the meeting" or "was absent" rewritten to open with
/// the matching label ("Present:", "Also present:", "In attendance:", "Absent:") and the verb
/// dropped; names that already follow a label's colon ("Members of the Public: Ann Lee was
/// present.") keep that label. A sentence starts
/// after the previous full stop that ends a word of two or more letters (not an initial), a colon,
/// or the block's start. Who "called the meeting to order" (or was named in "the meeting was
/// called to order by ...") is written as the chair ("Chair: ..."). Text without such a sentence
/// is returned unchanged.
std::string attendance_prose_as_lists(std::string_view text);

}  // namespace quorum::facets::officer
