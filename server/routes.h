/** @file routes.h @brief Which handler answers which path, and what every handler shares. */
#pragma once

#include <optional>

#include "query/census_cache.h"
#include "server/http_types.h"
#include "server/index_handles.h"
#include "server/request_params.h"

namespace quorum::server {

/// What handlers share; safe to use from every worker thread.
struct ServerContext {
    IndexHandles& handles;
    ServeLimits limits;
    /// Censuses kept between requests (nullptr: off; `quorum serve --census-cache 0`).
    query::CensusCache* census_cache = nullptr;
};

/// Answers one request (any path). Errors become responses: JSON under /api/, HTML elsewhere.
Response route(const Request& request, ServerContext& context);

/// The error response for `request`'s kind of path.
Response error_response(const Request& request, int status, const std::string& message);

/// Headers every response carries (Content-Security-Policy and friends).
void add_security_headers(Response& response);

/// Handlers of the JSON API (api_routes.cpp): /api/search, /api/decisions, /api/mentions,
/// /api/meetings/ID, /api/facets/FIELD. nullopt: no such API path.
std::optional<Response> api_route(const Request& request, ServerContext& context);

/// Handlers of the HTML pages and files (page_routes.cpp). nullopt: no such page.
std::optional<Response> page_route(const Request& request, ServerContext& context);

/// The message of the 503 for a request whose work was stopped at its time limit in `step`.
std::string time_limit_message(const ServeLimits& limits, const std::string& step);

/// /export/{search,decisions,mentions}.{csv,json}: every match (up to limits.max_export_rows),
/// streamed (exports.cpp). nullopt: no such export.
std::optional<Response> export_route(const Request& request, ServerContext& context);

/// /feed/search.atom and /feed/decisions.atom: the newest matches of a search (atom_feed.cpp).
Response atom_feed(const Request& request, ServerContext& context, bool decisions);

/// A JSON response.
Response json_response(int status, const std::string& body);

}  // namespace quorum::server
