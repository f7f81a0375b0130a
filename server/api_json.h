/** @file api_json.h @brief The JSON the API returns, one function per result kind, in the shapes of the CLI's `--format json`. */
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "query/mentions.h"
#include "query/searcher.h"

namespace quorum::server {

// These build the same shapes as `quorum search|decisions|mentions|show --format json`
// (docs/api.md). They are kept behind this small interface so that one serialiser can later
// serve both the CLI and the server.

/// One search or decisions result: {"path", "item", "title", "date", "council", "body",
/// "officers", "topics", "pages", "snippet", "more_in_document", "resolution"}, plus "id" (the
/// meeting's id for /api/meetings/ID). The snippet marks matches with <b>...</b> as the CLI does.
nlohmann::json search_hit_json(const query::SearchHit& hit);

/// A whole search or decisions answer: {"query", "parsed", "total", "total_is_exact",
/// "results", "facets", "facets_exact", "facets_sampled", "suggestion"}, plus "page" and "size".
nlohmann::json search_json(const query::SearchRequest& request, const query::SearchResults& results);

/// One mention: {"path", "date", "council", "body", "item", "title", "in_title", "page",
/// "before", "match", "after"}, plus "id".
nlohmann::json mention_json(const query::Mention& mention);

/// {"phrase", "parsed", "total", "documents", "by", "counts", "mentions"}.
nlohmann::json mentions_json(const std::string& phrase, const std::string& by, const query::MentionsResult& result);

/// A meeting as `quorum show --format json` prints it, plus "id" and each item's "resolution".
nlohmann::json meeting_json(const nlohmann::json& stored);

/// One facet's counts for a query: {"field", "query", "total", "total_is_exact", "exact",
/// "sampled", "values": [{"value", "count"}]} with the largest counts first.
nlohmann::json facet_json(const std::string& field, const query::SearchRequest& request,
                          const query::SearchResults& results);

/// {"error": message, "status": status}.
nlohmann::json error_json(int status, const std::string& message);

/// JSON text: indented, and a string that is not UTF-8 (a file name's bytes) shows U+FFFD for
/// its bad bytes instead of failing.
std::string json_text(const nlohmann::json& j);

}  // namespace quorum::server
