/** @file date_util.cpp @brief Recognises one written date (words, ordinals, numeric, ISO, spelled-out years) at the start of text. */
#include "facets/date_util.h"

#include <array>
#include <vector>
#include <cctype>
#include <cstdio>

namespace quorum::facets::date_util {
namespace {

bool is_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool is_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

/// A cursor over the text being matched; every step either consumes or leaves `pos` alone.
struct Cursor {
    std::string_view text;
    size_t pos = 0;

    bool at_end() const { return pos >= text.size(); }
    char peek(size_t ahead = 0) const { return pos + ahead < text.size() ? text[pos + ahead] : '\0'; }

    // Skips `chars`; where they include a space, no-break spaces too.
    void skip(std::string_view chars) {
        const bool spaces = chars.find(' ') != std::string_view::npos;
        for (;;) {
            if (!at_end() && chars.find(text[pos]) != std::string_view::npos) ++pos;
            else if (spaces && text.substr(pos, 2) == "\u00a0") pos += 2;
            else return;
        }
    }
    void skip_spaces() { skip(" \t*"); }
    std::string_view word() const {  // letters at pos, not consumed
        size_t end = pos;
        while (end < text.size() && is_alpha(text[end])) ++end;
        return text.substr(pos, end - pos);
    }
    std::string_view digits() const {
        size_t end = pos;
        while (end < text.size() && is_digit(text[end])) ++end;
        return text.substr(pos, end - pos);
    }
    bool take_word(std::string_view lowered) {
        std::string_view w = word();
        if (lower(w) != lowered) return false;
        pos += w.size();
        return true;
    }
    bool boundary() const { return at_end() || !is_alnum(text[pos]); }
};

int to_int(std::string_view digits) {
    int v = 0;
    for (char c : digits) v = v * 10 + (c - '0');
    return v;
}

int expand_year(std::string_view digits) {
    const int y = to_int(digits);
    if (digits.size() == 4) return y;
    return y < 70 ? 2000 + y : 1900 + y;  // two-digit years: 00-69 -> 20xx
}

std::optional<DateMatch> finish(int year, int month, int day, const Cursor& c, bool weekday, bool numeric) {
    if (year < 1900 || year > 2099 || !is_valid_date(year, month, day) || !c.boundary()) return std::nullopt;
    return DateMatch{year, month, day, c.pos, weekday, numeric};
}

// A superscript ordinal ("6th" with a raised "th") that optical character recognition read
// as a mark: 6" MAY, 22” April, 1* April. Returns its length in bytes, or 0.
size_t ocr_ordinal_mark(std::string_view rest) {
    if (!rest.empty() && (rest[0] == '"' || rest[0] == '*')) return 1;
    if (rest.substr(0, 3) == "\u201d" || rest.substr(0, 3) == "\u201c") return 3;
    return 0;
}

// "1st", "22ND", "3rd", "12th" (suffix optional); an OCR-mangled superscript suffix when a
// month follows (`6" MAY`).
bool take_day(Cursor& c, int& day) {
    std::string_view d = c.digits();
    if (d.empty() || d.size() > 2) return false;
    c.pos += d.size();
    day = to_int(d);
    std::string suffix = lower(c.word());
    if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") {
        c.pos += suffix.size();
    } else if (const size_t mark = ocr_ordinal_mark(c.text.substr(c.pos)); mark > 0) {
        Cursor after = c;
        after.pos += mark;
        after.skip(" \t,");
        if (month_number(after.word()) != 0) c.pos += mark;
    } else if (c.peek() == ' ') {
        // A superscript ordinal a PDF gives as a word of its own: "Thursday 2 nd April 2020".
        Cursor after = c;
        ++after.pos;
        const std::string raised = lower(after.word());
        if (raised == "st" || raised == "nd" || raised == "rd" || raised == "th") {
            after.pos += raised.size();
            Cursor month = after;
            month.skip(" \t,");
            if (month_number(month.word()) != 0) c.pos = after.pos;
        }
    }
    return c.boundary();
}

bool take_month(Cursor& c, int& month) {
    std::string_view w = c.word();
    month = month_number(w);
    if (month == 0) return false;
    c.pos += w.size();
    if (c.peek() == '.') ++c.pos;
    return true;
}

bool take_year4(Cursor& c, int& year) {
    std::string_view d = c.digits();
    if (d.size() != 4) return false;
    c.pos += 4;
    year = to_int(d);
    return true;
}

// "8 March 2018", "1st October, 2009", "12TH DAY OF JANUARY, 2011", "13-Feb-2025".
std::optional<DateMatch> day_month_year(Cursor c, bool weekday) {
    int day = 0, month = 0, year = 0;
    if (!take_day(c, day)) return std::nullopt;
    c.skip(" \t-,");
    if (c.take_word("day")) c.skip_spaces();
    if (c.take_word("of")) c.skip_spaces();
    if (!take_month(c, month)) return std::nullopt;
    c.skip(" \t-,*");
    if (!take_year4(c, year)) return std::nullopt;
    return finish(year, month, day, c, weekday, false);
}

// "January 18, 2005", "March 8th 2018".
std::optional<DateMatch> month_day_year(Cursor c, bool weekday) {
    int day = 0, month = 0, year = 0;
    if (!take_month(c, month)) return std::nullopt;
    c.skip_spaces();
    if (!take_day(c, day)) return std::nullopt;
    c.skip(" \t,*");
    if (!take_year4(c, year)) return std::nullopt;
    return finish(year, month, day, c, weekday, false);
}

// "08/03/2018", "8.3.18", "08-03-2018"; day-first unless prefer_mdy, but a weekday written before
// it decides when only the other order falls on it ("Thursday, 4/11/2019" is 11 April: 4 November
// 2019 was a Monday). `weekday`: 0 = Monday ... 6 = Sunday, -1 when none is written.
std::optional<DateMatch> numeric_dmy(Cursor c, int weekday, bool prefer_mdy) {
    std::string_view a = c.digits();
    if (a.empty() || a.size() > 2) return std::nullopt;
    c.pos += a.size();
    const char sep = c.peek();
    if (sep != '/' && sep != '.' && sep != '-') return std::nullopt;
    ++c.pos;
    std::string_view b = c.digits();
    if (b.empty() || b.size() > 2) return std::nullopt;
    c.pos += b.size();
    if (c.peek() != sep) return std::nullopt;
    ++c.pos;
    std::string_view y = c.digits();
    if (y.size() != 2 && y.size() != 4) return std::nullopt;
    c.pos += y.size();
    const int first = to_int(a), second = to_int(b), year = expand_year(y);
    const bool has_weekday = weekday >= 0;
    auto preferred = prefer_mdy ? finish(year, first, second, c, has_weekday, true) : finish(year, second, first, c, has_weekday, true);
    if (!has_weekday || (preferred && weekday_of(preferred->year, preferred->month, preferred->day) == weekday)) return preferred;
    auto other = prefer_mdy ? finish(year, second, first, c, has_weekday, true) : finish(year, first, second, c, has_weekday, true);
    if (other && weekday_of(other->year, other->month, other->day) == weekday) return other;
    return preferred;
}

// "2018-03-08", "2018/03/08".
std::optional<DateMatch> iso(Cursor c, bool weekday) {
    int year = 0;
    if (!take_year4(c, year)) return std::nullopt;
    const char sep = c.peek();
    if (sep != '-' && sep != '/') return std::nullopt;
    ++c.pos;
    std::string_view m = c.digits();
    if (m.empty() || m.size() > 2) return std::nullopt;
    c.pos += m.size();
    if (c.peek() != sep) return std::nullopt;
    ++c.pos;
    std::string_view d = c.digits();
    if (d.empty() || d.size() > 2) return std::nullopt;
    c.pos += d.size();
    // "2023-06-14T10:00:00Z": a time may follow the date directly.
    Cursor boundary = c;
    if (c.peek() == 'T' && is_digit(c.peek(1))) boundary.pos = c.text.size();
    auto match = finish(year, to_int(m), to_int(d), boundary, weekday, true);
    if (match) match->length = c.pos;
    return match;
}

// --- Spelled-out dates: "January the Third, Nineteen Hundred and Ninety-Six" ---------------

int number_word(std::string_view w) {
    static constexpr std::array<std::string_view, 20> units = {
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    static constexpr std::array<std::string_view, 8> tens = {"twenty", "thirty", "forty", "fifty",
                                                             "sixty", "seventy", "eighty", "ninety"};
    const std::string l = lower(w);
    for (size_t i = 0; i < units.size(); ++i)
        if (l == units[i]) return static_cast<int>(i);
    for (size_t i = 0; i < tens.size(); ++i)
        if (l == tens[i]) return static_cast<int>(20 + 10 * i);
    return -1;
}

int ordinal_word(std::string_view w) {
    static constexpr std::array<std::string_view, 20> ordinals = {
        "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
        "eighteenth", "nineteenth"};
    const std::string l = lower(w);
    for (size_t i = 1; i < ordinals.size(); ++i)
        if (l == ordinals[i]) return static_cast<int>(i);
    if (l == "twentieth") return 20;
    if (l == "thirtieth") return 30;
    return -1;
}

// "Third", "Twenty-First", "Thirty First".
bool take_ordinal_words(Cursor& c, int& day) {
    std::string_view w = c.word();
    if (int v = ordinal_word(w); v > 0) return c.pos += w.size(), day = v, true;
    const int ten = number_word(w);
    if (ten != 20 && ten != 30) return false;
    Cursor d = c;
    d.pos += w.size();
    d.skip(" -");
    std::string_view u = d.word();
    const int unit = ordinal_word(u);
    if (unit < 1 || unit > 9) return false;
    c.pos = d.pos + u.size();
    day = ten + unit;
    return true;
}

// "Nineteen Hundred and Ninety-Six", "Two Thousand and Ten", "Two Thousand Three".
bool take_year_words(Cursor& c, int& year) {
    int total = 0, current = 0, words = 0;
    for (;;) {
        Cursor next = c;
        next.skip(" -");
        std::string_view w = next.word();
        const std::string l = lower(w);
        if (l.empty()) break;
        if (const int v = number_word(w); v >= 0) current += v;
        else if (l == "hundred") current *= 100;
        else if (l == "thousand") total += current * 1000, current = 0;
        else if (l != "and") break;
        next.pos += w.size();
        c = next;
        ++words;
    }
    year = total + current;
    return words >= 2;
}

std::optional<DateMatch> spelled_out(Cursor c, bool weekday) {
    int month = 0, day = 0, year = 0;
    if (!take_month(c, month)) return std::nullopt;
    c.skip_spaces();
    if (c.take_word("the")) c.skip_spaces();
    if (!take_ordinal_words(c, day)) return std::nullopt;
    c.skip(" ,");
    if (!take_year_words(c, year)) return std::nullopt;
    return finish(year, month, day, c, weekday, false);
}

// An optional leading weekday ("Thursday", "Thurs.", "WED,") and "the".
// Returns the weekday read (0 = Monday ... 6 = Sunday), -1 when there is none.
int take_weekday(Cursor& c) {
    std::string_view w = c.word();
    if (!is_weekday(w)) return -1;
    c.pos += w.size();
    c.skip(" \t.,*");
    return weekday_index(w);
}

}  // namespace

int month_number(std::string_view word) {
    static constexpr std::array<std::string_view, 12> names = {"january", "february", "march", "april",
                                                               "may", "june", "july", "august",
                                                               "september", "october", "november", "december"};
    const std::string w = lower(word);
    if (w.size() < 3) return 0;
    for (size_t i = 0; i < names.size(); ++i) {
        if (w == names[i]) return static_cast<int>(i + 1);
        if (w.size() == 3 && names[i].substr(0, 3) == w) return static_cast<int>(i + 1);
    }
    return w == "sept" ? 9 : 0;
}

bool is_weekday(std::string_view word) {
    static constexpr std::array<std::string_view, 7> names = {"monday", "tuesday", "wednesday", "thursday",
                                                              "friday", "saturday", "sunday"};
    static constexpr std::array<std::string_view, 5> extra = {"tues", "weds", "thur", "thurs", "tue"};
    const std::string w = lower(word);
    if (w.size() < 3) return false;
    for (auto n : names)
        if (w == n || w == n.substr(0, 3)) return true;
    for (auto n : extra)
        if (w == n) return true;
    return false;
}

bool is_valid_date(int year, int month, int day) {
    static constexpr std::array<int, 12> days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1) return false;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= days[static_cast<size_t>(month - 1)] + (month == 2 && leap ? 1 : 0);
}

std::string iso_date(int year, int month, int day) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    return buffer;
}

bool could_start_date(std::string_view text, size_t pos) {
    if (pos >= text.size() || (pos > 0 && is_alnum(text[pos - 1]))) return false;
    if (is_digit(text[pos])) return true;
    Cursor c{text, pos};
    std::string_view w = c.word();
    return month_number(w) != 0 || is_weekday(w);
}

std::optional<DateMatch> match_date(std::string_view text, bool prefer_mdy) {
    Cursor c{text, 0};
    c.skip_spaces();
    const int weekday_read = take_weekday(c);
    const bool weekday = weekday_read >= 0;
    if (c.take_word("the")) c.skip_spaces();
    if (is_digit(c.peek())) {
        if (auto m = iso(c, weekday)) return m;
        if (auto m = numeric_dmy(c, weekday_read, prefer_mdy)) return m;
        return day_month_year(c, weekday);
    }
    if (auto m = month_day_year(c, weekday)) return m;
    return spelled_out(c, weekday);
}

int weekday_index(std::string_view word) {
    if (!is_weekday(word)) return -1;
    static constexpr std::array<std::string_view, 7> prefixes = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    const std::string w = lower(word.substr(0, 3));
    for (size_t i = 0; i < prefixes.size(); ++i)
        if (w == prefixes[i]) return static_cast<int>(i);
    return -1;
}

int weekday_of(int year, int month, int day) {
    // Sakamoto's method: 0 = Sunday; shifted so that 0 = Monday.
    static constexpr std::array<int, 12> t = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    if (month < 3) year -= 1;
    const int sunday_first = (year + year / 4 - year / 100 + year / 400 + t[static_cast<size_t>(month - 1)] + day) % 7;
    return (sunday_first + 6) % 7;
}

std::optional<YearlessMatch> match_yearless(std::string_view text) {
    // Words and numbers, with the bytes they end at.
    struct Token {
        std::string_view text;
        size_t end;
    };
    std::vector<Token> tokens;
    for (size_t i = 0; i < text.size() && tokens.size() < 6;) {
        while (i < text.size() && (text[i] == ' ' || text[i] == ',' || text[i] == '.' || text[i] == '*')) ++i;
        const size_t start = i;
        while (i < text.size() && is_alnum(text[i])) ++i;
        if (i == start) break;
        tokens.push_back({text.substr(start, i - start), i});
    }
    if (tokens.size() < 3) return std::nullopt;
    const int weekday = weekday_index(tokens[0].text);
    if (weekday < 0) return std::nullopt;
    auto day_of = [](std::string_view t) {
        size_t n = 0;
        while (n < t.size() && is_digit(t[n])) ++n;
        if (n == 0 || n > 2) return 0;
        const std::string rest = lower(t.substr(n));
        if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th") return 0;
        return std::stoi(std::string(t.substr(0, n)));
    };
    if (lower(tokens[1].text) == "the") tokens.erase(tokens.begin() + 1);  // "Thursday the 3rd of May"
    if (tokens.size() < 3) return std::nullopt;
    int day = 0, month = 0;
    size_t next = 0, end = 0;
    if ((day = day_of(tokens[1].text)) != 0) {
        size_t m = 2;
        if (lower(tokens[m].text) == "of" && tokens.size() > 3) ++m;
        month = month_number(tokens[m].text);
        next = m + 1;
        end = tokens[m].end;
    } else if ((month = month_number(tokens[1].text)) != 0) {
        day = day_of(tokens[2].text);
        next = 3;
        end = tokens[2].end;
    }
    if (day < 1 || day > 31 || month == 0) return std::nullopt;
    // A year after it makes it a full date (match_date's business).
    if (next < tokens.size() && tokens[next].text.size() == 4 && is_digit(tokens[next].text[0])) return std::nullopt;
    return YearlessMatch{month, day, weekday, end};
}

}  // namespace quorum::facets::date_util
