/** @file date_util.h @brief Recognising one written date at a position in text: the building block of parse_date and the meeting-date detector. */
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace quorum::facets::date_util {

/// A date found at the start of some text.
struct DateMatch {
    int year = 0;
    int month = 0;
    int day = 0;
    size_t length = 0;         ///< bytes of text the date (with any weekday prefix) covers
    bool has_weekday = false;  ///< "Thursday 1 October 2009"
    bool numeric = false;      ///< "08/03/2018", "2018-03-08"
};

/// Reads one date at the very start of `text` (leading spaces and markdown '*' allowed):
/// an optional weekday, then "8 March 2018", "1st October, 2009", "12TH DAY OF JANUARY, 2011",
/// "January 18, 2005", "March 8th 2018", "08/03/2018", "08.03.18", "2018-03-08", or the
/// spelled-out "January the Third, Nineteen Hundred and Ninety-Six". Numeric day/month dates
/// are day-first unless `prefer_mdy`; the other reading is tried only when a weekday written
/// before the date falls on it and not on the first ("Thursday, 4/11/2019" is 11 April). Impossible dates
/// (31 April, 29 February 2023) and years outside 1900-2099 give nullopt.
std::optional<DateMatch> match_date(std::string_view text, bool prefer_mdy);

/// 1..12 for an English month name or its abbreviation ("Sept", "oct."), any case; else 0.
int month_number(std::string_view word);

/// True for an English weekday name or abbreviation ("Thu", "Thurs", "WEDNESDAY").
bool is_weekday(std::string_view word);

/// True when the date exists in the Gregorian calendar.
bool is_valid_date(int year, int month, int day);

/// "YYYY-MM-DD".
std::string iso_date(int year, int month, int day);

/// A date written with its weekday but without its year: "Wednesday 12th December", "Monday,
/// October 14".
struct YearlessMatch {
    int month = 0;
    int day = 0;
    int weekday = 0;    ///< 0 = Monday ... 6 = Sunday
    size_t length = 0;  ///< bytes of text it covers
};

/// Reads a weekday, then a day and a month (either order) at the start of `text`, when no year
/// follows; nullopt otherwise (match_date reads dates with a year).
std::optional<YearlessMatch> match_yearless(std::string_view text);

/// 0 = Monday ... 6 = Sunday for an English weekday name or abbreviation; -1 otherwise.
int weekday_index(std::string_view word);

/// The weekday of a valid date, 0 = Monday ... 6 = Sunday.
int weekday_of(int year, int month, int day);

/// True when a date could start at `text[pos]` (a digit, or a month or weekday name at a
/// word start); a cheap filter before match_date.
bool could_start_date(std::string_view text, size_t pos);

}  // namespace quorum::facets::date_util
