/** @file officer_lexicon.h @brief What the officer detector knows about words: titles ("Cllr", "Chief Inspector"), attendance labels ("PRESENT:"), given names, and words that are never part of a name. */
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "facets/people/officer_text.h"

namespace quorum::facets::officer {

/// What kind of title stands before a name; decides which role wins and which mentions merge.
enum class TitleKind {
    None,        ///< no title: "Fiona Gatward"
    Honorific,   ///< Mr, Mrs, Ms, Miss, Dr, Sir, Professor: no role of its own
    Councillor,  ///< Cllr, Councillor, County Councillor, Council Member
    Office,      ///< Mayor, Chief Executive, Judge: the title is the role
    Rank,        ///< police and fire ranks: Inspector, Chief Inspector, Supt, Station Manager
    Constable,   ///< PC, PCSO: a rank, but the person's job title says more when given
};

struct TitleMatch {
    size_t end = 0;             ///< token index just after the title (and its full stops)
    std::string_view display;   ///< how the title is written in a value: "Inspector", "Councillor", "Mr"
    std::string_view role;      ///< the role the title gives, or "" (Mr, Mrs, Dr)
    TitleKind kind = TitleKind::None;
    char gender = 0;            ///< 'm' (Mr, Sir), 'f' (Mrs, Ms, Miss, Dame) or 0
    bool plural = false;        ///< "Cllrs", "Councillors", "Messrs": a list of names follows
    bool needs_full_name = false;  ///< "Chief Executive" is a title only before a full name
};

/// The title starting at tokens[i], longest first ("Chief Inspector" before "Chief"), with an
/// optional full stop after each abbreviated word ("Insp.", "Det. Supt."). Case-sensitive.
std::optional<TitleMatch> match_title(const std::vector<Token>& tokens, size_t i);

/// How an attendance or contact label governs the names after it.
enum class LabelKind {
    List,    ///< "PRESENT:", "In attendance:", "Apologies:": a list of people
    Single,  ///< "Contact Officer:", "Report author:", "Minute taker:": one person (and a role)
};

/// Which part of a meeting's attendance a label lists: what its people were at the meeting.
enum class AttendanceLabel {
    None,       ///< not an attendance label ("Signed:", "Presented by")
    Present,    ///< "Present:", "Present were": members unless shown otherwise
    Members,    ///< "Members present", "Commissioners Present:": members, whatever board office
                ///< ("Secretary / Treasurer") is written beside them
    Chair,      ///< "Chair:", "In the Chair"
    Officers,   ///< "Officers present", "Officers in attendance", "Staff present", "Clerk:",
                ///< "Contact Officer:", "Report author:"
    Attending,  ///< "In attendance:", "Also present": invited, partners, officers by their job titles
    Public,     ///< "Members of the public"
    Apologies,  ///< "Apologies:", "Apologies were received from"
    Absent,     ///< "Absent:"
};

struct LabelMatch {
    size_t end = 0;            ///< token index after the label, its qualifiers and its colon
    LabelKind kind = LabelKind::List;
    std::string_view role;     ///< role the label gives ("Minute taker", "Clerk", "Chair"), or ""
    bool absent = false;       ///< "Apologies:", "Absent:": the people listed were not there
    AttendanceLabel attendance = AttendanceLabel::None;
};

/// The label starting at tokens[i]. A label counts when it is followed by ':' or a dash, or is
/// written in capitals ("PRESENT", "IN ATTENDANCE VIRTUALLY"), or ends the block (a heading
/// "Present" whose list follows), or is a phrase that names people by itself ("Apologies were
/// received from", "Member attending", "Officer to Contact"). Its list runs to the end of the
/// sentence or the next label (the caller's rule).
std::optional<LabelMatch> match_label(const std::vector<Token>& tokens, size_t i);

/// A common given name ("Fiona", "Rik", "Priya"); case-sensitive.
bool is_given_name(std::string_view word);
/// A capitalised word that is never part of a person's name: articles, months' neighbours,
/// organisation and role words ("The", "Council", "Police", "Committee", "Chairman", "Monday").
bool is_non_name_word(std::string_view word);
/// A word that ends a place or building name ("Road", "Hall", "House", "Room", "Day"). Some are
/// surnames too ("Hall", "Green"), so this only rules out untitled names.
bool is_place_word(std::string_view word);
/// A capitalised word that starts a new clause, never continues a role: "During", "The", "Is".
bool is_clause_word(std::string_view word);
/// A common noun for a place, in lower case ("prison", "road", "estate"): "Glen Parva prison".
bool is_place_noun(std::string_view word);
/// A word naming a job or position ("officer", "manager", "chair", "inspector"); any case.
bool is_role_word(std::string_view word);
/// A word naming an organisation ("council", "police", "service", "trust"); any case.
bool is_org_word(std::string_view word);
/// A post-nominal honour ("OBE", "MBE", "JP").
bool is_honour(std::string_view word);
/// A surname particle ("de", "van", "De", "La").
bool is_name_particle(std::string_view word);
/// "January" .. "December".
bool is_month(std::string_view word);
/// "Monday" .. "Sunday" and their short forms.
bool is_weekday(std::string_view word);
/// A verb that shows the person before it taking part: "said", "reported", "presented", "asked".
bool is_speech_verb(std::string_view word);
/// Words before a name that show the person taking part: "welcomed", "thanked", "presentation
/// from", "report of", "moved by", "reply to". `before2` is the word before `before1`, or "".
bool is_participation_cue(std::string_view before2, std::string_view before1);
/// Words a full stop follows without ending a sentence ("Mr", "Dr", "St", "No", "Jr").
bool is_abbreviation(std::string_view word);
/// Two-word names that look like people but are firms ("Grant Thornton").
bool is_known_non_person(std::string_view given, std::string_view surname);

/// The space-separated given-name list (officer_given_names.cpp).
std::string_view given_names_data();

}  // namespace quorum::facets::officer
