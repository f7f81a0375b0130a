/** @file people_file.cpp @brief Reading the user's people file and renaming the person facet's values with it. */
#include "facets/people/people_file.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "schema/fields.h"

namespace quorum::facets {
namespace {

std::string trimmed(std::string_view s) {
    const size_t a = s.find_first_not_of(" \t\r");
    if (a == std::string_view::npos) return "";
    const size_t b = s.find_last_not_of(" \t\r");
    return std::string(s.substr(a, b - a + 1));
}

int role_rank(std::string_view role) {
    static constexpr std::string_view order[] = {"chair",  "officer",   "member", "attending",
                                                 "public", "apologies", "absent"};
    const auto it = std::find(std::begin(order), std::end(order), role);
    return static_cast<int>(it - std::begin(order));
}

}  // namespace

PeopleFile PeopleFile::parse(std::string_view text, const std::string& path) {
    PeopleFile out;
    std::istringstream in{std::string(text)};
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        const std::string row = trimmed(line);
        if (row.empty() || row.front() == '#') continue;
        const size_t tab = row.find('\t');
        const std::string variant = tab == std::string::npos ? "" : trimmed(row.substr(0, tab));
        const std::string name = tab == std::string::npos ? "" : trimmed(row.substr(tab + 1));
        if (variant.empty() || name.empty() || name.find('\t') != std::string::npos)
            throw std::runtime_error(path + ":" + std::to_string(number) +
                                     ": expected two tab-separated fields, a variant and the name it stands for");
        if (number == 1 && variant == "variant" && name == "name") continue;
        const std::string key = schema::facet_term_value(variant);
        if (key.empty())
            throw std::runtime_error(path + ":" + std::to_string(number) + ": variant \"" + variant + "\" has no letters");
        const auto [it, added] = out.names_.emplace(key, name);
        if (!added && it->second != name)
            throw std::runtime_error(path + ":" + std::to_string(number) + ": \"" + variant + "\" is already given as \"" +
                                     it->second + "\"");
    }
    return out;
}

PeopleFile PeopleFile::load(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot read people file " + path);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return parse(buffer.str(), path);
}

std::string PeopleFile::name_for(const std::string& value) const {
    const auto it = names_.find(schema::facet_term_value(value));
    return it == names_.end() ? value : it->second;
}

bool PeopleFile::gives(const std::string& name) const {
    const std::string key = schema::facet_term_value(name);
    return std::any_of(names_.begin(), names_.end(),
                       [&](const auto& entry) { return schema::facet_term_value(entry.second) == key; });
}

void PeopleFile::apply(std::vector<FacetValue>& people) const {
    if (names_.empty()) return;
    std::vector<FacetValue> out;
    for (FacetValue& p : people) {
        p.value = name_for(p.value);
        const auto same = std::find_if(out.begin(), out.end(), [&](const FacetValue& o) { return o.value == p.value; });
        if (same == out.end()) {
            out.push_back(std::move(p));
        } else if (role_rank(p.role) < role_rank(same->role)) {
            same->role = p.role;
        }
    }
    people = std::move(out);
}

void PeopleFile::apply(std::vector<std::string>& names) const {
    if (names_.empty()) return;
    std::vector<std::string> out;
    for (auto& n : names) {
        std::string name = name_for(n);
        if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(std::move(name));
    }
    names = std::move(out);
}

}  // namespace quorum::facets
