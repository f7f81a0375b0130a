/** @file meetings.cpp @brief Splits a file of several meetings meeting by meeting, and gives each meeting its own date and body. */
#include "indexer/meetings.h"

#include "facets/meeting_boundaries.h"
#include "indexer/item_splitter.h"

namespace quorum::index {
MeetingSplit split_meetings(const extract::Extraction& extraction) {
    MeetingSplit out;
    const std::vector<size_t> starts = facets::meeting_starts(extraction);
    if (starts.size() < 2) {
        out.items = split_items(extraction);
        return out;
    }
    for (size_t k = 0; k < starts.size(); ++k) {
        extract::Extraction segment = facets::meeting_segment(extraction, starts, k);
        Meeting m;
        m.title = facets::meeting_heading(extraction, starts, k);
        m.first_item = out.items.size();
        if (!segment.blocks.empty()) {
            m.first_page = segment.blocks.front().page;
            m.last_page = segment.blocks.back().page;
        }
        for (Item& item : split_items(segment)) out.items.push_back(std::move(item));
        if (out.items.size() == m.first_item) continue;  // nothing of its own: not a meeting
        out.meetings.push_back(std::move(m));
        out.segments.push_back(std::move(segment));
    }
    if (out.meetings.size() < 2) {
        out.meetings.clear();
        out.segments.clear();
    }
    return out;
}

void label_meetings(const MeetingSplit& split, std::vector<Meeting>& meetings, const FacetDetector& detect_facets) {
    if (meetings.size() < 2 || !detect_facets) return;
    for (size_t k = 0; k < meetings.size() && k < split.segments.size(); ++k) {
        extract::Extraction segment = split.segments[k];
        segment.path.clear();  // the user's manifest row and folder defaults are the file's
        std::vector<Item> items(split.items.begin() + static_cast<std::ptrdiff_t>(meetings[k].first_item),
                                split.items.begin() + static_cast<std::ptrdiff_t>(
                                    k + 1 < meetings.size() ? meetings[k + 1].first_item : split.items.size()));
        const DocumentFacets own = detect_facets(segment, items);
        if (!own.dates.empty()) meetings[k].date = own.dates.front().value;
        if (!own.bodies.empty()) meetings[k].body = own.bodies.front().value;
    }
}

size_t meeting_of_item(const std::vector<Meeting>& meetings, size_t index) {
    size_t k = 0;
    while (k + 1 < meetings.size() && meetings[k + 1].first_item <= index) ++k;
    return k;
}

}  // namespace quorum::index
