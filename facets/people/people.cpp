/** @file people.cpp @brief detect_people(): the people of a meeting with their roles, from the officer detector's mentions and merged persons. */
#include "facets/people/people.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "facets/people/officer_lexicon.h"
#include "facets/people/person_merge.h"

namespace quorum::facets {
namespace {

using officer::AttendanceLabel;
using officer::Mention;
using officer::Person;
using officer::TitleKind;

bool is_chair_role(std::string_view role) {
    const std::string r = officer::lower(role);
    return r == "chair" || r == "chairman" || r == "chairwoman" || r == "chairperson" || r == "chair person" ||
           r == "presiding" || r == "presiding officer" || r == "in the chair" || r == "chair of the meeting";
}

/// Words of a job title that make its holder a councillor or a chair, not a member of staff.
bool is_member_word(std::string_view w) {
    const std::string l = officer::lower(w);
    return l == "councillor" || l == "councillors" || l == "member" || l == "members" || l == "mayor" ||
           l == "mayoress" || l == "chair" || l == "chairman" || l == "chairwoman" || l == "chairperson" ||
           l == "vice-chair" || l == "vice-chairman" || l == "vicechair" || l == "leader" || l == "portfolio" ||
           l == "holder" || l == "deputy" || l == "commissioner" || l == "trustee" || l == "governor" ||
           l == "president" || l == "representative" || l == "speaker" || l == "applicant" || l == "objector" ||
           // a board's own offices: "Vice-President", "Hon. Secretary & Treasurer"
           l == "vice-president" || l == "vicepresident" || l == "hon" || l == "honorary";
}

/// A job title ("Head of Finance", "Town Clerk", "City Manager"): a member of staff.
bool is_staff_role(std::string_view role) {
    if (officer::lower(role).find("team leader") != std::string::npos) return true;  // "IT Team Leader": staff
    bool staff = false;
    for (const auto& t : officer::tokenize(role)) {
        if (t.kind != officer::TokenKind::Word) continue;
        if (is_member_word(t.text)) return false;
        staff = staff || officer::is_role_word(t.text);
    }
    return staff;
}

/// A board's own office, held by one of its members: "Secretary / Treasurer", "Recording Secretary".
bool is_board_office(std::string_view role) {
    bool office = false;
    for (const auto& t : officer::tokenize(role)) {
        if (t.kind != officer::TokenKind::Word) continue;
        const std::string w = officer::lower(t.text);
        if (w == "secretary" || w == "treasurer") office = true;
        else if (w != "recording" && w != "corresponding" && w != "and" && !is_member_word(w)) return false;
    }
    return office;
}

/// An office only a member of the body holds: "Cabinet Member for Education", "Portfolio Holder for
/// Finance", "Leader of the Council", "Executive Member". Not "Board Member" (of another body, a
/// speaker's affiliation).
bool is_member_office(std::string_view role) {
    const std::string r = officer::lower(role);
    for (std::string_view office : {"cabinet member", "portfolio holder", "leader of the council", "executive member",
                                    "lead member", "deputy leader"})
        if (r.starts_with(office)) return true;
    return false;
}

struct Evidence {
    bool members_list = false, staff_beyond_office = false;
    bool chair = false, attended = false, officers_list = false, public_list = false, present_list = false,
         attending_list = false, apologies = false, absent = false, councillor = false, rank = false, staff = false,
         organisation = false, office = false;
    bool honorary_office = false;  ///< "Hon. Secretary", "Honorary Treasurer" written beside them
    bool public_speaker = false;  ///< took part in the public's part of the meeting
    bool elsewhere = false;       ///< listed or took part outside it, or speaks for an office
    bool member_business = false;  ///< moved or seconded a motion, or put a question to a member
    bool member_office = false;   ///< an office held by a member written beside them ("Cabinet Member
                                  ///< for Highways", "Portfolio Holder")
};

Evidence evidence_of(const Person& p, const std::vector<Mention>& mentions) {
    Evidence e;
    for (size_t i : p.mentions) {
        const Mention& m = mentions[i];
        const bool listed = m.structural && !m.absent;
        if (m.absent) (m.attendance == AttendanceLabel::Absent ? e.absent : e.apologies) = true;
        if (listed || m.took_part) e.attended = true;
        if ((listed || m.took_part) && m.public_section && m.attendance == AttendanceLabel::None && !m.represents)
            e.public_speaker = true;
        else if (listed || m.took_part)
            e.elsewhere = true;
        if (listed && m.attendance == AttendanceLabel::Chair) e.chair = true;
        if (listed && m.attendance == AttendanceLabel::Officers) e.officers_list = true;
        if (listed && m.attendance == AttendanceLabel::Public) e.public_list = true;
        if (listed && m.attendance == AttendanceLabel::Present) e.present_list = true;
        if (listed && m.attendance == AttendanceLabel::Members) e.members_list = true;
        e.staff_beyond_office = e.staff_beyond_office || std::any_of(m.roles.begin(), m.roles.end(), [](const std::string& r) {
                                    return is_staff_role(r) && !is_board_office(r);
                                });
        if (listed && m.attendance == AttendanceLabel::Attending) e.attending_list = true;
        if (listed && std::any_of(m.roles.begin(), m.roles.end(), [](const std::string& r) { return is_chair_role(r); }))
            e.chair = true;
        e.councillor = e.councillor || m.title_kind == TitleKind::Councillor;
        e.member_business = e.member_business || m.member_business;
        e.member_office = e.member_office || std::any_of(m.roles.begin(), m.roles.end(), [](const std::string& r) { return is_member_office(r); });
        e.honorary_office = e.honorary_office || std::any_of(m.roles.begin(), m.roles.end(), [](const std::string& r) {
                                return is_board_office(r) && (officer::lower(r).starts_with("hon ") ||
                                                              officer::lower(r).starts_with("hon. ") ||
                                                              officer::lower(r).starts_with("honorary "));
                            });
        e.organisation = e.organisation || (listed && !m.orgs.empty());
        e.office = e.office || m.title_kind == TitleKind::Office;
        e.rank = e.rank || m.title_kind == TitleKind::Rank || m.title_kind == TitleKind::Constable;
        e.staff = e.staff || m.item_presenter || std::any_of(m.roles.begin(), m.roles.end(), [](const std::string& r) { return is_staff_role(r); });
    }
    return e;
}

/// The role of one person, or "" when the document only mentions them in passing. Order: chair
/// (a chair label or "(Chairman)" beside a listed name); for people who attended, the kind of list
/// that holds them, a job title overriding "Present" (staff in a roll call) and a councillor's
/// title overriding "In attendance"; otherwise apologies, then absent.
std::string role_of_person(const Person& p, const std::vector<Mention>& mentions, bool general_meeting) {
    const Evidence e = evidence_of(p, mentions);
    if (e.attended) {
        if (e.chair) return "chair";
        if (e.public_list) return "public";
        // Listed or speaking only where the public speaks ("Public Forum", "Public Comment"), with
        // no councillor's title, office, rank or job title: a member of the public.
        if (e.public_speaker && !e.elsewhere && !e.councillor && !e.office && !e.rank && !e.staff) return "public";
        if (e.officers_list) return "officer";
        // Listed under "Commissioners Present": a member, whatever office of the board they hold.
        if (e.members_list) return e.staff_beyond_office && !e.councillor ? "officer" : "member";
        // Someone listed present with their firm or body beside them ("Jon Keiser, Fictional
        // Engineers") and no councillor's title attends for it.
        if (e.present_list)
            return e.staff && !e.councillor ? "officer" : e.rank || (e.organisation && !e.councillor && !e.office) ? "attending" : "member";
        if (e.councillor || e.member_office) return "member";
        if (e.staff) return "officer";
        // "Mike Hosking (Honorary Secretary)": an honorary office is held by one of the board.
        if (e.honorary_office) return "member";
        // Who moves or seconds a motion and is nothing else: one of the body that met, or at a
        // society's or parish's general meeting one of its members, the public.
        if (e.member_business) return general_meeting ? "public" : "member";
        return "attending";
    }
    if (e.apologies) return "apologies";
    if (e.absent) return "absent";
    return "";
}

/// A presiding office held as a title or written beside a name: "Mayor", "Reeve", "President",
/// "Board Chair", "Chairman" (not a deputy's or a vice-chair's).
bool is_presiding_office(std::string_view role) {
    const std::string r = officer::lower(role);
    if (r.find("deputy") != std::string::npos || r.find("vice") != std::string::npos ||
        r.find("pro tem") != std::string::npos || r.find("former") != std::string::npos)
        return false;
    for (std::string_view w : {"mayor", "reeve", "president", "chair", "chairman", "chairperson", "chairwoman"})
        if (r == w || r.ends_with(" " + std::string(w))) return true;
    return false;
}

/// When no chair is stated, the one member who holds a presiding office (the Mayor of a council
/// meeting, a board's President) presided.
void chair_by_office(const std::vector<Mention>& mentions,
                     std::vector<std::pair<const Person*, std::string>>& roles) {
    if (std::any_of(roles.begin(), roles.end(), [](const auto& r) { return r.second == "chair"; })) return;
    std::vector<size_t> presiding;
    for (size_t k = 0; k < roles.size(); ++k) {
        if (roles[k].second != "member") continue;
        const Person& p = *roles[k].first;
        const bool office = std::any_of(p.mentions.begin(), p.mentions.end(), [&](size_t i) {
            const Mention& m = mentions[i];
            return is_presiding_office(m.title_role) ||
                   std::any_of(m.roles.begin(), m.roles.end(), [](const std::string& r) { return is_presiding_office(r); });
        });
        if (office) presiding.push_back(k);
    }
    if (presiding.size() == 1) roles[presiding.front()].second = "chair";
}

/// Words of organisations, programmes and headings that are never part of a person's name
/// ("Treasury Management", "Encampment Initiative", "Cleveland Foodbank").
bool is_never_name_word(std::string_view word) {
    static constexpr std::string_view words[] = {
        "management", "initiative", "foodbank",  "services",  "service", "project", "programme", "program",
        "strategy",   "fund",       "partnership", "authority", "council", "committee", "department", "board",
        "plan",       "update",     "report",    "association", "society", "limited", "ltd", "team", "trust",
        "roads",      "water",      "budget",    "policy",    "agenda",  "minutes", "item", "appendix",
        // firms written beside a guest's name ("Sol Ferris, Fictional Engineering")
        "engineering", "engineers", "construction", "environmental", "consulting", "consultants", "associates",
        "architects", "solutions", "group", "company", "corporation", "inc", "llc", "llp",
        // a roll call's column heading read after a title ("Commissioner Alternate"), and the
        // words of a named vote's lists run into a name
        "alternate", "ayes", "yeas", "nays", "noes", "abstain", "abstentions"};
    const std::string w = officer::lower(word);
    return std::find(std::begin(words), std::end(words), w) != std::end(words);
}

/// Not a person: a word written alone with no title and not plainly listed ("Roads", from
/// "Executive Engineer, Roads (Mr. P. Vallely)"), or a name holding an organisation's or a
/// heading's word.
bool is_not_a_person(const Person& p, const std::vector<Mention>& mentions) {
    const Mention& best = mentions[p.best];
    // A surname alone needs a title or a plain place in a list ("Present: Katz, Kiely").
    const bool vouched = std::any_of(p.mentions.begin(), p.mentions.end(), [&](size_t i) {
        const Mention& m = mentions[i];
        return m.title_kind != TitleKind::None || (m.structural && !m.appositive && !m.lexical);
    });
    if (best.given.empty() && !vouched) return true;
    const bool titled = std::any_of(p.mentions.begin(), p.mentions.end(),
                                    [&](size_t i) { return mentions[i].title_kind != TitleKind::None; });
    // "Rob", "Guy": a given name alone is not enough to name anyone.
    if (best.given.empty() && !titled && officer::is_given_name(best.surname)) return true;
    // A layout table's column of surnames read as names ("Mendez Brown", "Mashack Garcia
    // Hernandez" under a vote's "ABSENT:"): untitled, from a label blocks away, no given name or initial.
    const bool from_table_only = std::all_of(p.mentions.begin(), p.mentions.end(),
                                             [&](size_t i) { return mentions[i].from_pending; });
    const bool given_evidence = std::any_of(best.given.begin(), best.given.end(), [](const std::string& g) {
        return g.size() == 1 || officer::is_given_name(g);
    });
    if (!titled && from_table_only && !given_evidence) return true;
    if (is_never_name_word(best.surname)) return true;
    // "Assistants McGuirk": a job title read as a given name.
    if (!best.given.empty() && best.given.front().size() > 3 &&
        (officer::is_role_word(best.given.front()) ||
         (best.given.front().ends_with("s") && officer::is_role_word(best.given.front().substr(0, best.given.front().size() - 1)))))
        return true;
    return std::any_of(best.given.begin(), best.given.end(), [](const std::string& g) { return is_never_name_word(g); });
}

/// The words of a person's name as shown: given names, then the surname. Two names run together
/// ("Butt Bryn Howells": a surname, then a full name) keep the second: a three-word name whose
/// first word is not a given name and whose second is one.
std::vector<std::string> name_words(const Person& p, const std::vector<Mention>& mentions) {
    const Mention& best = mentions[p.best];
    std::vector<std::string> words = best.given;
    words.push_back(best.surname);
    if (words.size() == 3 && words[0].size() > 1 && !officer::is_given_name(words[0]) && officer::is_given_name(words[1]))
        words.erase(words.begin());
    return words;
}

std::string display_name(const Person& p, const std::vector<Mention>& mentions) {
    std::string name;
    for (const auto& w : name_words(p, mentions)) name += (name.empty() ? "" : " ") + w;
    return name;
}

/// "Scott Kevin Conwell" when the document also has "Kevin Conwell": two names run together.
bool is_run_together(const std::string& name, const std::vector<std::string>& names) {
    return std::any_of(names.begin(), names.end(), [&](const std::string& other) {
        return other.size() < name.size() && name.ends_with(" " + other) &&
               std::count(name.begin(), name.end(), ' ') >= 2;
    });
}

/// A name's given names and surname from its words: titles and full stops dropped.
struct NameParts {
    std::vector<std::string> given;
    std::string surname;
};

NameParts name_parts(std::string_view printed) {
    const std::vector<officer::Token> tokens = officer::tokenize(printed);
    size_t i = 0;
    while (const auto title = officer::match_title(tokens, i)) i = title->end;
    std::vector<std::string> words;
    for (; i < tokens.size(); ++i)
        if (tokens[i].kind == officer::TokenKind::Word && !officer::is_honour(tokens[i].text))
            words.emplace_back(tokens[i].text);
    NameParts out;
    if (words.empty()) return out;
    out.surname = words.back();
    words.pop_back();
    out.given = std::move(words);
    return out;
}

std::string name_key(std::string_view s) {
    std::string key;
    for (const char c : s)
        if (std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80)
            key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return key;
}

bool given_fit(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    for (size_t i = 0; i < std::min(a.size(), b.size()); ++i) {
        const std::string x = name_key(a[i]), y = name_key(b[i]);
        if (x.empty() || y.empty()) return false;
        if (x.size() == 1 || y.size() == 1 ? x[0] != y[0] : !(x.starts_with(y) || y.starts_with(x))) return false;
    }
    return true;
}

std::string resolve_parts(const NameParts& name, const std::vector<FacetValue>& people) {
    if (name.surname.empty()) return "";
    const std::string key = name_key(name.surname);
    const FacetValue* found = nullptr;
    for (const auto& p : people) {
        const NameParts other = name_parts(p.value);
        if (name_key(other.surname) != key || !given_fit(name.given, other.given)) continue;
        if (found && found->value != p.value) return "";  // two people fit: ambiguous
        found = &p;
    }
    return found ? found->value : "";
}

}  // namespace

std::string resolve_person(std::string_view printed, const std::vector<FacetValue>& people) {
    return resolve_parts(name_parts(printed), people);
}

std::vector<std::string> item_speakers(std::string_view item_text, const std::vector<FacetValue>& people) {
    std::vector<std::string> out;
    officer::ScanState state;
    size_t begin = 0;
    while (begin < item_text.size()) {
        size_t end = item_text.find("\n\n", begin);
        if (end == std::string_view::npos) end = item_text.size();
        for (const Mention& m : officer::scan_block(item_text.substr(begin, end - begin), state)) {
            if (!m.took_part || m.structural) continue;
            std::string name = resolve_parts({m.given, m.surname}, people);
            if (name.empty() && m.title_kind != TitleKind::None && m.title_kind != TitleKind::Office) {
                for (const auto& g : m.given) name += g + " ";
                name += m.surname;
            }
            if (!name.empty() && std::find(out.begin(), out.end(), name) == out.end()) out.push_back(std::move(name));
        }
        begin = end + 2;
    }
    return out;
}

std::vector<FacetValue> detect_people(const extract::Extraction& extraction) {
    return people_from(officer::scan_people(extraction));
}

std::vector<FacetValue> people_from(const officer::ScannedPeople& scanned) {
    const auto& mentions = scanned.mentions;
    std::vector<std::pair<const Person*, std::string>> roles;
    for (const Person& p : scanned.people) {
        if (officer::is_common_word_person(p, mentions, scanned.lower_words) || is_not_a_person(p, mentions)) continue;
        std::string role = role_of_person(p, mentions, scanned.general_meeting);
        if (!role.empty()) roles.emplace_back(&p, std::move(role));
    }
    chair_by_office(mentions, roles);
    std::vector<FacetValue> out;
    for (auto& [person, role] : roles) {
        const Person& p = *person;
        const bool structural = std::any_of(p.mentions.begin(), p.mentions.end(),
                                            [&](size_t i) { return mentions[i].structural; });
        out.push_back({display_name(p, mentions), structural ? "structure" : "text",
                       officer::person_confidence(p, mentions), std::move(role)});
    }
    std::vector<std::string> names;
    for (const auto& v : out) names.push_back(v.value);
    std::erase_if(out, [&](const FacetValue& v) { return is_run_together(v.value, names); });
    return out;
}

}  // namespace quorum::facets
