/** @file person_match.h @brief A person filter (person:, officer:, speaker:, mover:) matched the forgiving way names are written: titles ignored, a surname alone, initials for given names. */
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace quorum::query {

/// Whether `field` holds people's names (person, officer, speaker, mover, and the named votes:
/// voted, voted_for, voted_against, abstained).
bool is_person_field(std::string_view field);

/// The words of a wanted name without titles and honours: "Cllr R. W. Gough" -> {r, w, gough},
/// "Inspector Maxwell" -> {maxwell}, "Mr Gough" -> {gough}. Words are facet_match_words().
std::vector<std::string> person_name_words(const std::vector<std::string>& words);

/// Whether an indexed name (its words) is the wanted name (person_name_words): same surname (the
/// last word), and each wanted given name or initial fits the indexed given names in order, an
/// initial matching a name ("r" / "roger"); run-together initials ("rw") count as initials.
/// {gough} matches "Roger William Gough"; {r, gough} and {rw, gough} match it; {t, gough} does not.
bool person_name_matches(const std::vector<std::string>& wanted, const std::vector<std::string>& indexed);

}  // namespace quorum::query
