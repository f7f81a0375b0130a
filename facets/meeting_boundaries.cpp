/** @file meeting_boundaries.cpp @brief Finds where each meeting of a file that holds several starts: a later minutes heading with its own date, or with its own item numbering. */
#include "facets/meeting_boundaries.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>

#include "extractors/data_file.h"
#include "facets/date_util.h"

namespace quorum::facets {
namespace {

// Block text is short or the heading area ends: a block longer than this is a paragraph.
constexpr size_t kMaxHeadingBytes = 250;
// How far into a file the first meeting's heading is looked for, and how far after a later
// heading its first item must be.
constexpr size_t kFirstHeadingBlocks = 10;
constexpr size_t kItemsWithinBlocks = 40;
// A heading printed this often is a running line, not a meeting.
constexpr int kRunningLineRepeats = 3;

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// "minutes" as a word at `at` of lower-case `text`.
size_t find_word(const std::string& text, std::string_view word) {
    for (size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
        const bool start = at == 0 || !std::isalpha(static_cast<unsigned char>(text[at - 1]));
        const size_t end = at + word.size();
        const bool finish = end == text.size() || !std::isalpha(static_cast<unsigned char>(text[end]));
        if (start && finish) return at;
    }
    return std::string::npos;
}

// An item number at the start of a block: "3. Apologies", "07.21.01 Apologies", "23/031 Planning",
// "Minute 45 Apologies", "4) Finance". The number, or nullopt.
std::optional<std::string> leading_item_number(std::string_view text) {
    text = trim(text);
    for (std::string_view word : {"Minute ", "MINUTE ", "Item ", "ITEM "})
        if (text.starts_with(word)) {
            text.remove_prefix(word.size());
            break;
        }
    size_t i = 0;
    int slashes = 0;
    bool dotted = false;
    while (i < text.size() && (is_digit(text[i]) || ((text[i] == '.' || text[i] == '/') && i + 1 < text.size() &&
                                                     is_digit(text[i + 1])))) {
        if (text[i] == '/') ++slashes;
        if (text[i] == '.' || text[i] == '/') dotted = true;
        ++i;
    }
    if (i == 0 || i > 10 || slashes > 1) return std::nullopt;
    const std::string number(text.substr(0, i));
    if (!dotted && number.size() == 4) return std::nullopt;  // a year
    if (i < text.size() && (text[i] == '.' || text[i] == ')' || text[i] == ':')) ++i;
    else if (!dotted) return std::nullopt;
    if (i + 1 >= text.size() || text[i] != ' ') return std::nullopt;
    const unsigned char first = static_cast<unsigned char>(text[i + 1]);
    if (!std::isupper(first) && !is_digit(static_cast<char>(first))) return std::nullopt;
    return number;
}

// The parts of an item number and whether they were separated by '/'.
struct NumberParts {
    std::vector<long> parts;
    bool slashed = false;
};

NumberParts number_parts(const std::string& number) {
    NumberParts out;
    long part = 0;
    for (char c : number) {
        if (is_digit(c)) {
            part = part * 10 + (c - '0');
            if (part > 1'000'000) part = 1'000'000;
        } else {
            out.parts.push_back(part);
            part = 0;
            if (c == '/') out.slashed = true;
        }
    }
    out.parts.push_back(part);
    return out;
}

// Whether `next` starts a new numbering rather than going on from `last`: another shape, or
// not after it ("1" after "3"; "07.21.01" after "3").
bool numbering_restarts(const std::string& last, const std::string& next) {
    const NumberParts a = number_parts(last), b = number_parts(next);
    if (a.parts.size() != b.parts.size() || a.slashed != b.slashed) return true;
    return !(a.parts < b.parts);
}

// A heading's words without its figures, to tell two meetings' headings apart.
std::string heading_words(std::string_view text) {
    std::string out;
    for (char c : text)
        if (std::isalpha(static_cast<unsigned char>(c))) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// A line such as "BRACKENFORD PARISH COUNCIL" printed above a meeting's heading: short, no
// figures, capitals or a heading.
bool is_name_line(const extract::Block& b) {
    const std::string_view t = trim(b.text);
    if (t.empty() || t.size() > 80) return false;
    if (std::any_of(t.begin(), t.end(), [](char c) { return is_digit(c); })) return false;
    if (b.kind == extract::BlockKind::Heading) return true;
    return std::none_of(t.begin(), t.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
}

// An attendance line or item that opens a meeting's record: "Present:", "PRESENT", "Members
// present", "In attendance", "Apologies for absence", "Roll call", "1. Apologies". Never a page's
// running heading, which is followed by the items it runs over.
bool opens_attendance(std::string_view text) {
    text = trim(text);
    if (const auto number = leading_item_number(text)) {
        const size_t space = text.find(' ', number->size());
        text = space == std::string_view::npos ? std::string_view() : trim(text.substr(space));
    }
    const std::string l = lower(text.substr(0, 60));
    for (std::string_view label : {"present", "members present", "councillors present", "members in attendance",
                                   "in attendance", "attendance", "apologies", "roll call", "attendees"}) {
        if (!l.starts_with(label)) continue;
        const size_t end = label.size();
        if (end == l.size() || l[end] == ':' || l[end] == ' ' || l[end] == '-' || l[end] == ',' || l[end] == '.') return true;
    }
    return false;
}

// Whether the heading at `at` is followed by the opening of a meeting's record: an attendance
// line before its first item, or a first item that is one.
bool heading_opens_record(const std::vector<extract::Block>& blocks, const std::vector<std::optional<std::string>>& numbers,
                          const std::vector<bool>& heading, size_t at) {
    for (size_t j = at + 1; j < blocks.size() && j <= at + kItemsWithinBlocks && !heading[j]; ++j) {
        if (opens_attendance(blocks[j].text)) return true;
        if (numbers[j]) return false;
    }
    return false;
}

}  // namespace

bool is_minutes_heading(std::string_view text) {
    text = trim(text);
    if (text.size() < 8 || text.size() > kMaxHeadingBytes || is_digit(text.front())) return false;
    if (leading_item_number(text)) return false;
    const std::string l = lower(text);
    const size_t at = find_word(l, "minutes");
    if (at == std::string::npos || at > 100) return false;
    // Before "minutes" only a name: words that start with a capital ("Ashcombe Town Council").
    for (size_t i = 0; i < at; ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        const bool word_start = i == 0 || text[i - 1] == ' ';
        if (word_start && std::islower(c) && l.compare(i, 3, "of ") != 0 && l.compare(i, 4, "the ") != 0 &&
            l.compare(i, 4, "and ") != 0)
            return false;
        if (is_digit(static_cast<char>(c))) return false;
    }
    // About minutes rather than opening them.
    for (std::string_view word : {"previous", "last meeting", "approv", "confirm", "receiv", "adopt", "signed",
                                  "agreed", "accuracy", "correct record", "matters arising", "(item", "were ",
                                  " are ", " was ", " is ", "taken by", "minutes secretary", "see minute",
                                  "draft minutes of the"})
        if (l.find(word) != std::string::npos) return false;
    const char last = text.back();
    if ((last == ',' || last == ';' || last == ':') && l.find("held") == std::string::npos) return false;
    if (last == '.' && l.find("held") == std::string::npos) return false;
    // What it names: a meeting (or a council, committee or board that met).
    for (std::string_view word : {"meeting", "held", "council", "committee", "board", "commission", "cabinet"})
        if (find_word(l, word) != std::string::npos) return true;
    return false;
}

std::string heading_area_date(const std::vector<extract::Block>& blocks, size_t first) {
    for (size_t i = first; i < blocks.size() && i < first + 4; ++i) {
        const std::string_view t = trim(blocks[i].text);
        if (t.size() > kMaxHeadingBytes && i > first) break;
        for (size_t pos = 0; pos < t.size(); ++pos) {
            if (!date_util::could_start_date(t, pos)) continue;
            auto m = date_util::match_date(t.substr(pos), false);
            if (!m) m = date_util::match_date(t.substr(pos), true);
            if (m) return date_util::iso_date(m->year, m->month, m->day);
        }
    }
    return "";
}

std::vector<size_t> meeting_starts(const extract::Extraction& extraction) {
    const auto& blocks = extraction.blocks;
    std::vector<size_t> starts{0};
    if (blocks.empty() || extract::is_data_file(extraction)) return starts;

    std::vector<std::optional<std::string>> numbers(blocks.size());
    std::vector<bool> heading(blocks.size(), false);
    std::map<std::string, int> repeats;
    for (size_t i = 0; i < blocks.size(); ++i) {
        numbers[i] = leading_item_number(blocks[i].text);
        heading[i] = !numbers[i] && is_minutes_heading(blocks[i].text);
        if (heading[i]) ++repeats[std::string(trim(blocks[i].text))];
    }

    // The first meeting's heading and date.
    size_t first_heading = 0;
    bool has_first_heading = false;
    for (size_t i = 0; i < blocks.size() && i < kFirstHeadingBlocks && !numbers[i]; ++i)
        if (heading[i]) {
            first_heading = i;
            has_first_heading = true;
            break;
        }
    std::string current_heading = has_first_heading ? heading_words(blocks[first_heading].text) : "";
    std::string current_date = heading_area_date(blocks, first_heading);
    std::optional<std::string> last_number;  // the current meeting's last item number so far

    for (size_t i = 0; i < blocks.size(); ++i) {
        if (numbers[i]) {
            last_number = numbers[i];
            continue;
        }
        if (!heading[i] || !last_number) continue;
        // A heading printed with an attendance line after it opens a meeting even when every meeting
        // of the file prints the same words without a date; otherwise printed often, it is a running line.
        const bool opens_record = heading_opens_record(blocks, numbers, heading, i);
        if (!opens_record && repeats[std::string(trim(blocks[i].text))] >= kRunningLineRepeats) continue;
        // Its own items: a numbered block soon after it, before any other minutes heading.
        std::optional<std::string> next_number;
        for (size_t j = i + 1; j < blocks.size() && j <= i + kItemsWithinBlocks && !heading[j]; ++j)
            if (numbers[j]) {
                next_number = numbers[j];
                break;
            }
        if (!next_number) continue;
        const std::string date = heading_area_date(blocks, i);
        const std::string words = heading_words(blocks[i].text);
        const bool own_date = !date.empty() && date != current_date;
        const bool own_numbering = words != current_heading && numbering_restarts(*last_number, *next_number);
        if (!own_date && !own_numbering && !opens_record) continue;
        size_t start = i;
        while (start > starts.back() + 1 && start + 2 > i && !numbers[start - 1] && !heading[start - 1] &&
               blocks[start - 1].page == blocks[i].page && is_name_line(blocks[start - 1]))
            --start;
        starts.push_back(start);
        current_heading = words;
        current_date = date;
        last_number.reset();
    }
    return starts;
}

extract::Extraction meeting_segment(const extract::Extraction& extraction, const std::vector<size_t>& starts,
                                    size_t index) {
    extract::Extraction out;
    out.path = extraction.path;
    out.format = extraction.format;
    out.pages = extraction.pages;
    const size_t begin = index < starts.size() ? starts[index] : extraction.blocks.size();
    const size_t end = index + 1 < starts.size() ? starts[index + 1] : extraction.blocks.size();
    out.blocks.assign(extraction.blocks.begin() + static_cast<std::ptrdiff_t>(std::min(begin, extraction.blocks.size())),
                      extraction.blocks.begin() + static_cast<std::ptrdiff_t>(std::min(end, extraction.blocks.size())));
    if (index == 0) {
        out.title = extraction.title;
        out.metadata = extraction.metadata;
    } else {
        out.title = meeting_heading(extraction, starts, index);
    }
    return out;
}

std::string meeting_heading(const extract::Extraction& extraction, const std::vector<size_t>& starts, size_t index) {
    if (index >= starts.size()) return "";
    const size_t begin = starts[index];
    const size_t end = index + 1 < starts.size() ? starts[index + 1] : extraction.blocks.size();
    const size_t look = index == 0 ? kFirstHeadingBlocks : 3;
    for (size_t i = begin; i < end && i < begin + look; ++i) {
        if (leading_item_number(extraction.blocks[i].text)) break;
        if (is_minutes_heading(extraction.blocks[i].text)) return std::string(trim(extraction.blocks[i].text));
    }
    return "";
}

}  // namespace quorum::facets
