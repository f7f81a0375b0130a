/** @file date_range.cpp @brief Partial-date expansion and the meeting-date range processor. */
#include "query/date_range.h"

#include <chrono>
#include <cstdio>
#include <regex>
#include <vector>

#include "query/query_error.h"
#include "schema/fields.h"

namespace quorum::query {
namespace {

bool valid_ymd(int y, int m, int d) {
    using namespace std::chrono;
    return year_month_day{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}}.ok();
}

int last_day(int y, int m) {
    using namespace std::chrono;
    return static_cast<int>(static_cast<unsigned>(
        year_month_day_last{year{y}, month_day_last{month{static_cast<unsigned>(m)}}}.day()));
}

std::string ymd(int y, int m, int d) {
    char out[16];
    std::snprintf(out, sizeof out, "%04d%02d%02d", y, m, d);
    return out;
}

}  // namespace

std::optional<std::string> expand_date(const std::string& text, bool is_end) {
    static const std::regex year_re(R"((\d{4}))");
    static const std::regex month_re(R"((\d{4})-(\d{1,2}))");
    static const std::regex iso_re(R"((\d{4})-(\d{1,2})-(\d{1,2}))");
    static const std::regex compact_re(R"((\d{4})(\d{2})(\d{2}))");
    static const std::regex uk_re(R"((\d{1,2})/(\d{1,2})/(\d{4}))");
    std::smatch m;
    int y = 0, mo = 0, d = 0;
    if (std::regex_match(text, m, year_re)) {
        y = std::stoi(m[1]);
        mo = is_end ? 12 : 1;
        d = is_end ? 31 : 1;
    } else if (std::regex_match(text, m, month_re)) {
        y = std::stoi(m[1]);
        mo = std::stoi(m[2]);
        if (mo < 1 || mo > 12) return std::nullopt;
        d = is_end ? last_day(y, mo) : 1;
    } else if (std::regex_match(text, m, iso_re) || std::regex_match(text, m, compact_re)) {
        y = std::stoi(m[1]);
        mo = std::stoi(m[2]);
        d = std::stoi(m[3]);
    } else if (std::regex_match(text, m, uk_re)) {
        d = std::stoi(m[1]);
        mo = std::stoi(m[2]);
        y = std::stoi(m[3]);
    } else {
        return std::nullopt;
    }
    if (!valid_ymd(y, mo, d)) return std::nullopt;
    return ymd(y, mo, d);
}

MeetingDateRangeProcessor::MeetingDateRangeProcessor(Xapian::valueno slot, const std::string& prefix,
                                                     const Xapian::Database* db)
    : Xapian::RangeProcessor(slot, prefix), db_(db) {}

Xapian::Query other_meeting_dates(const Xapian::Database& db, const std::string& from, const std::string& to) {
    const std::string prefix(schema::field(schema::names::kOtherMeetingDate).prefix);
    std::vector<Xapian::Query> terms;
    Xapian::TermIterator t = db.allterms_begin(prefix);
    if (!from.empty()) t.skip_to(prefix + from);
    for (; t != db.allterms_end(prefix); ++t) {
        const std::string term = *t;
        if (!to.empty() && term.compare(prefix.size(), std::string::npos, to) > 0) break;
        terms.emplace_back(term);
    }
    if (terms.empty()) return Xapian::Query();
    return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

Xapian::Query MeetingDateRangeProcessor::operator()(const std::string& begin, const std::string& end) {
    std::string from, to;
    if (!begin.empty()) {
        auto b = expand_date(begin, false);
        if (!b) throw QueryError("'" + begin + "' is not a date (use YYYY, YYYY-MM, YYYY-MM-DD or DD/MM/YYYY)", 0);
        from = *b;
    }
    if (!end.empty()) {
        auto e = expand_date(end, true);
        if (!e) throw QueryError("'" + end + "' is not a date (use YYYY, YYYY-MM, YYYY-MM-DD or DD/MM/YYYY)", 0);
        to = *e;
    }
    if (!from.empty() && !to.empty() && from > to)
        throw QueryError("impossible date range: " + begin + " is after " + end, 0);
    if (from.empty() && to.empty()) throw QueryError("empty date range: give a start or an end date", 0);
    const Xapian::Query first = from.empty() ? Xapian::Query(Xapian::Query::OP_VALUE_LE, slot, to)
                                : to.empty() ? Xapian::Query(Xapian::Query::OP_VALUE_GE, slot, from)
                                             : Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, from, to);
    if (!db_) return first;
    const Xapian::Query other = other_meeting_dates(*db_, from, to);
    return other.empty() ? first : Xapian::Query(Xapian::Query::OP_OR, first, other);
}

}  // namespace quorum::query
