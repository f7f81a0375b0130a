/** @file timeline_counts.h @brief What the search page's timeline draws: matches per year, or per month when they span two years or less. */
#pragma once

#include <xapian.h>

#include <string>
#include <utility>
#include <vector>

#include "query/searcher.h"

namespace quorum::server {

/// Counts per period, oldest first: years ("2024") or months ("2024-03").
struct TimelineCounts {
    std::vector<std::pair<std::string, unsigned long long>> periods;
    bool months = false;
    bool estimated = false;  ///< counts scaled up from a sample (year counts of a large census)
};

/// The year counts of `results` (its census); when the matches span at most two calendar years
/// (a year bar was clicked, a narrow --from/--to, or a search that only matches recent meetings),
/// the matches per month instead, counted exactly from the date slot, unless more than
/// `month_cap` documents match.
TimelineCounts timeline_counts(const Xapian::Database& db, const query::SearchRequest& request,
                               const query::SearchResults& results, Xapian::doccount month_cap = 50000);

}  // namespace quorum::server
