/** @file gazetteer.cpp @brief Parses schema/data/gazetteer.tsv, derives the usual short forms of each name and looks names up. */
#include "facets/gazetteer.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <stdexcept>

#include "schema/data_tables.h"

namespace quorum::facets {
namespace {

// How sure a name identifies its entry; a higher tier wins when two entries share a name.
enum class NameTier { BarePlace = 0, Derived = 1, Listed = 2 };

struct NameClaim {
    size_t entry = 0;
    NameTier tier = NameTier::BarePlace;
    bool shared = false;  ///< claimed by two entries at the same tier (derived forms only)
};

using ClaimMap = std::map<std::string, NameClaim>;

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// UTF-8 punctuation that lookup treats as a word break (dashes) or drops (quotes).
size_t utf8_punctuation(std::string_view s, size_t i, bool& is_break) {
    static constexpr std::string_view breaks[] = {"\u2013", "\u2014", "\u2010", "\u2011", "\u00a0"};
    static constexpr std::string_view drops[] = {"\u2018", "\u2019", "\u201c", "\u201d"};
    for (auto b : breaks)
        if (s.substr(i, b.size()) == b) return is_break = true, b.size();
    for (auto d : drops)
        if (s.substr(i, d.size()) == d) return is_break = false, d.size();
    return 0;
}

void append_word_break(std::string& out) {
    if (!out.empty() && out.back() != ' ') out += ' ';
}

std::string trim(std::string_view s) {
    const size_t a = s.find_first_not_of(" \t\r\n");
    if (a == std::string_view::npos) return {};
    const size_t b = s.find_last_not_of(" \t\r\n");
    return std::string(s.substr(a, b - a + 1));
}

std::vector<std::string> split(std::string_view s, char sep) {
    std::vector<std::string> parts;
    size_t start = 0;
    while (start <= s.size()) {
        const size_t end = std::min(s.find(sep, start), s.size());
        parts.push_back(std::string(s.substr(start, end - start)));
        start = end + 1;
    }
    return parts;
}

std::vector<std::string> split_list(std::string_view s) {
    std::vector<std::string> out;
    for (const auto& part : split(s, '|'))
        if (std::string t = trim(part); !t.empty()) out.push_back(std::move(t));
    return out;
}

bool is_council_kind(std::string_view kind) {
    static constexpr std::string_view kinds[] = {"county", "district", "unitary", "metropolitan", "london-borough",
                                                 "welsh", "scottish", "northern-ireland", "parish", "sample"};
    return std::find(std::begin(kinds), std::end(kinds), kind) != std::end(kinds);
}

std::string strip_place_prefix(std::string place) {
    for (std::string_view p : {"City and County of ", "City of ", "The "})
        if (starts_with(place, p)) return place.substr(p.size());
    return place;
}

struct DerivedNames {
    std::vector<std::string> short_forms;
    std::string bare_place;  ///< empty when the name has no recognisable place part
};

// "X <suffix>" designators and the short forms they imply; longest suffixes first.
struct SuffixRule {
    std::string_view suffix;
    std::vector<std::string_view> forms;  ///< each appended to the place: "X" + form
};

const std::vector<SuffixRule>& suffix_rules() {
    static const std::vector<SuffixRule> rules = {
        {" Metropolitan Borough Council", {" MBC", " Metropolitan Borough", " Council"}},
        {" Metropolitan District Council", {" MDC", " Council"}},
        {" City and District Council", {" Council", " City Council"}},
        {" County Borough Council", {" CBC", " Council"}},
        {" District Council", {" DC", " District", " Council"}},
        {" Borough Council", {" BC", " Borough", " Council"}},
        {" County Council", {" CC", " Council"}},
        {" City Council", {" CC", " Council", " City"}},
        {" Council", {}},
    };
    return rules;
}

// "<prefix> X" designators and the short forms they imply: {before, after} around the place.
struct PrefixRule {
    std::string_view prefix;
    std::vector<std::pair<std::string_view, std::string_view>> forms;
};

const std::vector<PrefixRule>& prefix_rules() {
    static const std::vector<PrefixRule> rules = {
        {"London Borough of ", {{"", " London Borough Council"}, {"", " LBC"}, {"LB ", ""}, {"LB of ", ""}, {"", " Council"}}},
        {"Royal Borough of ", {{"RB ", ""}, {"", " Council"}, {"Royal Borough of ", " Council"}}},
        {"Borough Council of ", {{"", " Borough Council"}, {"", " BC"}, {"", " Council"}}},
        {"Council of the ", {{"", " Council"}}},
        {"Borough of ", {{"", " Council"}}},
    };
    return rules;
}

DerivedNames derive_council_names(const std::string& canonical) {
    DerivedNames d;
    for (const auto& rule : prefix_rules()) {
        if (!starts_with(canonical, rule.prefix)) continue;
        const std::string place = canonical.substr(rule.prefix.size());
        for (const auto& [before, after] : rule.forms) d.short_forms.push_back(std::string(before) + place + std::string(after));
        d.bare_place = place;
        return d;
    }
    for (const auto& rule : suffix_rules()) {
        if (!ends_with(canonical, rule.suffix)) continue;
        const std::string written = canonical.substr(0, canonical.size() - rule.suffix.size());
        const std::string place = strip_place_prefix(written);
        for (auto form : rule.forms) d.short_forms.push_back(place + std::string(form));
        if (place != written) d.short_forms.push_back(place + " Council");  // "City of York Council" -> "York Council"
        d.bare_place = place;
        return d;
    }
    return d;
}

// "X Police" <-> "X Constabulary", whatever the kind (sample forces included).
std::vector<std::string> derive_force_names(const std::string& canonical) {
    if (ends_with(canonical, " Police") && canonical.find(' ') < canonical.size() - 7)
        return {canonical.substr(0, canonical.size() - 7) + " Constabulary"};
    if (ends_with(canonical, " Constabulary")) return {canonical.substr(0, canonical.size() - 13) + " Police"};
    return {};
}

DerivedNames derive_names(const GazetteerEntry& e) {
    DerivedNames d;
    if (is_council_kind(e.kind)) d = derive_council_names(e.canonical);
    for (auto& f : derive_force_names(e.canonical)) d.short_forms.push_back(std::move(f));
    return d;
}

[[noreturn]] void fail(size_t line, const std::string& what) {
    throw std::runtime_error("gazetteer line " + std::to_string(line) + ": " + what);
}

GazetteerEntry parse_row(std::string_view row, size_t line) {
    const std::vector<std::string> cols = split(row, '\t');
    if (cols.size() < 2 || cols.size() > 4)
        fail(line, "expected 2 to 4 TAB-separated columns (canonical, kind, aliases, members), found " +
                       std::to_string(cols.size()));
    GazetteerEntry e;
    e.canonical = trim(cols[0]);
    e.kind = trim(cols[1]);
    if (e.canonical.empty()) fail(line, "empty canonical name");
    if (e.kind.empty()) fail(line, "empty kind for \"" + e.canonical + "\"");
    if (cols.size() > 2) e.aliases = split_list(cols[2]);
    if (cols.size() > 3) e.members = split_list(cols[3]);
    return e;
}

void claim_listed(ClaimMap& claims, const std::string& name, size_t entry, size_t line) {
    const std::string key = normalise_name(name);
    if (key.empty()) fail(line, "name \"" + name + "\" has no letters or digits");
    auto [it, inserted] = claims.try_emplace(key, NameClaim{entry, NameTier::Listed, false});
    if (!inserted && it->second.entry != entry)
        fail(line, "\"" + name + "\" is already a name of another entry (listed names must be unique)");
}

// A derived name goes to the higher tier; two entries deriving it at the same tier share (and lose) it.
void claim_derived(ClaimMap& claims, const std::string& name, size_t entry, NameTier tier) {
    const std::string key = normalise_name(name);
    if (key.empty()) return;
    auto [it, inserted] = claims.try_emplace(key, NameClaim{entry, tier, false});
    if (inserted || it->second.entry == entry) return;
    if (it->second.tier < tier) it->second = NameClaim{entry, tier, false};
    else if (it->second.tier == tier) it->second.shared = true;
}

void check_members(const std::vector<GazetteerEntry>& entries, const ClaimMap& claims, const std::vector<size_t>& lines) {
    for (size_t i = 0; i < entries.size(); ++i)
        for (const auto& m : entries[i].members) {
            auto it = claims.find(normalise_name(m));
            if (it == claims.end() || it->second.tier != NameTier::Listed || entries[it->second.entry].canonical != m)
                fail(lines[i], "member \"" + m + "\" of \"" + entries[i].canonical + "\" is not a canonical name in the gazetteer");
        }
}

}  // namespace

std::string normalise_name(std::string_view name) {
    std::string out;
    out.reserve(name.size() + 8);
    for (size_t i = 0; i < name.size();) {
        const unsigned char c = static_cast<unsigned char>(name[i]);
        bool is_break = false;
        if (c >= 0x80) {
            if (size_t n = utf8_punctuation(name, i, is_break)) {
                if (is_break) append_word_break(out);
                i += n;
                continue;
            }
            out += static_cast<char>(c);  // other non-ASCII letters are kept as written
        } else if (std::isalnum(c)) {
            out += static_cast<char>(std::tolower(c));
        } else if (c == '&') {
            append_word_break(out);
            out += "and ";
        } else if (c != '\'' && c != '.') {
            append_word_break(out);  // "St." == "St", "King's" == "Kings", "Stoke-on-Trent" == "Stoke on Trent"
        }
        ++i;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

Gazetteer Gazetteer::parse(std::string_view tsv) {
    Gazetteer g;
    std::vector<size_t> lines;
    ClaimMap claims;
    size_t line = 0;
    for (const auto& raw : split(tsv, '\n')) {
        ++line;
        std::string_view row = raw;
        if (!row.empty() && row.back() == '\r') row.remove_suffix(1);
        if (trim(row).empty() || trim(row)[0] == '#') continue;
        g.entries_.push_back(parse_row(row, line));
        lines.push_back(line);
        const size_t id = g.entries_.size() - 1;
        claim_listed(claims, g.entries_[id].canonical, id, line);
        for (const auto& a : g.entries_[id].aliases) claim_listed(claims, a, id, line);
    }
    check_members(g.entries_, claims, lines);
    std::vector<DerivedNames> derived;
    for (size_t id = 0; id < g.entries_.size(); ++id) {
        derived.push_back(derive_names(g.entries_[id]));
        for (const auto& f : derived.back().short_forms) claim_derived(claims, f, id, NameTier::Derived);
        if (!derived.back().bare_place.empty()) claim_derived(claims, derived.back().bare_place, id, NameTier::BarePlace);
    }
    // Derived names that survived (unshared, not taken by a listed name) become aliases too.
    for (size_t id = 0; id < g.entries_.size(); ++id) {
        auto& aliases = g.entries_[id].aliases;
        std::vector<std::string> names = derived[id].short_forms;
        if (!derived[id].bare_place.empty()) names.push_back(derived[id].bare_place);
        for (const auto& n : names) {
            auto it = claims.find(normalise_name(n));
            if (it == claims.end() || it->second.entry != id || it->second.shared || it->second.tier == NameTier::Listed) continue;
            if (std::find(aliases.begin(), aliases.end(), n) == aliases.end()) aliases.push_back(n);
        }
    }
    for (const auto& [key, claim] : claims)
        if (!claim.shared) g.index_.emplace_back(key, claim.entry);
    return g;  // std::map iterates in key order, so index_ is sorted
}

const Gazetteer& Gazetteer::builtin() {
    static const Gazetteer gazetteer = parse(schema::gazetteer_tsv());
    return gazetteer;
}

const GazetteerEntry* Gazetteer::find(std::string_view name) const {
    const std::string key = normalise_name(name);
    if (key.empty()) return nullptr;
    auto it = std::lower_bound(index_.begin(), index_.end(), key,
                               [](const std::pair<std::string, size_t>& a, const std::string& k) { return a.first < k; });
    if (it == index_.end() || it->first != key) return nullptr;
    return &entries_[it->second];
}

}  // namespace quorum::facets
