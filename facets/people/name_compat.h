/** @file name_compat.h @brief When two written forms of a name can be one person: the surname key and given names that agree (an initial for a name, a short form for its full form). */
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace quorum::facets::officer {

/// A surname compared without case, hyphens, spaces, apostrophes: "O'Neill" = "ONeill" = "oneill".
std::string surname_key(std::string_view surname);
/// Two given names of one person: equal, an initial and a name ("R" / "Roger"), a prefix ("Jo" /
/// "Joanne") or a known short form ("Sue" / "Susan").
bool same_name_or_initial(std::string_view a, std::string_view b);
/// The given names agree one by one, as far as the shorter list goes ("R W" / "Roger").
bool given_compatible(const std::vector<std::string>& a, const std::vector<std::string>& b);

}  // namespace quorum::facets::officer
