/** @file routes.cpp @brief Dispatch, error responses and the headers every response carries. */
#include "server/routes.h"

#include <sstream>

#include "indexer/database.h"
#include "query/deadline.h"
#include "query/query_error.h"
#include "server/api_json.h"
#include "server/pages.h"

namespace quorum::server {
namespace {

bool is_api(const Request& r) { return r.path == "/api" || r.path.rfind("/api/", 0) == 0; }

}  // namespace

void add_security_headers(Response& r) {
    // No script at all: the pages work without it, and nothing a document holds can run.
    if (!r.headers.count("Content-Security-Policy"))
        r.headers["Content-Security-Policy"] =
            "default-src 'none'; script-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
            "base-uri 'none'; frame-ancestors 'none'";
    r.headers["X-Content-Type-Options"] = "nosniff";
    r.headers["Referrer-Policy"] = "no-referrer";
}

std::string time_limit_message(const ServeLimits& limits, const std::string& step) {
    std::ostringstream seconds;
    seconds << limits.max_seconds;
    return "the request reached the time limit of " + seconds.str() + " s and was stopped (during " + step +
           "); narrow the query (a phrase, a council, dates)";
}

Response json_response(int status, const std::string& body) {
    Response r;
    r.status = status;
    r.content_type = "application/json; charset=utf-8";
    r.body = body;
    return r;
}

Response error_response(const Request& request, int status, const std::string& message) {
    Response r = is_api(request) ? json_response(status, json_text(error_json(status, message)))
                                 : error_page(request, status, message);
    add_security_headers(r);
    return r;
}

Response route(const Request& request, ServerContext& context) {
    try {
        std::optional<Response> r = is_api(request) ? api_route(request, context) : page_route(request, context);
        if (!r) return error_response(request, 404, "no such page: " + request.path);
        add_security_headers(*r);
        return std::move(*r);
    } catch (const query::TimeLimitExceeded& e) {
        return error_response(request, 503, time_limit_message(context.limits, e.step()));
    } catch (const RequestError& e) {
        return error_response(request, e.status(), e.what());
    } catch (const query::QueryError& e) {
        return error_response(request, 400, std::string("bad query \"") + request.param("q").value_or("") + "\": " + e.what());
    } catch (const Xapian::Error& e) {
        return error_response(request, 500, "index error: " + e.get_description());
    } catch (const index::DatabaseError& e) {  // no shard of a stub answered
        return error_response(request, 503, e.what());
    }
}

}  // namespace quorum::server
