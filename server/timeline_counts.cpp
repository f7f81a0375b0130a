/** @file timeline_counts.cpp @brief Year counts from the census, month counts from the date slot's value stream. */
#include "server/timeline_counts.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "query/facet_counts.h"
#include "query/query_builder.h"
#include "schema/fields.h"

namespace quorum::server {
namespace {

constexpr int kMonthsSpanYears = 2;

bool is_year(const std::string& s) {
    return s.size() == 4 && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

// The matching documents, in id order; nullopt when there are more than `cap`.
std::optional<std::vector<Xapian::docid>> matching_docids(const Xapian::Database& db, const query::SearchRequest& req,
                                                          Xapian::doccount cap) {
    const query::QueryBuilder builder(db);
    Xapian::Enquire enquire(db);
    enquire.set_query(builder.parse(req.query, req.filters).query);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    enquire.set_docid_order(Xapian::Enquire::ASCENDING);
    const auto decider = req.deadline.decider(db, "the timeline");
    const Xapian::MSet mset = enquire.get_mset(0, cap + 1, nullptr, decider.get());
    if (mset.size() > cap) return std::nullopt;
    std::vector<Xapian::docid> docids;
    docids.reserve(mset.size());
    for (auto it = mset.begin(); it != mset.end(); ++it) docids.push_back(*it);
    std::sort(docids.begin(), docids.end());
    return docids;
}

}  // namespace

TimelineCounts timeline_counts(const Xapian::Database& db, const query::SearchRequest& req, const query::SearchResults& r,
                               Xapian::doccount month_cap) {
    TimelineCounts out;
    out.estimated = !r.facets_exact;
    if (const auto it = r.facets.find("year"); it != r.facets.end())
        for (const auto& [year, count] : it->second)
            if (count && is_year(year)) out.periods.emplace_back(year, count);
    std::sort(out.periods.begin(), out.periods.end());
    if (out.periods.empty()) return out;
    const int first = std::stoi(out.periods.front().first), last = std::stoi(out.periods.back().first);
    if (last - first + 1 > kMonthsSpanYears) return out;
    req.deadline.check("the timeline");
    const auto docids = matching_docids(db, req, month_cap);
    if (!docids) return out;
    const auto slot = static_cast<Xapian::valueno>(schema::field(schema::names::kDate).slot);
    TimelineCounts months;
    months.months = true;
    for (const auto& [yyyymm, count] : query::count_facet(db, *docids, slot, 6))
        if (yyyymm.size() == 6 && count) months.periods.emplace_back(yyyymm.substr(0, 4) + "-" + yyyymm.substr(4), count);
    if (months.periods.empty()) return out;
    return months;
}

}  // namespace quorum::server
