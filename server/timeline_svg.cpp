/** @file timeline_svg.cpp @brief Counts per year or month as an inline SVG bar chart whose bars are links. */
#include <algorithm>
#include <cstdlib>

#include "server/pages.h"

namespace quorum::server {
namespace {

using Counts = std::vector<std::pair<std::string, unsigned long long>>;

// The periods from the first to the last with the empty ones between filled in with 0, so
// that the bars keep the scale of time. Periods are "YYYY" or "YYYY-MM", sorted.
Counts continuous(const Counts& counts) {
    const auto number = [](const std::string& p) -> int {
        const int year = std::stoi(p.substr(0, 4));
        return p.size() == 7 ? year * 12 + std::stoi(p.substr(5)) - 1 : year;
    };
    const auto name = [](int n, bool months) {
        if (!months) return std::to_string(n);
        const int month = n % 12 + 1;
        return std::to_string(n / 12) + (month < 10 ? "-0" : "-") + std::to_string(month);
    };
    for (const auto& [p, c] : counts)
        if (!(p.size() == 4 || (p.size() == 7 && p[4] == '-')) || p.find_first_not_of("0123456789-") != std::string::npos)
            return counts;  // not periods this knows how to fill
    if (counts.size() < 2) return counts;
    const bool months = counts.front().first.size() == 7;
    Counts out;
    size_t i = 0;
    for (int n = number(counts.front().first); n <= number(counts.back().first) && out.size() < 600; ++n) {
        if (i < counts.size() && number(counts[i].first) == n)
            out.push_back(counts[i++]);
        else
            out.emplace_back(name(n, months), 0);
    }
    return out;
}

}  // namespace

void timeline_svg(Html& h, const std::vector<std::pair<std::string, unsigned long long>>& given,
                  const std::function<std::string(const std::string&)>& href, bool estimated, const std::string& label) {
    if (given.empty()) return;
    const Counts counts = continuous(given);
    unsigned long long most = 1;
    for (const auto& c : counts) most = std::max(most, c.second);
    constexpr int kBarWidth = 28, kGap = 6, kChartHeight = 80, kLabelHeight = 16;
    const int width = static_cast<int>(counts.size()) * (kBarWidth + kGap);
    h.raw("<figure class=\"timeline\"><svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"")
        .attr("viewBox", "0 0 " + std::to_string(width) + " " + std::to_string(kChartHeight + kLabelHeight))
        .attr("width", std::to_string(width))
        .attr("height", std::to_string(kChartHeight + kLabelHeight))
        .attr("aria-label", label)
        .raw(">");
    int x = 0;
    for (const auto& [period, count] : counts) {
        const int bar = count ? std::max(2, static_cast<int>(count * kChartHeight / most)) : 1;
        const std::string tip = period + ": " + (estimated ? "about " : "") + std::to_string(count);
        // An empty period has nothing to narrow to: a bar's place, not a link.
        if (count)
            h.raw("<a class=\"bar\"").attr("href", href(period)).attr("data-period", period).raw("><title>").text(tip).raw("</title>");
        else
            h.raw("<g class=\"empty\"><title>").text(tip).raw("</title>");
        h.raw("<rect").attr("x", std::to_string(x)).attr("y", std::to_string(kChartHeight - bar))
            .attr("width", std::to_string(kBarWidth)).attr("height", std::to_string(bar)).raw("/>");
        // Years are labelled in full; months by their name (the tooltip and the caption give the year).
        static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
        const int month = period.size() == 7 ? std::atoi(period.c_str() + 5) : 0;
        const std::string short_label = month >= 1 && month <= 12 ? kMonths[month - 1] : period;
        h.raw("<text").attr("x", std::to_string(x + kBarWidth / 2)).attr("y", std::to_string(kChartHeight + 12))
            .raw(" text-anchor=\"middle\">").text(short_label).raw(count ? "</text></a>" : "</text></g>");
        x += kBarWidth + kGap;
    }
    h.raw("</svg><figcaption>").text(label + (estimated ? " (estimated)" : "")).raw("</figcaption></figure>");
}

}  // namespace quorum::server
