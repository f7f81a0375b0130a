/** @file person_merge.h @brief The people of one document: every mention scanned, mentions of one person merged (officers.cpp), and the tests the officer and person facets apply to them. */
#pragma once

#include <cstddef>
#include <string>
#include <unordered_set>
#include <vector>

#include "extractors/extraction.h"
#include "facets/people/officer_mentions.h"

namespace quorum::facets::officer {

/// One person of a document: the mentions merged into it.
struct Person {
    std::string key;               ///< normalised surname
    std::vector<size_t> mentions;  ///< indices into the document's mentions, in order
    size_t best = 0;               ///< the mention that gives the value
    char gender = 0;
    bool surname_only = false;
    bool has_rank = false;         ///< a police or fire rank among its mentions
};

/// Words the document writes in lower case somewhere ("distribution", "reimbursement"): such a
/// word after a name is prose, not a surname.
using LowerWords = std::unordered_set<std::string>;

/// A document's mentions (in order), its people and the lower-case words it uses.
struct ScannedPeople {
    std::vector<Mention> mentions;
    std::vector<Person> people;
    LowerWords lower_words;
    bool attendance_list = false;  ///< three or more people listed as present
    bool general_meeting = false;  ///< a general meeting of a society's or a parish's members ("Annual
                                   ///< General Meeting" in its opening): who moves a motion there is
                                   ///< one of the public, not a member of a board
};

/// Scans every block for mentions and merges them into people (the rules in officers.cpp).
ScannedPeople scan_people(const extract::Extraction& extraction);

/// The name a person is shown by: the most complete form ("Roger William Gough" over "R Gough").
std::string person_value(const Person& p, const std::vector<Mention>& mentions);
/// The role written for the person (a rank, an office, a job title), or "".
std::string person_role(const Person& p, const std::vector<Mention>& mentions);
double person_confidence(const Person& p, const std::vector<Mention>& mentions);
/// Known only through a word the document also writes as a common noun ("Councillor Distribution").
bool is_common_word_person(const Person& p, const std::vector<Mention>& mentions, const LowerWords& words);
/// Named only in the text, never listed or shown taking part.
bool merely_mentioned(const Person& p, const std::vector<Mention>& mentions);
/// A document with an attendance list: at least three people listed as present.
bool has_attendance_list(const std::vector<Mention>& mentions);
/// Named only in apologies or absence lists.
bool only_sent_apologies(const Person& p, const std::vector<Mention>& mentions);

}  // namespace quorum::facets::officer
