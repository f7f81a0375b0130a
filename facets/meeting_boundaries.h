/** @file meeting_boundaries.h @brief Where a file that holds several meetings (a year's minutes in one PDF, an annual meeting followed by an ordinary one) starts each of them. */
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extractors/extraction.h"

namespace quorum::facets {

/// Whether a block reads as the heading that opens a set of minutes: "MINUTES OF THE ANNUAL
/// MEETING OF BRACKENFORD PARISH COUNCIL", "Ashcombe Town Council Minutes of the Meeting held on
/// 3 March 2025". Not an item about minutes ("3. Minutes of the last meeting", "To approve the
/// minutes of ...", "Minutes of the previous meeting"), nor a sentence.
bool is_minutes_heading(std::string_view text);

/// The first date written in a meeting's heading area (its heading and the next few short
/// blocks from `first`), as YYYY-MM-DD, or "" when there is none.
std::string heading_area_date(const std::vector<extract::Block>& blocks, size_t first);

/// The block indices where the meetings of `extraction` start, ascending; the first is always 0,
/// and a file of one meeting gives {0} (a data file too). A later meeting starts at a minutes
/// heading (is_minutes_heading) that comes after numbered items of the meeting before it, is
/// followed by numbered items of its own, and either states a date of its own different from the
/// meeting before's, or restarts the item numbering under a different heading (an annual
/// meeting's items 1-3, then an ordinary meeting's 07.21.01), or is followed by the attendance
/// that opens a meeting's record ("Present:", "In attendance", "Apologies", "Roll call", before or
/// as its first item): a heading with no date of its own, the same words as the heading before,
/// and numbering that runs on through the year still opens a meeting then. Without an attendance
/// line a heading printed three times or more is a running line, not a meeting. Council-name
/// lines printed just above the heading on the same page go with it.
std::vector<size_t> meeting_starts(const extract::Extraction& extraction);

/// Meeting `index` of `extraction` cut at `starts` (from meeting_starts): its blocks, with the
/// file's path, format and page count. The first meeting keeps the file's title and metadata;
/// a later one is titled by its own heading and has no metadata (the file's title, dates and
/// properties describe the first meeting).
extract::Extraction meeting_segment(const extract::Extraction& extraction, const std::vector<size_t>& starts,
                                    size_t index);

/// The heading that opens meeting `index` ("" when the first meeting has none near its start).
std::string meeting_heading(const extract::Extraction& extraction, const std::vector<size_t>& starts, size_t index);

}  // namespace quorum::facets
