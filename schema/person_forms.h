/** @file person_forms.h @brief The person_forms value: each person, speaker, mover and named voter of a document as written, with the identity's name it goes by in the index (docs/people.md). */
#pragma once

#include <map>
#include <string>
#include <vector>

namespace quorum::schema {

/// One person, speaker, mover or voter of a document: the role (or "speaker", "mover", or a named
/// vote's side: "voted_for", "voted_against", "abstained"), the name as the document writes it
/// (after the people file; a voter's is the meeting's person the printed name stands for, or the
/// name as printed), and the identity's name it goes by in the index.
struct PersonForm {
    std::string kind, written, identity;
};

/// The person_forms slot's value: one "kind<TAB>written<TAB>identity" line per form.
std::string encode_person_forms(const std::vector<PersonForm>& forms);
/// The forms of a person_forms value; lines without three fields are skipped.
std::vector<PersonForm> decode_person_forms(const std::string& value);
/// Written name -> identity name, from a person_forms value (only the names that differ).
std::map<std::string, std::string> identity_names(const std::string& value);

}  // namespace quorum::schema
