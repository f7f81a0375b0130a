/** @file ocr_date_repair.cpp @brief Repairs the misreads OCR makes in written dates, next to a month name only. */
#include "extractors/ocr/ocr_date_repair.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <vector>

namespace quorum::extract {
namespace {

/// A run of non-space characters and the white space after it.
struct Token {
    std::string text;
    std::string space;
};

std::vector<Token> tokenise(std::string_view text) {
    std::vector<Token> out;
    size_t i = 0;
    const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; };
    Token lead;  // white space before the first word
    while (i < text.size() && is_space(text[i])) lead.space += text[i++];
    if (!lead.space.empty()) out.push_back(lead);
    while (i < text.size()) {
        Token t;
        while (i < text.size() && !is_space(text[i])) t.text += text[i++];
        while (i < text.size() && is_space(text[i])) t.space += text[i++];
        out.push_back(std::move(t));
    }
    return out;
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool all_letters(std::string_view s) {
    if (s.empty()) return false;
    for (const char c : s)
        if (!std::isalpha(static_cast<unsigned char>(c))) return false;
    return true;
}

bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (const char c : s)
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    return true;
}

constexpr std::array<std::string_view, 12> kMonths = {"january", "february", "march",     "april",   "may",      "june",
                                                      "july",    "august",   "september", "october", "november", "december"};
constexpr std::array<std::string_view, 12> kShortMonths = {"jan", "feb", "mar", "apr", "jun", "jul",
                                                           "aug", "sep", "sept", "oct", "nov", "dec"};

bool full_month(std::string_view word) {
    const std::string w = lower(word);
    for (const auto m : kMonths)
        if (w == m) return true;
    return false;
}

/// `word` (letters only) names a month. "May" and the abbreviations only with a capital, as
/// "may", "mar" and "dec" are words or parts of words in lower case.
bool month_word(std::string_view word) {
    if (!all_letters(word)) return false;
    const bool capital = std::isupper(static_cast<unsigned char>(word[0])) != 0;
    const std::string w = lower(word);
    if (w == "may") return capital;
    if (full_month(word)) return true;
    for (const auto m : kShortMonths)
        if (w == m) return capital;
    return false;
}

/// The token without its trailing punctuation, and that punctuation.
std::pair<std::string, std::string> split_trailing(const std::string& token, std::string_view punctuation = ".,;:)") {
    size_t end = token.size();
    while (end > 0 && punctuation.find(token[end - 1]) != std::string_view::npos) --end;
    return {token.substr(0, end), token.substr(end)};
}

bool month_token(const std::string& token) { return month_word(split_trailing(token).first); }

std::string ordinal_suffix(int day) {
    if (day % 100 >= 11 && day % 100 <= 13) return "th";
    switch (day % 10) {
        case 1: return "st";
        case 2: return "nd";
        case 3: return "rd";
        default: return "th";
    }
}

/// The marks a superscript "st", "nd", "rd" or "th" is misread as (UTF-8).
constexpr std::array<std::string_view, 16> kSuperscriptMarks = {"\"", "'", "*", "^", "`", "?",  "\xE2\x80\x9C", "\xE2\x80\x9D",
                                                                "\xE2\x80\x98", "\xE2\x80\x99", "\xC2\xB0", "\xC2\xBA",
                                                                "\xC2\xAA", "\xC2\xB4", "\xC2\xA2", "\xC2\xB9"};

/// How many superscript marks `s` consists of, or 0 when it holds anything else.
int count_marks(std::string_view s) {
    int n = 0;
    while (!s.empty()) {
        bool matched = false;
        for (const auto mark : kSuperscriptMarks)
            if (s.substr(0, mark.size()) == mark) {
                s.remove_prefix(mark.size());
                matched = true;
                ++n;
                break;
            }
        if (!matched) return 0;
    }
    return n;
}

/// A digit OCR commonly reads as a letter, back as the digit; nullopt for any other character.
std::optional<char> confusable_digit(char c) {
    if (std::isdigit(static_cast<unsigned char>(c))) return c;
    switch (c) {
        case 'O': case 'o': return '0';
        case 'l': case 'I': case '|': return '1';
        case 'S': return '5';
        default: return std::nullopt;
    }
}

/// `core` with confusable letters as digits, and how many characters were digits already.
std::optional<std::pair<std::string, int>> as_digits(std::string_view core) {
    std::string out;
    int real = 0;
    for (const char c : core) {
        const auto d = confusable_digit(c);
        if (!d) return std::nullopt;
        real += std::isdigit(static_cast<unsigned char>(c)) ? 1 : 0;
        out += *d;
    }
    return std::make_pair(out, real);
}

bool ordinal_word(std::string_view s) {
    const std::string w = lower(s);
    return w == "st" || w == "nd" || w == "rd" || w == "th";
}

/// `token` read as a day of the month (1-31, with or without an ordinal, misreads repaired), or
/// nullopt when it is not one.
std::optional<std::string> repair_day(const std::string& token) {
    const auto [core, tail] = split_trailing(token);
    const auto valid = [](const std::string& number) {
        const int day = std::stoi(number);
        return day >= 1 && day <= 31;
    };
    // A day (one or two digits, some possibly read as letters) and then marks: 29" -> 29th.
    for (size_t digits = 1; digits <= 2 && digits < core.size(); ++digits) {
        const auto read = as_digits(core.substr(0, digits));
        const int marks = count_marks(std::string_view(core).substr(digits));
        if (read && read->second > 0 && marks >= 1 && marks <= 3 && valid(read->first))
            return read->first + ordinal_suffix(std::stoi(read->first)) + tail;
    }
    // A day of one or two digits, some possibly read as letters, with an optional ordinal.
    std::string number = core, suffix;
    if (core.size() > 2 && ordinal_word(core.substr(core.size() - 2))) {
        number = core.substr(0, core.size() - 2);
        suffix = core.substr(core.size() - 2);
    }
    if (number.empty() || number.size() > 2) return std::nullopt;
    const auto read = as_digits(number);
    if (!read || (read->second == 0 && suffix.empty()) || !valid(read->first)) return std::nullopt;
    return read->first + suffix + tail;
}

/// `token` read as a year 1800-2099 (letters misread for digits repaired; two real digits at
/// least), or nullopt.
std::optional<std::string> repair_year(const std::string& token) {
    const auto [core, tail] = split_trailing(token);
    if (core.size() != 4) return std::nullopt;
    const auto read = as_digits(core);
    if (!read || read->second < 2) return std::nullopt;
    const int year = std::stoi(read->first);
    if (year < 1800 || year > 2099) return std::nullopt;
    return read->first + tail;
}

/// Joins a year whose digits OCR spaced apart ("2 0 1 9", "20 19") starting at token `j`: the
/// number of tokens merged (0 when there is no such year).
size_t join_spaced_year(std::vector<Token>& t, size_t j) {
    std::string digits;
    size_t k = j;
    std::string tail;
    for (; k < t.size() && digits.size() < 4; ++k) {
        const auto [core, trailing] = split_trailing(t[k].text);
        if (!all_digits(core)) return 0;
        digits += core;
        tail = trailing;
        if (!trailing.empty() || (t[k].space != " " && digits.size() < 4)) {
            ++k;
            break;
        }
    }
    const size_t merged = k - j;
    if (merged < 2 || digits.size() != 4) return 0;
    const int year = std::stoi(digits);
    if (year < 1800 || year > 2099) return 0;
    t[j].text = digits + tail;
    t[j].space = t[k - 1].space;
    t.erase(t.begin() + static_cast<std::ptrdiff_t>(j + 1), t.begin() + static_cast<std::ptrdiff_t>(k));
    return merged;
}

/// Splits a day glued to the word before it ("Thurs28" before a month), a day glued to its month
/// ("28Nov", "28thNovember") and a year glued to its month ("November2020").
void split_glued(std::vector<Token>& t) {
    for (size_t i = 0; i < t.size(); ++i) {
        const std::string& s = t[i].text;
        size_t letters = 0;
        while (letters < s.size() && std::isalpha(static_cast<unsigned char>(s[letters]))) ++letters;
        if (letters >= 2 && letters < s.size()) {
            const auto [rest, tail] = split_trailing(s.substr(letters));
            const std::string word = s.substr(0, letters);
            const bool day_before_month = rest.size() <= 2 && all_digits(rest) && tail.empty() && i + 1 < t.size() &&
                                          month_token(t[i + 1].text) && !month_word(word);
            const bool year_after_month = rest.size() == 4 && all_digits(rest) && month_word(word);
            if (day_before_month || year_after_month) {
                const Token second{s.substr(letters), t[i].space};
                t[i] = {word, " "};
                t.insert(t.begin() + static_cast<std::ptrdiff_t>(i + 1), second);
                continue;
            }
        }
        size_t digits = 0;
        while (digits < s.size() && digits < 2 && std::isdigit(static_cast<unsigned char>(s[digits]))) ++digits;
        if (digits > 0 && digits < s.size()) {
            size_t at = digits;
            if (s.size() > at + 2 && ordinal_word(s.substr(at, 2)) && month_token(s.substr(at + 2))) at += 2;
            if (month_token(s.substr(at))) {
                const Token second{s.substr(at), t[i].space};
                t[i] = {s.substr(0, at), " "};
                t.insert(t.begin() + static_cast<std::ptrdiff_t>(i + 1), second);
            }
        }
    }
}

/// Joins a month name OCR broke at a space ("Janu ary").
void join_broken_months(std::vector<Token>& t) {
    for (size_t i = 0; i + 1 < t.size(); ++i) {
        if (t[i].space != " " || !all_letters(t[i].text) || full_month(t[i].text)) continue;
        const auto [second, tail] = split_trailing(t[i + 1].text);
        if (!all_letters(second) || !full_month(t[i].text + second)) continue;
        t[i].text += t[i + 1].text;
        t[i].space = t[i + 1].space;
        t.erase(t.begin() + static_cast<std::ptrdiff_t>(i + 1));
    }
}

/// Repairs the year that may follow a date at token `j`.
/// Repairs the year that may follow a date at token `j`: whether there is one.
bool repair_year_at(std::vector<Token>& t, size_t j) {
    if (j >= t.size()) return false;
    if (join_spaced_year(t, j) > 0) return true;
    const auto year = repair_year(t[j].text);
    if (year) t[j].text = *year;
    return year.has_value();
}

/// A date of three numbers with letters read for some digits ("l4.O5.2024", "14/05/2O24"):
/// every part holds a real digit, day and month are 1-31 (one of them 1-12), the year has 2
/// digits or is 1800-2099. nullopt for anything else.
std::optional<std::string> repair_numeric_date(const std::string& token) {
    const auto [core, tail] = split_trailing(token, ".,;:)");
    const size_t first = core.find_first_of("/.-");
    if (first == std::string::npos || first == 0) return std::nullopt;
    const char separator = core[first];
    const size_t second = core.find(separator, first + 1);
    if (second == std::string::npos || core.find(separator, second + 1) != std::string::npos) return std::nullopt;
    const std::string parts[3] = {core.substr(0, first), core.substr(first + 1, second - first - 1), core.substr(second + 1)};
    std::string numbers[3];
    for (int k = 0; k < 3; ++k) {
        const auto read = as_digits(parts[k]);
        if (!read || read->second == 0) return std::nullopt;
        numbers[k] = read->first;
    }
    if (numbers[0].size() > 2 || numbers[1].size() > 2 || (numbers[2].size() != 2 && numbers[2].size() != 4))
        return std::nullopt;
    const int a = std::stoi(numbers[0]), b = std::stoi(numbers[1]), year = std::stoi(numbers[2]);
    if (a < 1 || a > 31 || b < 1 || b > 31 || std::min(a, b) > 12) return std::nullopt;
    if (numbers[2].size() == 4 && (year < 1800 || year > 2099)) return std::nullopt;
    return numbers[0] + separator + numbers[1] + separator + numbers[2] + tail;
}

/// A date OCR broke over lines ("May 14,\n2024"): the line breaks inside tokens [from, to] become
/// spaces, as the year alone on a line would otherwise be taken for a page number and dropped.
void join_date_lines(std::vector<Token>& t, size_t from, size_t to) {
    for (size_t k = from; k < to && k < t.size(); ++k)
        if (t[k].space.find('\n') != std::string::npos) t[k].space = " ";
}

}  // namespace

std::string repair_ocr_dates(std::string_view text) {
    std::vector<Token> t = tokenise(text);
    split_glued(t);
    join_broken_months(t);
    for (auto& token : t)
        if (const auto date = repair_numeric_date(token.text)) token.text = *date;
    for (size_t i = 0; i < t.size(); ++i) {
        if (!month_token(t[i].text)) continue;
        bool day_before = false;
        if (i > 0) {
            if (const auto day = repair_day(t[i - 1].text)) {
                t[i - 1].text = *day;
                day_before = true;
            }
        }
        size_t year_at = i + 1;
        if (!day_before && i + 1 < t.size()) {
            if (const auto day = repair_day(t[i + 1].text)) {
                t[i + 1].text = *day;
                year_at = i + 2;
            }
        }
        const bool has_day = day_before || year_at == i + 2;
        if (repair_year_at(t, year_at) && has_day) join_date_lines(t, day_before ? i - 1 : i, year_at);
    }
    std::string out;
    out.reserve(text.size() + 16);
    for (const auto& token : t) out += token.text + token.space;
    return out;
}

}  // namespace quorum::extract
