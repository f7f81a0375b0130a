/** @file api_routes.cpp @brief The JSON API: /api/search, /api/decisions, /api/mentions, /api/meetings/ID, /api/facets/FIELD. */
#include <set>

#include "query/search_retry.h"
#include "server/api_json.h"
#include "server/meetings.h"
#include "server/routes.h"

namespace quorum::server {
namespace {

using Clock = std::chrono::steady_clock;

const std::set<std::string>& facet_fields() {
    static const std::set<std::string> fields = {"council", "body", "year", "topic", "officer", "type"};
    return fields;
}

Response search_api(const Request& r, ServerContext& ctx, bool decisions) {
    const auto started = Clock::now();
    const query::SearchRequest req = search_request(r, ctx.limits, decisions);
    const query::SearchResults results = ctx.handles.with_latest([&](Xapian::Database& db) { return query::search(db, req); });
    check_elapsed(started, ctx.limits);
    return json_response(200, json_text(search_json(req, results)));
}

Response mentions_api(const Request& r, ServerContext& ctx) {
    const auto started = Clock::now();
    const MentionsParams p = mentions_params(r, ctx.limits);
    if (p.phrase.empty()) throw RequestError(400, "parameter q (the phrase to find) is missing");
    const auto result =
        ctx.handles.with_latest([&](Xapian::Database& db) { return query::find_mentions(db, p.phrase, p.filters, p.period); });
    check_elapsed(started, ctx.limits);
    return json_response(200, json_text(mentions_json(p.phrase, p.period == query::MentionPeriod::Month ? "month" : "year", result)));
}

Response meeting_api(const std::string& id, ServerContext& ctx) {
    const auto meeting = ctx.handles.with_latest([&](Xapian::Database& db) { return find_meeting(db, id); });
    if (!meeting) throw RequestError(404, "no meeting with id " + id + " in the index");
    return json_response(200, json_text(meeting_json(meeting->stored)));
}

Response facet_api(const Request& r, const std::string& field, ServerContext& ctx) {
    if (!facet_fields().count(field))
        throw RequestError(404, "no facet named " + field + "; facets are council, body, year, topic, officer, type");
    const auto started = Clock::now();
    query::SearchRequest req = search_request(r, ctx.limits, false);
    req.limit = 1;  // (0 would count every match exactly, however many)
    req.offset = 0;
    req.facets = true;
    const query::SearchResults results = ctx.handles.with_latest([&](Xapian::Database& db) { return query::search(db, req); });
    check_elapsed(started, ctx.limits);
    return json_response(200, json_text(facet_json(field, req, results)));
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
                                               "/api/meetings/ID", "/api/facets/FIELD?q=QUERY"}},
                                             {"documentation", "docs/api.md"}}));
    if (r.path == "/api/search") return search_api(r, ctx, false);
    if (r.path == "/api/decisions") return search_api(r, ctx, true);
    if (r.path == "/api/mentions") return mentions_api(r, ctx);
    if (auto id = after(r.path, "/api/meetings/")) return meeting_api(*id, ctx);
    if (auto field = after(r.path, "/api/facets/")) return facet_api(r, *field, ctx);
    return std::nullopt;
}

}  // namespace quorum::server
