/** @file facet_spies.h @brief Facet counts computed where the documents are: Xapian's own ValueCountMatchSpy, which a remote shard's server runs itself. */
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

#include "query/match_census.h"

namespace quorum::query {

/// Whether `db` must have its matches counted by Xapian's stock match spies rather than by
/// reading value streams and sampling by document id: true for a database of several shards
/// (a stub) or a remote one. Over a remote shard a value stream fetches every document
/// (about 145 times slower than locally), and xapian-tcpsrv knows none of Quorum's own
/// classes (the sample's PostingSource would throw Xapian::UnimplementedError); a
/// ValueCountMatchSpy runs on the server and sends back only its counts.
bool counts_on_shards(const Xapian::Database& db);

/// Whether any shard of `db` is remote (xapian-tcpsrv or xapian-progsrv): every read of a
/// document's term list or positions is then a round trip to its server.
bool reads_remote_shard(const Xapian::Database& db);

/// One facet the census counts: its name in FacetCounts, its value slot, and how many leading
/// bytes of a value count (0: all; 4 turns YYYYMMDD into a year).
struct CensusFacet {
    std::string name;
    Xapian::valueno slot;
    size_t prefix_length;
};

/// Counts every match of `query` on `db`, and with `with_facets` each facet in `facets`, with
/// ValueCountMatchSpy: always exact. A slot holding several values joined by '\n' is counted
/// once per distinct value, as the value-stream census counts it.
///
/// With a `deadline`, each shard's server stops counting when it passes (Deadline::limit), and a
/// count cut short throws TimeLimitExceeded ("the facet counts") rather than passing for exact.
/// With `months_from` the name of the date facet, its spy's values also give the census's months
/// (MatchCensus::months).
MatchCensus census_by_spies(const Xapian::Database& db, const Xapian::Query& query, bool with_facets,
                            const std::vector<CensusFacet>& facets, const Deadline& deadline = {},
                            const std::string& months_from = "");

}  // namespace quorum::query
