/** @file request_params.cpp @brief Parsing and checking URL parameters. */
#include "server/request_params.h"

#include <charconv>

#include "server/html.h"

namespace quorum::server {
namespace {

size_t positive_number(const Request& r, const std::string& name, size_t fallback) {
    const auto text = r.param(name);
    if (!text || text->empty()) return fallback;
    size_t value = 0;
    const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (ec != std::errc() || end != text->data() + text->size() || value == 0)
        throw RequestError(400, "parameter " + name + "=" + *text + " is not a positive whole number");
    return value;
}

}  // namespace

std::string query_param(const Request& r, const ServeLimits& limits) {
    std::string q = r.param("q").value_or("");
    if (q.size() > limits.max_query_chars)
        throw RequestError(413, "the query is " + std::to_string(q.size()) + " characters long; the limit is " +
                                    std::to_string(limits.max_query_chars));
    return q;
}

query::Filters filters_from(const Request& r) {
    query::Filters f;
    f.councils = r.params_named("council");
    f.bodies = r.params_named("body");
    f.officers = r.params_named("officer");
    f.people = r.params_named("person");
    f.roles = r.params_named("role");
    f.speakers = r.params_named("speaker");
    f.topics = r.params_named("topic");
    f.types = r.params_named("type");
    f.from = r.param("from").value_or("");
    f.to = r.param("to").value_or("");
    return f;
}

query::Deadline request_deadline(const ServeLimits& limits) {
    return limits.make_deadline ? limits.make_deadline() : query::Deadline::after(limits.max_seconds);
}

size_t page_number(const Request& r) { return positive_number(r, "page", 1); }

std::string sort_name(query::SortOrder sort) {
    switch (sort) {
        case query::SortOrder::DateDescending: return "newest";
        case query::SortOrder::DateAscending: return "oldest";
        case query::SortOrder::Relevance: break;
    }
    return "relevance";
}

query::SearchRequest search_request(const Request& r, const ServeLimits& limits, bool decisions) {
    query::SearchRequest req;
    req.query = query_param(r, limits);
    req.filters = filters_from(r);
    req.filters.resolutions_only = decisions;
    const std::string sort = r.param("sort").value_or(decisions ? "newest" : "relevance");
    if (sort == "relevance" || sort.empty())
        req.sort = decisions ? query::SortOrder::DateDescending : query::SortOrder::Relevance;
    else if (sort == "newest" || sort == "-date")
        req.sort = query::SortOrder::DateDescending;
    else if (sort == "oldest" || sort == "date")
        req.sort = query::SortOrder::DateAscending;
    else
        throw RequestError(400, "parameter sort=" + sort + " is not one of relevance, newest, oldest");
    req.limit = positive_number(r, "size", 10);
    if (req.limit > limits.max_page_size)
        throw RequestError(400, "parameter size=" + std::to_string(req.limit) + " is above the limit of " +
                                    std::to_string(limits.max_page_size) + " results per page");
    const size_t page = page_number(r);
    if ((page - 1) > limits.max_offset / req.limit)
        throw RequestError(400, "parameter page=" + std::to_string(page) + " goes past the first " +
                                    std::to_string(limits.max_offset) + " results; narrow the search instead");
    req.offset = (page - 1) * req.limit;
    req.exact_counts = r.param("exact").value_or("") == "1";
    req.deadline = request_deadline(limits);
    return req;
}

MentionsParams mentions_params(const Request& r, const ServeLimits& limits) {
    MentionsParams p;
    p.phrase = query_param(r, limits);
    p.filters = filters_from(r);
    const std::string by = r.param("by").value_or("year");
    if (by == "month")
        p.period = query::MentionPeriod::Month;
    else if (by != "year" && !by.empty())
        throw RequestError(400, "parameter by=" + by + " is not year or month");
    return p;
}

}  // namespace quorum::server
