/** @file searcher.cpp @brief Enquire set-up: collapse on the parent document, sort by date, facet spies, snippets. */
#include "query/searcher.h"

#include <memory>

#include "query/facet_spy.h"
#include "schema/fields.h"

namespace quorum::query {
namespace {

namespace n = schema::names;

Xapian::valueno slot_of(std::string_view field) { return static_cast<Xapian::valueno>(schema::field(field).slot); }

}  // namespace

SearchResults search(const Xapian::Database& db, const SearchRequest& request) {
    const QueryBuilder builder(db);
    const ParsedQuery parsed = builder.parse(request.query, request.filters);

    Xapian::Enquire enquire(db);
    enquire.set_query(parsed.query);
    if (request.collapse) enquire.set_collapse_key(slot_of(n::kParent));
    switch (request.sort) {
        case SortOrder::Relevance: break;
        case SortOrder::DateAscending: enquire.set_sort_by_value_then_relevance(slot_of(n::kDate), false); break;
        case SortOrder::DateDescending: enquire.set_sort_by_value_then_relevance(slot_of(n::kDate), true); break;
    }

    struct NamedSpy {
        const char* name;
        std::unique_ptr<FacetSpy> spy;
    };
    std::vector<NamedSpy> spies;
    if (request.facets) {
        spies.push_back({"council", std::make_unique<FacetSpy>(slot_of(n::kCouncil))});
        spies.push_back({"body", std::make_unique<FacetSpy>(slot_of(n::kCommittee))});
        spies.push_back({"year", std::make_unique<FacetSpy>(slot_of(n::kDate), 4)});
        spies.push_back({"topic", std::make_unique<FacetSpy>(slot_of(n::kTopic))});
        spies.push_back({"officer", std::make_unique<FacetSpy>(slot_of(n::kOfficer))});
        spies.push_back({"type", std::make_unique<FacetSpy>(slot_of(n::kDocType))});
        for (auto& s : spies) enquire.add_matchspy(s.spy.get());
    }
    // Facet counts and --count must cover the whole match set, so check every candidate.
    const Xapian::doccount check_at_least = (request.facets || request.limit == 0) ? db.get_doccount() : 0;
    Xapian::MSet mset = enquire.get_mset(static_cast<Xapian::doccount>(request.offset),
                                         static_cast<Xapian::doccount>(request.limit), check_at_least);

    SearchResults out;
    out.parsed = parsed.description;
    out.total = mset.get_matches_estimated();
    out.total_is_exact = mset.get_matches_lower_bound() == mset.get_matches_upper_bound();
    out.suggestion = parsed.corrected;
    const Xapian::Stem stem("english");
    for (auto it = mset.begin(); it != mset.end(); ++it) {
        SearchHit hit;
        hit.item = nlohmann::json::parse(it.get_document().get_data(), nullptr, false);
        if (hit.item.is_discarded()) hit.item = nlohmann::json::object();
        hit.percent = it.get_percent();
        hit.more_in_document = request.collapse ? it.get_collapse_count() : 0;
        // Decisions show the resolution; everything else the item's text.
        const std::string text = hit.item.value(request.filters.resolutions_only ? "resolution" : "text", "");
        hit.snippet = mset.snippet(text, 240, stem,
                                   Xapian::MSet::SNIPPET_BACKGROUND_MODEL | Xapian::MSet::SNIPPET_EXHAUSTIVE,
                                   request.highlight_start, request.highlight_end, "…");
        for (char& c : hit.snippet)
            if (c == '\n' || c == '\r' || c == '\t') c = ' ';
        out.hits.push_back(std::move(hit));
    }
    for (const auto& s : spies) {
        auto& counts = out.facets[s.name];
        for (const auto& [value, count] : s.spy->counts()) counts[value] = count;
    }
    return out;
}

}  // namespace quorum::query
