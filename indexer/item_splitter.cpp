/** @file item_splitter.cpp @brief Item splitting: numbered minutes, modern.gov pages, `|` dumps, headed sections. */
#include "indexer/item_splitter.h"

#include "extractors/data_file.h"

#include "indexer/item_numbering.h"
#include "indexer/item_text.h"
#include "indexer/moderngov_items.h"
#include "indexer/record_of_decision.h"
#include "indexer/resolution_items.h"
#include "indexer/vote_label_columns.h"
#include "indexer/vote_tables.h"
#include "indexer/votes.h"
#include "indexer/lettered_items.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <unordered_map>
#include <unordered_set>

namespace quorum::index {
namespace {

using extract::Block;
using extract::BlockKind;

bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)); }

// A title that starts with a decision or report reference rather than a capital: "24/00108 -
// Revenue and Capital Budget Monitoring", "2024/25 P3 Finance Forecast Report", "20 mph Review".
// The reference is digits with '/', '-' or '.', and a capitalised word follows within three words.
bool starts_with_reference(std::string_view title) {
    const size_t space = title.find(' ');
    if (space == std::string_view::npos || !is_digit(title[0])) return false;
    const std::string_view ref = title.substr(0, space);
    if (!std::all_of(ref.begin(), ref.end(), [](char c) { return is_digit(c) || c == '/' || c == '-' || c == '.'; }))
        return false;
    size_t pos = space;
    for (int words = 0; words < 3 && pos != std::string_view::npos && pos + 1 < title.size(); ++words) {
        if (std::isupper(static_cast<unsigned char>(title[pos + 1]))) return true;
        pos = title.find(' ', pos + 1);
    }
    return false;
}

// "Page 16", "Page 3 of 8": a page number, never an item's title.
bool is_page_number(std::string_view title) {
    if (!title.starts_with("Page ") && !title.starts_with("PAGE ")) return false;
    return std::all_of(title.begin() + 5, title.end(), [](char c) { return is_digit(c) || c == ' ' || c == 'o' || c == 'f'; });
}

struct Section {
    std::string number;
    std::string title;
    std::vector<const Block*> blocks;
    std::string resolution;  ///< set by a splitter that knows the decision section; else found in the blocks
    std::string movers;      ///< "A. Ferris, B. Okoro" from a numbered resolution's head
};

// The section's decisions, found in its blocks without the heading a run-in item starts with
// ("149/18 To Discuss a Dog Bin Following a report ..."), which would otherwise begin its first sentence.
std::string body_resolution(const Section& s);

// A decision run into the item's heading after a dash ("Finance - the following accounts were
// approved for payment"): the heading records it, the blocks may hold more.
std::string title_decision(std::string_view title) {
    for (std::string_view dash : {"- ", "– ", "— "}) {
        const size_t at = title.find(dash);
        if (at == std::string_view::npos || at == 0) continue;
        return find_decision_sentences(trim(title.substr(at + dash.size())));
    }
    return {};
}

std::string section_resolution(const Section& s) {
    if (!s.resolution.empty()) return s.resolution;
    const std::string in_title = title_decision(s.title);
    std::string in_body = body_resolution(s);
    if (in_title.empty() || in_body.starts_with(in_title)) return in_body;
    return in_body.empty() ? in_title : in_title + "\n\n" + in_body;
}

std::string body_resolution(const Section& s) {
    if (s.blocks.empty() || s.number.empty() || s.title.empty()) return item_resolution(s.blocks);
    const std::string& first = s.blocks.front()->text;
    const size_t at = first.find(s.title);
    if (!first.starts_with(s.number) || at == std::string::npos || at > s.number.size() + 3) return item_resolution(s.blocks);
    Block rest = *s.blocks.front();
    rest.text = std::string(trim(std::string_view(first).substr(at + s.title.size())));
    std::vector<const Block*> blocks = s.blocks;
    blocks.front() = &rest;
    return item_resolution(blocks);
}

Item make_item(const Section& s) {
    Item item;
    item.number = s.number;
    item.title = s.title;
    bool first = true;
    for (const Block* b : s.blocks) {
        if (!item.text.empty()) item.text += "\n\n";
        if (!first && b->page > item.last_page)
            item.page_starts.emplace_back(item.text.size(), b->page);
        item.text += b->text;
        if (first) item.first_page = item.last_page = b->page;
        item.first_page = std::min(item.first_page, b->page);
        item.last_page = std::max(item.last_page, b->page);
        first = false;
    }
    item.resolution = section_resolution(s);
    item.vote = read_vote(item.text, s.movers);
    add_table_votes(item.vote, read_vote_tables(s.blocks));
    return item;
}

std::vector<Item> to_items(const std::vector<Section>& sections) {
    std::vector<Item> items;
    for (const auto& s : sections)
        if (!s.blocks.empty() || !s.title.empty()) items.push_back(make_item(s));
    return items;
}

std::string document_title(const extract::Extraction& e) {
    if (!e.title.empty()) return e.title;
    for (const auto& b : e.blocks)
        if (b.kind == BlockKind::Heading) return b.text.substr(0, 200);
    return e.blocks.empty() ? std::string() : e.blocks.front().text.substr(0, 120);
}

// modern.gov printed minutes carry "(Item N)" after each item title. When the extractor ran
// an item's number and title into the previous paragraph ("... received 85.", or a parish
// minute reference "... 06.24.07" from a number column), re-cut the blocks so that each
// "N. Title (Item k)" starts a block of its own.
std::vector<Block> recut_moderngov_items(const std::vector<Block>& blocks) {
    std::vector<Block> out;
    std::string carried_number;
    for (const Block& b : blocks) {
        Block cur = b;
        if (!carried_number.empty()) {
            if (!cur.text.empty() && is_digit(cur.text[0]) && !out.empty())
                out.back().text += " " + carried_number;  // this block has its own number
            else
                cur.text = carried_number + " " + cur.text;
            carried_number.clear();
        }
        // A trailing bare number belongs to the next block: "... were received 85.", or, with no
        // full stop, a number of three parts ("... to liaise with the owner 06.24.07"), which
        // ends no sentence.
        const size_t space = cur.text.find_last_of(' ');
        const bool three_parts = space != std::string::npos &&
                                 std::count(cur.text.begin() + static_cast<long>(space), cur.text.end(), '.') >= 2 &&
                                 cur.text.back() != '.';
        if (space != std::string::npos && space + 1 < cur.text.size() && is_bare_item_number(cur.text.substr(space + 1)) &&
            (cur.text.back() == '.' || three_parts) && !follows_reference_word(cur.text, space) &&
            !looks_like_year(std::string_view(cur.text).substr(space + 1, cur.text.size() - space - 2))) {
            carried_number = cur.text.substr(space + 1);
            cur.text.erase(space);
        }
        const size_t item_tag = cur.text.find(" (Item ");
        std::optional<ItemHeading> h;
        if (item_tag != std::string::npos && item_tag <= 150) {
            const size_t close = cur.text.find(')', item_tag);
            if (close != std::string::npos) h = parse_item_heading(cur.text.substr(0, close + 1));
            if (h && close + 1 < cur.text.size()) {
                Block heading{BlockKind::Heading, cur.text.substr(0, close + 1), cur.page};
                Block rest{cur.kind, std::string(trim(std::string_view(cur.text).substr(close + 1))), cur.page};
                out.push_back(std::move(heading));
                if (!rest.text.empty()) out.push_back(std::move(rest));
                continue;
            }
        }
        if (!cur.text.empty()) out.push_back(std::move(cur));
    }
    return out;
}

// Words that start a person's name and title: "Cllr", "Mrs", "PCSO".
bool is_person_title(std::string_view word) {
    static const std::unordered_set<std::string_view> words = {
        "Cllr", "Cllrs", "Councillor", "Councillors", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.",
        "PCSO", "PC", "Sgt", "Sgt.", "Inspector", "Insp", "Insp."};
    return words.contains(word);
}

// Words that start a sentence rather than continue a title: "Village Sign The Clerk reported",
// "Police Report PCSO Okafor reported".
bool starts_sentence(std::string_view word) {
    static const std::unordered_set<std::string_view> words = {
        "The", "A", "An", "This", "That", "These", "Those", "There", "It", "He", "She", "They", "We", "I",
        "Members", "Resolved", "RESOLVED", "Agreed", "Noted", "Following", "No", "All", "Please", "As"};
    return words.contains(word) || is_person_title(word);
}

// Capitalised words that belong to the person's title after them: "District Cllr Farrow".
bool qualifies_person_title(std::string_view word) {
    static const std::unordered_set<std::string_view> words = {"District", "County", "Borough", "Parish", "Town",
                                                               "City", "Ward", "Deputy", "Vice"};
    return words.contains(word);
}

// Lower-case words a title in title case keeps: "Purchase of Bin and Emptying Costs in Cemetery".
bool title_small_word(std::string_view word) {
    static const std::unordered_set<std::string_view> words = {"and", "of", "for", "in", "on", "to", "the", "a", "an",
                                                               "with", "or", "at", "re", "by", "from", "into"};
    return words.contains(word);
}

// Where a run-in title in title case ends: "Village Sign – Design The Clerk ..." ends before the
// word that starts a sentence, "Dredging Quotes Three quotes were ..." before the capitalised word
// a lower-case word follows ("Three quotes"), and "Bridge Strengthening. Work ..." at the full
// stop. `end` is the space before the first candidate word; returns `end` itself when the words
// after it are no title (more than 16 words without an end).
size_t title_case_end(std::string_view text, size_t end) {
    constexpr size_t kMaxWords = 24;
    // The capitalised words taken so far: where the title ends with and without each.
    struct Capital {
        std::string_view word;
        size_t before, after;
    };
    std::vector<Capital> capitals;
    auto kept = [&] { return capitals.empty() ? end : capitals.back().after; };
    size_t pos = end;
    for (size_t n = 0; n < kMaxWords && pos + 1 < text.size(); ++n) {
        const size_t next = text.find(' ', pos + 1);
        const size_t word_end = next == std::string_view::npos ? text.size() : next;
        const std::string_view word = text.substr(pos + 1, word_end - pos - 1);
        if (word.empty()) return end;
        size_t first = 0;
        while (first < word.size() && (word[first] == '(' || word[first] == '"' || word[first] == '\'')) ++first;
        const unsigned char c = first < word.size() ? static_cast<unsigned char>(word[first]) : ' ';
        if (starts_sentence(word)) {
            // "Fly-tipping District Cllr Farrow reported": "District" is the councillor's.
            if (is_person_title(word))
                while (!capitals.empty() && qualifies_person_title(capitals.back().word)) capitals.pop_back();
            return kept();
        }
        if (std::isupper(c) || std::isdigit(c)) {
            capitals.push_back({word, kept(), word_end});
            // "Bridge Strengthening." ends its title; "St." or "F." abbreviates a word of it.
            if (word.back() == ':' || (word.back() == '.' && word.size() - first > 4)) return word_end;
        } else if (!(word == "-" || word == "–" || word == "&" || word == "/" || title_small_word(word))) {
            // "Three quotes were ...": the last capitalised word starts the sentence.
            return capitals.empty() ? end : capitals.back().before;
        }
        if (next == std::string_view::npos) return text.size();
        pos = next;
    }
    return end;  // too long for a title
}

// A run-in item: "23/032 Declarations of interest Cllr Wetherby declared ..." (the heading runs
// into the text). The title is the first word and the lower-case words after it, then any words
// in title case up to the word that starts the text ("To Approve a Dog Bin The Clerk ...").
std::optional<ItemHeading> parse_run_in_item(std::string_view text) {
    const size_t first_space = text.find(' ');
    if (first_space == std::string_view::npos) return std::nullopt;
    const size_t second_space = text.find(' ', first_space + 1);
    auto h = parse_item_heading(text.substr(0, second_space));
    if (!h) return std::nullopt;
    size_t end = second_space;
    while (end != std::string_view::npos && end + 1 < text.size()) {
        const size_t next = text.find(' ', end + 1);
        const std::string_view word = text.substr(end + 1, (next == std::string_view::npos ? text.size() : next) - end - 1);
        if (word.empty() || !(std::islower(static_cast<unsigned char>(word[0])) || word == "–" || word == "-")) break;
        end = next;
    }
    if (end != std::string_view::npos && end + 1 < text.size() && text[end - 1] != '.' && text[end - 1] != ':')
        end = title_case_end(text, end);
    // The title starts after the number and its separator ("1. To elect a chairman ...").
    size_t title_start = h->number.size();
    while (title_start < text.size() && (text[title_start] == '.' || text[title_start] == ')' || text[title_start] == ':'))
        ++title_start;
    h->title = std::string(trim(text.substr(title_start, (end == std::string_view::npos ? text.size() : end) - title_start)));
    while (h->title.ends_with(" -") || h->title.ends_with(" –")) h->title = std::string(trim(h->title.substr(0, h->title.rfind(' '))));
    if (h->title.size() > 160) return std::nullopt;
    return h;
}

// Short blocks printed again and again ("The City Record", "July 23, 2003"): the running heads of
// a long document's pages, which follow its page numbers. A page number is not an item number,
// whereas an item's title ("Apologies") recurs only once per set of minutes in a pack.
constexpr size_t kRunningHeadRepeats = 5;

std::unordered_set<std::string_view> running_heads(const std::vector<Block>& blocks) {
    std::unordered_map<std::string_view, size_t> seen;
    std::unordered_set<std::string_view> heads;
    for (const Block& b : blocks) {
        const std::string_view t = trim(b.text);
        if (!t.empty() && t.size() <= 60 && ++seen[t] >= kRunningHeadRepeats) heads.insert(t);
    }
    return heads;
}

// The references that may come next after `printed`, as printed: its last part plus one
// ("06.24.08" after "06.24.07", "23/039" after "23/038", keeping the width) and, for a reference
// with a '/', its first part plus one ("141/18" after "140/18": serial, then year).
std::vector<std::string> next_references(const std::string& printed) {
    std::vector<std::string> out;
    auto bump = [](const std::string& part) {
        std::string next = std::to_string(std::stol(part) + 1);
        if (next.size() < part.size()) next.insert(0, part.size() - next.size(), '0');
        return next;
    };
    const size_t last_sep = printed.find_last_of("./");
    const size_t first_sep = printed.find_first_of("./");
    if (last_sep == std::string::npos || !ItemNumber::parse(printed)) return out;
    out.push_back(printed.substr(0, last_sep + 1) + bump(printed.substr(last_sep + 1)));
    if (printed[first_sep] == '/') out.push_back(bump(printed.substr(0, first_sep)) + printed.substr(first_sep));
    return out;
}

// Parish minutes whose paragraphs run several items together ("140/18 Apologies and Welcome There
// were no apologies. 141/18 Consider Declarations ..."): cut a block where the next minute
// reference after the last one starts a sentence. Only references with a '/' or three dotted parts
// are followed this way: they are no sums of money.
std::vector<Block> cut_at_inline_references(const std::vector<Block>& blocks) {
    std::vector<Block> out;
    std::string last;
    for (const Block& b : blocks) {
        const auto h = parse_run_in_item(b.text);
        const auto n = h ? ItemNumber::parse(h->number) : std::nullopt;
        if (n && (n->slashed || n->parts.size() >= 3)) last = h->number;
        if (last.empty()) {
            out.push_back(b);
            continue;
        }
        std::string text = b.text;
        for (bool found = true; found;) {
            found = false;
            for (const std::string& next : next_references(last)) {
                const size_t at = text.find(". " + next + " ");
                if (at == std::string::npos || at + next.size() + 3 >= text.size() ||
                    (!std::isupper(static_cast<unsigned char>(text[at + next.size() + 3])) &&
                     !is_digit(text[at + next.size() + 3])))
                    continue;
                out.push_back({b.kind, text.substr(0, at + 1), b.page});
                text = text.substr(at + 2);
                last = next;
                found = true;
                break;
            }
        }
        out.push_back({b.kind, text, b.page});
    }
    return out;
}

// A heading whose number has no full stop may skip this many items (numbers the PDF's text lost).
constexpr long kMaxSpacedStep = 4;

// "7 Road Safety Review", "11 2031/32 Finance Report": a number of at most three digits, no leading
// zero (public-forum tables number their statements "01", "02"), a space and a title that ends
// no sentence nor with a small word ("10 Jane Smith, Chair of" is a table row cut short).
std::optional<ItemHeading> parse_spaced_heading(std::string_view text) {
    text = trim(text);
    size_t i = 0;
    while (i < text.size() && i < 4 && is_digit(text[i])) ++i;
    if (i == 0 || i > 3 || text[0] == '0' || i >= text.size() || text[i] != ' ') return std::nullopt;
    const std::string_view title = trim(text.substr(i));
    if (title.empty() || title.size() > 100) return std::nullopt;
    if (!std::isupper(static_cast<unsigned char>(title[0])) && !starts_with_reference(title)) return std::nullopt;
    const char end = title.back();
    if (end == '.' || end == ',' || end == ':' || end == ';') return std::nullopt;
    const size_t space = title.rfind(' ');
    if (space != std::string_view::npos && title_small_word(title.substr(space + 1))) return std::nullopt;
    return ItemHeading{std::string(text.substr(0, i)), std::string(title)};
}

// A block that reads as an item's title on its own: short, no sentence, its words capitalised
// ("Chair's Announcements", "Public Forum").
bool looks_like_title(const Block& b, bool sentence_case_needs_capitals = true) {
    const std::string_view t = trim(b.text);
    if (b.kind == BlockKind::ListItem || t.size() < 4 || t.size() > 100 || !std::isupper(static_cast<unsigned char>(t[0])))
        return false;
    const char end = t.back();
    if (end == '.' || end == ':' || end == ',' || end == ';' || end == '?') return false;
    size_t words = 0, capitals = 0;
    for (size_t pos = 0; pos < t.size();) {
        const size_t next = t.find(' ', pos);
        const std::string_view word = t.substr(pos, (next == std::string_view::npos ? t.size() : next) - pos);
        if (!word.empty()) {
            ++words;
            if (std::isupper(static_cast<unsigned char>(word[0])) || title_small_word(word) || word == "-" || word == "–")
                ++capitals;
        }
        if (next == std::string_view::npos) break;
        pos = next + 1;
    }
    return words <= 16 && (capitals == words || !sentence_case_needs_capitals);
}

// Items whose numbers the PDF's text lost: between item 4 and item 8, exactly three blocks that
// read as titles after a finished sentence are items 5, 6 and 7. Where the count differs, nothing
// is guessed.
std::vector<Section> fill_lost_numbers(std::vector<Section> sections) {
    // A heading in capitals ("SUMMARY OF APPROVED RECOMMENDATIONS") is no item of minutes whose items
    // have titles in mixed case.
    const auto in_capitals = [](std::string_view t) {
        return std::none_of(t.begin(), t.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
    };
    const bool capitals_titles = std::count_if(sections.begin(), sections.end(), [&](const Section& s) {
                                     return !s.number.empty() && in_capitals(s.title);
                                 }) * 2 > static_cast<long>(sections.size());
    const auto candidate = [&](const Block& b, bool needs_capitals) {
        return looks_like_title(b, needs_capitals) && (capitals_titles || !in_capitals(trim(b.text)));
    };
    std::vector<Section> out;
    for (size_t k = 0; k < sections.size(); ++k) {
        Section& s = sections[k];
        const auto here = ItemNumber::parse(s.number);
        const auto next = k + 1 < sections.size() ? ItemNumber::parse(sections[k + 1].number) : std::nullopt;
        if (!here || !next || here->parts.size() != 1 || !next->same_shape(*here) || next->parts[0] - here->parts[0] < 2 ||
            next->parts[0] - here->parts[0] > kMaxSpacedStep + 1) {
            out.push_back(std::move(s));
            continue;
        }
        std::vector<size_t> titles;
        for (size_t i = 1; i + 1 < s.blocks.size(); ++i)
            if (candidate(*s.blocks[i], true) && trim(s.blocks[i - 1]->text).ends_with(".")) titles.push_back(i);
        const size_t lost = static_cast<size_t>(next->parts[0] - here->parts[0] - 1);
        if (titles.size() != lost) {
            // Titles in sentence case ("Opportunities to promote walking"), if that makes the count.
            titles.clear();
            for (size_t i = 1; i + 1 < s.blocks.size(); ++i)
                if (candidate(*s.blocks[i], false) && trim(s.blocks[i - 1]->text).ends_with(".")) titles.push_back(i);
        }
        if (titles.size() != lost) {
            out.push_back(std::move(s));
            continue;
        }
        std::vector<const Block*> blocks = std::move(s.blocks);
        out.push_back({s.number, s.title, {blocks.begin(), blocks.begin() + static_cast<long>(titles[0])}, {}, {}});
        for (size_t t = 0; t < titles.size(); ++t) {
            const size_t end = t + 1 < titles.size() ? titles[t + 1] : blocks.size();
            out.push_back({std::to_string(here->parts[0] + static_cast<long>(t) + 1), std::string(trim(blocks[titles[t]]->text)),
                           {blocks.begin() + static_cast<long>(titles[t]), blocks.begin() + static_cast<long>(end)}, {}, {}});
        }
    }
    return out;
}

// Whether the items are numbered without full stops: short blocks "1 Welcome", "2 Apologies",
// "3 Declarations of Interest" come in that order (an address such as "246 HIGH ST" is no start).
bool numbered_without_stops(const std::vector<Block>& blocks) {
    long expected = 1;
    for (const Block& b : blocks) {
        if (b.text.size() > 120) continue;
        const auto h = parse_spaced_heading(b.text);
        if (h && h->number == std::to_string(expected) && ++expected > 3) return true;
    }
    return false;
}

// Numbered minute items, in an order item numbers can take (see may_follow: sub-lists
// "1. Mr Gough ..." inside item 87 and sums of money are not items).
std::vector<Section> split_numbered(const extract::Extraction& e) {
    std::vector<Section> sections(1);
    sections[0].title = document_title(e);
    std::optional<ItemNumber> last;
    int headings = 0;
    const auto& blocks = e.blocks;
    // Run-in items count only where there are several of them (parish minutes written that way).
    // ... unless the items are headings numbered without a full stop ("7 Road Safety Review"): then
    // "7. Implement a charge only." is a numbered recommendation inside an item.
    const bool spaced = numbered_without_stops(blocks);
    const bool run_in = !spaced && std::count_if(blocks.begin(), blocks.end(), [](const Block& b) {
                                       return b.text.size() > 120 && parse_run_in_item(b.text).has_value();
                                   }) >= 3;
    const std::unordered_set<std::string_view> banners = running_heads(blocks);
    const bool tagged = has_item_tags(blocks);
    for (size_t i = 0; i < blocks.size(); ++i) {
        const Block& b = blocks[i];
        std::optional<ItemHeading> h;
        size_t consumed = 0;
        if (is_bare_item_number(b.text) && i + 1 < blocks.size() && !looks_like_year(trim(b.text)) &&
            !banners.contains(trim(blocks[i + 1].text))) {
            std::string number(trim(b.text));
            if (number.back() == '.') number.pop_back();
            h = parse_item_heading(number + ". " + blocks[i + 1].text);
            consumed = 1;
            // A number alone far ahead of the last item is a table's ("12" then "Rose Gray").
            const auto n = ItemNumber::parse(number);
            if (h && n && last && n->same_shape(*last) && n->parts.size() == 1 && n->parts[0] > last->parts[0] + kMaxSpacedStep)
                h.reset();
        } else if (b.kind == BlockKind::Heading || b.text.size() <= 120) {
            h = parse_item_heading(b.text);
            // Where items are numbered without a full stop, "7. Approve the budget." is a numbered
            // recommendation inside one.
            if (h && spaced && b.text.size() > h->number.size() && trim(b.text)[h->number.size()] == '.') h.reset();
            // "212/31 Apologies There were none.": a short run-in item, its title before its text.
            if (h && h->title.ends_with(".")) {
                const auto run = parse_run_in_item(b.text);
                const size_t cut = run ? run->title.size() : 0;
                if (run && run->number == h->number && cut + 1 < h->title.size() && run->title.find(' ') != std::string::npos &&
                    h->title.compare(0, cut, run->title) == 0 && std::isupper(static_cast<unsigned char>(h->title[cut + 1])))
                    h->title = run->title;
            }
        }
        if (!h && spaced && b.kind != BlockKind::ListItem && b.text.size() <= 120) {
            // "7 Road Safety Review": a number without a full stop, a little after the last item.
            auto candidate = parse_spaced_heading(b.text);
            const auto number = candidate ? ItemNumber::parse(candidate->number) : std::nullopt;
            if (number && (last ? number->same_shape(*last) && number->parts[0] > last->parts[0] &&
                                      number->parts[0] <= last->parts[0] + kMaxSpacedStep
                                : number->parts[0] == 1))
                h = candidate;
        }
        if (!h && !spaced && b.kind != BlockKind::ListItem) {
            // A heading run into its text: where the document is written that way, or where
            // the number is the next one in sequence ("4." after item 3, "02.23.03" after "02.23.02").
            auto candidate = parse_run_in_item(b.text);
            const auto number = candidate ? ItemNumber::parse(candidate->number) : std::nullopt;
            const bool next_in_sequence = number && last && is_next_in_sequence(*number, *last);
            if (candidate && (run_in || next_in_sequence)) h = candidate;
        }
        // In modern.gov minutes (see cut_at_item_tags) only a tagged title is an item, not the
        // numbered paragraphs under it ("5. In response to comments ...").
        if (h && tagged && h->title.find("(Item ") == std::string::npos) h.reset();
        const auto number = h ? ItemNumber::parse(h->number) : std::nullopt;
        if (number && (!last || may_follow(*number, *last))) {
            last = number;
            // "(Item 1)" on the next line belongs to the title.
            if (i + consumed + 1 < blocks.size() && blocks[i + consumed + 1].text.starts_with("(Item ") &&
                blocks[i + consumed + 1].text.size() < 16) {
                h->title += " " + blocks[i + consumed + 1].text;
                ++consumed;
            }
            sections.push_back({h->number, h->title, {}, {}, {}});
            sections.back().blocks.push_back(&b);
            for (size_t k = 1; k <= consumed; ++k) sections.back().blocks.push_back(&blocks[i + k]);
            i += consumed;
            ++headings;
            continue;
        }
        sections.back().blocks.push_back(&b);
    }
    if (headings < 2) return {};
    if (sections.front().blocks.empty()) sections.erase(sections.begin());
    return fill_lost_numbers(std::move(sections));
}

// Where a numbered resolution's wording ends: just after its result ("... as published. Carried."),
// or npos while it goes on.
size_t result_end(std::string_view text) {
    size_t best = std::string_view::npos;
    for (std::string_view result : {"Carried.", "Carried", "CARRIED", "Defeated.", "Defeated", "Lost.", "Withdrawn."}) {
        for (size_t at = text.find(result); at != std::string_view::npos; at = text.find(result, at + 1)) {
            const size_t end = at + result.size();
            if (end == text.size() || text[end] == ' ' || text[end] == '\n') {
                best = std::min(best, end);
                break;
            }
        }
    }
    return best;
}

// The first words of a resolution, as its item's title: "THAT we appoint Larry Woodward to the ...".
std::string title_from_wording(std::string_view wording) {
    wording = trim(wording);
    if (wording.size() <= 100) return std::string(wording);
    const size_t space = wording.rfind(' ', 100);
    return std::string(wording.substr(0, space == std::string_view::npos ? 100 : space)) + " ...";
}

// Minutes kept as numbered resolutions ("R2025-217 S. Kirkey, S. Foote: THAT ... Carried."):
// one item per resolution, titled and resolved by its wording, which runs until its result.
std::vector<Section> split_resolution_heads(const extract::Extraction& e) {
    std::vector<Section> sections(1);
    sections[0].title = document_title(e);
    int heads = 0;
    bool open = false;
    // Adds `text` to the open resolution's wording, up to its result.
    auto add_wording = [&](Section& s, std::string_view text) {
        const size_t end = result_end(text);
        if (!s.resolution.empty()) s.resolution += "\n";
        s.resolution += trim(text.substr(0, end));
        open = end == std::string_view::npos;
    };
    for (const Block& b : e.blocks) {
        if (const auto head = resolution_head_at(b.text, 0)) {
            sections.push_back({head->number, "", {&b}, "", head->movers});
            add_wording(sections.back(), std::string_view(b.text).substr(head->end));
            ++heads;
            continue;
        }
        sections.back().blocks.push_back(&b);
        if (heads > 0 && open) add_wording(sections.back(), b.text);
    }
    if (heads < 3) return {};
    for (auto& s : sections)
        if (s.title.empty()) s.title = title_from_wording(s.resolution);
    if (sections.front().blocks.empty()) sections.erase(sections.begin());
    return sections;
}

// modern.gov "Decision details" / "Agenda item" pages: one item titled by the next block.
std::vector<Section> split_moderngov_page(const extract::Extraction& e) {
    const auto& blocks = e.blocks;
    for (size_t i = 0; i + 1 < blocks.size() && i < 4; ++i) {
        const std::string_view t = trim(blocks[i].text);
        if (t == "Decision details" || t == "Agenda item" || t.starts_with("Agenda item - ") ||
            t == "Issue - items at meetings") {
            Section s{"", std::string(trim(blocks[i + 1].text)).substr(0, 200), {}, {}, {}};
            for (const auto& b : blocks) s.blocks.push_back(&b);
            return {s};
        }
    }
    return {};
}

// `|` dumps: each block is "Title. Minutes: text" (or starts with "Minutes:").
std::vector<Section> split_minutes_dump(const extract::Extraction& e) {
    std::vector<Section> sections;
    int marked = 0;
    for (const auto& b : e.blocks) {
        const size_t at = b.text.find("Minutes:");
        if (at != std::string::npos && at <= 150) {
            ++marked;
            std::string title(trim(std::string_view(b.text).substr(0, at)));
            while (!title.empty() && (title.back() == '.' || title.back() == ' ')) title.pop_back();
            sections.push_back({std::to_string(sections.size() + 1), title.empty() ? "Item" : title, {&b}, {}, {}});
        } else if (!sections.empty()) {
            sections.back().blocks.push_back(&b);
        } else {
            sections.push_back({"", document_title(e), {&b}, {}, {}});
        }
    }
    if (marked < 2 || marked * 2 < static_cast<int>(e.blocks.size())) return {};
    return sections;
}

// Reports and other documents with headings: each heading starts a section.
// A heading that signs the minutes off ("ATTESTED:", "CHAIR ______", "Signed"): no section.
bool is_signature_line(std::string_view text) {
    text = trim(text);
    return text.find("__") != std::string_view::npos || text.find("....") != std::string_view::npos ||
           text.find("……") != std::string_view::npos || text.starts_with("Signed") || text.starts_with("ATTEST") ||
           text.starts_with("Attest");
}

std::vector<Section> split_by_headings(const extract::Extraction& e) {
    std::vector<Section> sections(1);
    // The text before the first heading is titled after the document, or after its own first
    // block: not after the first heading, which titles the first section.
    sections[0].title = e.title;
    for (const auto& b : e.blocks) {
        if (!sections[0].title.empty() || b.kind == BlockKind::Heading) break;
        sections[0].title = std::string(trim(b.text)).substr(0, 120);
    }
    if (sections[0].title.empty()) sections[0].title = document_title(e);
    int headings = 0;
    for (const auto& b : e.blocks) {
        if (b.kind == BlockKind::Heading && b.text.size() <= 150 && !is_signature_line(b.text)) {
            sections.push_back({"", b.text, {&b}, {}, {}});
            ++headings;
            continue;
        }
        sections.back().blocks.push_back(&b);
    }
    if (headings < 2) return {};
    if (sections.front().blocks.empty()) sections.erase(sections.begin());
    // A heading followed directly by another heading is merged into the next section.
    std::vector<Section> merged;
    for (auto& s : sections) {
        if (!merged.empty() && merged.back().blocks.size() == 1 && merged.back().number.empty() &&
            merged.back().blocks[0]->kind == BlockKind::Heading) {
            s.blocks.insert(s.blocks.begin(), merged.back().blocks[0]);
            s.title = merged.back().title + " – " + s.title;
            merged.back() = std::move(s);
            continue;
        }
        merged.push_back(std::move(s));
    }
    return merged;
}

// Minutes whose item numbers the extractor lost (a number column read apart from the text) but
// whose sub-items are lettered: at least this many lettered sub-items make the items.
constexpr size_t kMinLetteredItems = 6;

// The title of a lettered sub-item: its first word and the lower-case words after it, as for a
// run-in item ("Budget for" of "d) Budget for 2025/26 The draft budget ...").
std::string lettered_title(std::string_view text) {
    text = trim(text.substr(std::min<size_t>(3, text.size())));
    size_t end = text.find(' ');
    while (end != std::string_view::npos && end + 1 < text.size()) {
        const size_t next = text.find(' ', end + 1);
        const std::string_view word = text.substr(end + 1, (next == std::string_view::npos ? text.size() : next) - end - 1);
        if (word.empty() || !std::islower(static_cast<unsigned char>(word[0]))) break;
        end = next;
    }
    return std::string(text.substr(0, std::min<size_t>(end == std::string_view::npos ? text.size() : end, 120)));
}

// One section per lettered sub-item of `cut` (see cut_at_lettered_items).
std::vector<Section> split_lettered(const extract::Extraction& e, const std::vector<LetteredBlock>& cut) {
    std::vector<Section> sections(1);
    sections[0].title = document_title(e);
    for (const auto& piece : cut) {
        if (piece.letter != 0) sections.push_back({std::string(1, piece.letter), lettered_title(piece.block.text), {}, {}, {}});
        sections.back().blocks.push_back(&piece.block);
    }
    if (sections.front().blocks.empty()) sections.erase(sections.begin());
    return sections;
}

}  // namespace

std::optional<ItemHeading> parse_item_heading(std::string_view text) {
    text = trim(text);
    // "Minute 45 Apologies", "Item 6: Finance": the word says that a number follows.
    bool worded = false;
    for (std::string_view word : {"Minute ", "MINUTE ", "Item ", "ITEM ", "Agenda Item ", "AGENDA ITEM "}) {
        if (text.starts_with(word) && text.size() > word.size() && is_digit(text[word.size()])) {
            text.remove_prefix(word.size());
            worded = true;
            break;
        }
    }
    size_t i = 0;
    bool dotted = false;
    // Digits, with dots ("09.17.01") or one slash (parish minute references such as "23/031").
    int slashes = 0;
    while (i < text.size() && (is_digit(text[i]) || ((text[i] == '.' || text[i] == '/') && i + 1 < text.size() &&
                                                     is_digit(text[i + 1])))) {
        if (text[i] == '.' || text[i] == '/') dotted = true;
        if (text[i] == '/') ++slashes;
        ++i;
    }
    if (slashes > 1) return std::nullopt;  // a date such as 08/03/2023
    if (i == 0 || i > 10) return std::nullopt;
    std::string number(text.substr(0, i));
    if (looks_like_year(number)) return std::nullopt;  // "2025. Items": a sentence's last word, not an item
    bool separated = false;
    if (i < text.size() && (text[i] == '.' || text[i] == ')' || text[i] == ':')) {
        separated = true;
        ++i;
    }
    if (!separated && !dotted && !worded) return std::nullopt;
    if (i >= text.size() || !std::isspace(static_cast<unsigned char>(text[i]))) return std::nullopt;
    std::string_view title = trim(text.substr(i));
    if (title.empty() || title.size() > (title.ends_with(")") && title.find("(Item ") != std::string_view::npos ? 220 : 120))
        return std::nullopt;
    if (!std::isupper(static_cast<unsigned char>(title[0])) && !starts_with_reference(title)) return std::nullopt;
    if (is_page_number(title)) return std::nullopt;  // "114.7 Page 16": a sum, then a page number
    const char last = title.back();
    if (last == ',' || last == ';' || last == ':') return std::nullopt;
    if (last == '.' && (std::count(title.begin(), title.end(), ' ') >= 4 || !std::isupper(static_cast<unsigned char>(title[0]))))
        return std::nullopt;  // a numbered paragraph
    return ItemHeading{number, std::string(title)};
}

std::vector<Item> split_items(const extract::Extraction& original) {
    if (original.blocks.empty()) return {};
    if (extract::is_data_file(original)) {
        // A table or export: one item titled by the file's name, with no decisions or votes of
        // its own (its rows quote other documents' resolutions).
        Item whole = make_item(Section{"", std::filesystem::path(original.path).filename().string(), {}, {}, {}});
        for (const auto& b : original.blocks) {
            if (!whole.text.empty()) whole.text += "\n\n";
            whole.text += b.text;
        }
        whole.first_page = original.blocks.front().page;
        whole.last_page = original.blocks.back().page;
        return {whole};
    }
    if (auto record = read_record_of_decision(original.blocks)) {
        // One decision: the whole record is its item, and the decision section its resolution.
        Section s{"", record->title, {}, record->decision, {}};
        for (const auto& b : original.blocks) s.blocks.push_back(&b);
        return to_items({s});
    }
    extract::Extraction e = original;
    e.blocks = cut_at_inline_references(
        recut_moderngov_items(cut_at_item_tags(cut_at_resolution_heads(rejoin_vote_label_columns(original.blocks)))));
    for (auto splitter :
         {split_moderngov_page, split_resolution_heads, split_numbered, split_minutes_dump, split_by_headings}) {
        std::vector<Section> sections = splitter(e);
        if (sections.size() > 1 || (!sections.empty() && splitter == split_moderngov_page)) return to_items(sections);
        if (!sections.empty()) {
            // One section under the document's headings: lettered sub-items, if any, are its items.
            const std::vector<LetteredBlock> cut = cut_at_lettered_items(e.blocks, kMinLetteredItems);
            return to_items(cut.empty() ? sections : split_lettered(e, cut));
        }
    }
    if (const std::vector<LetteredBlock> cut = cut_at_lettered_items(e.blocks, kMinLetteredItems); !cut.empty())
        return to_items(split_lettered(e, cut));
    Section whole{"", document_title(e), {}, {}, {}};
    for (const auto& b : e.blocks) whole.blocks.push_back(&b);
    return to_items({whole});
}

}  // namespace quorum::index
