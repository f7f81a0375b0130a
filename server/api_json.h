/** @file api_json.h @brief The JSON the API returns, one function per result kind, in the shapes of the CLI's `--format json`. */
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "query/mentions.h"
#include "query/searcher.h"

namespace quorum::server {

// These give the same shapes as `quorum search|decisions|mentions|show --format json`
// (docs/api.md, docs/usage.md "Exports"): results and mentions come from the CLI's own
// serialiser, query/result_serialiser.h.

/// One search or decisions result, as query::search_hit_json (snippets marked [[...]], with
/// "snippet_text" and "snippet_matches"); its "id" is the meeting's id for /api/meetings/ID.
nlohmann::json search_hit_json(const query::SearchHit& hit);

/// A whole search or decisions answer: query::search_summary_json with "results", plus "page",
/// "size" and "sort".
nlohmann::json search_json(const query::SearchRequest& request, const query::SearchResults& results);

/// One mention, as query::mention_json, plus "id".
nlohmann::json mention_json(const query::Mention& mention);

/// query::mentions_summary_json with "mentions".
nlohmann::json mentions_json(const std::string& phrase, const std::string& by, const query::MentionsResult& result);

/// A meeting as `quorum show --format json` prints it, plus "id" and each item's "resolution".
nlohmann::json meeting_json(const nlohmann::json& stored);

/// Marks an answer partial as the CLI's --format json does: "partial": true and
/// "missing_shards": [names], when `missing` names shards of a stub that did not answer.
void mark_partial(nlohmann::json& answer, const std::vector<std::string>& missing);

/// {"error": message, "status": status}.
nlohmann::json error_json(int status, const std::string& message);

/// JSON text: indented, and a string that is not UTF-8 (a file name's bytes) shows U+FFFD for
/// its bad bytes instead of failing.
std::string json_text(const nlohmann::json& j);

}  // namespace quorum::server
