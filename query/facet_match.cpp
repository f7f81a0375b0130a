/** @file facet_match.cpp @brief Facet values matched by words, known other names (gazetteer, taxonomy), then whole-word runs; edit distance for the closest values. */
#include "query/facet_match.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "query/person_match.h"
#include "query/query_error.h"
#include "schema/data_tables.h"
#include "schema/fields.h"
#include "schema/person_forms.h"

namespace quorum::query {
namespace {

namespace n = schema::names;

using Words = std::vector<std::string>;

std::string joined(const Words& words) {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
    return out;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
    std::vector<std::string_view> out;
    size_t start = 0;
    for (size_t at = s.find(sep); at != std::string_view::npos; at = s.find(sep, start)) {
        out.push_back(s.substr(start, at - start));
        start = at + 1;
    }
    out.push_back(s.substr(start));
    return out;
}

// Other names -> the canonical values they stand for, keyed by joined words.
using AliasTable = std::multimap<std::string, std::string>;

// Rows of a shipped TSV table, comment and blank lines skipped.
std::vector<std::vector<std::string_view>> tsv_rows(std::string_view tsv) {
    std::vector<std::vector<std::string_view>> rows;
    for (auto line : split(tsv, '\n')) {
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty() || line.front() == '#') continue;
        rows.push_back(split(line, '\t'));
    }
    return rows;
}

void add_aliases(AliasTable& table, std::string_view canonical, std::string_view names) {
    if (names.empty()) return;
    for (auto name : split(names, '|'))
        if (!name.empty()) table.emplace(joined(facet_match_words(name)), std::string(canonical));
}

// Gazetteer: column 3 holds a council's other names and abbreviations ("KCC").
const AliasTable& council_aliases() {
    static const AliasTable table = [] {
        AliasTable t;
        for (const auto& row : tsv_rows(schema::gazetteer_tsv()))
            if (row.size() >= 3) add_aliases(t, row[0], row[2]);
        return t;
    }();
    return table;
}

// Taxonomy: a topic's label (column 2) and abbreviations (column 4) stand for its slug.
const AliasTable& topic_aliases() {
    static const AliasTable table = [] {
        AliasTable t;
        for (const auto& row : tsv_rows(schema::taxonomy_tsv())) {
            if (row.size() >= 2) add_aliases(t, row[0], row[1]);
            if (row.size() >= 4) add_aliases(t, row[0], row[3]);
        }
        return t;
    }();
    return table;
}

const AliasTable* aliases_for(std::string_view field) {
    if (field == n::kCouncil || field == n::kMentions) return &council_aliases();
    if (field == n::kTopic) return &topic_aliases();
    return nullptr;
}

bool holds_run(const Words& value, const Words& run) {
    if (run.empty() || run.size() > value.size()) return false;
    return std::search(value.begin(), value.end(), run.begin(), run.end()) != value.end();
}

size_t edit_distance(const std::string& a, const std::string& b) {
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            const size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// How far `wanted` is from `value`: the least edit distance to any run of as many of its words.
size_t distance(const Words& wanted, const Words& value) {
    const std::string target = joined(wanted);
    if (value.size() <= wanted.size()) return edit_distance(target, joined(value));
    size_t best = std::string::npos;
    for (size_t i = 0; i + wanted.size() <= value.size(); ++i)
        best = std::min(best, edit_distance(target, joined(Words(value.begin() + static_cast<std::ptrdiff_t>(i),
                                                                      value.begin() + static_cast<std::ptrdiff_t>(i + wanted.size())))));
    return best;
}

struct IndexedValue {
    std::string term;
    Words words;
};

}  // namespace

std::vector<std::string> facet_match_words(std::string_view value) {
    Words words;
    std::string word;
    auto flush = [&] {
        if (!word.empty() && word != "and") words.push_back(word);
        word.clear();
    };
    for (size_t i = 0; i < value.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(value[i]);
        if (c == '\'') continue;
        if (value.substr(i, 3) == "\u2019" || value.substr(i, 3) == "\u2018") {  // typographic apostrophes
            i += 2;
            continue;
        }
        if (std::isalnum(c) || c >= 0x80)
            word += static_cast<char>(std::tolower(c));
        else
            flush();
    }
    flush();
    return words;
}

FacetMatch match_facet_value(const Xapian::Database& db, std::string_view field, std::string_view value) {
    const Words wanted = facet_match_words(value);
    if (wanted.empty()) throw QueryError(std::string(field) + " filter \"" + std::string(value) + "\" has no word to match", 0);
    const std::string prefix(schema::field(field).prefix);
    const std::string all = schema::make_term(prefix, "");
    std::vector<IndexedValue> indexed;
    for (auto t = db.allterms_begin(all); t != db.allterms_end(all); ++t)
        indexed.push_back({*t, facet_match_words(std::string_view(*t).substr(all.size()))});

    FacetMatch out;
    auto collect = [&](auto&& matches) {
        for (const auto& v : indexed)
            if (matches(v.words)) out.terms.push_back(v.term);
        return !out.terms.empty();
    };
    if (collect([&](const Words& w) { return w == wanted; })) return out;
    if (const AliasTable* aliases = aliases_for(field)) {
        std::vector<Words> canonical;
        const auto [first, last] = aliases->equal_range(joined(wanted));
        for (auto it = first; it != last; ++it) canonical.push_back(facet_match_words(it->second));
        if (collect([&](const Words& w) { return std::find(canonical.begin(), canonical.end(), w) != canonical.end(); }))
            return out;
    }
    if (is_person_field(field)) {
        // Names: titles ignored, a surname alone or with initials ("Mr Gough", "R W Gough").
        const Words name = person_name_words(wanted);
        if (!name.empty() && collect([&](const Words& w) { return person_name_matches(name, person_name_words(w)); }))
            return out;
    }
    collect([&](const Words& w) { return holds_run(w, wanted); });
    if (out.terms.size() > kMaxFacetValues)
        throw QueryError(std::string(field) + " \"" + std::string(value) + "\" matches " + std::to_string(out.terms.size()) +
                             " values (limit " + std::to_string(kMaxFacetValues) + "); give more of the name",
                         0);
    if (!out.terms.empty()) return out;

    // Nothing: the nearest values, no further than about half the value's letters.
    const size_t within = std::max<size_t>(2, joined(wanted).size() / 2);
    std::vector<std::pair<size_t, const IndexedValue*>> near;
    for (const auto& v : indexed)
        if (const size_t d = distance(wanted, v.words); d <= within) near.emplace_back(d, &v);
    std::stable_sort(near.begin(), near.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (size_t k = 0; k < near.size() && k < 3; ++k) out.closest.push_back(facet_display_value(db, field, near[k].second->term));
    return out;
}

std::string facet_display_value(const Xapian::Database& db, std::string_view field, const std::string& term) {
    const schema::Field& f = schema::field(field);
    const std::string value = term.substr(schema::make_term(f.prefix, "").size());
    const bool people_without_slot = f.slot < 0 && is_person_field(field);
    if (f.slot < 0 && !people_without_slot) return value;
    const auto posting = db.postlist_begin(term);
    if (posting == db.postlist_end(term)) return value;
    const Xapian::Document doc = db.get_document(*posting);
    if (people_without_slot) {
        // Movers and voters: the identity (or name as written) of a person form the term is for.
        const auto forms = schema::decode_person_forms(doc.get_value(static_cast<Xapian::valueno>(schema::field(n::kPersonForms).slot)));
        for (const auto& form : forms)
            if (schema::facet_term_value(form.identity) == value) return form.identity;
        for (const auto& form : forms)
            if (schema::facet_term_value(form.written) == value) return form.written;
        return value;
    }
    const std::string stored = doc.get_value(static_cast<Xapian::valueno>(f.slot));
    for (auto shown : split(stored, '\n'))
        if (schema::facet_term_value(shown) == value) return std::string(shown);
    return value;
}

std::string no_match_note(std::string_view field, std::string_view value, const FacetMatch& match) {
    std::string note = std::string(field) + " \"" + std::string(value) + "\" matches no value in the index";
    if (!match.closest.empty()) {
        note += "; closest: ";
        for (size_t k = 0; k < match.closest.size(); ++k) note += (k ? ", " : "") + match.closest[k];
    }
    return note + " ('quorum facets " + std::string(field) + "' lists them all)";
}

}  // namespace quorum::query
