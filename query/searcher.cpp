/** @file searcher.cpp @brief Enquire set-up, sort by date, the page of hits with each one's best item and snippet; totals and facets from a census. */
#include "query/searcher.h"

#include <algorithm>
#include <future>
#include <memory>
#include <optional>
#include <set>
#include <string>

#include "query/item_match.h"
#include "query/matching_terms.h"
#include "query/search_notes.h"
#include "query/shards/facet_spies.h"
#include "query/shards/page_fetch.h"
#include "query/snippet_window.h"
#include "query/stem_memo.h"
#include "query/stored_hit.h"
#include "query/vote_items.h"
#include "schema/fields.h"
#include "schema/index_data_codec.h"
#include "schema/stored_record.h"

namespace quorum::query {
namespace {

namespace n = schema::names;

// Highlight markers for Xapian's snippet: it escapes '<' in the text, so these are unambiguous.
constexpr const char* kXapianMatchOpen = "<b>";
constexpr const char* kXapianMatchClose = "</b>";

Xapian::valueno slot_of(std::string_view field) { return static_cast<Xapian::valueno>(schema::field(field).slot); }

// Equal weights are broken by the path as indexed, never by Xapian's document id: ids differ
// between one index and shards of the same files (a stub interleaves its shards' ids), and the
// same files must come back in the same order either way. Xapian 1.4's remote backend sorts by
// one value slot only (a KeyMaker throws UnimplementedError there), so a date sort goes by the
// date_order slot, which holds the date and then the path (schema::date_order_value): meetings
// on the same date come by path (newest first: in reverse path order).
Xapian::Enquire sorted_enquire(const Xapian::Database& db, const Xapian::Query& query, SortOrder sort) {
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    switch (sort) {
        case SortOrder::Relevance: enquire.set_sort_by_relevance_then_value(slot_of(n::kSourcePath), false); break;
        case SortOrder::DateAscending: enquire.set_sort_by_value(slot_of(n::kDateOrder), false); break;
        case SortOrder::DateDescending: enquire.set_sort_by_value(slot_of(n::kDateOrder), true); break;
    }
    return enquire;
}

// The oldest year ("YYYY") such that the years from it to the newest hold at least `wanted`
// matches by `year_counts`; nullopt when that takes every year.
std::optional<std::string> newest_years_holding(const std::map<std::string, Xapian::doccount>& year_counts,
                                                Xapian::doccount wanted) {
    Xapian::doccount held = 0;
    for (auto it = year_counts.rbegin(); it != year_counts.rend(); ++it) {
        held += it->second;
        if (held >= wanted) {
            if (std::next(it) == year_counts.rend()) return std::nullopt;
            return it->first;
        }
    }
    return std::nullopt;
}

// Starts the census of `query` on a second handle of the index at request.db_path, on its own
// thread. The query crosses over serialised: Xapian objects are not shared between threads. The
// result is nullopt when that handle reads another revision than `revision` (an indexer
// committed meanwhile); the caller then counts on its own handle.
std::future<std::optional<MatchCensus>> census_beside(const SearchRequest& request, Xapian::rev revision,
                                                      const Xapian::Query& query, Xapian::doccount bound,
                                                      const CensusCounts& counts) {
    return std::async(std::launch::async, [path = request.db_path, revision, serialised = query.serialise(), bound,
                                           exact = request.exact_counts, limits = request.census_limits,
                                           deadline = request.deadline, counts]() -> std::optional<MatchCensus> {
        const Xapian::Database own(path);
        if (own.get_revision() != revision) return std::nullopt;
        return take_census(own, Xapian::Query::unserialise(serialised), bound, true, exact, limits, deadline, counts);
    });
}

// The census of `query`, from request.census_cache when it holds one; `bound` gives the
// candidates' upper bound, asked for only when the census is taken.
template <typename Bound>
MatchCensus census_of(const Xapian::Database& db, const SearchRequest& request, const Xapian::Query& query, Bound bound,
                      bool with_facets, bool force_exact, const CensusCounts& counts) {
    std::optional<std::string> key;
    if (request.census_cache)
        key = CensusCache::key_for(db, query, with_facets, force_exact, request.census_limits, counts);
    if (key)
        if (std::optional<MatchCensus> kept = request.census_cache->find(*key)) return std::move(*kept);
    MatchCensus census = take_census(db, query, bound(), with_facets, force_exact, request.census_limits, request.deadline, counts);
    if (key) request.census_cache->insert(*key, census);
    return census;
}

}  // namespace

SearchResults search(const Xapian::Database& db, const SearchRequest& request) {
    const QueryBuilder builder(db);
    const ParsedQuery parsed = builder.parse(request.query, request.filters);

    Xapian::Enquire enquire = sorted_enquire(db, parsed.query, request.sort);
    const auto offset = static_cast<Xapian::doccount>(request.offset);
    const auto limit = static_cast<Xapian::doccount>(request.limit);
    // Over a remote shard the page is ranked from the first result, so that its documents can be
    // asked for at once (query/shards/page_fetch.h); the page is then the MSet from `skip` on.
    const bool remote = reads_remote_shard(db);
    const Xapian::doccount first = first_rank_to_rank(remote, offset, limit);
    const Xapian::doccount skip = offset - first;

    // The page is ranked on its own, so Xapian can skip documents that cannot reach it (a phrase's
    // positions are read only for candidates that could). Facet counts and --count come from a
    // census of the match set: exact when it is small or asked for, else from a sample.
    std::optional<MatchCensus> census;
    std::optional<Xapian::MSet> page;
    std::string from_year;
    CensusCounts counts = request.census_counts;
    const auto upper_bound = [&enquire] { return enquire.get_mset(0, 0).get_matches_upper_bound(); };
    if (request.sort == SortOrder::DateDescending && request.facets && limit > 0) {
        if (!counts.wants("year")) counts.facets.emplace_back("year");
        // Sorted by date Xapian must check every candidate to rank the page, so the census runs
        // first and its year counts narrow the page's query to the newest years that hold enough
        // matches. Every older match sorts after those, so when the narrowed query has at least
        // offset + limit matches its page is the page; otherwise the whole query runs.
        census = census_of(db, request, parsed.query, upper_bound, true, request.exact_counts, counts);
        if (const auto from = newest_years_holding(census->facets["year"], 2 * (offset + limit))) {
            const Xapian::Query recent(Xapian::Query::OP_FILTER, parsed.query,
                                       Xapian::Query(Xapian::Query::OP_VALUE_GE, slot_of(n::kDate), *from));
            Xapian::Enquire narrow = sorted_enquire(db, recent, request.sort);
            Xapian::MSet m = narrow.get_mset(first, skip + limit);
            if (m.get_matches_lower_bound() >= offset + limit) {
                enquire = narrow;
                page = std::move(m);
                from_year = *from;
            }
        }
    }
    // Facet counts for a relevance- or oldest-first page: on a second handle of the index when its
    // path is known, at the revision the caller's handle reads, in parallel with the page.
    std::future<std::optional<MatchCensus>> background;
    if (!census && request.facets && !request.db_path.empty() && !counts_on_shards(db)) {
        try {
            background = census_beside(request, db.get_revision(), parsed.query, upper_bound(), counts);
        } catch (const Xapian::UnimplementedError&) {
            // A query Xapian cannot serialise (none the query builder makes): counted on this thread below.
        }
    }
    if (!page) page = enquire.get_mset(first, skip + limit);
    request.deadline.check("ranking the page");
    const Xapian::MSet& mset = *page;
    const bool narrowed = !from_year.empty();

    SearchResults out;
    out.parsed = parsed.description;
    out.suggestion = parsed.corrected;
    out.notes = parsed.notes;
    out.undated_left_out = count_exactly(db, parsed.undated_left_out);
    out.page_from_year = from_year;
    if (!narrowed) {
        out.total = mset.get_matches_estimated();
        out.total_is_exact = mset.get_matches_lower_bound() == mset.get_matches_upper_bound();
    }
    // Every word of each hit's snippet window is stemmed (and the words of its items that may
    // match a query stem): a memo stems each distinct word of the page once.
    const Xapian::Stem stem = memo_stem("english");
    const bool resolutions = request.filters.resolutions_only;
    const schema::IndexDataCodecs codecs(db);
    // Over a remote shard every read is a round trip to its server, so the page reads there
    // only what it must: all its documents asked for at once (prefetch_documents), and each
    // hit's items matched on its stored text with the words of the whole query, instead of its
    // term list (Enquire::get_matching_terms) and positions, two or more round trips a hit. Both
    // ways pick the same item and snippet window (tests/item_match_test.cpp).
    std::optional<QueryWords> whole_query_words;
    if (remote) {
        prefetch_documents(mset, skip);
        whole_query_words = query_words(parsed.query, parsed.query.get_unique_terms_begin(), parsed.query.get_unique_terms_end());
    }
    const Xapian::doccount shown = mset.size() > skip ? mset.size() - skip : 0;
    // The index's words that stem to a query stem, found once for the page rather than in each
    // hit's term list (query/item_match.h).
    std::optional<std::vector<StemmedWord>> stemmed;
    if (!resolutions && !remote && shown > 0) {
        const std::set<std::string> stems = query_words(parsed.query, std::vector<std::string>{}).stems;
        if (!stems.empty()) stemmed = words_stemming_to(db, stems, stem);
    }
    // A hit shows the item holding the vote a vote filter names (query/vote_items.h), found from
    // its stored vote and the document's person forms.
    const std::vector<VoteFilter> votes = vote_filters(parsed.query);
    std::vector<std::string> stored(shown), forms(shown);
    for (Xapian::doccount k = 0; k < shown; ++k) {
        const Xapian::Document doc = mset[skip + k].get_document();
        stored[k] = doc.get_data();
        if (!votes.empty()) forms[k] = doc.get_value(slot_of(n::kPersonForms));
    }
    for (Xapian::doccount k = 0; k < shown; ++k) {
        request.deadline.check("the snippets");
        const Xapian::MSetIterator it = mset[skip + k];
        // Only what the hit reads is built from the stored record (query/stored_hit.h).
        const nlohmann::json data = schema::parse_stored(codecs.for_data(*it, stored[k]), stored[k], stored_hit_parts());
        const QueryWords words = whole_query_words ? *whole_query_words
                                                   : query_words(parsed.query, matching_terms(db, enquire, parsed.query, *it));
        std::optional<std::vector<ItemMatch>> by_position;
        if (!resolutions && !remote) by_position = match_items_by_position(db, *it, data, words, stem, stemmed ? &*stemmed : nullptr);
        const std::vector<ItemMatch> matches = by_position ? std::move(*by_position) : match_items(data, words, stem, resolutions);
        const std::vector<HeldVote> holding = votes.empty() ? std::vector<HeldVote>{} : items_holding_votes(data, votes, forms[k]);
        const ShownItem chosen = shown_item(data, matches, resolutions, holding);
        const size_t index = chosen.index;

        SearchHit hit;
        hit.item = stored_hit_json(data, index);
        hit.percent = it.get_percent();
        hit.more_in_document = static_cast<Xapian::doccount>(chosen.others);
        // Decisions show the resolution; everything else the item's text.
        std::string text;
        if (resolutions) {
            text = hit.item.value("resolution", "");
        } else {
            const std::vector<std::uint32_t> starts = schema::stored_item_positions(data);
            const auto match = std::find_if(matches.begin(), matches.end(), [&](const ItemMatch& m) { return m.index == index; });
            const Xapian::termpos first = match != matches.end() ? match->first_position : 0;
            text = snippet_window(schema::stored_item_text(data, index), hit.item["item"].value("title", ""),
                                  index < starts.size() ? starts[index] : 0, first);
        }
        // No SNIPPET_BACKGROUND_MODEL: it looks up the frequency of every word of the text, which
        // cost more than the rest of the snippet (bench/query_bench), for a choice between windows
        // that hold the same query words.
        // Xapian escapes the text as HTML; the markers it inserts are read back into ranges of the
        // plain text (query/snippet_text.h), so no output ever shows an entity.
        hit.snippet = snippet_from_xapian(
            mset.snippet(text, 240, stem, Xapian::MSet::SNIPPET_EXHAUSTIVE, kXapianMatchOpen, kXapianMatchClose, "…"),
            kXapianMatchOpen, kXapianMatchClose);
        out.hits.push_back(std::move(hit));
    }

    if (background.valid()) census = background.get();
    if (!census && (request.facets || (limit == 0 && !out.total_is_exact))) {
        census = census_of(db, request, parsed.query, [&mset] { return mset.get_matches_upper_bound(); }, request.facets,
                           request.exact_counts || limit == 0, counts);
    }
    if (census) {
        out.facets = std::move(census->facets);
        out.facets_exact = census->exact;
        out.facets_sampled = census->sampled;
        out.months = std::move(census->months);
        if (narrowed) {
            out.total = census->total;
            out.total_is_exact = census->exact;
        } else if (census->exact || !out.total_is_exact) {
            out.total = std::clamp(census->total, mset.get_matches_lower_bound(), mset.get_matches_upper_bound());
            out.total_is_exact = census->exact;
        }
    }
    return out;
}

}  // namespace quorum::query
