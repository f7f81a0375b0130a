/** @file api_routes.cpp @brief The JSON API: /api/search, /api/decisions, /api/mentions, /api/meetings/ID, /api/facets/FIELD, /api/status. */
#include <algorithm>

#include "query/facet_listing.h"
#include "query/result_serialiser.h"
#include "query/search_retry.h"
#include "schema/fields.h"
#include "server/api_json.h"
#include "server/meetings.h"
#include "server/routes.h"

namespace quorum::server {
namespace {

std::string join(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& name : names) out += (out.empty() ? "" : ", ") + name;
    return out;
}

Response search_api(const Request& r, ServerContext& ctx, bool decisions) {
    query::SearchRequest req = search_request(r, ctx.limits, decisions);
    req.census_cache = ctx.census_cache;
    const query::SearchResults results = ctx.handles.with_latest([&](Xapian::Database& db) { return query::search(db, req); });
    nlohmann::json answer = search_json(req, results);
    mark_partial(answer, ctx.handles.missing_shards());
    return json_response(200, json_text(answer));
}

Response mentions_api(const Request& r, ServerContext& ctx) {
    const query::Deadline deadline = request_deadline(ctx.limits);
    const MentionsParams p = mentions_params(r, ctx.limits);
    if (p.phrase.empty()) throw RequestError(400, "parameter q (the phrase to find) is missing");
    const auto result = ctx.handles.with_latest(
        [&](Xapian::Database& db) { return query::find_mentions(db, p.phrase, p.filters, p.period, deadline); });
    nlohmann::json answer = mentions_json(p.phrase, p.period == query::MentionPeriod::Month ? "month" : "year", result);
    mark_partial(answer, ctx.handles.missing_shards());
    return json_response(200, json_text(answer));
}

Response meeting_api(const std::string& id, ServerContext& ctx) {
    const auto meeting = ctx.handles.with_latest([&](Xapian::Database& db) { return find_meeting(db, id); });
    if (!meeting) {
        const std::vector<std::string> missing = ctx.handles.missing_shards();
        throw RequestError(404, "no meeting with id " + id + " in the index" +
                                    (missing.empty() ? "" : " (or in a shard that did not answer: " + join(missing) + ")"));
    }
    nlohmann::json answer = meeting_json(meeting->stored);
    mark_partial(answer, ctx.handles.missing_shards());
    return json_response(200, json_text(answer));
}

// A facet `quorum facets` lists, by its name or an alias (committee is body); else 404.
void check_facet(const std::string& name) {
    const std::vector<std::string> listable = query::listable_facets();
    auto field = schema::field_for_alias(name);
    for (const auto& f : schema::fields())
        if (!field && f.name == name) field = f;  // its name too (voted_for), as quorum facets takes it
    if (field && std::find(listable.begin(), listable.end(), field->name) != listable.end()) return;
    std::string known;
    for (const auto& f : listable) known += (known.empty() ? "" : ", ") + f;
    throw RequestError(404, "no facet named " + name + "; facets are " + known);
}

// The same listing as `quorum facets FIELD QUERY --format json`: exact counts within the
// matches (term frequencies for the whole index when there is no query and no filter).
Response facet_api(const Request& r, const std::string& field, ServerContext& ctx) {
    check_facet(field);
    const query::Deadline deadline = request_deadline(ctx.limits);
    const std::string text = query_param(r, ctx.limits);
    const query::Filters filters = filters_from(r);
    const std::string sort = r.param("sort").value_or("count");
    if (sort != "count" && sort != "value" && !sort.empty())
        throw RequestError(400, "parameter sort=" + sort + " is not count or value");
    query::FacetListing listing = ctx.handles.with_latest(
        [&](Xapian::Database& db) { return query::list_facet_values(db, field, text, filters, deadline); });
    if (sort == "value")
        std::stable_sort(listing.values.begin(), listing.values.end(), [](const auto& a, const auto& b) { return a.value < b.value; });
    nlohmann::json answer = query::facet_listing_json(listing, text);
    mark_partial(answer, ctx.handles.missing_shards());
    return json_response(200, json_text(answer));
}

// The server's own figures: the census cache's use since the server started (null when off).
Response status_api(ServerContext& ctx) {
    nlohmann::json cache = nullptr;
    if (ctx.census_cache) {
        const query::CensusCache::Stats s = ctx.census_cache->stats();
        cache = {{"hits", s.hits}, {"misses", s.misses}, {"entries", s.entries}, {"bytes", s.bytes}};
    }
    return json_response(200, json_text({{"census_cache", cache}}));
}

std::optional<std::string> after(const std::string& path, const std::string& prefix) {
    if (path.size() <= prefix.size() || path.compare(0, prefix.size(), prefix) != 0) return std::nullopt;
    return path.substr(prefix.size());
}

}  // namespace

std::optional<Response> api_route(const Request& r, ServerContext& ctx) {
    if (r.path == "/api" || r.path == "/api/")
        return json_response(200, json_text({{"endpoints",
                                              {"/api/search?q=QUERY", "/api/decisions?q=QUERY", "/api/mentions?q=PHRASE",
                                               "/api/meetings/ID", "/api/facets/FIELD?q=QUERY&sort=count|value",
                                               "/api/status"}},
                                             {"documentation", "docs/api.md"}}));
    if (r.path == "/api/search") return search_api(r, ctx, false);
    if (r.path == "/api/decisions") return search_api(r, ctx, true);
    if (r.path == "/api/mentions") return mentions_api(r, ctx);
    if (r.path == "/api/status") return status_api(ctx);
    if (auto id = after(r.path, "/api/meetings/")) return meeting_api(*id, ctx);
    if (auto field = after(r.path, "/api/facets/")) return facet_api(r, *field, ctx);
    return std::nullopt;
}

}  // namespace quorum::server
