/** @file timeline_counts.cpp @brief Year or month counts from the census. */
#include "server/timeline_counts.h"

#include <algorithm>
#include <cctype>

namespace quorum::server {
namespace {

constexpr int kMonthsSpanYears = 2;

bool is_year(const std::string& s) {
    return s.size() == 4 && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

}  // namespace

void ask_for_timeline(query::SearchRequest& request) {
    request.census_counts.months = true;
    auto& facets = request.census_counts.facets;
    if (!facets.empty() && std::find(facets.begin(), facets.end(), "year") == facets.end()) facets.emplace_back("year");
}

TimelineCounts timeline_counts(const query::SearchResults& r) {
    TimelineCounts out;
    out.estimated = !r.facets_exact;
    if (const auto it = r.facets.find("year"); it != r.facets.end())
        for (const auto& [year, count] : it->second)
            if (count && is_year(year)) out.periods.emplace_back(year, count);
    std::sort(out.periods.begin(), out.periods.end());
    if (out.periods.empty()) return out;
    const int first = std::stoi(out.periods.front().first), last = std::stoi(out.periods.back().first);
    if (last - first + 1 > kMonthsSpanYears) return out;
    TimelineCounts months;
    months.months = true;
    months.estimated = out.estimated;
    for (const auto& [yyyymm, count] : r.months)
        if (yyyymm.size() == 6 && count) months.periods.emplace_back(yyyymm.substr(0, 4) + "-" + yyyymm.substr(4), count);
    if (months.periods.empty()) return out;
    return months;
}

}  // namespace quorum::server
