/** @file match_census.h @brief Counts a query's matches and their facet values: exactly for small match sets, from a repeatable sample for large ones. */
#pragma once

#include <xapian.h>

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "query/deadline.h"

namespace quorum::query {

/// Facet name ("council", "body", "year", "topic", "officer", "type") -> value -> documents.
using FacetCounts = std::map<std::string, std::map<std::string, Xapian::doccount>>;

/// When a count stops being exact. Counting every match costs time in proportion to the
/// candidates Xapian must check: a phrase's candidates are the documents holding all its words,
/// and each needs its word positions read. Past `exact_up_to` candidates the census reads a
/// sample of documents instead (the documents' sampling-level terms, schema/sample_level.h; an
/// index built before them: query/docid_sample.h, or on shards every match), sized for about `sample_candidates`
/// candidates, and makes it denser while it holds fewer than `min_sample_matches` matches and
/// the candidates read stay within `max_candidates`.
struct CensusLimits {
    Xapian::doccount exact_up_to = 2000;
    Xapian::doccount sample_candidates = 1000;
    Xapian::doccount min_sample_matches = 100;
    Xapian::doccount max_candidates = 4000;

    bool operator==(const CensusLimits&) const = default;
};

/// Which counts a census takes besides the total: the facets named in `facets` (every facet when
/// empty), and with `months` the matches per month ("YYYYMM", from the date slot, read in the
/// same pass as the years), which the server's timeline draws.
struct CensusCounts {
    std::vector<std::string> facets;
    bool months = false;

    bool wants(std::string_view facet) const;
    bool operator==(const CensusCounts&) const = default;
};

struct MatchCensus {
    Xapian::doccount total = 0;  ///< matching documents: exact, or estimated from the sample
    bool exact = true;           ///< total and facet counts are exact
    double sampled = 1.0;        ///< share of the index's documents read (1 when exact)
    Xapian::doccount sample_matches = 0;  ///< matches found in the sample (all matches when exact)
    FacetCounts facets;          ///< counts, scaled up from the sample when not exact
    std::map<std::string, Xapian::doccount> months;  ///< "YYYYMM" -> documents, when asked for (CensusCounts)
};

/// Counts `query`'s matches on `db`, with facet counts when `with_facets`. `candidates_bound`
/// is an upper bound on the documents the query could match (Xapian's
/// MSet::get_matches_upper_bound() of any run of it); `force_exact` counts every match
/// whatever it costs. `counts` says which facets (and whether months) to count. Throws
/// TimeLimitExceeded when `deadline` passes (checked inside the match and between facets).
MatchCensus take_census(const Xapian::Database& db, const Xapian::Query& query, Xapian::doccount candidates_bound,
                        bool with_facets, bool force_exact, const CensusLimits& limits = {},
                        const Deadline& deadline = {}, const CensusCounts& counts = {});

/// Counts the facets of `docids` (ascending) that `counts` names into `census`, each count
/// multiplied by `scale`.
void add_facet_counts(const Xapian::Database& db, const std::vector<Xapian::docid>& docids, Xapian::doccount scale,
                      MatchCensus& census, const Deadline& deadline = {}, const CensusCounts& counts = {});

}  // namespace quorum::query
