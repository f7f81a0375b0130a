/** @file officers.cpp @brief detect_officers(): scans each block for mentions of people, then merges the mentions of one person ("Inspector Emma Maxwell", "Inspector Maxwell") into one value with one role. */
#include "facets/people/officers.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "facets/people/attendance_prose.h"
#include "facets/people/name_compat.h"
#include "facets/people/officer_mentions.h"
#include "facets/people/person_merge.h"
#include "facets/people/officer_roster.h"
#include "facets/people/officer_text.h"

namespace quorum::facets {
namespace officer {
namespace {

// Merging rules (one person, one value):
//  * Full names (with given names or initials) merge when the surnames are equal (ignoring case,
//    hyphens, spaces and apostrophes), the titles' genders agree (Mr vs Mrs) and the given names
//    agree name by name, an initial matching a name ("R Gough" = "R W Gough" = "Roger Gough").
//    The value is the most complete form: spelled-out names beat initials ("Thomas Brennan" over
//    "T Brennan"), more names beat fewer.
//  * A surname-only mention ("Inspector Maxwell", "Ms Gatward", "Cllr Hale") merges into the one
//    person in the document with that surname. A police or fire rank only merges into a person
//    who also has a rank, so "Insp. Brown" stays apart from an untitled "Chris Brown". When two
//    people share the surname the mention is ambiguous and is dropped.
//  * A surname-only mention with no full name anywhere in the document is kept as the reader
//    sees it, title included ("Inspector Maxwell", "Mr Baldock", "Councillor Browne"), with a low
//    confidence: it is the only name the document gives, and a researcher filtering by officer
//    still wants to find that document.
// Role, in order of preference: a police or fire rank or an office held as a title ("Chief
// Inspector", "Mayor"); a role written beside the name in an attendance list or contact block;
// one written beside it in the text; a constable's title (a PC's job title says more); a
// councillor's title ("County Councillor"); the organisation written beside the name.
//
// Who counts (a researcher filtering by officer wants the documents in which the person took
// part, the convention of docs/accuracy.md):
//  * people named only in apologies or absence lists are left out;
//  * when the document has an attendance list (three or more people listed as present), a person
//    named only in the text counts only when shown taking part: speaking ("Mr Brennan
//    confirmed"), presenting ("a presentation from Lydia Patsalides"), welcomed or thanked, or
//    signing; MPs, letter writers, award winners and applicants are merely mentioned. Without an
//    attendance list (decision pages, reports, item dumps) every name found counts;
//  * names whose last word the document also writes as a common noun ("Councillor Distribution",
//    "Mr Sparkle Grass cutting") are prose, not people.



bool gender_compatible(char a, char b) { return a == 0 || b == 0 || a == b; }

bool is_rank(TitleKind k) { return k == TitleKind::Rank || k == TitleKind::Constable; }

/// Spelled-out given names, then all given names, then their length: how complete a name is
/// ("Thomas Brennan" > "T Brennan", "R W Gough" > "R Gough", "Joanne" > "Jo").
std::tuple<size_t, size_t, size_t> completeness(const Mention& m) {
    size_t spelled = 0, length = 0;
    for (const auto& g : m.given) {
        if (g.size() > 1) ++spelled;
        length += g.size();
    }
    return {spelled, m.given.size(), length};
}

class PersonMerger {
public:
    explicit PersonMerger(const std::vector<Mention>& mentions) : mentions_(mentions) {}

    std::vector<Person> merge() {
        merge_full_names();
        merge_surnames_only();
        for (Person& p : people_) std::sort(p.mentions.begin(), p.mentions.end());
        std::sort(people_.begin(), people_.end(),
                  [](const Person& a, const Person& b) { return a.mentions.front() < b.mentions.front(); });
        return std::move(people_);
    }

private:
    const std::vector<Mention>& mentions_;
    std::vector<Person> people_;
    std::unordered_map<std::string, std::vector<size_t>> by_key_;  ///< surname key -> indices into people_

    size_t new_person(const std::string& key, size_t mention, bool surname_only) {
        people_.push_back({key, {}, mention, mentions_[mention].gender, surname_only, false});
        by_key_[key].push_back(people_.size() - 1);
        return people_.size() - 1;
    }

    void merge_full_names() {
        std::vector<size_t> order;
        for (size_t i = 0; i < mentions_.size(); ++i)
            if (!mentions_[i].given.empty()) order.push_back(i);
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
            return completeness(mentions_[a]) > completeness(mentions_[b]);
        });
        for (size_t i : order) {
            const Mention& m = mentions_[i];
            const std::string key = surname_key(m.surname);
            size_t person = find_full(key, m);
            if (person == people_.size()) person = new_person(key, i, false);
            add(people_[person], i);
        }
    }

    /// The person with this surname whose given names fit `m`, or people_.size().
    size_t find_full(const std::string& key, const Mention& m) const {
        if (const auto it = by_key_.find(key); it != by_key_.end())
            for (size_t p : it->second)
                if (gender_compatible(people_[p].gender, m.gender) && given_compatible(mentions_[people_[p].best].given, m.given))
                    return p;
        return people_.size();
    }

    void merge_surnames_only() {
        for (size_t i = 0; i < mentions_.size(); ++i) {
            const Mention& m = mentions_[i];
            if (!m.given.empty()) continue;
            const std::string key = surname_key(m.surname);
            std::vector<size_t> full, bare;  // people with that surname: with a full name, surname only
            if (const auto it = by_key_.find(key); it != by_key_.end())
                for (size_t p : it->second)
                    if (gender_compatible(people_[p].gender, m.gender)) (people_[p].surname_only ? bare : full).push_back(p);
            if (full.size() > 1) continue;  // two people share the surname: ambiguous, dropped
            if (full.size() == 1 && (!is_rank(m.title_kind) || people_[full.front()].has_rank)) {
                add(people_[full.front()], i);
                continue;
            }
            // "Councillor Swandel" in the roll call and "Deputy Mayor Swandel" later are one person.
            const size_t person = bare.empty() ? new_person(key, i, true) : bare.front();
            add(people_[person], i);
        }
    }

    void add(Person& p, size_t i) {
        p.mentions.push_back(i);
        const Mention& m = mentions_[i];
        if (p.gender == 0) p.gender = m.gender;
        p.has_rank = p.has_rank || is_rank(m.title_kind);
        const Mention& best = mentions_[p.best];
        if (completeness(m) > completeness(best) ||
            (p.surname_only && best.title_display.empty() && !m.title_display.empty()))
            p.best = i;
    }
};

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
    std::string out;
    for (const auto& p : parts) {
        if (!out.empty()) out += sep;
        out += p;
    }
    return out;
}

}  // namespace

std::string person_value(const Person& p, const std::vector<Mention>& mentions) {
    const Mention& best = mentions[p.best];
    if (!best.given.empty()) return join(best.given, " ") + " " + best.surname;
    return best.title_display.empty() ? best.surname : best.title_display + " " + best.surname;
}

namespace {

/// The first non-empty role of the mentions that satisfy `pick`, joined when one mention has several.
template <typename Pick>
std::string first_role(const Person& p, const std::vector<Mention>& mentions, Pick pick) {
    for (size_t i : p.mentions) {
        const std::string role = pick(mentions[i]);
        if (!role.empty()) return role;
    }
    return "";
}

}  // namespace

std::string person_role(const Person& p, const std::vector<Mention>& mentions) {
    const auto title_of = [](TitleKind kind) {
        return [kind](const Mention& m) { return m.title_kind == kind ? m.title_role : std::string(); };
    };
    const auto roles_where = [](bool structural) {
        return [structural](const Mention& m) { return m.structural == structural ? join(m.roles, ", ") : std::string(); };
    };
    for (const auto& role : {first_role(p, mentions, title_of(TitleKind::Rank)),
                             first_role(p, mentions, title_of(TitleKind::Office)),
                             first_role(p, mentions, roles_where(true)), first_role(p, mentions, roles_where(false)),
                             first_role(p, mentions, title_of(TitleKind::Constable)),
                             first_role(p, mentions, title_of(TitleKind::Councillor)),
                             first_role(p, mentions, [](const Mention& m) { return join(m.orgs, ", "); })})
        if (!role.empty()) return role;
    return "";
}

double person_confidence(const Person& p, const std::vector<Mention>& mentions) {
    const auto any = [&](auto pred) {
        return std::any_of(p.mentions.begin(), p.mentions.end(), [&](size_t i) { return pred(mentions[i]); });
    };
    const bool structural = any([](const Mention& m) { return m.structural; });
    if (p.surname_only) return structural ? 0.6 : 0.5;
    if (structural) return 0.9;
    if (any([](const Mention& m) { return m.title_kind != TitleKind::None || !m.roles.empty(); })) return 0.8;
    return 0.7;
}

namespace {

void add_lower_words(std::string_view text, LowerWords& words) {
    for (const officer::Token& t : officer::tokenize(text))
        if (officer::is_lower_word(t) && t.text.size() > 2) words.emplace(t.text);
}

bool is_lower_word_of(const LowerWords& words, std::string_view surname) {
    return words.count(officer::lower(surname)) > 0;
}

/// "Cllr Sue Lintern Reimbursement of costs": a last word the document also writes in lower
/// case is not part of the name.
void drop_prose_surnames(std::vector<Mention>& mentions, const LowerWords& words) {
    for (Mention& m : mentions) {
        if (m.given.size() >= 2 && m.given.back().size() > 1 && is_lower_word_of(words, m.surname)) {
            m.surname = m.given.back();
            m.given.pop_back();
        }
    }
}

}  // namespace

/// People known only through a word the document also uses as a common noun: "Councillor
/// Distribution" (a surname alone), "Poppy Wreath" (a given name and nothing else).
/// Also "Mr Sparkle Grass cutting": a firm, its "given name" unknown as one.
/// Month surnames are exempt: "Bruce May" in a document that says "may".
bool is_common_word_person(const Person& p, const std::vector<Mention>& mentions, const LowerWords& words) {
    const Mention& best = mentions[p.best];
    if (officer::is_month(best.surname) || !is_lower_word_of(words, best.surname)) return false;
    if (p.surname_only) return true;
    const bool unknown_given = std::none_of(best.given.begin(), best.given.end(), [](const std::string& g) {
        return g.size() == 1 || officer::is_given_name(g);
    });
    if (unknown_given) return true;
    return std::all_of(p.mentions.begin(), p.mentions.end(), [&](size_t i) {
        const Mention& m = mentions[i];
        return m.lexical && !m.structural && m.roles.empty() && m.orgs.empty() && m.title_kind == TitleKind::None;
    });
}

/// A document with an attendance list: at least three people listed as present.
bool has_attendance_list(const std::vector<Mention>& mentions) {
    return std::count_if(mentions.begin(), mentions.end(),
                         [](const Mention& m) { return m.structural && !m.absent; }) >= 3;
}

/// In a document with an attendance list, the list says who took part; a person named only in the
/// text is "merely mentioned" (an MP, a letter's author, an award winner, an applicant) unless the
/// text shows them taking part ("Mr Brennan confirmed", "a presentation from ...").
bool merely_mentioned(const Person& p, const std::vector<Mention>& mentions) {
    return std::none_of(p.mentions.begin(), p.mentions.end(), [&](size_t i) {
        const Mention& m = mentions[i];
        return (m.structural && !m.absent) || m.took_part;
    });
}

/// A person named only in apologies or absence lists ("Apologies were received from Cllr Nigel
/// Sayer"), perhaps referred to by surname elsewhere ("Cllr Sayer was recovering at home"), did
/// not take part; a researcher filtering by officer does not want that document. When the full
/// name is printed, it is the full-name mentions that decide.
bool only_sent_apologies(const Person& p, const std::vector<Mention>& mentions) {
    const bool has_full = std::any_of(p.mentions.begin(), p.mentions.end(),
                                      [&](size_t i) { return !mentions[i].given.empty(); });
    return std::all_of(p.mentions.begin(), p.mentions.end(), [&](size_t i) {
        const Mention& m = mentions[i];
        return m.absent || (has_full && m.given.empty());
    });
}

namespace {

/// A block that opens the part of a meeting where the public speaks: "Public Forum", "Public
/// Session", "Public Comment", "Questions from the public" anywhere in it.
bool opens_public_section(std::string_view text) {
    static constexpr std::string_view phrases[] = {
        "public forum", "public session", "public comment", "public participation", "public statements",
        "public questions", "public speaking", "questions from the public", "statements from the public",
        "citizen comment", "citizens comment", "citizens' comment", "citizens\xE2\x80\x99 comment", "open forum",
        "public input", "audience participation", "comments from the public"};
    const std::string l = lower(text.substr(0, std::min<size_t>(text.size(), 400)));
    return std::any_of(std::begin(phrases), std::end(phrases),
                       [&](std::string_view p) { return l.find(p) != std::string::npos; });
}

/// A block that starts the next part of the meeting: after an item number, a heading of two
/// capitalised words one of which names no person ("Business Session", "7 Transport Update",
/// "Chairperson's Report"); a row of a speakers' table ("10 Ada Vance", "32 Councillor Ode") does not.
bool closes_public_section(std::string_view text) {
    const std::vector<Token> t = tokenize(text.substr(0, std::min<size_t>(text.size(), 200)));
    size_t i = 0;
    while (i < t.size() && (t[i].kind == TokenKind::Number || is_punct(t[i], "."))) ++i;
    if (i + 1 >= t.size() || match_title(t, i) || !is_cap_word(t[i]) || !is_cap_word(t[i + 1])) return false;
    if (t[i].text == "Public") return false;  // "Public Forum Statements": still the public's part
    const auto heading_word = [](std::string_view w) {
        std::string plain(w);  // "Chairperson's"
        if (plain.ends_with("'s")) plain.resize(plain.size() - 2);
        else if (plain.ends_with("\xE2\x80\x99s")) plain.resize(plain.size() - 4);
        if (plain.size() <= 2) return false;  // "Ref No", a table's heading
        return is_non_name_word(plain) || is_role_word(plain) || is_org_word(plain);
    };
    return heading_word(t[i].text) || heading_word(t[i + 1].text);
}

/// A block that opens with a name's initials in brackets ("(CO), Mike Readman (MR)"): the rest of
/// a line whose name ended the block before.
bool opens_with_initials(std::string_view text) {
    constexpr size_t kMaxInitials = 4;
    if (text.size() < 3 || text[0] != '(') return false;
    size_t k = 1;
    while (k < text.size() && k <= kMaxInitials && std::isupper(static_cast<unsigned char>(text[k]))) ++k;
    return k >= 3 && k < text.size() && text[k] == ')';
}

/// A general meeting of a society's or a parish's members, named in the document's title or its
/// first blocks: "Annual General Meeting", "Special General Meeting", "Annual Parish Meeting".
bool is_general_meeting(const extract::Extraction& extraction) {
    constexpr size_t kOpeningBlocks = 4;
    std::string opening = lower(extraction.title);
    for (size_t b = 0; b < std::min(extraction.blocks.size(), kOpeningBlocks); ++b)
        opening += " " + lower(std::string_view(extraction.blocks[b].text).substr(0, 300));
    for (std::string_view phrase : {"general meeting", "annual parish meeting", "annual town meeting", "annual meeting of the parish"})
        if (opening.find(phrase) != std::string::npos) return true;
    return false;
}

}  // namespace

ScannedPeople scan_people(const extract::Extraction& extraction) {
    ScannedPeople out;
    ScanState state;
    constexpr size_t kStatusColumnReach = 3;  // blocks after an attendee table that may hold its Status column
    const auto& blocks = extraction.blocks;
    bool public_section = false;  // between a "Public Forum" heading and the next part's heading
    for (size_t b = 0; b < blocks.size(); ++b) {
        state.table_cell = blocks[b].kind == extract::BlockKind::TableCell;
        // "... Colin Owens" / "(CO), Mike Readman (MR)": a roster's line broken between a name
        // and its initials is read as one block.
        std::string joined;
        std::string_view text = blocks[b].text;
        if (b + 1 < blocks.size() && opens_with_initials(blocks[b + 1].text)) {
            joined = text;
            while (b + 1 < blocks.size() && opens_with_initials(blocks[b + 1].text)) joined += " " + blocks[++b].text;
            text = joined;
        }
        std::vector<Mention> found = roster_mentions(text);
        if (found.empty()) {
            std::vector<std::string_view> next;
            for (size_t k = b + 1; k < blocks.size() && k <= b + kStatusColumnReach; ++k) next.push_back(blocks[k].text);
            size_t prefix_end = 0;
            std::vector<Mention> table = attendee_table_mentions(text, next, prefix_end);
            const std::string_view prose = text.substr(0, table.empty() ? text.size() : prefix_end);
            found = scan_block(attendance_prose_as_lists(prose), state);
            found.insert(found.end(), std::make_move_iterator(table.begin()), std::make_move_iterator(table.end()));
        }
        if (closes_public_section(text)) public_section = false;
        if (opens_public_section(text)) public_section = true;
        for (Mention& m : found) m.public_section = public_section;
        out.mentions.insert(out.mentions.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
        add_lower_words(text, out.lower_words);
    }
    drop_prose_surnames(out.mentions, out.lower_words);
    out.attendance_list = has_attendance_list(out.mentions);
    out.general_meeting = is_general_meeting(extraction);
    out.people = PersonMerger(out.mentions).merge();
    return out;
}

}  // namespace officer

std::vector<FacetValue> detect_officers(const extract::Extraction& extraction) {
    return officers_from(officer::scan_people(extraction));
}

std::vector<FacetValue> officers_from(const officer::ScannedPeople& scanned) {
    using namespace officer;
    const auto& mentions = scanned.mentions;
    std::vector<FacetValue> out;
    for (const Person& p : scanned.people) {
        if (is_common_word_person(p, mentions, scanned.lower_words) || only_sent_apologies(p, mentions)) continue;
        if (scanned.attendance_list && merely_mentioned(p, mentions)) continue;
        const bool structural = std::any_of(p.mentions.begin(), p.mentions.end(),
                                            [&](size_t i) { return mentions[i].structural; });
        out.push_back({person_value(p, mentions), structural ? "structure" : "text", person_confidence(p, mentions),
                       person_role(p, mentions)});
    }
    return out;
}

}  // namespace quorum::facets
