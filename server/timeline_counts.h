/** @file timeline_counts.h @brief What the search page's timeline draws: matches per year, or per month when they span two years or less. */
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "query/searcher.h"

namespace quorum::server {

/// Counts per period, oldest first: years ("2024") or months ("2024-03").
struct TimelineCounts {
    std::vector<std::pair<std::string, unsigned long long>> periods;
    bool months = false;
    bool estimated = false;  ///< counts scaled up from a sample (a large census)
};

/// The census counts the timeline needs: the years, and the months in the same pass over the
/// date slot (query::CensusCounts).
void ask_for_timeline(query::SearchRequest& request);

/// The year counts of `results` (its census); when the matches span at most two calendar years
/// (a year bar was clicked, a narrow from/to, or a search that only matches recent meetings),
/// the census's months instead (asked for with ask_for_timeline). Both are estimates when the
/// census read a sample.
TimelineCounts timeline_counts(const query::SearchResults& results);

}  // namespace quorum::server
