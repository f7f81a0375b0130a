/** @file date_range.h @brief `date:` ranges with partial dates: 2018..2019, 2019-03, 2018-01-01..2019-12-31. */
#pragma once

#include <xapian.h>

#include <optional>
#include <string>

namespace quorum::query {

/// Expands a partial date to YYYYMMDD: the first day when `is_end` is false, the last day
/// when true ("2019" -> 20190101 / 20191231; "2019-02" -> 20190201 / 20190228). Accepts
/// YYYY, YYYY-MM, YYYY-MM-DD, YYYYMMDD and DD/MM/YYYY (UK order). nullopt when malformed
/// or impossible (month 13, 31 April).
std::optional<std::string> expand_date(const std::string& text, bool is_end);

/// A RangeProcessor for "date:BEGIN..END" over the meeting-date value slot. Either end may
/// be empty (open range). Throws QueryError for malformed dates or BEGIN after END. Given the
/// database, it also finds the files that hold several meetings and have one in the range other
/// than the meeting whose date is in the slot, by their other-meeting date terms (XDATEYYYYMMDD).
class MeetingDateRangeProcessor : public Xapian::RangeProcessor {
public:
    MeetingDateRangeProcessor(Xapian::valueno slot, const std::string& prefix, const Xapian::Database* db = nullptr);
    Xapian::Query operator()(const std::string& begin, const std::string& end) override;

private:
    const Xapian::Database* db_;
};

/// The other-meeting date terms (XDATEYYYYMMDD) of `db` from `from` to `to` (YYYYMMDD, either
/// may be empty for an open end) as one OR query, or an empty query when there are none.
Xapian::Query other_meeting_dates(const Xapian::Database& db, const std::string& from, const std::string& to);

}  // namespace quorum::query
