/** @file searcher.cpp @brief Enquire set-up, sort by date, the page of hits with each one's best item and snippet; totals and facets from a census. */
#include "query/searcher.h"

#include <algorithm>
#include <memory>

#include "query/item_match.h"
#include "schema/fields.h"
#include "schema/index_data_codec.h"
#include "schema/stored_record.h"

namespace quorum::query {
namespace {

namespace n = schema::names;

Xapian::valueno slot_of(std::string_view field) { return static_cast<Xapian::valueno>(schema::field(field).slot); }

// The index of the item a hit shows: the best match, else (a filter-only query) the first
// item, or for decisions the first item holding a resolution.
size_t shown_item(const nlohmann::json& data, const std::vector<ItemMatch>& matches, bool resolutions_only) {
    if (!matches.empty()) return matches.front().index;
    const auto items = data.find("items");
    if (resolutions_only && items != data.end() && items->is_array())
        for (size_t i = 0; i < items->size(); ++i)
            if ((*items)[i].is_object() && (*items)[i].value("resolved", false)) return i;
    return 0;
}

nlohmann::json hit_json(const nlohmann::json& d, size_t index) {
    nlohmann::json item = nlohmann::json::object();
    const auto items = d.find("items");
    if (items != d.end() && items->is_array() && index < items->size() && (*items)[index].is_object())
        item = (*items)[index];
    const nlohmann::json facets = schema::stored_facet_summary(d);
    return {{"id", d.value("id", "")},
            {"path", d.value("path", "")},
            {"format", d.value("format", "")},
            {"doc_title", d.value("title", "")},
            {"item", {{"number", item.value("number", "")}, {"title", item.value("title", "")}}},
            {"pages", item.value("pages", nlohmann::json::array())},
            {"date", facets["date"]},
            {"council", facets["council"]},
            {"body", facets["body"]},
            {"doc_type", facets["doc_type"]},
            {"officers", facets["officers"]},
            {"topics", item.value("topics", nlohmann::json::array())},
            {"resolution", schema::stored_item_resolution(d, index)}};
}

}  // namespace

SearchResults search(const Xapian::Database& db, const SearchRequest& request) {
    const QueryBuilder builder(db);
    const ParsedQuery parsed = builder.parse(request.query, request.filters);

    Xapian::Enquire enquire(db);
    enquire.set_query(parsed.query);
    switch (request.sort) {
        case SortOrder::Relevance: break;
        case SortOrder::DateAscending: enquire.set_sort_by_value_then_relevance(slot_of(n::kDate), false); break;
        case SortOrder::DateDescending: enquire.set_sort_by_value_then_relevance(slot_of(n::kDate), true); break;
    }

    // The page is ranked on its own, so Xapian can skip documents that cannot reach it (a phrase's
    // positions are read only for candidates that could). Facet counts and --count then come from a
    // census of the match set: exact when it is small or asked for, else from a sample.
    const Xapian::MSet mset = enquire.get_mset(static_cast<Xapian::doccount>(request.offset),
                                               static_cast<Xapian::doccount>(request.limit));
    const Xapian::doccount shown = mset.size();

    SearchResults out;
    out.parsed = parsed.description;
    out.total = mset.get_matches_estimated();
    out.total_is_exact = mset.get_matches_lower_bound() == mset.get_matches_upper_bound();
    out.suggestion = parsed.corrected;
    if (request.facets || (request.limit == 0 && !out.total_is_exact)) {
        const bool exact = request.exact_counts || request.limit == 0;
        MatchCensus census =
            take_census(db, parsed.query, mset.get_matches_upper_bound(), request.facets, exact, request.census_limits);
        out.facets = std::move(census.facets);
        out.facets_exact = census.exact;
        out.facets_sampled = census.sampled;
        if (census.exact || !out.total_is_exact) {
            out.total = std::clamp(census.total, mset.get_matches_lower_bound(), mset.get_matches_upper_bound());
            out.total_is_exact = census.exact;
        }
    }
    const Xapian::Stem stem("english");
    const bool resolutions = request.filters.resolutions_only;
    const schema::StoredDataCodec codec = schema::index_data_codec(db);
    for (Xapian::doccount rank = 0; rank < shown; ++rank) {
        const Xapian::MSetIterator it = mset[rank];
        const nlohmann::json data = schema::parse_stored(codec, it.get_document().get_data());
        const QueryWords words =
            query_words(parsed.query, enquire.get_matching_terms_begin(it), enquire.get_matching_terms_end(it));
        std::optional<std::vector<ItemMatch>> by_position;
        if (!resolutions) by_position = match_items_by_position(db, *it, data, words, stem);
        const std::vector<ItemMatch> matches = by_position ? std::move(*by_position) : match_items(data, words, stem, resolutions);
        const size_t index = shown_item(data, matches, resolutions);

        SearchHit hit;
        hit.item = hit_json(data, index);
        hit.percent = it.get_percent();
        hit.more_in_document = matches.empty() ? 0 : static_cast<Xapian::doccount>(matches.size() - 1);
        // Decisions show the resolution; everything else the item's text.
        const std::string text = resolutions ? hit.item.value("resolution", "")
                                             : std::string(schema::stored_item_text(data, index));
        // No SNIPPET_BACKGROUND_MODEL: it looks up the frequency of every word of the text, which
        // cost more than the rest of the snippet (bench/query_bench), for a choice between windows
        // that hold the same query words.
        hit.snippet = mset.snippet(text, 240, stem, Xapian::MSet::SNIPPET_EXHAUSTIVE,
                                   request.highlight_start, request.highlight_end, "…");
        for (char& c : hit.snippet)
            if (c == '\n' || c == '\r' || c == '\t') c = ' ';
        out.hits.push_back(std::move(hit));
    }
    return out;
}

}  // namespace quorum::query
