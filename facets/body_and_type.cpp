/** @file body_and_type.cpp @brief The body that met ("Cabinet", "Audit Committee", "Parish Council") and the kind of document (minutes, agenda, decision, report). */
#include "facets/body_and_type.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

#include "facets/council_util.h"
#include "facets/date_util.h"
#include "facets/gazetteer.h"

namespace quorum::facets {
namespace {

constexpr size_t kHeadBlocks = 12;
constexpr size_t kHeadChars = 2500;
constexpr size_t kMaxBodyChars = 100;
constexpr std::string_view kFullCouncil = "Full Council";  // docs/facets.md: one value for every plenary meeting

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool contains(std::string_view haystack, std::string_view needle) { return haystack.find(needle) != std::string_view::npos; }

bool starts_with_ci(std::string_view text, std::string_view prefix) { return lower(text.substr(0, prefix.size())) == prefix; }

std::string trim(std::string_view s, std::string_view junk = " \t*#_|-:.,;\u00a0") {
    const size_t a = s.find_first_not_of(junk);
    if (a == std::string_view::npos) return {};
    const size_t b = s.find_last_not_of(junk);
    return std::string(s.substr(a, b - a + 1));
}

// All-capitals names read better title-cased; mixed case is kept as written. "The Licensing
// Board" is the Licensing Board.
std::string tidy_name(std::string_view name) {
    std::string t = trim(name);
    if (t.size() > 4 && (t.rfind("The ", 0) == 0 || t.rfind("THE ", 0) == 0)) t = trim(std::string_view(t).substr(4));
    return council_util::is_all_caps(t) ? council_util::title_case(t) : t;
}

std::vector<std::string_view> head_texts(const extract::Extraction& x) {
    std::vector<std::string_view> out;
    size_t chars = 0;
    for (size_t i = 0; i < x.blocks.size() && i < kHeadBlocks && chars < kHeadChars; ++i) {
        out.push_back(x.blocks[i].text);
        chars += x.blocks[i].text.size();
    }
    return out;
}

// Headings, and the first two paragraphs (a plain-text file has no headings); never list items.
// Also the first paragraph under a heading made only of heading blocks ("KESTONBURY TOWN COUNCIL" /
// "AGENDA" / "Planning and Development Committee Thursday 2nd April 2020 ...", its lines read as one).
std::vector<std::string_view> heading_texts(const extract::Extraction& x) {
    std::vector<std::string_view> out;
    bool only_headings_before = true;
    for (size_t i = 0; i < x.blocks.size() && i < 8; ++i) {
        const bool heading = x.blocks[i].kind == extract::BlockKind::Heading;
        const bool paragraph = x.blocks[i].kind == extract::BlockKind::Paragraph;
        if (heading || (paragraph && (i < 2 || (only_headings_before && i < 4)))) out.push_back(x.blocks[i].text);
        only_headings_before = only_headings_before && heading;
    }
    return out;
}

// --- The body --------------------------------------------------------------------------

// "Committee", "Cabinet", "Panel", ...: the last word of a body's name.
bool ends_with_body_noun(std::string_view name) {
    static constexpr std::array<std::string_view, 15> nouns = {
        "committee", "sub-committee", "subcommittee", "cabinet", "council", "board", "panel", "group", "forum",
        "partnership", "commission", "executive", "assembly", "scrutiny", "authority"};
    std::string l = lower(trim(name));
    // "Manhattan Community Board #1", "Community Board No. 2"
    while (!l.empty() && (std::isdigit(static_cast<unsigned char>(l.back())) || l.back() == '#' || l.back() == ' '))
        l.pop_back();
    if (l.size() > 4 && l.substr(l.size() - 4) == " no.") l.resize(l.size() - 4);
    if (l.rfind("municipal district of ", 0) == 0) return true;  // Irish councils' district meetings
    // "Committee of the Whole": the council sitting as one committee.
    if (l.size() >= 22 && l.compare(l.size() - 22, 22, "committee of the whole") == 0) return true;
    const size_t cut = l.find_last_of(' ');
    const std::string last = cut == std::string::npos ? l : l.substr(cut + 1);
    // "Board of Commissioners", "Board of Trustees", "Board of Education": a board named for its members or remit.
    if (cut != std::string::npos && cut >= 8 && l.compare(cut - 8, 8, "board of") == 0) return true;
    return std::find(nouns.begin(), nouns.end(), last) != nouns.end();
}

// A body's name has no digits and no report of a meeting ("meeting held on 11 September 2012 The
// minutes of the board"), and "<X> of the <Board>" is a body only when X is one ("Actions of
// the Board" is an agenda section).
bool plausible_body_name(const std::string& name) {
    const std::string l = lower(name);
    if (std::any_of(l.begin(), l.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) return false;
    if (contains(l, " held") || contains(l, "meeting ") || contains(l, "minutes")) return false;
    if (const size_t of = l.find(" of the "); of != std::string::npos && !ends_with_body_noun(l.substr(0, of))) return false;
    return true;
}

// "Board of Trustees Regular Meeting Minutes" -> "Board of Trustees": words after a body's
// name that say what kind of sitting or document it is.
std::string without_meeting_words(std::string name) {
    static constexpr std::array<std::string_view, 15> tails = {"minutes", "agenda", "draft", "meeting", "regular", "special",
                                                              "ordinary", "extraordinary", "session", "work", "notes", "workshop",
                                                              "hearing", "hearings", "voting"};
    for (;;) {
        name = trim(name);
        const size_t cut = name.find_last_of(' ');
        if (cut == std::string::npos) return name;
        const std::string last = lower(trim(std::string_view(name).substr(cut + 1)));
        if (std::find(tails.begin(), tails.end(), last) == tails.end()) return name;
        name.resize(cut);
    }
}

// The text after "Label:" in `text`, or (when `text` is only the label) the next block's.
std::optional<std::string> value_after_label(const std::vector<std::string_view>& head, size_t i, std::string_view label) {
    if (!starts_with_ci(head[i], label)) return std::nullopt;
    std::string value = trim(head[i].substr(label.size()));
    if (value.empty() && i + 1 < head.size()) value = trim(head[i + 1]);
    if (value.empty()) return std::nullopt;
    return value;
}

// modern.gov: "Decision Maker: Joint Community Safety Partnership Overview & Scrutiny Committee".
std::optional<std::string> decision_maker(const extract::Extraction& x) {
    for (size_t i = 0; i < x.blocks.size() && i < 40; ++i)
        if (starts_with_ci(x.blocks[i].text, "decision maker:")) return trim(x.blocks[i].text.substr(15));
    return std::nullopt;
}

// Report cover sheets: "Meeting  CONSULTATION AND COMMUNICATIONS COMMITTEE".
std::optional<std::string> meeting_header(const std::vector<std::string_view>& head) {
    for (size_t i = 0; i < head.size(); ++i) {
        const std::string l = lower(head[i].substr(0, 16));
        if (l.rfind("meeting", 0) != 0) continue;
        if (l.rfind("meeting date", 0) == 0 || l.rfind("meeting time", 0) == 0 || l.rfind("meeting loc", 0) == 0 ||
            l.rfind("meeting of", 0) == 0 || l.rfind("meeting held", 0) == 0)
            continue;
        if (auto v = value_after_label(head, i, "meeting"); v && ends_with_body_noun(*v) && v->size() <= kMaxBodyChars)
            return tidy_name(*v);
    }
    return std::nullopt;
}

// A block that opens with an item's number or reference: "3. Minutes", "FC/20/21 To receive ...",
// "P20/16 PLANNING". Its first word has a digit.
bool starts_item(std::string_view text) {
    const std::string t = trim(text);
    const size_t end = t.find(' ');
    const std::string_view first = std::string_view(t).substr(0, end == std::string::npos ? t.size() : end);
    return std::any_of(first.begin(), first.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// Parish and town councils. The rule: the body is the council itself ("Parish Council",
// "Town Council") for its ordinary, annual and extraordinary meetings; a meeting that is not
// the full council keeps its own name: "Annual Parish Meeting" (the electors' meeting),
// "Planning Meeting", "Planning Committee". Working groups fall through to the general rules.
// Only the heading is read: it ends at the attendance ("Present:") or the first item ("FC/20/21 To
// receive the minutes of the Planning Committee" names another body's meeting).
std::optional<std::string> parish_body(const extract::Extraction& x, const std::vector<std::string_view>& head) {
    std::string text = lower(x.title) + " \n ";
    for (size_t i = 0; i < head.size() && i < 4; ++i) {
        if (i > 0 && (starts_item(head[i]) || starts_with_ci(trim(head[i]), "present"))) break;
        text += lower(head[i].substr(0, 300)) + " \n ";
    }
    const bool parish = contains(text, "parish council") || contains(text, "parish meeting");
    const bool town = contains(text, "town council") || contains(text, "town meeting");
    if (!parish && !town) return std::nullopt;
    if (contains(text, "working group")) return std::nullopt;
    // A committee of the council ("Minutes of the Finance and Governance Committee meeting"): the
    // general rules name it.
    if (contains(text, "committee") && !contains(text, "planning committee")) return std::nullopt;
    if (contains(text, "annual parish meeting")) return "Annual Parish Meeting";
    if (contains(text, "annual town meeting")) return "Annual Town Meeting";
    if (contains(text, "planning committee")) return "Planning Committee";
    if (contains(text, "planning meeting")) return "Planning Meeting";
    (void)parish;
    return std::string(kFullCouncil);
}

// An authority's own name is its publisher, not a body: "KENT COUNTY COUNCIL".
bool names_an_authority(std::string_view text) {
    const std::string t = trim(text);
    if (const GazetteerEntry* e = Gazetteer::builtin().find(t);
        e && e->members.empty() && !council_util::find_names(t, Gazetteer::builtin()).empty())
        return true;  // a hosted board or joint body ("Northvale Police and Crime Panel") is a body
    const auto patterns = council_util::find_authority_patterns(t);
    return !patterns.empty() && patterns.front().size() + 2 >= t.size();
}

// An authority outside the gazetteer, at the start or after "of (the)" / "for (the)": "Port of
// Wendle Board of Commissioners" -> "Board of Commissioners"; "Board of Education of the Fernbrook
// Unified School District" -> "Board of Education"; "Licensing Board for the City of Fernbrook" ->
// "Licensing Board".
std::string without_named_authority(const std::string& name) {
    const auto patterns = council_util::find_authority_patterns(name);
    if (patterns.empty()) return name;
    const std::string l = lower(name), p = lower(patterns.front());
    const size_t at = l.find(p);
    if (at == std::string::npos) return name;
    if (at == 0) {
        const std::string rest = trim(std::string_view(name).substr(p.size()));
        return rest.empty() ? name : rest;
    }
    if (at + p.size() + 2 >= l.size()) {
        std::string before = trim(std::string_view(name).substr(0, at));
        for (std::string_view tail : {" of the", " of", " for the", " for"})
            if (lower(before).size() > tail.size() && lower(before).substr(before.size() - tail.size()) == tail) {
                before = trim(std::string_view(before).substr(0, before.size() - tail.size()));
                break;
            }
        return before.empty() ? name : before;
    }
    return name;
}

// "Hollister Falls City Council Budget Committee": a body named after the council's name is one
// of its committees, not the whole council.
bool names_committee_of_council(const std::string& lowered) {
    const size_t at = lowered.find("city council");
    if (at == std::string::npos) return false;
    std::string rest = trim(std::string_view(lowered).substr(at + 12));
    // Up to the date of a heading read as one line: "... Budget Committee May 11, 2020".
    if (const size_t digit = rest.find_first_of("0123456789"); digit != std::string::npos) rest = trim(std::string_view(rest).substr(0, digit));
    for (size_t cut = rest.rfind(' '); cut != std::string::npos; cut = rest.rfind(' ')) {
        const std::string_view last = std::string_view(rest).substr(cut + 1);
        if (date_util::month_number(last) == 0 && !date_util::is_weekday(last)) break;
        rest = trim(std::string_view(rest).substr(0, cut));
    }
    const std::string named = without_meeting_words(rest);
    return !named.empty() && named.find(' ') != std::string::npos && ends_with_body_noun(named);
}

// "Cabinet of Eastmere District Council" -> "Cabinet"; "Eastmere District Council Licensing
// Committee" -> "Licensing Committee".
std::string without_authority(std::string name) {
    if (names_committee_of_council(lower(name))) return trim(std::string_view(name).substr(lower(name).find("city council") + 12));
    const auto names = council_util::find_names(name, Gazetteer::builtin());
    if (names.empty()) return without_named_authority(name);
    const auto& n = names.front();
    if (!n.entry->members.empty()) return name;
    const std::string rest = lower(trim(std::string_view(name).substr(n.end)));
    if (rest.rfind("and ", 0) == 0 || rest.rfind("& ", 0) == 0) return name;  // "Northvale Police and Crime Panel"
    if (n.begin == 0) return trim(std::string_view(name).substr(n.end));
    std::string before = trim(std::string_view(name).substr(0, n.begin));
    if (lower(before).size() > 3 && lower(before).substr(lower(before).size() - 3) == " of") before.resize(before.size() - 3);
    return trim(before);
}

// "Regular Council", "Special Meeting": the kind of sitting is not part of the body's name.
std::string without_sitting(std::string_view name) {
    std::string t = trim(name);
    for (bool again = true; again;) {
        again = false;
        for (std::string_view w : {"regular ", "special ", "ordinary ", "extraordinary ", "annual ", "inaugural ", "emergency ",
                                   "adjourned ", "monthly "})
            if (starts_with_ci(t, w)) {
                t = trim(std::string_view(t).substr(w.size()));
                again = true;
            }
    }
    return t;
}

// "Minutes of the Transport Committee" -> "Transport Committee": what a heading says about the
// document is not part of the body's name.
std::string without_document_words(const std::string& name) {
    std::string t = trim(name);
    for (std::string_view lead : {"minutes of the ", "minutes of ", "draft minutes of the ", "agenda for the ", "agenda for ",
                                  "notes of the ", "meeting of the ", "meeting of ", "notice of the ", "notice of "})
        if (starts_with_ci(t, lead)) {
            t = trim(std::string_view(t).substr(lead.size()));
            break;
        }
    return without_sitting(t);
}

// A board that is itself the authority ("Ashgrove County Board of Education", "Fernbrook Board of
// Health"): when it meets, the body is its name without the place ("County Board of Education"),
// as a council's own meeting is the Full Council. Empty for any other name.
std::string board_authority_body(std::string_view name) {
    const std::string t = trim(name), l = lower(t);
    for (std::string_view kind : {" county board of ", " board of "})
        if (const size_t at = l.find(kind); at != std::string::npos && at > 0) return tidy_name(std::string_view(t).substr(at + 1));
    return {};
}

// The whole authority met: "Full Council" whatever the heading calls it ("Council", "City
// Council", "COUNCIL OF THE CITY OF WINNIPEG", "Regular Council", the authority's own name);
// "Full Board" for a community board. Empty otherwise.
std::string whole_authority_body(std::string_view name) {
    const std::string l = lower(without_sitting(name));
    if (!council_util::find_community_boards(name).empty() || contains(l, "full board")) return "Full Board";
    if (l.rfind("council of ", 0) == 0 || l == "council" || l == "full council" || l == "city council" || l == "town council" ||
        l == "parish council" || l == "county council" || l == "borough council" || l == "district council")
        return std::string(kFullCouncil);
    if (contains(l, "city council") && !names_committee_of_council(l) && Gazetteer::builtin().find(trim(name)) == nullptr)
        return std::string(kFullCouncil);
    if (names_an_authority(name)) {
        const std::string board = board_authority_body(name);
        return board.empty() ? std::string(kFullCouncil) : board;
    }
    return {};
}

// The name between "meeting of (the)" and "held"/"will be held"/"on"/",", or before "meeting"
// in "Minutes of the Partnership Board meeting held".
std::optional<std::string> body_in_sentence(std::string_view text, std::string_view next_block) {
    const std::string l = lower(text.substr(0, 300));
    size_t start = std::string::npos, end = std::string::npos;
    if (size_t at = l.find("meeting of "); at != std::string::npos) {
        start = at + 11;
        if (l.compare(start, 4, "the ") == 0) start += 4;
        end = l.size();
        for (std::string_view stop : {" held", " will be held", " on ", " at ", ",", ".", " to be held", " in the ", " – ", " - ",
                                      " is ", " was ", " will ", " | ", " which ", " that ", " to take place"})
            if (size_t s = l.find(stop, start); s != std::string::npos) end = std::min(end, s);
        if (start >= l.size()) {
            if (next_block.empty()) return std::nullopt;
            const std::string whole = whole_authority_body(next_block);
            return whole.empty() ? tidy_name(next_block) : whole;
        }
    } else if (size_t m = l.find("minutes of the "); m != std::string::npos) {
        start = m + 15;
        end = l.find(" meeting", start);
        // "Minutes of the Personnel Sub-Committee held on 4 March 2019": the name ends at "held".
        if (end == std::string::npos) end = l.find(" held ", start);
        if (end == std::string::npos && l.size() <= 160) end = l.size();  // "<Council> Minutes of the <Committee>"
    } else if (l.rfind("minutes ", 0) == 0) {
        start = 8;
        end = l.find(" meeting", start);
    }
    if (start == std::string::npos || end == std::string::npos || end <= start) return std::nullopt;
    const std::string written = without_sitting(text.substr(start, end - start));
    if (const std::string whole = whole_authority_body(written); !whole.empty()) return whole;
    std::string name = without_authority(written);
    if (name.empty() || name.size() > kMaxBodyChars || !plausible_body_name(name)) return std::nullopt;
    if (!ends_with_body_noun(name)) return std::nullopt;
    return tidy_name(name);
}

// "Decision determined at Transport and Connectivity Policy Committee meeting on 12 September
// 2024": the capitalised name just before "meeting" (two words at least, ending with a body noun).
std::optional<std::string> body_before_meeting(std::string_view text) {
    const std::string_view head = text.substr(0, 300);
    const std::string lowered = lower(head);
    for (size_t at = lowered.find(" meeting"); at != std::string::npos; at = lowered.find(" meeting", at + 1)) {
        std::vector<std::string_view> words;  // the words before "meeting", nearest first
        for (size_t end = at; end > 0;) {
            const size_t space = head.rfind(' ', end - 1);
            const size_t b = space == std::string_view::npos ? 0 : space + 1;
            const std::string_view w = head.substr(b, end - b);
            const bool joining = w == "and" || w == "&" || w == "of";
            if (w.empty() || (!joining && !std::isupper(static_cast<unsigned char>(w[0])))) break;
            words.push_back(w);
            if (space == std::string_view::npos) break;
            end = space;
        }
        while (!words.empty() && (words.back() == "and" || words.back() == "&" || words.back() == "of")) words.pop_back();
        if (words.size() < 2) continue;
        std::string name;
        for (size_t k = words.size(); k-- > 0;) name += std::string(words[k]) + (k ? " " : "");
        name = without_document_words(without_authority(without_meeting_words(name)));
        if (name.find(' ') == std::string::npos || name.size() > kMaxBodyChars || !ends_with_body_noun(name) ||
            !plausible_body_name(name))
            continue;
        const std::string whole = whole_authority_body(name);
        return whole.empty() ? tidy_name(name) : whole;
    }
    return std::nullopt;
}

std::optional<std::string> minutes_sentence(const std::vector<std::string_view>& head) {
    for (size_t i = 0; i < head.size(); ++i) {
        const std::string l = lower(head[i].substr(0, 300));
        if (!contains(l, "meeting") && !contains(l, "minutes of the ")) continue;
        if (auto body = body_in_sentence(head[i], i + 1 < head.size() ? head[i + 1] : std::string_view()); body) return body;
        if (i < 4)
            if (auto body = body_before_meeting(head[i])) return body;
    }
    return std::nullopt;
}


// "BOARD No. 4", "Board", "Committee": a bare noun names no particular body.
bool single_word(const std::string& name) {
    std::string core = lower(trim(name));
    while (!core.empty() && (std::isdigit(static_cast<unsigned char>(core.back())) || core.back() == '#' || core.back() == ' ' || core.back() == '.'))
        core.pop_back();
    if (core.size() > 3 && core.substr(core.size() - 3) == " no") core.resize(core.size() - 3);
    return core.find(' ') == std::string::npos && core != "cabinet" && core != "council";
}

// A partnership's board meets under the partnership's heading: "EASTMERE AND HARROWBY
// COMMUNITY SAFETY PARTNERSHIP" over "PARTNERSHIP BOARD – MINUTES" is the partnership's Board.
std::string with_board(const std::string& name, const std::vector<std::string_view>& head) {
    if (lower(name).size() < 12 || lower(name).substr(lower(name).size() - 11) != "partnership") return name;
    for (size_t i = 0; i < head.size() && i < 4; ++i)
        if (contains(lower(head[i].substr(0, 200)), "partnership board")) return name + " Board";
    return name;
}

// The text before the first date, weekday or number of a heading read as one block: "Planning
// Committee Thursday 2nd April 2020 at 7.30pm" -> "Planning Committee ".
// A field label ends it too: "Finance Committee Date: 14 October 2024 Time: 7pm" -> "Finance Committee ".
std::string_view before_date(std::string_view text) {
    for (size_t pos = 1; pos < text.size(); ++pos) {
        if (text[pos - 1] != ' ') continue;
        if (std::isdigit(static_cast<unsigned char>(text[pos]))) return text.substr(0, pos);
        if (std::isupper(static_cast<unsigned char>(text[pos]))) {
            size_t end = pos + 1;
            while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) ++end;
            if (end < text.size() && text[end] == ':' && end - pos >= 3) return text.substr(0, pos);
        }
        if (!date_util::could_start_date(text, pos)) continue;
        size_t end = pos;
        while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) ++end;
        if (date_util::is_weekday(text.substr(pos, end - pos)) || date_util::match_date(text.substr(pos), false))
            return text.substr(0, pos);
    }
    return text;
}

// A body's name ends with its noun; what follows says what kind of sitting it was, in words no
// list holds ("City of Fernbrook Licensing Board Transactional Hearing" -> "City of Fernbrook
// Licensing Board"). Unchanged when no prefix ends with a body noun.
// The name itself is the run of capitalised words (and "and", "of", "the", "for", "&") before its
// end: "Decision determined at Transport Policy Committee" -> "Transport Policy Committee".
std::string through_last_body_noun(const std::string& name) {
    for (size_t end = name.size(); end > 0 && end != std::string::npos; end = name.rfind(' ', end - 1)) {
        const std::string prefix = trim(std::string_view(name).substr(0, end));
        if (prefix.empty() || !ends_with_body_noun(prefix)) continue;
        size_t start = prefix.size();
        for (size_t word_end = prefix.size(); word_end > 0;) {
            const size_t space = prefix.rfind(' ', word_end - 1);
            const size_t word_start = space == std::string::npos ? 0 : space + 1;
            const std::string word = prefix.substr(word_start, word_end - word_start);
            const std::string lw = lower(word);
            const bool capitalised = !word.empty() && std::isupper(static_cast<unsigned char>(word[0]));
            if (!capitalised && lw != "and" && lw != "of" && lw != "the" && lw != "for" && lw != "&") break;
            if (capitalised) start = word_start;  // a name never starts with a connector
            if (space == std::string::npos) break;
            word_end = space;
        }
        return prefix.substr(start);
    }
    return name;
}

// The names a heading may give its body: what the minutes are "of" ("<Council> Minutes of the
// <Committee>"), else what comes before the document's name for itself, also when the heading's
// lines were read as one ("Licensing Board for the City of Fernbrook Voting Minutes Thursday,
// January 10, 2019", "CITY OF ASHGROVE PLANNING COMMISSION MINUTES OF THE REGULAR MEETING").
std::vector<std::string> heading_body_candidates(std::string_view text) {
    for (std::string_view dash : {" \u2013 ", " - ", " \u2014 ", " | "})
        if (size_t d = text.find(dash); d != std::string_view::npos) text = text.substr(0, d);
    const std::string name = without_meeting_words(trim(text));
    std::vector<std::string> out;
    const std::string l = lower(name);
    for (std::string_view of : {"minutes of the ", "minutes of ", "meeting of the ", "meeting of "})
        if (const size_t at = l.find(of); at != std::string::npos && at > 0) {
            out.push_back(trim(std::string_view(name).substr(at + of.size())));
            break;
        }
    if (out.empty()) out.push_back(name);
    size_t cut = std::string::npos;
    for (std::string_view word : {" minutes", " agenda"}) cut = std::min(cut, l.find(word));
    if (cut != std::string::npos && cut > 0) out.push_back(without_meeting_words(name.substr(0, cut)));
    // A heading's lines read as one block: the name ends where the date begins, and follows the
    // document's name for itself ("Kestonbury Town Council Agenda Planning and Development
    // Committee Thursday 2nd April 2020 at 7.30pm ...").
    const std::string_view named = before_date(text);
    if (named.size() < text.size()) {
        std::string segment = without_meeting_words(trim(named));
        const std::string ls = lower(segment);
        size_t after = std::string::npos;
        size_t word_size = 0;
        for (std::string_view word : {" minutes ", " agenda ", " decision ", " notice ", " summons "})
            if (const size_t at = ls.rfind(word); at != std::string::npos && (after == std::string::npos || at > after)) {
                after = at;
                word_size = word.size();
            }
        if (after != std::string::npos) segment = trim(std::string_view(segment).substr(after + word_size));
        for (std::string_view lead : {"of the ", "of ", "for the ", "for "})
            if (starts_with_ci(segment, lead)) {
                segment = trim(std::string_view(segment).substr(lead.size()));
                break;
            }
        // Only a particular body: a letterhead ("KESTONBURY TOWN COUNCIL Town Council Offices, Holm
        // Road ...") read this way names the authority, which the other rules weigh.
        segment = without_document_words(through_last_body_noun(segment));
        if (whole_authority_body(segment).empty() && whole_authority_body(without_authority(segment)).empty())
            out.push_back(segment);
    }
    return out;
}

// "CABINET – MINUTES", "CORPORATE PARENTING PANEL – 10th December 2024 ...", "Licensing Committee".
std::optional<std::string> body_heading(const std::vector<std::string_view>& head, bool skip_item_title) {
    for (size_t i = 0; i < head.size(); ++i) {
        if (skip_item_title && i == 1) continue;  // modern.gov item and decision pages: block 1 is the item's title
        for (std::string name : heading_body_candidates(head[i])) {
            if (name.empty() || name.size() > kMaxBodyChars || names_an_authority(name)) continue;
            if (const std::string whole = whole_authority_body(name); !whole.empty()) return whole;
            name = without_document_words(without_authority(name));
            if (name.empty() || !ends_with_body_noun(name) || single_word(name) || !plausible_body_name(name)) continue;  // not "BOARD No. 4"
            return with_board(tidy_name(name), head);
        }
    }
    return std::nullopt;
}

// "Agenda for Licensing Committee on Wednesday, ...", "Audit Committee - Minutes - 1 November 2022".
std::optional<std::string> body_in_title(const std::string& title) {
    const std::string l = lower(title);
    for (std::string_view lead : {"agenda for ", "minutes for ", "minutes of "}) {
        if (l.rfind(lead, 0) != 0) continue;
        const size_t end = std::min(l.find(" on ", lead.size()), l.find(" - ", lead.size()));
        const std::string name = without_authority(trim(std::string_view(title).substr(lead.size(), end - lead.size())));
        if (ends_with_body_noun(name)) return tidy_name(name);
    }
    // modern.gov packs: "(Public Pack)Agenda Supplement for County Council, 13/03/2025 10:00".
    if (size_t f = l.find(" for "); f != std::string::npos) {
        const size_t start = f + 5;
        const size_t end = std::min({l.find(",", start), l.find(" on ", start), l.size()});
        const std::string written = trim(std::string_view(title).substr(start, end - start));
        if (const std::string whole = whole_authority_body(written); !whole.empty() && written.size() <= kMaxBodyChars) return whole;
        const std::string name = without_authority(written);
        if (!name.empty() && name.size() <= kMaxBodyChars && ends_with_body_noun(name) && !single_word(name)) return tidy_name(name);
    }
    return body_heading({title}, false);
}

// Records of decision name who decides: "DECISION TO BE TAKEN BY:" ... "Mrs Sue Chandler,
// Cabinet Member for Integrated Children's Services" -> the office, not the person.
std::optional<std::string> decision_taker(const std::vector<std::string_view>& head) {
    for (size_t i = 0; i < head.size(); ++i) {
        if (!starts_with_ci(head[i], "decision to be taken by") && !starts_with_ci(head[i], "decision taker")) continue;
        std::string value = trim(head[i].substr(head[i].find_first_of(":") == std::string_view::npos ? head[i].size() : head[i].find(':') + 1));
        for (size_t k = i + 1; value.empty() && k < head.size() && k < i + 4; ++k)
            if (trim(head[k]).size() > 0 && head[k].back() != ':') value = trim(head[k]);
        const size_t comma = value.find(", ");
        if (comma != std::string::npos) value = trim(std::string_view(value).substr(comma + 2));
        if (!value.empty() && value.size() <= kMaxBodyChars) return value;
    }
    return std::nullopt;
}

// A police and crime commissioner's own record of decision.
std::optional<std::string> commissioner_decision(const extract::Extraction& x, const std::vector<std::string_view>& head) {
    std::string text = lower(x.title);
    for (size_t i = 0; i < head.size() && i < 3; ++i) text += " " + lower(head[i].substr(0, 200));
    if (!contains(text, "record of decision") && !contains(text, "decision notice")) return std::nullopt;
    if (contains(text, "police, fire and crime commissioner")) return "Police, Fire and Crime Commissioner";
    if (contains(text, "police and crime commissioner")) return "Police and Crime Commissioner";
    return std::nullopt;
}

// A board or panel a council hosts, named near the top of a page of its minutes ("The Board
// considered the Leicestershire Safer Communities Strategy Board Action Log").
std::optional<std::string> hosted_body(const std::vector<std::string_view>& head) {
    std::string text;
    for (const auto& h : head) text += std::string(h.substr(0, 600)) + "\n\n";
    for (const auto& n : council_util::find_names(text, Gazetteer::builtin())) {
        const std::string& c = n.entry->canonical;
        if (!n.entry->members.empty() && (ends_with_body_noun(c) && !contains(lower(c), "partnership"))) return c;
    }
    return std::nullopt;
}

// Minutes printed under a parish council's heading deep inside another publication.
std::optional<std::string> parish_heading_anywhere(const extract::Extraction& x) {
    for (size_t i = 0; i + 1 < x.blocks.size() && i < 2000; ++i) {
        const std::string l = lower(x.blocks[i].text.substr(0, 80));
        if (x.blocks[i].kind != extract::BlockKind::Heading || l.size() > 60) continue;
        const std::string next = lower(x.blocks[i + 1].text.substr(0, 40));
        const bool minutes = next.rfind("minutes", 0) == 0 || next.rfind("notes of", 0) == 0;
        if (minutes && (contains(l, "parish council") || contains(l, "town council"))) return std::string(kFullCouncil);
    }
    return std::nullopt;
}

// The whole authority met, named by a heading ("COMMUNITY BOARD 1-MANHATTAN", "DES MOINES CITY
// COUNCIL MEETING REPORT") or a split letterhead.
std::optional<std::string> whole_authority_heading(const extract::Extraction& x) {
    std::string joined;
    for (const auto& h : heading_texts(x)) {
        const std::string l = lower(h.substr(0, 200));
        if (contains(l, "full board")) return "Full Board";
        if (contains(l, "city council") && l.size() <= 80 && !names_committee_of_council(without_meeting_words(trim(l))))
            return std::string(kFullCouncil);
        joined += std::string(h.substr(0, 200)) + " ";
    }
    if (!council_util::find_community_boards(joined).empty()) return "Full Board";
    return std::nullopt;
}

// The title, a Markdown subtitle or a PDF's running header that names the meeting: "REGULAR
// MEETING OF THE BOARD OF TRUSTEES", "Special Meeting of the Port of Wendle Board of
// Commissioners", "PLANNING COMMISSION".
std::optional<std::string> body_in_metadata(const extract::Extraction& x) {
    std::vector<std::string> texts = {x.title};
    for (const char* key : {"subtitle", "running-header"})
        if (auto it = x.metadata.find(key); it != x.metadata.end()) texts.push_back(it->second);
    for (const auto& t : texts)
        if (auto v = body_in_sentence(t, {})) return v;
    if (auto it = x.metadata.find("running-header"); it != x.metadata.end())
        if (auto v = body_heading({it->second}, false)) return v;
    return std::nullopt;
}

// Report cover sheets that say whom the report goes to: "REPORT TO:" / "WEST OF ENGLAND COMBINED
// AUTHORITY COMMITTEE", "... COMMITTEE: Transport and Connectivity Committee DATE: 12 September
// 2024". The value runs to the next capitalised label ("DATE:") and must end with a body noun; an
// authority's own committee keeps the authority's name when the rest would be a bare noun.
std::optional<std::string> report_addressee(const std::vector<std::string_view>& head) {
    for (size_t i = 0; i < head.size() && i < 12; ++i) {
        const std::string_view text = head[i];
        for (std::string_view label : {"REPORT TO:", "Report to:", "COMMITTEE:", "Committee:", "MEETING:", "Meeting:", "TO:", "To:"}) {
            size_t at = text.find(label);
            if (at == std::string_view::npos) continue;
            // A memo's or staff report's "TO:" opens its line ("TO: Honorable Mayor and City Council").
            if (label.size() == 3 && at > 0 && text[at - 1] != '\n') continue;
            if (at > 0 && std::isalpha(static_cast<unsigned char>(text[at - 1]))) continue;  // "SUBCOMMITTEE:" is read as its own label
            std::string_view rest = text.substr(at + label.size());
            // The value stops at the next label: a capitalised word followed by ':'.
            for (size_t k = 1; k < rest.size(); ++k)
                if (rest[k] == ':') {
                    size_t w = k;
                    while (w > 0 && (std::isupper(static_cast<unsigned char>(rest[w - 1])) || rest[w - 1] == '(' || rest[w - 1] == ')')) --w;
                    // A label in title case ("Report to: ... Date: ..."): a capital, then small letters, then ':'.
                    size_t t = k;
                    while (t > 0 && std::islower(static_cast<unsigned char>(rest[t - 1]))) --t;
                    if (k - t >= 2 && t > 0 && std::isupper(static_cast<unsigned char>(rest[t - 1])) && (t == 1 || rest[t - 2] == ' '))
                        w = t - 1;
                    // A label of a few words ("Date of meeting:"): small words back to a capitalised one.
                    if (k - w < 3 && t > 0 && rest[t - 1] == ' ') {
                        size_t p = t - 1;
                        for (int words = 0; words < 2 && p > 0; ++words) {
                            size_t q = p;
                            while (q > 0 && std::isalpha(static_cast<unsigned char>(rest[q - 1]))) --q;
                            if (q == p) break;
                            if (std::isupper(static_cast<unsigned char>(rest[q])) && q > 0 && rest[q - 1] == ' ') {
                                w = q;
                                break;
                            }
                            if (q == 0 || rest[q - 1] != ' ') break;
                            p = q - 1;
                        }
                    }
                    if (k - w >= 3 && (w == 0 || rest[w - 1] == ' ')) {
                        rest = rest.substr(0, w);
                        break;
                    }
                }
            std::string value = trim(rest);
            if (value.empty() && i + 1 < head.size()) value = trim(head[i + 1]);
            // "Committee: Recreation and Amenities": the label says what the name is.
            if (lower(label) == "committee:" && !value.empty() && !ends_with_body_noun(value) &&
                std::isupper(static_cast<unsigned char>(value[0])) && std::count(value.begin(), value.end(), ' ') < 6)
                value += council_util::is_all_caps(value) ? " COMMITTEE" : " Committee";
            if (value.empty() || value.size() > kMaxBodyChars || !ends_with_body_noun(value) || !plausible_body_name(value)) continue;
            if (const std::string whole = whole_authority_body(value); !whole.empty()) return whole;
            const std::string without = without_authority(value);
            return tidy_name(without.empty() || single_word(without) ? value : without);
        }
    }
    return std::nullopt;
}

// A meeting-details table: a header row naming a "Title of Meeting" (or "Meeting") column over a
// row that starts with the meeting's title and then its date ("Title of Meeting Date Place Time" /
// "Westfold Libraries Ltd - Board Meeting 17th October 2012 ..."): the title after the
// organisation's name, without "Meeting" ("Board"); "AGM" is the Annual General Meeting.
std::optional<std::string> meeting_title_column(const std::vector<std::string_view>& head) {
    for (size_t i = 0; i + 1 < head.size() && i < 8; ++i) {
        const std::string h = lower(head[i].substr(0, 120));
        if (h.size() > 80 || !(h.rfind("title of meeting", 0) == 0 || h.rfind("meeting ", 0) == 0) || !contains(h, "date")) continue;
        // The value row may follow a short continuation of the header ("Invited").
        for (size_t k = i + 1; k < head.size() && k <= i + 2; ++k) {
            const std::string_view row = head[k];
            size_t cut = std::string_view::npos;
            for (size_t pos = 0; pos < row.size() && pos < 160; ++pos)
                if (date_util::could_start_date(row, pos) && date_util::match_date(row.substr(pos), false)) {
                    cut = pos;
                    break;
                }
            if (cut == std::string_view::npos || cut == 0) continue;
            std::string title = trim(row.substr(0, cut));
            for (std::string_view dash : {" \u2013 ", " - ", " \u2014 "})
                if (size_t d = title.rfind(dash); d != std::string::npos) title = trim(std::string_view(title).substr(d + dash.size()));
            const std::string l = lower(title);
            if (l == "agm" || l == "a.g.m" || l == "annual general meeting") return "Annual General Meeting";
            title = without_meeting_words(title);
            if (!title.empty() && title.size() <= kMaxBodyChars && ends_with_body_noun(title)) return tidy_name(title);
        }
    }
    return std::nullopt;
}

// A society's or company's annual general meeting named in its first lines ("ANNUAL GENERAL
// MEETING MINUTES"); a parish or town council's annual meeting is the council's (parish_body).
std::optional<std::string> annual_general_meeting(const std::vector<std::string_view>& head) {
    for (size_t i = 0; i < head.size() && i < 4; ++i) {
        const std::string l = lower(head[i].substr(0, 200));
        if (contains(l, "annual general meeting") || contains(l, " a.g.m") || contains(l, " agm ") || l.rfind("agm ", 0) == 0)
            return "Annual General Meeting";
    }
    return std::nullopt;
}

// A municipality's council sitting named only by its kind ("AGENDA ... Special Meeting", "Regular
// Meeting Minutes") in a document that speaks of its council and of no committee, board or
// commission: the whole council met.
std::optional<std::string> council_sitting(const extract::Extraction& x, const std::vector<std::string_view>& head) {
    std::string text = lower(x.title) + " \n ";
    for (size_t i = 0; i < head.size() && i < 12; ++i) text += lower(head[i].substr(0, 300)) + " \n ";
    const bool sitting = contains(text, "special meeting") || contains(text, "regular meeting") || contains(text, "regular session") ||
                         contains(text, "special session") || contains(text, "council meeting");
    // The council, or a municipality whose governing body is its council ("City of Fernbrook").
    const bool municipality = contains(text, "city of ") || contains(text, "town of ") || contains(text, "township") ||
                              contains(text, "village of ") || contains(text, "borough of ");
    if (!sitting || !(contains(text, "council") || municipality)) return std::nullopt;
    for (std::string_view other : {"committee", "board", "commission", "authority", "panel", "trustees", "district"})
        if (contains(text, other)) return std::nullopt;
    return std::string(kFullCouncil);
}

// A board that is itself the authority, named by a heading of its own ("ASHGROVE COUNTY BOARD OF
// EDUCATION" over a resolution it adopted), when nothing else names the body.
std::optional<std::string> board_authority_heading(const extract::Extraction& x) {
    for (const auto& h : heading_texts(x)) {
        const std::string name = without_meeting_words(trim(h.substr(0, kMaxBodyChars + 1)));
        if (name.size() > kMaxBodyChars || !names_an_authority(name)) continue;
        if (std::string board = board_authority_body(name); !board.empty()) return board;
    }
    return std::nullopt;
}

// A bare noun ("Board", from "the Regular Board Meeting") when the title names the body in full
// ("CUYAHOGA COUNTY BOARD OF HEALTH" -> "Board of Health").
std::optional<std::string> fuller_name_in_title(const std::string& bare, const extract::Extraction& x) {
    std::string title = x.title;
    for (std::string_view dash : {" \u2013 ", " - ", " \u2014 ", " | "})
        if (size_t d = title.find(dash); d != std::string::npos) title.resize(d);
    // From the bare noun on: "CUYAHOGA COUNTY BOARD OF HEALTH" -> "BOARD OF HEALTH".
    const std::string l = " " + lower(title) + " ", b = " " + lower(bare) + " ";
    const size_t at = l.find(b);
    if (at == std::string::npos) return std::nullopt;
    std::string name = trim(std::string_view(title).substr(at));
    if (lower(name).rfind(lower(bare) + " of ", 0) != 0) name = without_authority(trim(title));  // "Eastmere Licensing Board"
    if (name.empty() || name.size() > kMaxBodyChars || single_word(name) || !plausible_body_name(name)) return std::nullopt;
    return tidy_name(name);
}

FacetValue body_value(const std::string& value, const std::string& source, double confidence) {
    return {value, source, confidence, ""};
}

// --- The document type ------------------------------------------------------------------

struct TypeScores {
    int minutes = 0, agenda = 0, decision = 0, report = 0;
};

// Whether a line names minutes that are its own, not an earlier meeting's it approves: each
// "minutes" is read with the words just around it ("Approval of the Minutes", "approve the
// minutes", "minutes of the previous meeting" are items of another record), so a heading read
// together with the text under it ("... Voting Minutes Thursday ... The Board voted to approve
// the following") still names itself.
bool names_own_minutes(const std::string& t) {
    if (t.rfind("minutes of the meeting held", 0) == 0) return false;
    for (size_t at = t.find("minutes"); at != std::string::npos; at = t.find("minutes", at + 1)) {
        const std::string_view before = std::string_view(t).substr(at < 25 ? 0 : at - 25, std::min<size_t>(at, 25));
        const std::string_view after = std::string_view(t).substr(at + 7, 25);
        if (contains(before, "approv") || contains(before, "confirm") || contains(before, "adopt")) continue;
        if (contains(after, "previous") || contains(after, "last") || contains(before, "previous meeting")) continue;
        return true;
    }
    return false;
}

// The kinds a line names itself as: "Decision Recording Form", "Meeting Agenda", "Minutes of ...".
// Returns the kinds named, so each counts once per line.
TypeScores kinds_named(const std::string& t) {
    TypeScores k;
    if (contains(t, "decision details") || contains(t, "record of decision") || contains(t, "decision notice") ||
        contains(t, "officer decision") || contains(t, "executive decision") || contains(t, "decision recording") ||
        contains(t, "decision determined") || contains(t, "decision sheet") || contains(t, "notice of decision"))
        k.decision = 1;
    if (names_own_minutes(t) || contains(t, "notes of the meeting") || contains(t, "notes of meeting") ||
        contains(t, "hansard") || contains(t, "meeting report") || contains(t, "official minutes") ||
        // Records that name themselves by what they record: "SUMMARY OF ACTIONS", "Record of Proceedings".
        contains(t, "summary of actions") || contains(t, "action summary") || contains(t, "record of proceedings") ||
        contains(t, "journal of proceedings"))
        k.minutes = 1;
    // "Notice of (the) Budget Committee Meeting", "Call and notice of special meeting": a notice calls a meeting.
    const size_t notice = t.find("notice of");
    const size_t called = std::min(t.find("meeting", notice == std::string::npos ? t.size() : notice),
                                   t.find("public hearing", notice == std::string::npos ? t.size() : notice));
    const bool notice_of_meeting = notice != std::string::npos && called != std::string::npos && called < notice + 60;
    if ((contains(t, "agenda") && !contains(t, "agenda item")) || contains(t, "summons") || contains(t, "public pack") ||
        contains(t, "agenda supplement") || notice_of_meeting)
        k.agenda = 1;
    return k;
}

void add_kinds(const TypeScores& k, int weight, TypeScores& s) {
    s.decision += k.decision * (weight + 6);  // a decision record may also say "minutes" or "agenda"
    s.minutes += k.minutes * weight;
    s.agenda += k.agenda * weight;
}

// "Regular Meeting Agenda", "DRAFT MINUTES": words that name a document and its sitting, nothing else.
bool only_title_words(std::string_view lowered) {
    static constexpr std::array<std::string_view, 14> words = {"agenda", "minutes", "meeting", "regular", "special", "draft",
                                                               "notes", "action", "revised", "amended", "official", "approved",
                                                               "summary", "final"};
    size_t start = 0;
    while (start < lowered.size()) {
        size_t end = lowered.find(' ', start);
        if (end == std::string_view::npos) end = lowered.size();
        const std::string_view w = lowered.substr(start, end - start);
        if (!w.empty() && std::find(words.begin(), words.end(), w) == words.end()) return false;
        start = end + 1;
    }
    return true;
}

// A line of the heading area that is only the document's name for itself ("AGENDA", "Minutes",
// "Meeting Agenda"), under a heading of several short lines (council, meeting, date, time, then
// "AGENDA"): it weighs like the first lines. Only before the first numbered item, where an
// agenda's "Minutes" item would be.
std::optional<TypeScores> title_line_kind(const extract::Extraction& x) {
    for (size_t i = 4; i < x.blocks.size() && i < 8; ++i) {
        const std::string t = lower(trim(x.blocks[i].text));
        if (!t.empty() && std::isdigit(static_cast<unsigned char>(t[0]))) return std::nullopt;  // "1. Call to order"
        if (t.size() > 30 || !only_title_words(t)) continue;  // not "Approval of Agenda"
        const TypeScores k = kinds_named(t);
        if (k.minutes + k.agenda + k.decision == 1) return k;
    }
    return std::nullopt;
}

// What the document calls itself: its first lines weigh most, then the title metadata (a reused
// template keeps another document's title: "Agenda Template" on printed minutes), then the
// later headings (an agenda's "November Meeting Minutes" item names an earlier meeting's minutes).
void score_named_kind(const extract::Extraction& x, TypeScores& s) {
    TypeScores first;
    for (size_t i = 0; i < x.blocks.size() && i < 4; ++i) {
        TypeScores k = kinds_named(lower(x.blocks[i].text.substr(0, 200)));
        // "MINUTES OF THE MEETING HELD ON MONDAY 2 MARCH 2020" under the council's and committee's
        // names is the document's own title; as an item (a list item, or after an item's number) it
        // is an earlier meeting's minutes to approve.
        // Only under a heading of short name lines: not after an item's number, nor after a notice
        // of the meeting to come (an agenda pack enclosing the last minutes).
        bool under_names = true;
        for (size_t j = 0; j < i; ++j) {
            const std::string prev = lower(trim(x.blocks[j].text));
            under_names = under_names && prev.size() <= 80 && !starts_item(prev) && !contains(prev, "will be held") &&
                          !contains(prev, "summon") && kinds_named(prev).agenda == 0;
        }
        if (starts_with_ci(x.blocks[i].text, "minutes of the meeting held") && x.blocks[i].kind != extract::BlockKind::ListItem &&
            under_names)
            k.minutes = 1;
        first.decision |= k.decision;
        first.minutes |= k.minutes;
        first.agenda |= k.agenda;
    }
    add_kinds(first, 6, s);
    std::string meta = lower(x.title);
    if (auto it = x.metadata.find("Title"); it != x.metadata.end()) meta += " \n " + lower(it->second);
    add_kinds(kinds_named(meta), 4, s);
    // A pack or summons is an agenda whatever minutes it encloses.
    if (contains(meta, "public pack") || contains(meta, "agenda supplement") || contains(meta, "summons")) s.agenda += 3;
    TypeScores later;
    for (size_t i = 4; i < x.blocks.size() && i < 8; ++i) {
        if (x.blocks[i].kind != extract::BlockKind::Heading) continue;
        const TypeScores k = kinds_named(lower(x.blocks[i].text.substr(0, 150)));
        later.decision |= k.decision;
        later.minutes |= k.minutes;
        later.agenda |= k.agenda;
    }
    add_kinds(later, 2, s);
    if (const auto k = title_line_kind(x)) add_kinds(*k, 6, s);
}

// A resolution, ordinance or bill printed on its own: "RESOLUTION NO. 22-07" ... "PASSED AND
// ADOPTED" is a decision; one only "Introduced" is none of the kinds (nullopt: no type).
std::optional<bool> resolution_adopted(const extract::Extraction& x) {
    bool resolution = false;
    for (size_t i = 0; i < x.blocks.size() && i < 6 && !resolution; ++i) {
        const std::string l = lower(x.blocks[i].text.substr(0, 200));
        // Minutes or an agenda that names itself first only records or lists resolutions ("Fernbrook
        // City Council" / "Minutes - Regular Session" / "Resolution 2019-07 adopted 2-0").
        const TypeScores named = kinds_named(l);
        if (named.minutes + named.agenda > 0) return std::nullopt;
        if (contains(l, "resolution no") || l.rfind("resolution ", 0) == 0 || l.rfind("bill no", 0) == 0 ||
            l.rfind("ordinance no", 0) == 0)
            resolution = true;
    }
    if (!resolution) return std::nullopt;
    size_t chars = 0;
    for (const auto& b : x.blocks) {
        const std::string l = lower(b.text);
        if (contains(l, "passed and adopted") || contains(l, "duly adopted") || contains(l, "adopted this") ||
            contains(l, "adopted by the") || contains(l, "passed by the"))
            return true;
        if ((chars += b.text.size()) > 60000) break;
    }
    return false;
}

void score_head_cues(const std::vector<std::string_view>& head, TypeScores& s) {
    for (size_t i = 0; i < head.size(); ++i) {
        const std::string l = lower(head[i].substr(0, 300));
        // A notice of a meeting to come opens an agenda pack, whatever minutes it encloses.
        if (i < 3 && (contains(l, "will be held") || contains(l, "notice is hereby given"))) s.agenda += 2;
        if (l.size() <= 60 && contains(l, "meeting minutes")) s.minutes += 3;  // "February 2020 Full Board Meeting Minutes"
        if (l.rfind("decision maker:", 0) == 0) s.decision += 5;
        if (l.rfind("report of", 0) == 0 || l.rfind("report to", 0) == 0 || l.rfind("report by", 0) == 0 ||
            l.rfind("report author", 0) == 0)
            s.report += 4;
        if (contains(l, "purpose of report") || contains(l, "purpose of the report")) s.report += 3;
        if (contains(l, "will be held") || contains(l, "are summoned") || contains(l, "are hereby summoned") ||
            contains(l, "notice is hereby given"))
            s.agenda += 6;
        // "Minutes of the meeting held on ..." opening a block is usually the previous meeting's item.
        const bool previous = l.rfind("minutes of the meeting held", 0) == 0 || l.rfind("minutes of the last", 0) == 0 ||
                              l.rfind("minutes of the previous", 0) == 0;
        if (!previous && (l.rfind("minutes of", 0) == 0 || l.rfind("draft minutes", 0) == 0 || l == "minutes")) s.minutes += 4;
        // "ROLL CALL" alone is an agenda's item; minutes record who answered it.
        const bool roll_call_taken = contains(l, "roll call") && l.size() > 20;
        if (roll_call_taken || contains(l, "called the meeting to order") || contains(l, "the council met at")) s.minutes += 3;
        // A report names itself in a short line of its heading ("STAFF REPORT", "Officer's Report"),
        // and a memo says whom it is from and what it is about.
        if (i < 4 && l.size() <= 40 && (l.size() >= 6 && l.compare(l.size() - 6, 6, "report") == 0) && !contains(l, "meeting report"))
            s.report += 6;
        if (l.rfind("from:", 0) == 0 || l.rfind("subject:", 0) == 0) s.report += 2;
        if (l.rfind("present", 0) == 0 || contains(l, "present:") || contains(l, "in attendance")) s.minutes += 2;
        if (contains(l, "minutes:") || contains(l, "apologies were received") || contains(l, "apologies for absence were"))
            s.minutes += 2;
    }
}

// How an agenda reads: its items say what is to be done ("To receive apologies", "To approve the
// minutes"), and under each numbered item there is nothing yet ("1. CALL TO ORDER" / "2. ROLL
// CALL" / "3. APPROVAL OF THE AGENDA"). Minutes record, under each item, what was done.
void score_agenda_shape(const extract::Extraction& x, TypeScores& s) {
    size_t to_verbs = 0, numbered = 0, bare = 0;
    for (size_t i = 0; i < x.blocks.size() && i < 40; ++i) {
        std::string l = lower(trim(x.blocks[i].text.substr(0, 80)));
        const bool item = !l.empty() && std::isdigit(static_cast<unsigned char>(l[0]));
        if (!item) continue;
        ++numbered;
        const bool next_is_item = i + 1 >= x.blocks.size() ||
                                  (!x.blocks[i + 1].text.empty() && std::isdigit(static_cast<unsigned char>(trim(x.blocks[i + 1].text)[0])));
        if (next_is_item && x.blocks[i].text.size() <= 80) ++bare;
        const size_t title = l.find_first_not_of("0123456789./)( ");
        if (title == std::string::npos) continue;
        for (std::string_view verb : {"to receive", "to approve", "to consider", "to note", "to agree", "to resolve", "to discuss",
                                      "to confirm", "to review", "to elect", "to appoint"})
            if (l.compare(title, verb.size(), verb) == 0) {
                ++to_verbs;
                break;
            }
    }
    if (to_verbs >= 2) s.agenda += 3;
    if (numbered >= 4 && bare * 4 >= numbered * 3) s.agenda += 3;
}

void score_items(const std::vector<Item>& items, TypeScores& s) {
    const auto resolved = std::count_if(items.begin(), items.end(), [](const Item& i) { return !i.resolution.empty(); });
    if (resolved > 0) s.minutes += 2;
}

void score_body_cues(const extract::Extraction& x, TypeScores& s) {
    size_t chars = 0, minutes_labels = 0;
    bool resolved = false;
    for (const auto& b : x.blocks) {
        if (chars > 30000) {
            // Minutes printed inside a longer publication: "Notes of the meeting held on ..." on page 19.
            if (starts_with_ci(b.text, "notes of the meeting") || starts_with_ci(b.text, "minutes of the meeting of")) ++minutes_labels;
            if (chars > 400000) break;
            chars += b.text.size();
            continue;
        }
        chars += b.text.size();
        if (starts_with_ci(b.text, "minutes:") || contains(b.text, " Minutes: ") || starts_with_ci(b.text, "date held"))
            ++minutes_labels;
        if (!resolved && (contains(b.text, "RESOLVED") || contains(b.text, "Resolved:") || contains(b.text, "It was resolved")))
            resolved = true;
    }
    if (minutes_labels > 0) s.minutes += 3;
    if (resolved) s.minutes += 1;
}

// A vote's count written after its verb, "voted 2-0", "passed 3-1", "carried 5 - 0": nullopt when
// there is none, else whether the outcome follows it ("voted 2-0 to grant", "... to deny").
std::optional<bool> vote_tally(const std::string& l) {
    std::optional<bool> found;
    for (std::string_view verb : {"voted ", "passed ", "carried ", "failed ", "approved "})
        for (size_t at = l.find(verb); at != std::string::npos; at = l.find(verb, at + 1)) {
            size_t k = at + verb.size();
            const size_t digits = k;
            while (k < l.size() && std::isdigit(static_cast<unsigned char>(l[k]))) ++k;
            if (k == digits || k - digits > 2) continue;
            while (k < l.size() && l[k] == ' ') ++k;
            if (k >= l.size() || (l[k] != '-' && l.compare(k, 3, "\u2013") != 0)) continue;
            k += l[k] == '-' ? 1 : 3;
            while (k < l.size() && l[k] == ' ') ++k;
            if (k >= l.size() || !std::isdigit(static_cast<unsigned char>(l[k]))) continue;
            while (k < l.size() && std::isdigit(static_cast<unsigned char>(l[k]))) ++k;
            const std::string_view rest = std::string_view(l).substr(k, 12);
            const bool outcome = rest.rfind(" to grant", 0) == 0 || rest.rfind(" to deny", 0) == 0 ||
                                 rest.rfind(" to approve", 0) == 0 || rest.rfind(" to adopt", 0) == 0;
            found = found.value_or(false) || outcome;
        }
    return found;
}

// What only a record of a meeting says: who moved and seconded, how a vote went, when the meeting
// ended ("Seconded by Cllr ...", "Motion carried", "Ayes: 5", "voted 2-0 to grant", "The meeting adjourned at 8.15 pm").
// An agenda proposes and a report recommends; neither counts votes. Two kinds of these
// cues, in the first pages, are evidence of minutes.
void score_record_cues(const extract::Extraction& x, TypeScores& s) {
    static const std::array<std::array<std::string_view, 5>, 6> kinds = {{
        {"seconded by", "seconded:", "moved by", "moved and seconded", "duly seconded"},
        {"motion carried", "motion passed", "carried unanimously", "unanimously approved", "motion failed"},
        {"ayes:", "nays:", "voted to", "vote was", "voted on"},
        {"adjourned at", "meeting closed at", "meeting ended at", "meeting was adjourned", "hearing was adjourned"},
        {"were present", "members present:", "also present:", "absent:", "members absent"},
        // An application's or motion's outcome, recorded: "Harbor Grill LLC. New license. Granted."
        {"granted.", "denied.", "voted to grant", "voted to deny", "refused."},
    }};
    std::array<bool, kinds.size()> seen{};
    size_t chars = 0;
    for (const auto& b : x.blocks) {
        if ((chars += b.text.size()) > 30000) break;
        const std::string l = lower(b.text);
        for (size_t k = 0; k < kinds.size(); ++k)
            for (std::string_view cue : kinds[k])
                if (contains(l, cue)) seen[k] = true;
        if (const auto tally = vote_tally(l)) {
            seen[2] = true;  // a vote count
            seen[5] = seen[5] || *tally;  // and the outcome it gave
        }
        // An outcome alone in its table cell or line: a "Decision" column's "Granted", "Denied".
        const std::string whole = trim(l);
        for (std::string_view outcome : {"granted", "denied", "approved", "carried", "adopted", "refused", "rejected"})
            if (whole == outcome) seen[5] = true;
    }
    const auto n = std::count(seen.begin(), seen.end(), true);
    // Two kinds are enough on their own (the 3 a type needs), more weigh more.
    if (n >= 2) s.minutes += static_cast<int>(n) + 1;
}

}  // namespace

namespace {

std::vector<FacetValue> body_cascade(const extract::Extraction& extraction) {
    if (auto v = decision_maker(extraction)) return {body_value(*v, "structure", 0.95)};
    const std::vector<std::string_view> head = head_texts(extraction);
    if (auto v = decision_taker(head)) return {body_value(*v, "structure", 0.85)};
    if (auto v = meeting_header(head)) return {body_value(*v, "structure", 0.9)};
    if (auto v = report_addressee(head)) return {body_value(*v, "structure", 0.85)};
    if (auto v = parish_body(extraction, head)) return {body_value(*v, "structure", 0.8)};
    if (auto v = meeting_title_column(head)) return {body_value(*v, "structure", 0.8)};
    if (auto v = annual_general_meeting(head)) return {body_value(*v, "structure", 0.75)};
    const bool item_page = !head.empty() && (starts_with_ci(head[0], "agenda item") || starts_with_ci(head[0], "decision details") ||
                                             starts_with_ci(head[0], "issue details"));
    if (auto v = body_heading(heading_texts(extraction), item_page)) return {body_value(*v, "structure", 0.85)};
    if (auto v = minutes_sentence(head)) return {body_value(*v, "text", 0.75)};
    if (auto v = commissioner_decision(extraction, head)) return {body_value(*v, "structure", 0.75)};
    if (auto v = hosted_body(head)) return {body_value(*v, "text", 0.6)};
    if (auto v = parish_heading_anywhere(extraction)) return {body_value(*v, "structure", 0.6)};
    if (auto v = body_in_title(extraction.title)) return {body_value(*v, "metadata", 0.7)};
    if (auto v = body_in_metadata(extraction)) return {body_value(*v, "metadata", 0.65)};
    if (auto v = whole_authority_heading(extraction)) return {body_value(*v, "structure", 0.6)};
    if (auto v = council_sitting(extraction, head)) return {body_value(*v, "text", 0.5)};
    if (auto v = board_authority_heading(extraction)) return {body_value(*v, "structure", 0.5)};
    return {};
}

}  // namespace

std::vector<FacetValue> detect_body(const extract::Extraction& extraction) {
    std::vector<FacetValue> found = body_cascade(extraction);
    if (found.size() == 1 && single_word(found.front().value) && found.front().value != kFullCouncil)
        if (auto v = fuller_name_in_title(found.front().value, extraction)) found.front().value = *v;
    return found;
}

std::vector<FacetValue> detect_doc_type(const extract::Extraction& extraction, const std::vector<Item>& items) {
    const std::vector<std::string_view> head = head_texts(extraction);
    TypeScores s;
    score_named_kind(extraction, s);
    if (const auto adopted = resolution_adopted(extraction)) {
        if (!*adopted) return {};  // a resolution as introduced: not minutes, agenda, decision or report
        s.decision += 8;
    }
    score_head_cues(head, s);
    score_items(items, s);
    score_agenda_shape(extraction, s);
    score_body_cues(extraction, s);
    score_record_cues(extraction, s);
    // Ties go to the more specific kind: a decision or report may also carry minutes cues.
    const std::array<std::pair<const char*, int>, 4> ranked = {{{"decision", s.decision}, {"report", s.report},
                                                                {"minutes", s.minutes}, {"agenda", s.agenda}}};
    const auto* winner = &ranked[0];
    for (const auto& r : ranked)
        if (r.second > winner->second) winner = &r;
    if (winner->second < 3) return {};
    const double confidence = std::min(0.95, 0.4 + winner->second / 40.0);
    return {{winner->first, "structure", confidence, ""}};
}

}  // namespace quorum::facets
