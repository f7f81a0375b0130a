/** @file officer_lexicon.cpp @brief Word lists, the title table and the label table of the officer detector. */
#include "facets/people/officer_lexicon.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace quorum::facets::officer {
namespace {

using WordSet = std::unordered_set<std::string_view>;

WordSet make_set(std::string_view space_separated) {
    WordSet set;
    size_t i = 0;
    while (i < space_separated.size()) {
        const size_t end = std::min(space_separated.find(' ', i), space_separated.size());
        if (end > i) set.insert(space_separated.substr(i, end - i));
        i = end + 1;
    }
    return set;
}

/// Lower-case ASCII copy for the case-insensitive sets (which hold lower-case words).
bool contains_lower(const WordSet& set, std::string_view word) {
    if (word.size() > 40) return false;
    const std::string w = lower(word);
    return set.count(w) > 0;
}

// ---------------------------------------------------------------------------------------------
// Titles

struct TitleEntry {
    std::vector<std::string_view> words;
    std::string_view display;
    std::string_view role;
    TitleKind kind;
    char gender;
    bool plural;
    bool needs_full_name;
};

std::vector<std::string_view> split_words(std::string_view s) {
    std::vector<std::string_view> ordered;
    size_t i = 0;
    while (i < s.size()) {
        const size_t end = std::min(s.find(' ', i), s.size());
        if (end > i) ordered.push_back(s.substr(i, end - i));
        i = end + 1;
    }
    return ordered;
}

using TitleTable = std::unordered_map<std::string_view, std::vector<TitleEntry>>;

void add_titles(TitleTable& table, std::initializer_list<std::string_view> spellings, std::string_view display,
                std::string_view role, TitleKind kind, char gender = 0, bool plural = false, bool full = false) {
    for (std::string_view spelling : spellings) {
        TitleEntry e{split_words(spelling), display, role, kind, gender, plural, full};
        table[e.words.front()].push_back(std::move(e));
    }
}

TitleTable build_title_table() {
    TitleTable t;
    using K = TitleKind;
    add_titles(t, {"Mr"}, "Mr", "", K::Honorific, 'm');
    add_titles(t, {"Mrs"}, "Mrs", "", K::Honorific, 'f');
    add_titles(t, {"Ms"}, "Ms", "", K::Honorific, 'f');
    add_titles(t, {"Miss"}, "Miss", "", K::Honorific, 'f');
    add_titles(t, {"Mx"}, "Mx", "", K::Honorific);
    add_titles(t, {"Dr", "Doctor"}, "Dr", "", K::Honorific);
    add_titles(t, {"Sir"}, "Sir", "", K::Honorific, 'm');
    add_titles(t, {"Lord"}, "Lord", "", K::Honorific, 'm');
    add_titles(t, {"Dame"}, "Dame", "", K::Honorific, 'f');
    add_titles(t, {"Baroness"}, "Baroness", "", K::Honorific, 'f');
    add_titles(t, {"Professor", "Prof"}, "Professor", "", K::Honorific);
    add_titles(t, {"Rev", "Revd", "Reverend", "The Rev", "The Revd", "The Reverend"}, "Rev", "", K::Honorific);
    add_titles(t, {"Messrs"}, "Mr", "", K::Honorific, 'm', true);

    add_titles(t, {"Cllr", "Clr", "Councillor", "Councilor"}, "Councillor", "Councillor", K::Councillor);
    add_titles(t, {"Cllrs", "Councillors", "Councilors"}, "Councillor", "Councillor", K::Councillor, 0, true);
    for (std::string_view tier : {"County", "District", "Borough", "Parish", "Town", "City", "Ward"}) {
        static const std::unordered_map<std::string_view, std::string_view> roles = {
            {"County", "County Councillor"}, {"District", "District Councillor"}, {"Borough", "Borough Councillor"},
            {"Parish", "Parish Councillor"}, {"Town", "Town Councillor"},       {"City", "City Councillor"},
            {"Ward", "Ward Councillor"}};
        const std::string_view role = roles.at(tier);
        TitleEntry one{{tier, "Cllr"}, "Councillor", role, K::Councillor, 0, false, false};
        TitleEntry two{{tier, "Councillor"}, "Councillor", role, K::Councillor, 0, false, false};
        TitleEntry many{{tier, "Councillors"}, "Councillor", role, K::Councillor, 0, true, false};
        t[tier].push_back(one);
        t[tier].push_back(two);
        t[tier].push_back(many);
    }
    add_titles(t, {"Council Member", "Councilmember", "Councilman", "Councilwoman", "Alderman", "Alderwoman"},
               "Council Member", "Council Member", K::Councillor);
    // Members of boards: school and library trustees, port and planning commissioners.
    add_titles(t, {"Trustee", "Board Member", "Boardmember"}, "Trustee", "Trustee", K::Councillor);
    add_titles(t, {"Trustees", "Board Members"}, "Trustee", "Trustee", K::Councillor, 0, true);
    add_titles(t, {"Commissioner"}, "Commissioner", "Commissioner", K::Councillor);
    add_titles(t, {"Commissioners"}, "Commissioner", "Commissioner", K::Councillor, 0, true);
    add_titles(t, {"Council Members", "Councilmembers", "Aldermen"}, "Council Member", "Council Member", K::Councillor,
               0, true);

    add_titles(t, {"Mayor"}, "Mayor", "Mayor", K::Office);
    add_titles(t, {"Deputy Mayor"}, "Deputy Mayor", "Deputy Mayor", K::Office);
    add_titles(t, {"Lord Mayor"}, "Lord Mayor", "Lord Mayor", K::Office);
    add_titles(t, {"Chief Executive"}, "Chief Executive", "Chief Executive", K::Office, 0, false, true);
    add_titles(t, {"Judge"}, "Judge", "Judge", K::Office);
    add_titles(t, {"Senator"}, "Senator", "Senator", K::Office);
    add_titles(t, {"Assemblymember", "Assembly Member"}, "Assembly Member", "Assembly Member", K::Office);
    add_titles(t, {"Congressman", "Congresswoman", "Congressmember"}, "Congress Member", "Congress Member", K::Office);
    add_titles(t, {"Borough President"}, "Borough President", "Borough President", K::Office);

    add_titles(t, {"Inspector", "Insp", "Police Inspector"}, "Inspector", "Inspector", K::Rank);
    add_titles(t, {"Inspectors"}, "Inspector", "Inspector", K::Rank, 0, true);
    add_titles(t, {"Chief Inspector", "Ch Insp", "Chief Insp", "Ch Inspector", "C Insp"}, "Chief Inspector",
               "Chief Inspector", K::Rank);
    add_titles(t, {"Detective Inspector", "Det Insp", "DI"}, "Detective Inspector", "Detective Inspector", K::Rank);
    add_titles(t, {"Detective Chief Inspector", "Det Ch Insp", "Det Chief Insp", "DCI"}, "Detective Chief Inspector",
               "Detective Chief Inspector", K::Rank);
    add_titles(t, {"Superintendent", "Supt"}, "Superintendent", "Superintendent", K::Rank);
    add_titles(t, {"Superintendents"}, "Superintendent", "Superintendent", K::Rank, 0, true);
    add_titles(t, {"Chief Superintendent", "Ch Supt", "Chief Supt", "C Supt"}, "Chief Superintendent",
               "Chief Superintendent", K::Rank);
    add_titles(t, {"Chief Superintendents"}, "Chief Superintendent", "Chief Superintendent", K::Rank, 0, true);
    add_titles(t, {"Detective Superintendent", "Det Supt", "D Supt"}, "Detective Superintendent",
               "Detective Superintendent", K::Rank);
    add_titles(t, {"Detective Chief Superintendent", "Det Ch Supt", "Det Chief Supt", "DCS"},
               "Detective Chief Superintendent", "Detective Chief Superintendent", K::Rank);
    add_titles(t, {"Sergeant", "Sgt", "Police Sergeant", "PS"}, "Sergeant", "Sergeant", K::Rank);
    add_titles(t, {"Detective Sergeant", "Det Sgt", "DS"}, "Detective Sergeant", "Detective Sergeant", K::Rank);
    add_titles(t, {"Chief Constable"}, "Chief Constable", "Chief Constable", K::Rank);
    add_titles(t, {"Deputy Chief Constable", "DCC"}, "Deputy Chief Constable", "Deputy Chief Constable", K::Rank);
    add_titles(t, {"Assistant Chief Constable", "ACC"}, "Assistant Chief Constable", "Assistant Chief Constable",
               K::Rank);
    add_titles(t, {"Station Manager"}, "Station Manager", "Station Manager", K::Rank);
    add_titles(t, {"Watch Manager"}, "Watch Manager", "Watch Manager", K::Rank);
    add_titles(t, {"Crew Manager"}, "Crew Manager", "Crew Manager", K::Rank);
    add_titles(t, {"Group Manager"}, "Group Manager", "Group Manager", K::Rank);
    add_titles(t, {"Chief Fire Officer"}, "Chief Fire Officer", "Chief Fire Officer", K::Rank);
    add_titles(t, {"Deputy Chief Fire Officer"}, "Deputy Chief Fire Officer", "Deputy Chief Fire Officer", K::Rank);
    add_titles(t, {"PC", "Police Constable", "Detective Constable", "Det Con", "Special Constable"}, "PC", "PC",
               K::Constable);
    add_titles(t, {"PCs"}, "PC", "PC", K::Constable, 0, true);
    add_titles(t, {"PCSO"}, "PCSO", "PCSO", K::Constable);
    add_titles(t, {"PCSOs"}, "PCSO", "PCSO", K::Constable, 0, true);

    for (auto& [first, entries] : t)
        std::stable_sort(entries.begin(), entries.end(),
                         [](const TitleEntry& a, const TitleEntry& b) { return a.words.size() > b.words.size(); });
    return t;
}

/// Matches `words` at tokens[i..], allowing a full stop after an abbreviated word ("Mr.", "Det.
/// Supt.", "PC."), not after a whole word ("Thank you Mr. Mayor. Shuffling ..."); returns the end or 0.
size_t match_words(const std::vector<Token>& tokens, size_t i, const std::vector<std::string_view>& words) {
    for (std::string_view w : words) {
        if (i >= tokens.size() || tokens[i].kind != TokenKind::Word || tokens[i].text != w) return 0;
        ++i;
        if (i < tokens.size() && is_punct(tokens[i], ".") && (is_abbreviation(w) || is_upper_word(tokens[i - 1]))) ++i;
    }
    return i;
}

// ---------------------------------------------------------------------------------------------
// Labels

struct LabelEntry {
    std::vector<std::string_view> words;  ///< lower case
    LabelKind kind;
    std::string_view role;
    bool phrase;  ///< names follow directly; no colon, capitals or block end needed
    bool needs_colon = false;  ///< a label only with a colon after it ("Staff:", not "Staff Report")
};

std::vector<LabelEntry> build_label_table() {
    using L = LabelKind;
    std::vector<LabelEntry> t;
    auto add = [&](std::initializer_list<std::string_view> spellings, L kind, std::string_view role = "",
                   bool phrase = false) {
        for (std::string_view s : spellings) t.push_back({split_words(s), kind, role, phrase});
    };
    auto add_with_colon = [&](std::initializer_list<std::string_view> spellings, L kind) {
        for (std::string_view s : spellings) t.push_back({split_words(s), kind, "", false, true});
    };
    add({"present", "members present", "councillors present", "also present", "present also", "in attendance",
         "also in attendance", "officers in attendance", "officers present", "officers", "officials in attendance",
         "officials present", "apologies", "apologies for absence", "absent", "absent with apologies", "attendance",
         "attendees", "members of the public", "also attending", "others present", "staff present",
         "board members present", "board staff present", "those present", "members", "membership"},
        L::List);
    // Staff and remote attendance written as their own labels ("Staff:", "Zoom:", "Present via
    // Zoom:"), and a named vote's lists (who voted was there): labels only before a colon.
    add_with_colon({"regrets", "excused", "staff", "management and staff", "staff and management", "staff in attendance", "city staff", "council staff", "district staff", "zoom", "via zoom",
                    "present via zoom", "present remotely", "attending remotely", "present virtually",
                    "attending virtually", "present electronically", "guests", "guests present", "visitors",
                    "also present via zoom", "commissioners present", "trustees present", "directors present",
                    "council members present", "councilmembers present", "committee members present",
                    "members absent", "commissioners absent", "trustees absent", "directors absent", "ayes", "yes",
                    "yeas", "nays", "noes", "abstain", "abstained", "abstentions", "voting aye", "voting yes",
                    "voting nay", "voting no"},
                   L::List);
    add({"present in the chair", "in the chair", "chair", "chairman", "chairperson"}, L::Single, "Chair");
    add({"vice chair", "vice-chair", "vice chairman", "vice-chairman"}, L::Single, "Vice-Chair");
    add({"secretary"}, L::Single, "Secretary");
    add({"treasurer"}, L::Single, "Treasurer");
    add({"contact", "contact officer", "report author", "author", "report of", "lead officer", "signed",
         "presented by", "report by", "ask for"},
        L::Single);
    add({"minute taker"}, L::Single, "Minute taker");
    add({"clerk", "parish clerk", "clerk to the council"}, L::Single, "Clerk");
    add({"apologies were received from", "apologies had been received from", "apologies have been received from",
         "apologies received from", "apologies from", "apologies for absence were received from",
         "apologies for absence had been received from", "apologies for absence from", "member attending",
         "member attended", "members attending", "members attended", "present were", "the following were present",
         "those present were", "present at the meeting were", "also present were", "in attendance were",
         "also in attendance were", "members present were", "staff present were"},
        L::List, "", true);
    add({"minutes taken by"}, L::Single, "Minute taker", true);
    add({"officer to contact", "person to contact", "contact officer"}, L::Single, "", true);
    std::stable_sort(t.begin(), t.end(),
                     [](const LabelEntry& a, const LabelEntry& b) { return a.words.size() > b.words.size(); });
    return t;
}

/// Matches lower-case `words` at tokens[i..] case-insensitively; returns the end or 0.
size_t match_lower_words(const std::vector<Token>& tokens, size_t i, const std::vector<std::string_view>& words) {
    for (std::string_view w : words) {
        if (i >= tokens.size() || tokens[i].kind != TokenKind::Word || tokens[i].text.size() != w.size() ||
            lower(tokens[i].text) != w)
            return 0;
        ++i;
    }
    return i;
}

bool all_upper(const std::vector<Token>& tokens, size_t begin, size_t end) {
    for (size_t k = begin; k < end; ++k)
        if (!is_upper_word(tokens[k])) return false;
    return true;
}

/// After a label's words: capitalised qualifiers ("VIRTUALLY", "IN PERSON") when the label is in
/// capitals, a parenthesis ("(Five Councillors)"), then ':', ':-', '-' or '–'. Returns the index
/// after them and whether a colon or dash was seen.
std::pair<size_t, bool> skip_label_tail(const std::vector<Token>& tokens, size_t j, bool upper) {
    while (upper && j < tokens.size() && is_upper_word(tokens[j]) && j + 1 < tokens.size() &&
           (is_upper_word(tokens[j + 1]) || is_punct(tokens[j + 1], ":")))
        ++j;
    if (j < tokens.size() && is_punct(tokens[j], "(")) {
        size_t k = j + 1;
        while (k < tokens.size() && k < j + 8 && !is_punct(tokens[k], ")")) ++k;
        if (k < tokens.size() && is_punct(tokens[k], ")")) j = k + 1;
    }
    // "Members of the Public and Media:": a label's own list of who else it names, before its colon.
    // One more word only: "Staff and Committee Reports:" is a heading.
    if (j + 2 < tokens.size() && (tokens[j].text == "and" || is_punct(tokens[j], "&")) && is_cap_word(tokens[j + 1]) &&
        is_punct(tokens[j + 2], ":") && !lower(tokens[j + 1].text).starts_with("report"))
        j += 2;
    bool colon = false;
    while (j < tokens.size() && (is_punct(tokens[j], ":") || is_dash(tokens[j]))) {
        colon = true;
        ++j;
    }
    return {j, colon};
}

/// "Apologies", "Absent with notification", "apologies for absence were received from".
bool names_absentees(const std::vector<Token>& tokens, size_t begin, size_t end) {
    for (size_t k = begin; k < end; ++k) {
        const std::string w = lower(tokens[k].text);
        if (w.starts_with("apolog") || w.starts_with("regret") || w == "absent" || w == "absence" || w == "absentees" ||
            w == "excused")
            return true;
    }
    return false;
}

/// A label naming the body's own members before "present" or "absent": "Members present",
/// "Commissioners Present", "Council Members present", "Trustees present".
bool names_members(const std::vector<std::string_view>& words) {
    static constexpr std::string_view member_words[] = {"members",   "member",     "councillors", "councilors",
                                                        "councilmembers", "commissioners", "trustees", "directors",
                                                        "governors", "aldermen",   "supervisors", "alderpersons"};
    const bool listed = std::any_of(words.begin(), words.end(), [](std::string_view w) {
        return w == "present" || w == "attending" || w == "were";
    });
    return listed && std::any_of(words.begin(), words.end(), [](std::string_view w) {
               return std::find(std::begin(member_words), std::end(member_words), w) != std::end(member_words);
           });
}

/// An absence the member gave notice of: "Apologies", "Regrets", "Excused", "Absent with
/// notification", "Absent (excused)", "Leave of absence". `words` are the label's words in lower case.
bool excused_absence(const std::vector<Token>& tokens, size_t begin, size_t end) {
    for (size_t k = begin; k < end; ++k) {
        if (tokens[k].kind != TokenKind::Word) continue;
        const std::string w = lower(tokens[k].text);
        if (w.starts_with("apolog") || w.starts_with("regret") || w == "excused" || w == "notification" ||
            w == "notice" || w == "leave")
            return true;
    }
    return false;
}

/// What the label's people were at the meeting, from its words ("Officers present" -> Officers).
AttendanceLabel attendance_of(const LabelEntry& e, bool absentees) {
    using A = AttendanceLabel;
    const auto has = [&](std::string_view w) { return std::find(e.words.begin(), e.words.end(), w) != e.words.end(); };
    if (absentees) return A::Absent;  // the caller makes it Apologies when notice was given
    if (e.role == "Chair") return A::Chair;
    if (e.role == "Vice-Chair") return A::Present;
    if (e.role == "Clerk" || e.role == "Secretary" || e.role == "Treasurer" || e.role == "Minute taker") return A::Officers;
    // A report's contact officer or author ("Ask for:" on a summons) is staff; "Signed", "Presented by"
    // say nothing of it.
    if (e.kind == LabelKind::Single)
        return has("contact") || has("author") || has("lead") || has("ask") || (has("report") && e.words.size() == 2) ? A::Officers
                                                                                                         : A::None;
    if (has("public")) return A::Public;
    if (has("guests") || has("visitors")) return A::Attending;
    if (has("officers") || has("officials") || has("staff")) return A::Officers;
    if (has("attendance") && e.words.size() > 1) return A::Attending;  // "in attendance", "also in attendance"
    if (has("also") || has("others")) return A::Attending;
    if (names_members(e.words)) return A::Members;
    return A::Present;
}

std::optional<LabelMatch> table_label(const std::vector<Token>& tokens, size_t i);

/// A label written as a short capitalised phrase ending in "present", "absent" or "attending"
/// before a colon, whatever the body calls its people: "Staff and visitors present:", "Council
/// Members Absent:", "Department Heads Present:". What its people were comes from its words as
/// for the table's labels (guests beside staff make everyone attending; job titles then pick out
/// the staff).
std::optional<LabelMatch> phrase_label(const std::vector<Token>& tokens, size_t i) {
    if (!is_cap_word(tokens[i]) && !is_upper_word(tokens[i])) return std::nullopt;
    if (i > 0 && tokens[i - 1].kind == TokenKind::Word && is_lower_word(tokens[i - 1])) return std::nullopt;
    // After a capitalised word ("Tess Hale Staff and visitors present:") the label starts at a
    // word that cannot end a name: a role's or organisation's word.
    if (i > 0 && tokens[i - 1].kind == TokenKind::Word && !is_upper_word(tokens[i]) &&
        !(is_role_word(tokens[i].text) || is_org_word(tokens[i].text) || is_non_name_word(tokens[i].text) ||
          lower(tokens[i].text) == "staff"))
        return std::nullopt;
    std::vector<std::string> words;
    for (size_t j = i; j < tokens.size() && j < i + 6; ++j) {
        if (tokens[j].kind != TokenKind::Word && !is_punct(tokens[j], "&")) return std::nullopt;
        const std::string w = lower(tokens[j].text);
        // Nouns in lower case are part of it ("Staff and visitors present:"), verbs are prose.
        if (w == "was" || w == "were" || w == "is" || w == "are" || w == "not" || w == "who" || w == "be")
            return std::nullopt;
        words.push_back(w);
        const bool end_word = w == "present" || w == "absent" || w == "attending" || w == "excused" ||
                              w == "representatives" || w == "guests" || w == "visitors";
        if (j == i || !end_word) continue;
        // "Lesley Game ALSO PRESENT:": a name before a label is not part of it.
        if (is_given_name(tokens[i].text)) return std::nullopt;
        for (size_t k = i + 1; k < j; ++k)
            if (table_label(tokens, k) && !all_upper(tokens, i, k)) return std::nullopt;
        // "BOARD MEMBERS ABSENT WITH NOTIFICATION:": qualifiers in capitals before the colon.
        const bool upper = all_upper(tokens, i, j + 1);
        const auto [end, colon] = skip_label_tail(tokens, j + 1, upper);
        if (!colon || !is_punct(tokens[end - 1], ":")) continue;  // "Staff and visitors present:"
        const auto has = [&](std::string_view x) { return std::find(words.begin(), words.end(), x) != words.end(); };
        using A = AttendanceLabel;
        const bool absent = w == "absent" || w == "excused";
        std::vector<std::string_view> views(words.begin(), words.end());
        A attendance = A::Present;
        if (absent) attendance = excused_absence(tokens, i, end) ? A::Apologies : A::Absent;
        else if (has("public")) attendance = A::Public;
        else if (has("guests") || has("visitors") || has("others") || has("also") || has("representatives"))
            attendance = A::Attending;
        else if (has("staff") || has("officers") || has("officials") || has("heads") || has("employees"))
            attendance = A::Officers;
        else if (names_members(views)) attendance = A::Members;
        return LabelMatch{end, LabelKind::List, "", absent, attendance};
    }
    return std::nullopt;
}

bool starts_name(const std::vector<Token>& tokens, size_t j) {
    return j < tokens.size() && (is_cap_word(tokens[j]) || is_initial(tokens[j]));
}

}  // namespace

std::optional<TitleMatch> match_title(const std::vector<Token>& tokens, size_t i) {
    static const TitleTable table = build_title_table();
    if (i >= tokens.size() || tokens[i].kind != TokenKind::Word) return std::nullopt;
    const auto it = table.find(tokens[i].text);
    if (it == table.end()) return std::nullopt;
    for (const TitleEntry& e : it->second) {
        if (const size_t end = match_words(tokens, i, e.words))
            return TitleMatch{end, e.display, e.role, e.kind, e.gender, e.plural, e.needs_full_name};
    }
    return std::nullopt;
}

std::optional<LabelMatch> match_label(const std::vector<Token>& tokens, size_t i) {
    if (auto label = table_label(tokens, i)) return label;
    return phrase_label(tokens, i);
}

namespace {

/// A label of the table (build_label_table()) at tokens[i].
std::optional<LabelMatch> table_label(const std::vector<Token>& tokens, size_t i) {
    static const std::vector<LabelEntry> table = build_label_table();
    static const WordSet first_words = [] {
        WordSet s;
        for (const auto& e : table) s.insert(e.words.front());
        return s;
    }();
    if (i >= tokens.size() || tokens[i].kind != TokenKind::Word) return std::nullopt;
    if (!contains_lower(first_words, tokens[i].text)) return std::nullopt;
    for (const LabelEntry& e : table) {
        const size_t words_end = match_lower_words(tokens, i, e.words);
        if (!words_end) continue;
        const bool upper = all_upper(tokens, i, words_end);
        const auto [end, colon] = skip_label_tail(tokens, words_end, upper);
        const bool absentees = names_absentees(tokens, i, end);
        LabelMatch match{end, e.kind, e.role, absentees, attendance_of(e, absentees)};
        if (absentees && excused_absence(tokens, i, end)) match.attendance = AttendanceLabel::Apologies;
        if (e.phrase) return match;
        // "STAFF" in capitals, or "Yeas Councillors Browaty, ..." before a title, also heads a list.
        if (e.needs_colon && !colon && !upper && !match_title(tokens, end)) continue;
        const bool after_lower = i > 0 && is_lower_word(tokens[i - 1]);
        if (colon && !after_lower) return match;
        // A heading or paragraph that is only the label: its list is in the next blocks.
        const bool block_start = i == 0 || tokens[i - 1].kind == TokenKind::Number || is_punct(tokens[i - 1], ".");
        if (end == tokens.size() && block_start) return match;
        // "2. Apologies for Absence Ann Cole – Ashby, ...": a numbered item's heading, then names.
        const bool numbered = i > 0 && (tokens[i - 1].kind == TokenKind::Number ||
                                        (i > 1 && is_punct(tokens[i - 1], ".") && tokens[i - 2].kind == TokenKind::Number));
        if (e.kind == LabelKind::List && numbered && end < tokens.size() &&
            (match_title(tokens, end) || (is_cap_word(tokens[end]) && is_given_name(tokens[end].text))))
            return match;
        // "PRESENT Vice Chairman (Mr. Mycock ...)", "APOLOGIES Mr. White and Mr. Jagger."
        const bool boundary = i == 0 || tokens[i - 1].kind != TokenKind::Word || is_upper_word(tokens[i - 1]);
        if (e.kind == LabelKind::List && (upper || i == 0) && boundary &&
            (starts_name(tokens, end) || match_title(tokens, end)))
            return match;
    }
    return std::nullopt;
}

}  // namespace

bool is_given_name(std::string_view word) {
    static const WordSet names = make_set(given_names_data());
    return names.count(word) > 0;
}

bool is_non_name_word(std::string_view word) {
    static const WordSet words = make_set(
        "The A An And Or Of For In On At To By With From Into Upon Under Over After Before About Between Within "
        "Without Via Per As But Nor So Yet If When Where Which Who Whom Whose What Why How While Whilst Although "
        "Though Because Since Until Unless This That These Those It Its He She His Her Hers Him They Them Their We "
        "Our Us You Your My There Here Then Thus Also All Any Some Each Every Both Either Neither No Not Yes None "
        "Many Much More Most Other Others Another Such Same Several Few Following Further Furthermore However "
        "Therefore Moreover Meanwhile Thank Thanks Please Dear Hello Welcome Good Best Kind Regards Sincerely Is "
        "Are Was Were Be Been Has Have Had Do Does Did Will Shall Can Could Would Should Must Might Let Having "
        "Item Items Minute Minutes Agenda Appendix Appendices Annex Report Reports Section Sections Paragraph "
        "Paragraphs Part Parts Page Pages Schedule Act Acts Regulation Regulations Order Orders Motion Motions "
        "Resolution Resolutions Resolved Agreed Noted Action Actions Decision Decisions Update Updates Plan Plans "
        "Policy Policies Strategy Strategies Programme Programmes Program Project Projects Scheme Schemes Review "
        "Reviews Budget Budgets Fund Funds Funding Grants Accounts Account Payment Payments Finance Financial "
        "Meeting Meetings Session Sessions Hearing Hearings Question Questions Answer Answers Petition Petitions "
        "Notice Notices Letter Letters Statement Statements Summary Introduction Introductions Background "
        "Recommendation Recommendations Purpose Implications Legal Risk Risks Equality Equalities Contact Contacts "
        "Note Notes Date Dates Time Times Venue Tel Telephone Email E-mail Mobile Fax Website Web Signed Total "
        "Totals Quarter Year Years Annual Monthly Weekly Daily Month Months Week Weeks Today Tomorrow Yesterday "
        "Present Absent Apologies Apology Attendance Declarations Declaration Interest Interests Public Private "
        "Exempt Confidential Draft Final Version Matters Arising Business Other Any Performance Progress Data "
        "Council Councils Committee Committees Subcommittee Sub-Committee Cabinet Board Boards Panel Panels Group "
        "Groups Forum Forums Partnership Partnerships Authority Authorities Police Policing Constabulary Fire "
        "Rescue Service Services Team Teams Unit Units Department Departments Directorate Office Offices Agency "
        "Agencies Trust Trusts Commission Commissions Government Parliament Ministry Assembly Executive NHS "
        "County Counties District Districts Borough Boroughs Parish Parishes Town Towns City Cities Village "
        "Villages Community Communities Safety Safer Health Social Care Children Children’s Children's Young "
        "People Adult Adults Education Housing Planning Environment Environmental Highways Highway Transport "
        "Licensing Crime Crimes Disorder Neighbourhood Neighbourhoods Local National Regional Royal Central "
        "Member Members Chair Chairs Chairman Chairwoman Chairperson Vice Vice-Chair Vice-Chairman Deputy Leader "
        "Leaders Officer Officers Manager Managers Director Directors Head Heads Chief Clerk Clerks Secretary "
        "Treasurer Commissioner Commissioners Mayor Mayoress President Speaker Inspector Inspectors Sergeant "
        "Constable Superintendent Councillor Councillors Cllr Cllrs Portfolio Holder Lieutenant Governor "
        "Governors Minister Ministers Prime Cabinet’s Council’s Council's Police’s Police's "
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun "
        "North South East West Northern Southern Eastern Western Little Great Upper Lower Old New Saint St Mid "
        "Greater Annual General Extraordinary Special Ordinary Joint Strategic Operational Corporate Democratic "
        "Independent Acting Interim Senior Assistant Principal Statutory Key "
        "Mr Mrs Ms Miss Dr Sir Dame Lord Lady Professor Prof Rev Revd Reverend Messrs Mx "
        "Street Road Avenue Close Drive Crescent Terrace Gardens Square Mews Centre Center Building Buildings "
        "Room Rooms Chamber School Schools Academy College University Hospital Surgery Foundation Award Awards "
        "Memorial Estate Station Quay Wharf Theatre Library Museum Stadium Hotel Club Institute Cottage Cottages "
        "Farm Airport Barracks Prison Court’s Pastors Watch "
        "UK England Britain British Scotland Scottish Ireland Irish Europe European America American London "
        "Covid Brexit Christmas Easter Halloween Ramadan Diwali Eid "
        "Crimestoppers Healthwatch Ofsted Probation Highways Housing Council Councils Partnership Ltd LLP PLC "
        "Limited Association Society Network Alliance Federation Union Charity Company News Advert Advertisement "
        "Newsletter Magazine Press Gazette Times Herald Echo Mercury Post Code Conduct Development Training Briefing "
        "Induction Allowance Allowances Support Role Roles Vacancy Vacancies Co-option Election Elections Register "
        "Standards Complaint Complaints Enquiry Enquiries Bulletin Portal Against Abstain Abstained Abstention "
        "Abstentions Aye Ayes Nay Noes Carried Lost Seconded Seconder Proposer Proposed Mover Moved Vote Votes "
        "Responsible Justice Lordship Honour Worship Point I'll I'm I've I'd We'll We're We've It's That's "
        "There's Let's I\u2019ll I\u2019m I\u2019ve I\u2019d It\u2019s "
        "Voting Amendment Amendments Drawdowns Contributions Reserves Legislative Total During");
    return words.count(word) > 0;
}

bool is_place_word(std::string_view word) {
    static const WordSet words = make_set(
        "Hall Green Wood Woods Field Fields Hill Hills Park Lane Ward Day Church Bridge Bridges Mills Mill Marsh "
        "Castle House Brook Brooks Dale Moor Cross Gate Gates Ford Bank Banks Way Place Grove Row Walk Rise View "
        "Court Manor Lodge Arms Inn Tavern Valley Common Heath Meadow Meadows Vale Well Wells Garden Chapel "
        "Chambers Yard Barn Green’s Street Road Avenue Close Drive Crescent Terrace Gardens Square Mews Centre "
        "Center Building Room Chamber School Academy College University Hospital Surgery Foundation Award "
        "Awards Memorial Estate Station Quay Wharf Theatre Library Museum Stadium Hotel Club Institute Cottage "
        "Cottages Farm Airport Week Weekend Trust Fund Appeal Prize Lecture Centre’s Recreation Ground Playing "
        "Fields Pavilion Reading Village Project Scheme Campaign Law Act Plan Review Report Day’s");
    return words.count(word) > 0;
}

bool is_clause_word(std::string_view word) {
    static const WordSet words = make_set(
        "The This That These Those There It Its Is Are Was Were On In At During Whilst While When Where Following "
        "After Before As If Although However I We He She They Our My His Her A An Can Could Will Would Should What "
        "How Why Please Thank Yes No Does Did Do Has Have Had Members Officers Councillors Questions Question Answer "
        "Response Reply Supplementary");
    return words.count(word) > 0;
}

bool is_place_noun(std::string_view word) {
    static const WordSet words = make_set(
        "prison road street lane avenue close drive way village town estate school area ward park centre site farm "
        "station hospital library hall house court church bridge cottage building ground field fields playground "
        "car park recreation surgery pub");
    return words.count(word) > 0;
}

bool is_role_word(std::string_view word) {
    static const WordSet words = make_set(
        "officer officers manager managers director directors head chief executive clerk chair chairs chairman "
        "chairwoman chairperson vice-chair vice-chairman vicechair leader member members councillor councillors "
        "commissioner counsel solicitor lead adviser advisor accountant auditor secretary treasurer warden analyst "
        "nurse worker inspector engineer planner assistant deputy holder mayor mayoress president representative "
        "trustee coordinator co-ordinator supervisor commander superintendent sergeant constable controller "
        "administrator taker speaker governor specialist consultant principal headteacher teacher chaplain "
        "registrar surveyor librarian ranger lawyer barrister agent applicant objector minister rfo pcso pc "
        "portfolio partner steward caretaker volunteer founder owner proprietor licensee practitioner therapist "
        "doctor paramedic investigator mentor champion mp clerk’s recorder");
    if (contains_lower(words, word)) return true;
    // "Vice-President", "Clerk-Treasurer", "Acting-Chief": a compound of role words.
    if (word.find('-') == std::string_view::npos) return false;
    bool role = false;
    for (size_t b = 0; b <= word.size();) {
        const size_t e = std::min(word.find('-', b), word.size());
        const std::string part = lower(word.substr(b, e - b));
        // "Chief-CEMC", "Fire Chief-MLEO": an acronym joined to a role is part of it.
        const bool acronym = e - b >= 2 && std::all_of(word.begin() + static_cast<std::ptrdiff_t>(b),
                                                       word.begin() + static_cast<std::ptrdiff_t>(e),
                                                       [](char c) { return c >= 'A' && c <= 'Z'; });
        if (contains_lower(words, part)) role = true;
        else if (!acronym && part != "vice" && part != "deputy" && part != "acting" && part != "co" && part != "interim")
            return false;
        b = e + 1;
    }
    return role;
}

bool is_org_word(std::string_view word) {
    static const WordSet words = make_set(
        "council councils police constabulary fire rescue service services partnership authority trust group team "
        "agency unit board commission office nhs university association society ltd llp limited plc department "
        "church school network forum crimestoppers probation government company cic charity foundation hospital "
        "college academy directorate committee panel ccg icb watch centre center alliance federation union "
        "institute club cdc occ kcc county district borough parish town city");
    return contains_lower(words, word);
}

bool is_honour(std::string_view word) {
    static const WordSet words = make_set(
        "OBE MBE CBE KBE DBE BEM QPM KPM QFSM JP DL MP MEP MSP MS AM QC KC CB KCB FRS PhD GM RN FCA CPFA Jr Sr Jnr Snr");
    return words.count(word) > 0;
}

bool is_name_particle(std::string_view word) {
    static const WordSet words = make_set("de De van Van von Von der Der den Den la La le Le du Du da Da di Di del Del dos bin ibn ap");
    return words.count(word) > 0;
}

bool is_month(std::string_view word) {
    static const WordSet words = make_set(
        "January February March April May June July August September October November December Jan Feb Mar Apr "
        "Jun Jul Aug Sep Sept Oct Nov Dec");
    return words.count(word) > 0;
}

bool is_weekday(std::string_view word) {
    static const WordSet words =
        make_set("Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun");
    return words.count(word) > 0;
}

bool is_speech_verb(std::string_view word) {
    static const WordSet words = make_set(
        "said says reported reports presented presents explained explains confirmed confirms asked asks noted notes "
        "introduced introduces outlined outlines thanked thanks welcomed welcomes stated states advised advises replied "
        "replies responded responds commented comments suggested suggests agreed agrees updated updates gave gives "
        "highlighted highlights informed informs proposed proposes seconded seconds moved moves added adds queried "
        "queries questioned raised raises provided provides spoke speaks declared declares summarised summarises "
        "summarized emphasised emphasized stressed stresses referred refers acknowledged acknowledges undertook "
        "offered offers led chaired opened closed tabled invited circulated answered expressed expresses indicated "
        "indicates believed felt wished requested requests sought urged urges reminded reminds recommended "
        "recommends drew joined arrived attended took welcomed assured assures clarified clarifies described describes "
        "set showed shows spoke thought considered considers accepted felt pointed observed remarked mentioned "
        "announced announces invited voted abstained signed made makes");
    return words.count(word) > 0;
}

bool is_participation_cue(std::string_view before2, std::string_view before1) {
    static const WordSet single = make_set("welcomed thanked invited introduced congratulated asked");
    static const WordSet pairs = make_set(
        "presentation|from presentation|by report|of report|from report|by update|from update|by reply|to "
        "response|to question|from question|by questions|from asked|by moved|by seconded|by proposed|by led|by chaired|by "
        "presented|by given|by introduced|by delivered|by provided|by submitted|by tabled|by answered|by "
        "responded|by replied|by");
    if (single.count(before1)) return true;
    const std::string key = lower(before2) + "|" + std::string(before1);
    return pairs.count(key) > 0;
}

bool is_abbreviation(std::string_view word) {
    static const WordSet words = make_set(
        "Mr Mrs Ms Dr St Cllr Clr Insp Supt Sgt Det Ch Prof Rev Revd No Nos Co Ltd Jr Sr Snr Jnr Mt Ave Rd Esq vs "
        "etc approx Gov Hon Dept Cllrs Messrs Inc Bros Mx Con Cllr\u2019s");
    return words.count(word) > 0;
}

bool is_known_non_person(std::string_view given, std::string_view surname) {
    static const WordSet pairs = make_set("Grant|Thornton Ernst|Young Price|Waterhouse Des|Moines Des|Moi Martin|Luther");
    const std::string key = std::string(given) + "|" + std::string(surname);
    return pairs.count(key) > 0;
}

}  // namespace quorum::facets::officer
