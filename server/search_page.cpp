/** @file search_page.cpp @brief The search and decisions pages: results, facet sidebar, filter chips, timeline, sort, paging, exports. */
#include <algorithm>
#include <chrono>

#include "query/search_retry.h"
#include "query/snippet_text.h"
#include "server/pages.h"
#include "server/routes.h"
#include "server/timeline_counts.h"

namespace quorum::server {
namespace {

/// A facet of the sidebar: its key in the census, its label, and the URL parameter it sets.
struct FacetView {
    const char* field;
    const char* label;
    const char* param;  ///< "" for year, which sets from and to
};
constexpr FacetView kFacets[] = {{"council", "Council", "council"}, {"body", "Body", "body"}, {"year", "Year", ""},
                                 {"topic", "Topic", "topic"},       {"officer", "Person", "officer"},
                                 {"type", "Type", "type"}};
constexpr const char* kFilterParams[] = {"council", "body", "officer", "person", "topic", "type", "from", "to"};

std::string thousands(unsigned long long n) {
    std::string digits = std::to_string(n);
    for (size_t at = digits.size(); at > 3; at -= 3) digits.insert(at - 3, ",");
    return digits;
}

std::string count_text(unsigned long long n, bool exact) { return (exact ? "" : "about ") + thousands(n); }

// The page's state without paging: what every link on the page starts from.
Params state_of(const Request& r) {
    Params p;
    for (const auto& [name, value] : r.params)
        if (name != "page" && !value.empty()) p.emplace_back(name, value);
    return p;
}

Params filters_only(const Params& state) {
    Params p;
    for (const auto& pair : state)
        if (std::find(std::begin(kFilterParams), std::end(kFilterParams), pair.first) != std::end(kFilterParams) ||
            pair.first == "sort" || pair.first == "size")
            p.push_back(pair);
    return p;
}

void chips(Html& h, const std::string& path, const Params& state) {
    bool any = false;
    for (const auto& [name, value] : state) {
        if (std::find(std::begin(kFilterParams), std::end(kFilterParams), name) == std::end(kFilterParams)) continue;
        if (!any) h.raw("<p class=\"chips\" aria-label=\"Active filters\">");
        any = true;
        h.raw("<a class=\"chip\"").attr("href", link(path, without_param(state, name, value))).attr("title", "Remove this filter").raw(">");
        h.text(name + ": " + value).raw(" ✕</a>");
    }
    if (any) h.raw("</p>");
}

void facet_sidebar(Html& h, const std::string& path, const Params& state, const query::SearchResults& r) {
    h.raw("<aside aria-label=\"Facets\">");
    if (!r.facets_exact) h.raw("<p class=\"count\">Counts are estimates from a sample of the index.</p>");
    for (const auto& f : kFacets) {
        const auto it = r.facets.find(f.field);
        if (it == r.facets.end() || it->second.empty()) continue;
        std::vector<std::pair<std::string, Xapian::doccount>> values(it->second.begin(), it->second.end());
        if (std::string(f.field) == "year")
            std::sort(values.begin(), values.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        else
            std::stable_sort(values.begin(), values.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
        if (values.size() > 12) values.resize(12);
        h.raw("<section class=\"facet\"").attr("data-facet", f.field).raw("><h2>").text(f.label).raw("</h2><ul>");
        for (const auto& [value, count] : values) {
            const Params next = *f.param ? adding_param(state, f.param, value)
                                         : with_param(with_param(state, "from", value), "to", value);
            h.raw("<li><a").attr("href", link(path, next)).raw(">").text(value).raw("</a><span class=\"count\">")
                .text(count_text(count, r.facets_exact)).raw("</span></li>");
        }
        h.raw("</ul></section>");
    }
    h.raw("</aside>");
}

void date_presets(Html& h, const std::string& path, const Params& state) {
    const auto now = std::chrono::system_clock::now();
    const std::chrono::year_month_day today{std::chrono::floor<std::chrono::days>(now)};
    const int year = static_cast<int>(today.year());
    h.raw("<p class=\"presets\">Dates: ");
    const std::pair<std::string, int> presets[] = {{"this year", 0}, {"last 2 years", 1}, {"last 5 years", 4}};
    for (const auto& [label, back] : presets)
        h.raw("<a").attr("href", link(path, with_param(with_param(state, "from", std::to_string(year - back)), "to", "")))
            .raw(">").text(label).raw("</a>");
    h.raw("<a").attr("href", link(path, with_param(with_param(state, "from", ""), "to", ""))).raw(">any date</a></p>");
}

void sort_links(Html& h, const std::string& path, const Params& state, const std::string& current) {
    h.raw("<p class=\"sort\">Sort: ");
    for (const char* s : {"relevance", "newest", "oldest"}) {
        h.raw("<a").attr("href", link(path, with_param(state, "sort", s == std::string("relevance") ? "" : s)));
        if (current == s) h.raw(" aria-current=\"true\"");
        h.raw(">").text(s).raw("</a>");
    }
    h.raw("</p>");
}

std::string pages_text(const nlohmann::json& pages) {
    if (!pages.is_array() || pages.size() < 2) return "";
    const int first = pages[0].get<int>(), last = pages[1].get<int>();
    return first == last ? "p" + std::to_string(first) : "pp" + std::to_string(first) + "-" + std::to_string(last);
}

std::string joined(const nlohmann::json& values) {
    std::string out;
    if (values.is_array())
        for (const auto& v : values)
            if (v.is_string()) out += (out.empty() ? "" : ", ") + v.get<std::string>();
    return out;
}

void result_item(Html& h, const query::SearchHit& hit, bool decisions) {
    const auto& d = hit.item;
    const std::string id = d.value("id", "");
    const std::string title = d.contains("item") ? d["item"].value("title", "") : "";
    const std::string number = d.contains("item") ? d["item"].value("number", "") : "";
    // A file of several meetings: the link goes to the hit's meeting on the file's page.
    const nlohmann::json meeting = d.value("meeting", nlohmann::json::object());
    const std::string anchor = meeting.value("count", 0) > 1
                                   ? "#meeting-" + std::to_string(meeting.value("index", 0) + 1) : "";
    h.raw("<li class=\"result\"><a class=\"result-title\"").attr("href", "/meetings/" + id + anchor).raw(">");
    h.text(title.empty() ? d.value("doc_title", "(untitled)") : title).raw("</a>");
    if (!number.empty()) h.raw(" <span class=\"meta\">item ").text(number).raw("</span>");
    h.raw("<div class=\"meta\">").text(joined(d.value("council", nlohmann::json::array())));
    for (const std::string& part : {d.value("body", ""), d.value("date", ""), pages_text(d.value("pages", nlohmann::json::array()))})
        if (!part.empty()) h.text(" · " + part);
    h.raw("</div>");
    if (decisions)
        h.raw("<p class=\"resolution\">").text(d.value("resolution", "")).raw("</p>");
    else
        h.raw("<p class=\"snippet\">").marked(query::marked_snippet(hit.snippet, kMatchStart, kMatchEnd)).raw("</p>");
    if (hit.more_in_document)
        h.raw("<div class=\"meta\"><a").attr("href", "/meetings/" + id).raw(">").text(std::to_string(hit.more_in_document) +
            (hit.more_in_document == 1 ? " more item" : " more items") + " in this meeting").raw("</a></div>");
    h.raw("</li>");
}

void pager(Html& h, const std::string& path, const Params& state, size_t page, size_t size, const query::SearchResults& r) {
    const size_t last = std::max<size_t>(1, (r.total + size - 1) / size);
    h.raw("<nav class=\"pager\" aria-label=\"Pages\">");
    if (page > 1) h.raw("<a rel=\"prev\"").attr("href", link(path, with_param(state, "page", page == 2 ? "" : std::to_string(page - 1)))).raw(">← previous</a>");
    h.raw("<span>page ").text(std::to_string(page) + " of " + (r.total_is_exact ? "" : "about ") + std::to_string(last)).raw("</span>");
    if (page < last && r.hits.size() == size)
        h.raw("<a rel=\"next\"").attr("href", link(path, with_param(state, "page", std::to_string(page + 1)))).raw(">next →</a>");
    h.raw("</nav>");
}

}  // namespace

Response search_page(const Request& request, ServerContext& ctx, bool decisions) {
    const std::string path = decisions ? "/decisions" : "/search";
    query::SearchRequest req = search_request(request, ctx.limits, decisions);
    // The census counts what the sidebar and the timeline show, and no more.
    for (const auto& f : kFacets) req.census_counts.facets.emplace_back(f.field);
    ask_for_timeline(req);
    req.census_cache = ctx.census_cache;
    const Params state = state_of(request);
    Html h;
    const std::string title = req.query.empty() ? (decisions ? "Decisions" : "Search") : req.query;
    page_start(h, title, path, path, req.query, filters_only(with_param(state, "q", "")),
               decisions ? "Search past resolutions, e.g. cctv" : "Search the minutes, e.g. \"county lines\" council:eastmere");
    query::SearchResults r;
    TimelineCounts timeline;
    ctx.handles.with_latest([&](Xapian::Database& db) {
        r = query::search(db, req);
        timeline = timeline_counts(r);
    });

    facet_sidebar(h, path, state, r);
    h.raw("<section class=\"results\" aria-label=\"Results\">");
    partial_notice(h, ctx.handles.missing_shards());
    chips(h, path, state);
    h.raw("<p class=\"summary\" id=\"summary\">");
    if (r.hits.empty()) {
        h.raw("No matches");
        if (!req.query.empty()) h.text(" for \"" + req.query + "\"");
        h.raw(".");
    } else {
        h.text(count_text(r.total, r.total_is_exact) + (decisions ? " meetings with matching decisions" : " matching meetings") +
               "; showing " + std::to_string(req.offset + 1) + "–" + std::to_string(req.offset + r.hits.size()));
    }
    if (!r.suggestion.empty())
        h.raw(" Did you mean <a").attr("href", link(path, with_param(state, "q", r.suggestion))).raw(">").text(r.suggestion).raw("</a>?");
    h.raw("</p>");
    date_presets(h, path, state);
    // Each bar narrows the dates to its year or month (a year's page then shows its months).
    if (timeline.periods.size() > 1)
        timeline_svg(h, timeline.periods,
                     [&](const std::string& p) { return link(path, with_param(with_param(state, "from", p), "to", p)); },
                     timeline.estimated, timeline.months ? "Matching meetings per month, " + timeline.periods.front().first + " to " + timeline.periods.back().first
                                     : "Matching meetings per year");
    sort_links(h, path, state, sort_name(req.sort) == "relevance" && decisions ? "newest" : sort_name(req.sort));
    h.raw("<ol class=\"results\">");
    for (const auto& hit : r.hits) result_item(h, hit, decisions);
    h.raw("</ol>");
    pager(h, path, state, req.offset / req.limit + 1, req.limit, r);
    h.raw("<p class=\"exports\">Export: <a").attr("href", link("/api" + path, state)).raw(">JSON (this page)</a>");
    h.raw("<a").attr("href", link("/export" + path + ".csv", with_param(state, "page", ""))).raw(">CSV (all matches)</a>");
    h.raw("<a").attr("href", link("/export" + path + ".json", with_param(state, "page", ""))).raw(">JSON (all matches)</a>");
    h.raw("<a").attr("href", link("/feed" + path + ".atom", with_param(with_param(state, "page", ""), "sort", ""))).raw(">Atom feed</a></p>");
    h.raw("</section>");
    page_end(h);
    return html_response(h);
}

}  // namespace quorum::server
