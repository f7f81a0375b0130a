/** @file meetings.h @brief A file that holds several meetings as one record: each meeting's items split on their own, and its own date, body and pages. */
#pragma once

#include <vector>

#include "extractors/extraction.h"
#include "indexer/indexer.h"
#include "schema/records.h"

namespace quorum::index {

/// A file's items, meeting after meeting, and its meetings (facets::meeting_starts) when it
/// holds more than one. Each meeting's blocks are split into items on their own (its text before
/// its first item is an unnumbered item titled by its heading); a file of one meeting is split
/// as a whole and has no meetings listed.
struct MeetingSplit {
    std::vector<Item> items;
    std::vector<Meeting> meetings;
    std::vector<extract::Extraction> segments;  ///< each meeting's part of the extraction (none for one meeting)
};
MeetingSplit split_meetings(const extract::Extraction& extraction);

/// Each meeting's date and body, detected from its own part of the file as a file's are (what
/// the user states for the file is the file's, so it is not applied to a meeting). The
/// document keeps its own date and body, detected from the whole file: the meeting the file is
/// about, by which it sorts. Does nothing for a file of one meeting or without a detector.
void label_meetings(const MeetingSplit& split, std::vector<Meeting>& meetings, const FacetDetector& detect_facets);

/// The meeting that item `index` belongs to (0 for a file of one meeting).
size_t meeting_of_item(const std::vector<Meeting>& meetings, size_t index);

}  // namespace quorum::index
