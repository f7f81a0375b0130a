/** @file council_util.h @brief Finding authority names in text: gazetteer names, "X Parish Council"-style names that are not in it, and title-casing them. */
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "facets/gazetteer.h"

namespace quorum::facets::council_util {

/// One gazetteer name found in text.
struct NameMatch {
    const GazetteerEntry* entry = nullptr;
    size_t begin = 0;  ///< byte offsets into the text searched
    size_t end = 0;
    bool bare_place = false;  ///< "Melton", "North West Leicestershire": a place, not a body's name
};

/// Gazetteer names in `text`, left to right, longest first, not overlapping. A name counts
/// when it starts with a capital letter and carries a designator ("Council", "DC", "Police",
/// "Authority", "Partnership", ...) or is an upper-case acronym listed for its entry ("HBBC").
/// With `with_places`, bare place names of councils ("Blaby", "Oadby and Wigston") are also
/// returned (flagged), but only where they stand alone: not next to another capitalised word
/// and not after a title such as "Mr" or "Councillor". Only the first `limit` bytes are read.
std::vector<NameMatch> find_names(std::string_view text, const Gazetteer& gazetteer, bool with_places = false,
                                  size_t limit = 200000);

/// Authority names written out but not in the gazetteer: "SOULDERN PARISH COUNCIL",
/// "Little Snoring Town Council", "COUNCIL OF THE CITY OF WINNIPEG" (-> "City of Winnipeg"),
/// "City of New York", "DES MOINES CITY COUNCIL" (-> "City of Des Moines"), "SOULDERN ANNUAL
/// PARISH MEETING" (-> "Souldern Parish Council"). Returned title-cased, in order of appearance.
std::vector<std::string> find_authority_patterns(std::string_view text);

/// New York-style community boards: "MANHATTAN COMMUNITY BOARD #1", "Community Board No. 2,
/// Manhattan", "COMMUNITY BOARD 1-MANHATTAN" -> "Manhattan Community Board 1".
std::vector<std::string> find_community_boards(std::string_view text);

/// "SOULDERN PARISH COUNCIL" -> "Souldern Parish Council"; "stoke fERRY" -> "Stoke Ferry";
/// small words ("and", "of", "the", "upon", "on") stay lower case except first.
std::string title_case(std::string_view text);

/// True when `text` has letters and none of them is lower case.
bool is_all_caps(std::string_view text);

}  // namespace quorum::facets::council_util
