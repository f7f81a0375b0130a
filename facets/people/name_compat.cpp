/** @file name_compat.cpp @brief Surname keys and given-name agreement, shared by the merge of one document's mentions (officers.cpp) and the identities across documents (identities.cpp). */
#include "facets/people/name_compat.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <utility>

namespace quorum::facets::officer {
namespace {

/// Short forms that are not prefixes of the full name ("Sue" / "Susan"); prefixes ("Nick" /
/// "Nicholas", "Jo" / "Joanne") are recognised without a table.
bool known_short_form(std::string_view a, std::string_view b) {
    static constexpr std::pair<std::string_view, std::string_view> pairs[] = {
        {"sue", "susan"},        {"dave", "david"},       {"mike", "michael"},     {"steve", "stephen"},
        {"steve", "steven"},     {"tom", "thomas"},       {"bob", "robert"},       {"rob", "robert"},
        {"bill", "william"},     {"will", "william"},     {"jim", "james"},        {"tony", "anthony"},
        {"liz", "elizabeth"},    {"beth", "elizabeth"},   {"kate", "katherine"},   {"kate", "catherine"},
        {"cathy", "catherine"},  {"andy", "andrew"},      {"jenny", "jennifer"},   {"becky", "rebecca"},
        {"vicky", "victoria"},   {"mandy", "amanda"},     {"jackie", "jacqueline"}, {"maggie", "margaret"},
        {"peggy", "margaret"},   {"debbie", "deborah"},   {"ted", "edward"},       {"eddie", "edward"},
        {"rick", "richard"},     {"dick", "richard"},     {"harry", "henry"},      {"jack", "john"},
        {"sandy", "sandra"},     {"di", "diana"},         {"di", "diane"},         {"terry", "terence"},
        {"gerry", "gerald"},     {"pat", "patricia"},     {"pat", "patrick"},      {"chris", "christine"},
        {"geoff", "geoffrey"},   {"jeff", "jeffrey"},     {"frank", "francis"},    {"sally", "sarah"},
        {"nikki", "nicola"},     {"nicky", "nicola"},     {"jo", "josephine"},     {"trish", "patricia"},
    };
    return std::any_of(std::begin(pairs), std::end(pairs), [&](const auto& p) {
        return (p.first == a && p.second == b) || (p.first == b && p.second == a);
    });
}

std::string lower_name(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

}  // namespace

std::string surname_key(std::string_view surname) {
    std::string key;
    for (size_t i = 0; i < surname.size(); ++i) {
        const auto c = static_cast<unsigned char>(surname[i]);
        if (c >= 'A' && c <= 'Z') key += static_cast<char>(c - 'A' + 'a');
        else if ((c >= 'a' && c <= 'z') || c >= 0xC3) key += static_cast<char>(c);
        else if (c == 0xE2) i += 2;  // ’ and other punctuation inside a surname
    }
    return key;
}

/// Two given names of one person: equal, an initial and a name ("R" / "Roger"), a short form
/// ("Jo" / "Joanne", "Sue" / "Susan").
bool same_name_or_initial(std::string_view a, std::string_view b) {
    if (a.empty() || b.empty()) return false;
    if (a.size() == 1 || b.size() == 1) return std::tolower(static_cast<unsigned char>(a[0])) == std::tolower(static_cast<unsigned char>(b[0]));
    const std::string x = lower_name(a), y = lower_name(b);
    if (x == y) return true;
    const std::string& shorter = x.size() < y.size() ? x : y;
    const std::string& longer = x.size() < y.size() ? y : x;
    return longer.starts_with(shorter) || known_short_form(x, y);
}

bool given_compatible(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    const size_t n = std::min(a.size(), b.size());
    for (size_t i = 0; i < n; ++i)
        if (!same_name_or_initial(a[i], b[i])) return false;
    return true;
}

}  // namespace quorum::facets::officer
