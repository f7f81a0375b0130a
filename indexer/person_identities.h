/** @file person_identities.h @brief The identity step at the end of `quorum index`: each council's written names of people computed into identities (the facets library plugs in), and the documents' person, officer, speaker, mover and named-vote terms and values rewritten to the identities' names. */
#pragma once

#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include <xapian.h>

#include "schema/person_forms.h"

namespace quorum::index {

using schema::PersonForm;

/// Each document's council ("" when none) and written names.
using NamesByDocument = std::vector<std::pair<std::string, std::vector<std::string>>>;
/// council -> (written name -> identity name)
using IdentitiesByCouncil = std::map<std::string, std::map<std::string, std::string>>;
/// Computes the identities (facets::person_identities() with the people file's names, set by the CLI).
using IdentifyPeople = std::function<IdentitiesByCouncil(const NamesByDocument&)>;

/// Reads every document's person forms and council from their value slots, computes the
/// identities and rewrites the documents whose identities changed: person, officer and speaker
/// terms and values carry the identity's name, mover terms gain it, and the named votes' terms
/// (voted:, votedfor:, votedagainst:, abstained:) carry it instead of the voter's written name.
/// Voters' written names are not given to the identities (one that names a person of the
/// meeting is already among the person forms): they take the identity of that name. Does not
/// commit. Returns the number of documents rewritten.
size_t apply_person_identities(Xapian::WritableDatabase& db, const IdentifyPeople& identify);

}  // namespace quorum::index
