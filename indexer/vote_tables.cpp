/** @file vote_tables.cpp @brief Named votes read from roll-call tables: a row per member, names down each side's column, or a column per member. */
#include "indexer/vote_tables.h"

#include "indexer/item_text.h"
#include "indexer/votes.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>

namespace quorum::index {
namespace {

using extract::Block;
using extract::BlockKind;

enum class Side { For, Against, Abstain, Absent };

using Row = std::vector<std::string>;  // cell text by column, "" where the row has none
using Table = std::vector<Row>;

std::string lower(std::string_view s) {
    std::string out(s);
    for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// "For (5)", "Against:", "AYES 4", "Abstain*": the words without a count or punctuation after them.
std::string side_words(std::string_view cell) {
    std::string l = lower(trim(cell));
    if (const size_t open = l.find('('); open != std::string::npos && open > 0) l.erase(open);
    while (!l.empty() && (std::isdigit(static_cast<unsigned char>(l.back())) || l.back() == ' ' || l.back() == ':' ||
                          l.back() == '.' || l.back() == '*' || l.back() == '-'))
        l.pop_back();
    return l;
}

// A cell that is a side of a vote, as a header or as a member's vote: "Aye", "NAYS", "For (5)", "Absent".
// "Y" and "N" count as votes, never "A" (absent or abstain).
std::optional<Side> side_of(std::string_view cell) {
    static constexpr std::pair<std::string_view, Side> kWords[] = {
        {"for", Side::For},          {"yes", Side::For},          {"y", Side::For},
        {"aye", Side::For},          {"ayes", Side::For},         {"yea", Side::For},
        {"yeas", Side::For},         {"in favour", Side::For},    {"in favor", Side::For},
        {"voted for", Side::For},    {"against", Side::Against},  {"no", Side::Against},
        {"n", Side::Against},        {"nay", Side::Against},      {"nays", Side::Against},
        {"noes", Side::Against},     {"opposed", Side::Against},  {"voted against", Side::Against},
        {"abstain", Side::Abstain},  {"abstained", Side::Abstain}, {"abstaining", Side::Abstain},
        {"abstention", Side::Abstain}, {"abstentions", Side::Abstain}, {"absent", Side::Absent},
        {"not present", Side::Absent}, {"excused", Side::Absent}};
    const std::string w = side_words(cell);
    for (const auto& [word, side] : kWords)
        if (w == word) return side;
    return std::nullopt;
}

// A member's mark in a side's column: "X", a tick, a bullet, "Yes", "1".
bool is_mark(std::string_view cell) {
    const std::string l = lower(trim(cell));
    if (l.empty()) return false;
    if (l == "x" || l == "yes" || l == "y" || l == "1" || l == "*" || l == "voted") return true;
    for (std::string_view glyph : {"\xE2\x9C\x93", "\xE2\x9C\x94", "\xE2\x80\xA2", "\xE2\x97\x8F", "\xE2\x98\x91", "\xE2\x9C\x97", "\xE2\x9C\x98"})
        if (l == glyph) return true;  // ✓ ✔ • ● ☑ ✗ ✘
    return false;
}

// A header that names what a column holds rather than a member: "Member", "Councillor", "Vote".
bool is_column_heading(std::string_view cell) {
    static constexpr std::array<std::string_view, 20> kWords = {
        "member", "members", "name", "names", "councillor", "councillors", "commissioner", "commissioners",
        "trustee", "director", "vote", "votes", "voted", "vote cast", "motion", "item", "result", "total",
        "totals", "board member"};
    const std::string w = side_words(cell);
    return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
}

// Text that can be a member's name: a capital first, a letter, no digit, a few words, not a side or heading.
bool is_name(std::string_view cell) {
    const std::string_view t = trim(cell);
    if (t.empty() || !std::isupper(static_cast<unsigned char>(t[0])) || t.size() > 120) return false;
    if (std::any_of(t.begin(), t.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) return false;
    return !side_of(t) && !is_column_heading(t) && std::count(t.begin(), t.end(), ' ') < 8;
}

// The tables among the blocks: runs of table cells, cut into rows where a cell's column does
// not go past the one before it.
std::vector<Table> tables_of(const std::vector<const Block*>& blocks) {
    std::vector<Table> tables;
    bool in_table = false;
    int previous = -1;
    for (const Block* b : blocks) {
        if (b->kind != BlockKind::TableCell || b->column < 0 || b->column > 200) {
            in_table = false;
            continue;
        }
        if (!in_table) tables.emplace_back();
        Table& t = tables.back();
        if (!in_table || b->column <= previous) t.emplace_back();
        Row& row = t.back();
        if (row.size() <= static_cast<size_t>(b->column)) row.resize(static_cast<size_t>(b->column) + 1);
        std::string& cell = row[static_cast<size_t>(b->column)];
        cell += cell.empty() ? b->text : " " + b->text;  // a cell of several paragraphs
        in_table = true;
        previous = b->column;
    }
    return tables;
}

std::string_view cell_at(const Row& row, size_t column) { return column < row.size() ? std::string_view(row[column]) : ""; }

void add_name(Vote& v, Side side, std::vector<std::string> names) {
    std::vector<std::string>* list = nullptr;
    switch (side) {
        case Side::For: list = &v.for_names; break;
        case Side::Against: list = &v.against_names; break;
        case Side::Abstain: list = &v.abstain_names; break;
        case Side::Absent: list = &v.absent_names; break;
    }
    for (auto& n : names) list->push_back(std::move(n));
}

// Names in one cell: "Cllr Ash, Cllr Birch", or lines joined by the extractor ("Cllr Ash Cllr
// Birch": a title word starts each name).
std::vector<std::string> names_in_cell(std::string_view cell) {
    std::string text(trim(cell));
    if (text.find(',') == std::string::npos && text.find(';') == std::string::npos) {
        std::string split;
        size_t at = 0;
        int titles = 0;
        while (at < text.size()) {
            const size_t end = std::min(text.find(' ', at), text.size());
            const std::string_view word = std::string_view(text).substr(at, end - at);
            const bool title = word == "Cllr" || word == "Councillor" || word == "Mr" || word == "Mrs" || word == "Ms" ||
                               word == "Dr" || word == "Miss" || word == "Mr." || word == "Mrs." || word == "Ms.";
            if (title && titles++ > 0) split += ", ";
            else if (!split.empty()) split += ' ';
            split += word;
            at = end + 1;
        }
        text = split;
    }
    std::vector<std::string> out;
    for (auto& n : split_vote_names(text))
        if (is_name(n)) out.push_back(std::move(n));
    return out;
}

// The columns of a row that hold a side: {column, side}.
std::vector<std::pair<size_t, Side>> side_columns(const Row& row) {
    std::vector<std::pair<size_t, Side>> out;
    for (size_t c = 0; c < row.size(); ++c)
        if (const auto s = side_of(row[c])) out.push_back({c, *s});
    return out;
}

bool names_a_side(const Vote& v) { return !v.for_names.empty() || !v.against_names.empty(); }

// A side only a vote is written with ("Aye", "Against", "Abstain"), not one a checklist could
// use too ("Yes", "No", "Absent").
bool vote_only_side(std::string_view cell) {
    const std::string w = side_words(cell);
    return side_of(cell) && w != "yes" && w != "no" && w != "y" && w != "n" && w != "absent" && w != "excused" &&
           w != "not present";
}

// A heading that says the table records people voting: "Member", "Councillor", "Vote", "Motion".
bool has_vote_heading(const Table& t) {
    for (const Row& row : t)
        for (const std::string& cell : row) {
            const std::string w = side_words(cell);
            if (is_column_heading(cell) && w != "item" && w != "result" && w != "total" && w != "totals" && w != "name" &&
                w != "names")
                return true;
            if (w == "roll call" || w == "recorded vote" || w == "roll call vote") return true;
        }
    return false;
}

bool starts_with_person_title(std::string_view name) {
    for (std::string_view title : {"Cllr ", "Councillor ", "Mr ", "Mrs ", "Ms ", "Dr ", "Miss ", "Mr. ", "Mrs. ", "Ms. ",
                                   "Commissioner ", "Trustee ", "Director ", "Alderman ", "Council Member ", "Mayor "})
        if (name.starts_with(title)) return true;
    return false;
}

// A vote, not a checklist of "Yes" and "No": a side only votes use, a heading that says so, or
// names with a person's title.
bool reads_as_vote(const Table& t, const Row& sides_row, const Vote& v) {
    if (std::any_of(sides_row.begin(), sides_row.end(), [](const std::string& c) { return vote_only_side(c); })) return true;
    if (has_vote_heading(t)) return true;
    size_t names = 0, titled = 0;
    for (const auto* list : {&v.for_names, &v.against_names, &v.abstain_names, &v.absent_names})
        for (const auto& n : *list) {
            ++names;
            titled += starts_with_person_title(n);
        }
    return names > 0 && titled * 2 >= names;
}

// "Member | For | Against | Abstain" at `header`, then a row per member marking a side, or the
// names listed down each side's column.
std::optional<Vote> read_side_header(const Table& t, size_t header, const std::vector<std::pair<size_t, Side>>& sides) {
    auto is_side_column = [&](size_t c) {
        return std::any_of(sides.begin(), sides.end(), [&](const auto& s) { return s.first == c; });
    };
    bool member_column = false;
    for (size_t r = header + 1; r < t.size() && !member_column; ++r)
        for (size_t c = 0; c < t[r].size(); ++c)
            if (!is_side_column(c) && is_name(t[r][c])) member_column = true;
    Vote v;
    for (size_t r = header + 1; r < t.size(); ++r) {
        const Row& row = t[r];
        if (!member_column) {
            for (const auto& [c, side] : sides) add_name(v, side, names_in_cell(cell_at(row, c)));
            continue;
        }
        std::string name;
        for (size_t c = 0; c < row.size() && name.empty(); ++c)
            if (!is_side_column(c) && is_name(row[c])) name = std::string(trim(row[c]));
        std::optional<Side> marked;
        int marks = 0;
        for (const auto& [c, side] : sides)
            if (is_mark(cell_at(row, c))) {
                marked = side;
                ++marks;
            }
        if (!name.empty() && marks == 1) add_name(v, *marked, {name});  // a totals row marks none or several
    }
    return names_a_side(v) && reads_as_vote(t, t[header], v) ? std::optional<Vote>(v) : std::nullopt;
}

// A row of votes under a row of names: each column's name voted as the cell below it says.
Vote read_member_columns(const Row& names, const Row& votes) {
    Vote v;
    for (size_t c = 0; c < votes.size(); ++c)
        if (const auto side = side_of(votes[c]); side && is_name(cell_at(names, c)))
            add_name(v, *side, {std::string(trim(names[c]))});
    return v;
}

// A row per member with the vote in a cell of its own: "Cllr Ash | Aye".
std::optional<Vote> read_vote_column(const Table& t) {
    Vote v;
    Row votes;  // every row's vote, for reads_as_vote()
    int rows = 0;
    for (const Row& row : t) {
        const auto sides = side_columns(row);
        if (sides.size() != 1) continue;
        std::string name;
        for (size_t c = 0; c < row.size() && name.empty(); ++c)
            if (c != sides.front().first && is_name(row[c])) name = std::string(trim(row[c]));
        if (name.empty()) continue;
        add_name(v, sides.front().second, {name});
        votes.push_back(row[sides.front().first]);
        ++rows;
    }
    return rows >= 2 && names_a_side(v) && reads_as_vote(t, votes, v) ? std::optional<Vote>(v) : std::nullopt;
}

std::optional<Vote> read_table(const Table& t) {
    // The last row of two or more sides decides the layout: under a row of names it is a row of
    // votes (the table's last motion); otherwise it heads the sides' columns.
    for (size_t r = t.size(); r-- > 0;) {
        const auto sides = side_columns(t[r]);
        if (sides.size() < 2) continue;
        for (size_t above = r; above-- > 0;) {
            if (side_columns(t[above]).size() >= 2) continue;  // an earlier motion's votes
            const Vote v = read_member_columns(t[above], t[r]);
            if (names_a_side(v) && reads_as_vote(t, t[r], v) &&
                v.for_names.size() + v.against_names.size() + v.abstain_names.size() + v.absent_names.size() >= 2)
                return v;
            break;
        }
        if (auto v = read_side_header(t, r, sides)) return v;
    }
    return read_vote_column(t);
}

}  // namespace

Vote read_vote_tables(const std::vector<const Block*>& blocks) {
    std::optional<Vote> last;
    for (const Table& t : tables_of(blocks))
        if (auto v = read_table(t)) last = std::move(v);
    return last.value_or(Vote{});
}

void add_table_votes(Vote& vote, const Vote& table) {
    const bool named = !vote.for_names.empty() || !vote.against_names.empty() || !vote.abstain_names.empty() ||
                       !vote.absent_names.empty();
    if (named) return;
    vote.for_names = table.for_names;
    vote.against_names = table.against_names;
    vote.abstain_names = table.abstain_names;
    vote.absent_names = table.absent_names;
    if (vote.in_favour < 0 && !vote.for_names.empty()) vote.in_favour = static_cast<int>(vote.for_names.size());
    if (vote.against < 0 && !vote.against_names.empty()) vote.against = static_cast<int>(vote.against_names.size());
    if (vote.abstained < 0 && !vote.abstain_names.empty()) vote.abstained = static_cast<int>(vote.abstain_names.size());
}

}  // namespace quorum::index
