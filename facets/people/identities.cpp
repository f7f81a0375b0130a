/** @file identities.cpp @brief person_identities(): the written forms of a name that are one person within a council, merged across documents. */
#include "facets/people/identities.h"

#include <algorithm>
#include <set>
#include <tuple>
#include <unordered_map>

#include "facets/people/name_compat.h"

namespace quorum::facets {
namespace {

struct WrittenName {
    std::string value;
    std::vector<std::string> given;
    std::string surname_key;
    std::set<size_t> documents;  ///< indices of the council's documents that name it
    bool pinned = false;         ///< a name the user's people file gives
};

struct Identity {
    std::string name;                              ///< shown by
    std::vector<const WrittenName*> forms;
    std::set<size_t> documents;
    bool pinned = false;
};

WrittenName parse(const std::string& value) {
    WrittenName w;
    w.value = value;
    std::vector<std::string> words;
    size_t i = 0;
    while (i < value.size()) {
        while (i < value.size() && (value[i] == ' ' || value[i] == '.')) ++i;
        size_t j = i;
        while (j < value.size() && value[j] != ' ' && value[j] != '.') ++j;
        if (j > i) words.push_back(value.substr(i, j - i));
        i = j;
    }
    if (words.empty()) return w;
    w.surname_key = officer::surname_key(words.back());
    words.pop_back();
    w.given = std::move(words);
    return w;
}

/// Spelled-out given names, then all given names, then the length: how complete a form is.
std::tuple<size_t, size_t, size_t> completeness(const WrittenName& w) {
    size_t spelled = 0;
    for (const auto& g : w.given) spelled += g.size() > 1;
    return {spelled, w.given.size(), w.value.size()};
}

bool disjoint(const std::set<size_t>& a, const std::set<size_t>& b) {
    auto x = a.begin(), y = b.begin();
    while (x != a.end() && y != b.end()) {
        if (*x == *y) return false;
        *x < *y ? ++x : ++y;
    }
    return true;
}

bool fits(const Identity& identity, const WrittenName& w) {
    if (identity.pinned && w.pinned) return false;
    if (!disjoint(identity.documents, w.documents)) return false;  // one meeting, two people
    return std::all_of(identity.forms.begin(), identity.forms.end(), [&](const WrittenName* f) {
        return officer::given_compatible(f->given, w.given);
    });
}

IdentityMap council_identities(std::vector<WrittenName>& names) {
    // Most complete first (the people file's names before all), so each identity starts from the
    // form it is shown by and shorter forms are checked against every form already in it.
    std::sort(names.begin(), names.end(), [](const WrittenName& a, const WrittenName& b) {
        if (a.pinned != b.pinned) return a.pinned;
        const auto ca = completeness(a), cb = completeness(b);
        return ca != cb ? ca > cb : a.value < b.value;
    });
    std::unordered_map<std::string, std::vector<Identity>> by_surname;
    IdentityMap out;
    for (const WrittenName& w : names) {
        if (w.surname_key.empty()) {
            out[w.value] = w.value;
            continue;
        }
        std::vector<Identity>& identities = by_surname[w.surname_key];
        Identity* only = nullptr;
        size_t fitting = 0;
        for (Identity& identity : identities)
            if (fits(identity, w)) {
                only = &identity;
                ++fitting;
            }
        if (fitting != 1) {
            identities.push_back({w.value, {}, {}, w.pinned});
            only = &identities.back();
        }
        only->forms.push_back(&w);
        only->documents.insert(w.documents.begin(), w.documents.end());
    }
    for (const auto& [key, identities] : by_surname)
        for (const Identity& identity : identities)
            for (const WrittenName* form : identity.forms) out[form->value] = identity.name;
    return out;
}

}  // namespace

std::map<std::string, IdentityMap> person_identities(const std::vector<DocumentNames>& documents,
                                                     const std::function<bool(const std::string&)>& given_by_user) {
    // council -> written name -> its parsed form (with the documents naming it)
    std::map<std::string, std::map<std::string, WrittenName>> by_council;
    std::map<std::string, IdentityMap> out;
    for (size_t d = 0; d < documents.size(); ++d) {
        const DocumentNames& doc = documents[d];
        if (doc.council.empty()) {
            for (const auto& n : doc.names) out[""][n] = n;  // no council: each document alone
            continue;
        }
        auto& names = by_council[doc.council];
        for (const auto& n : doc.names) {
            if (n.empty()) continue;
            auto [it, fresh] = names.try_emplace(n);
            if (fresh) {
                it->second = parse(n);
                it->second.pinned = given_by_user && given_by_user(n);
            }
            it->second.documents.insert(d);
        }
    }
    for (auto& [council, names] : by_council) {
        std::vector<WrittenName> list;
        list.reserve(names.size());
        for (auto& [value, w] : names) list.push_back(std::move(w));
        out[council] = council_identities(list);
    }
    return out;
}

}  // namespace quorum::facets
