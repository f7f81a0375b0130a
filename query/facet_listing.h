/** @file facet_listing.h @brief Every value a facet holds, with the number of documents holding it: in the whole index, or within a query's matches (`quorum facets`). */
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

#include "query/deadline.h"
#include "query/query_builder.h"

namespace quorum::query {

/// The fields `quorum facets` lists: council, mentions, body, officer, topic, type, year, month.
std::vector<std::string> listable_facets();

/// One value of a facet.
struct FacetValueCount {
    std::string value;               ///< as documents show it ("Kent County Council", "county-lines", "2024")
    Xapian::doccount documents = 0;  ///< documents holding it
};

struct FacetListing {
    std::string field;                    ///< the schema field name ("body" for "committee")
    std::vector<FacetValueCount> values;  ///< most documents first, then by value
    Xapian::doccount documents = 0;       ///< documents counted: the index, or the query's matches
    std::vector<std::string> notes;       ///< filter values that matched nothing (ParsedQuery::notes)
};

/// Lists `field` (a query-language name: "council", "committee", "topic", ...). With an empty
/// `query` and no `filters`, counts are the index's own (term frequencies); otherwise they are
/// counted exactly over the matching documents. Throws QueryError for an unknown field or a bad
/// query, TimeLimitExceeded when `deadline` passes.
FacetListing list_facet_values(const Xapian::Database& db, std::string_view field, const std::string& query,
                               const Filters& filters, const Deadline& deadline = {});

}  // namespace quorum::query
