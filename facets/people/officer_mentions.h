/** @file officer_mentions.h @brief Finding the people mentioned in one block: titled names, attendance and contact lists, given names, "Name, Role" appositions, with the roles written beside them. */
#pragma once

#include <cstddef>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "facets/people/officer_lexicon.h"

namespace quorum::facets::officer {

/// One mention of a person. Merging mentions into people is officers.cpp's job.
struct Mention {
    std::vector<std::string> given;  ///< given names and initials in order ("R", "W"); empty for "Inspector Maxwell"
    std::string surname;             ///< "Gough", "O’Neill", "De La Rosa"
    TitleKind title_kind = TitleKind::None;
    std::string title_display;       ///< "Inspector", "Councillor", "Mr"; empty when untitled
    std::string title_role;          ///< the role the title gives ("County Councillor"), may be empty
    char gender = 0;                 ///< from the title: 'm', 'f' or 0
    std::vector<std::string> roles;  ///< job titles written beside the name: "Chairman", "Head of Finance"
    std::vector<std::string> orgs;   ///< organisations written beside it: "Northvale Police"
    bool structural = false;         ///< in an attendance list or a contact block
    bool lexical = false;            ///< untitled and known as a person only by its given name
    bool appositive = false;         ///< untitled and known as a person by a role beside it
    bool absent = false;             ///< in an apologies or absence list
    AttendanceLabel attendance = AttendanceLabel::None;  ///< the attendance label whose list holds it
    bool from_pending = false;       ///< its list's label ended an earlier block (a layout table's column)
    bool took_part = false;          ///< shown speaking or presenting: "Mr Brennan confirmed",
                                     ///< "a presentation from Lydia Patsalides", "welcomed Inspector X"
    bool represents = false;         ///< a speaker's line names an office or person it speaks for:
                                     ///< "Sam Roe - Assemblymember Vale", "Ida Kerr - Board Member"
    bool item_presenter = false;     ///< named after an agenda item's title ("B. Budget - Ada Vance"):
                                     ///< staff presenting it
    bool public_section = false;     ///< found in the part of the meeting where the public speaks
                                     ///< ("Public Forum", "Public Comment"; scan_people() sets it)
    bool member_business = false;    ///< did what a member of the meeting does: moved or seconded a
                                     ///< motion ("Proposed: Ada Vance", "seconded by Cy Holt", "Ivo
                                     ///< Brandt proposed and ...") or put a question to a member
                                     ///< ("Question by Ada Vance to Cy Holt, Cabinet Member ...")
};

/// A label ("PRESENT", "Officer to Contact") that ended a block: its list is in the next blocks.
struct PendingList {
    LabelKind kind = LabelKind::List;
    std::string role;
    bool absent = false;  ///< an apologies list
    AttendanceLabel attendance = AttendanceLabel::None;
    int blocks_left = 0;  ///< blocks that may still hold the list
    int misses = 0;       ///< consecutive blocks without a person (table headers, "Representing")
};

/// What one block leaves for the next. Labels stacked in consecutive blocks ("Present:",
/// "Members of the Public:", "Apologies:" as the columns of a layout table) govern the lists
/// that follow in the same order, one list block each; a single label governs all of them.
struct ScanState {
    std::deque<PendingList> pending;
    bool stacking = false;    ///< the previous block was only a label
    bool table_cell = false;  ///< the block being scanned is a table cell (set by the caller)
    std::optional<TitleMatch> list_title;  ///< a plural title's list ("Councillors Benson, ...")
                                           ///< ran to the end of the block: it goes on in the next
    bool letter_closing = false;  ///< the previous block ended a letter ("Yours sincerely"): its
                                  ///< writer's name and job open the next
};

/// The people mentioned in one block's text, in order of appearance; updates `state` when the
/// block ends with a label or continues a pending list. Linear in the text's length.
std::vector<Mention> scan_block(std::string_view text, ScanState& state);

}  // namespace quorum::facets::officer
