/** @file request_params.h @brief URL parameters to query requests, the same for pages and the API, with the server's limits. */
#pragma once

#include <functional>
#include <stdexcept>
#include <string>

#include "query/deadline.h"
#include "query/mentions.h"
#include "query/searcher.h"
#include "server/http_types.h"

namespace quorum::server {

/// A request the server refuses: the HTTP status and a message for the user.
class RequestError : public std::runtime_error {
public:
    RequestError(int status, const std::string& message) : std::runtime_error(message), status_(status) {}
    int status() const { return status_; }

private:
    int status_;
};

/// What one request may ask for (docs/api.md lists them).
struct ServeLimits {
    size_t max_query_chars = 1000;    ///< q longer than this: 413
    size_t max_page_size = 100;       ///< size above this: 400
    size_t max_offset = 10000;        ///< (page - 1) * size above this: 400
    size_t max_export_rows = 10000;   ///< exports stop here (the last row says so)
    size_t export_page_rows = 100;    ///< an export is searched this many rows at a time
    double max_seconds = 10;          ///< a request's work stops after this long, and is answered 503
    /// Makes each request's deadline; empty (the server's way): max_seconds from the request's
    /// start. Tests set it to stop the work at a chosen check.
    std::function<query::Deadline()> make_deadline;
};

/// The deadline of a request starting now (ServeLimits::make_deadline, else max_seconds).
query::Deadline request_deadline(const ServeLimits& limits);

/// The parameters a search page and /api/search share:
///   q  council  body  officer (or person)  topic  type  from  to  sort (relevance, newest,
///   oldest)  page (1-based)  size  exact (1: exact counts)
/// Throws RequestError (400, or 413 for an over-long query) naming the parameter. The request's
/// deadline starts now (request_deadline).
query::SearchRequest search_request(const Request& r, const ServeLimits& limits, bool decisions);

/// The query (q, "" when absent); throws RequestError 413 when longer than limits.max_query_chars.
std::string query_param(const Request& r, const ServeLimits& limits);

/// The filter parameters alone (council ... to).
query::Filters filters_from(const Request& r);

/// The page number asked for (1 when absent); throws RequestError when not a positive number.
size_t page_number(const Request& r);

/// The phrase (q) and `by` (year or month) of a mentions request; throws RequestError.
struct MentionsParams {
    std::string phrase;
    query::Filters filters;
    query::MentionPeriod period = query::MentionPeriod::Year;
};
MentionsParams mentions_params(const Request& r, const ServeLimits& limits);

/// The sort parameter's name for a sort order ("relevance", "newest", "oldest").
std::string sort_name(query::SortOrder sort);

}  // namespace quorum::server
