/** @file identities.h @brief One identity per person within a council, across documents: the written forms of a name ("R W Gough", "Roger Gough", "Gough") that are one person, and the name each identity is shown by. */
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace quorum::facets {

/// The people one document names (person values and speakers, as written after the people
/// file), and the council that published it ("" when unknown).
struct DocumentNames {
    std::string council;
    std::vector<std::string> names;
};

/// Written name -> identity name, for one council.
using IdentityMap = std::map<std::string, std::string>;

/// The identities of each council's people (docs/people.md, "Across documents"). Within one
/// council, two written forms are one person when the surnames agree (case, hyphens, spaces and
/// apostrophes ignored), the given names agree one by one (an initial for a name, a short form
/// for its full form: `R W Gough` = `Roger Gough` = `Gough`), and no document names both (two
/// names at one meeting are two people). Forms are taken most complete first; a form that fits
/// two identities (`R Gough` with `Roger Gough` and `Richard Gough`) or none starts its own.
/// An identity is shown by its most complete form. Names `given_by_user` accepts (the people
/// file's names) are never joined to each other and always give their identity's name.
/// Documents without a council are not joined to any other document.
/// Returns council -> (written name -> identity name), every written name present.
std::map<std::string, IdentityMap> person_identities(
    const std::vector<DocumentNames>& documents,
    const std::function<bool(const std::string&)>& given_by_user = nullptr);

}  // namespace quorum::facets
