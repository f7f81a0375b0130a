/** @file searcher.h @brief Runs a faceted search: one result per meeting document showing its best-matching item, snippets, facet counts, spelling. */
#pragma once

#include <xapian.h>

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "query/census_cache.h"
#include "query/deadline.h"
#include "query/match_census.h"
#include "query/query_builder.h"
#include "query/snippet_text.h"

namespace quorum::query {

enum class SortOrder { Relevance, DateAscending, DateDescending };

struct SearchRequest {
    std::string query;
    Filters filters;
    size_t offset = 0;
    size_t limit = 10;
    SortOrder sort = SortOrder::Relevance;
    bool facets = true;
    /// Count every match for the total and the facets, however many there are. Otherwise large
    /// match sets are counted from a sample (query/match_census.h) and marked as estimates.
    bool exact_counts = false;
    CensusLimits census_limits;
    /// Which facets the census counts (every one by default), and whether the months too.
    CensusCounts census_counts;
    /// Census results kept from earlier requests at the same revision of the index (nullptr:
    /// none). Borrowed: it outlives the search.
    CensusCache* census_cache = nullptr;
    /// The index's path, when known: the census then runs on a second handle of it, on a thread
    /// of its own, while the page is ranked and shown (Xapian handles are not shared between
    /// threads). Empty: everything runs on the caller's thread.
    std::string db_path;
    /// When the work must stop (default: never): checked inside the census's match, between the
    /// steps and before each hit's snippet; search() then throws TimeLimitExceeded.
    Deadline deadline;
};

struct SearchHit {
    /// The result: {"id", "path", "format", "doc_title", "item": {"number", "title"}, "pages",
    /// "date", "council", "body", "doc_type", "officers", "topics", "resolution", "vote", "source_url",
    /// "ocr"}; item, pages, topics, resolution and vote are the shown item's (the one holding a filtered
    /// vote, else the best word match); "ocr" is null,
    /// or which of its pages were read by OCR and with what confidence (schema::stored_ocr_pages).
    nlohmann::json item;
    Snippet snippet;                 ///< plain text and where the matched words are in it
    Xapian::doccount more_in_document = 0;  ///< other items of the document holding query words (with a vote
                                            ///< filter: holding the filtered vote, and the words if the item shown does)
    int percent = 0;
};

struct SearchResults {
    std::string parsed;              ///< Xapian's description of the user's query
    Xapian::doccount total = 0;      ///< documents matching (estimate unless total_is_exact)
    bool total_is_exact = false;
    std::vector<SearchHit> hits;
    FacetCounts facets;              ///< facet -> value -> documents
    bool facets_exact = true;        ///< false: counts estimated from a sample of the index
    double facets_sampled = 1.0;     ///< share of the index's documents the counts were read from
    std::map<std::string, Xapian::doccount> months;  ///< "YYYYMM" -> documents, when census_counts.months
    std::string suggestion;          ///< corrected query, or ""
    std::vector<std::string> notes;  ///< filter values that matched nothing (ParsedQuery::notes)
    Xapian::doccount undated_left_out = 0;  ///< matches --from/--to leave out for having no date
    /// Newest-first pages: the year the page was looked for from (the census's year counts said
    /// the years since hold enough matches), or "" when the whole match set was ranked.
    std::string page_from_year;
};

/// Runs `request` on `db`. Throws QueryError for malformed queries, TimeLimitExceeded when
/// request.deadline passes.
SearchResults search(const Xapian::Database& db, const SearchRequest& request);

}  // namespace quorum::query
