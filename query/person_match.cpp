/** @file person_match.cpp @brief Person filters matched by surname and compatible given names or initials, titles ignored. */
#include "query/person_match.h"

#include <algorithm>
#include <array>

#include "schema/fields.h"

namespace quorum::query {
namespace {

namespace n = schema::names;

bool is_title_word(std::string_view w) {
    static constexpr std::array<std::string_view, 35> titles = {
        "cllr",      "cllrs",     "councillor", "councillors", "councilmember", "councilman", "councilwoman",
        "mr",        "mrs",       "ms",         "miss",        "dr",            "prof",       "professor",
        "sir",       "dame",      "lord",       "lady",        "inspector",     "insp",       "sergeant",
        "sgt",       "pc",        "pcso",       "supt",        "superintendent", "chief",     "commissioner",
        "mayor",     "alderman",  "county",     "rev",         "reverend",      "judge",
        "trustee"};
    return std::find(titles.begin(), titles.end(), w) != titles.end();
}

bool is_honour_word(std::string_view w) {
    return w == "obe" || w == "mbe" || w == "cbe" || w == "jp" || w == "mp" || w == "dl" || w == "qc" || w == "kc";
}

/// One wanted given name against one indexed given name: equal, an initial of it, or a prefix
/// ("jo" / "joanne").
bool given_fits(std::string_view wanted, std::string_view indexed) {
    if (wanted.empty() || indexed.empty()) return false;
    if (wanted.size() == 1 || indexed.size() == 1) return wanted[0] == indexed[0];
    return indexed.starts_with(wanted) || wanted.starts_with(indexed);
}

/// "rw" with two or more indexed given names: initials written together.
bool initials_fit(std::string_view wanted, const std::vector<std::string>& given) {
    if (wanted.size() < 2 || wanted.size() > given.size()) return false;
    for (size_t i = 0; i < wanted.size(); ++i)
        if (given[i].empty() || given[i][0] != wanted[i]) return false;
    return true;
}

}  // namespace

bool is_person_field(std::string_view field) {
    return field == n::kPerson || field == n::kOfficer || field == n::kSpeaker || field == n::kMover ||
           field == n::kVoted || field == n::kVotedFor || field == n::kVotedAgainst || field == n::kAbstained;
}

std::vector<std::string> person_name_words(const std::vector<std::string>& words) {
    std::vector<std::string> out;
    for (const auto& w : words)
        if (!is_title_word(w) && !is_honour_word(w)) out.push_back(w);
    return out;
}

bool person_name_matches(const std::vector<std::string>& wanted, const std::vector<std::string>& indexed) {
    if (wanted.empty() || indexed.empty() || wanted.back() != indexed.back()) return false;
    const std::vector<std::string> given(indexed.begin(), indexed.end() - 1);
    const std::vector<std::string> want(wanted.begin(), wanted.end() - 1);
    if (want.size() == 1 && initials_fit(want.front(), given)) return true;
    if (want.size() > given.size()) return false;
    for (size_t i = 0; i < want.size(); ++i)
        if (!given_fits(want[i], given[i])) return false;
    return true;
}

}  // namespace quorum::query
