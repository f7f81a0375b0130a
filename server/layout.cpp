/** @file layout.cpp @brief What every page shares: URL state helpers, the page frame, the stylesheet, error pages. */
#include <algorithm>

#include "server/pages.h"
#include "server/url.h"

namespace quorum::server {

Params with_param(Params params, const std::string& name, const std::string& value) {
    std::erase_if(params, [&](const auto& p) { return p.first == name; });
    if (!value.empty()) params.emplace_back(name, value);
    return params;
}

Params adding_param(Params params, const std::string& name, const std::string& value) {
    if (std::find(params.begin(), params.end(), std::make_pair(name, value)) == params.end())
        params.emplace_back(name, value);
    return params;
}

Params without_param(Params params, const std::string& name, const std::string& value) {
    std::erase_if(params, [&](const auto& p) { return p.first == name && p.second == value; });
    return params;
}

std::string link(const std::string& path, const Params& params) {
    const std::string q = query_string(params);
    return q.empty() ? path : path + "?" + q;
}

void page_start(Html& h, const std::string& title, const std::string& active, const std::string& form_path,
                const std::string& query, const Params& keep, const std::string& placeholder) {
    h.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
          "<link rel=\"stylesheet\" href=\"/static/quorum.css\">"
          "<link rel=\"icon\" href=\"/static/icon.svg\" type=\"image/svg+xml\">"
          "<link rel=\"search\" type=\"application/opensearchdescription+xml\" title=\"Quorum\" href=\"/opensearch.xml\">"
          "<title>")
        .text(title)
        .raw(" · Quorum</title></head><body><header><a class=\"brand\" href=\"/\">Quorum</a><nav>");
    for (const auto& [path, label] : {std::pair<std::string, std::string>{"/search", "Search"},
                                      {"/decisions", "Decisions"},
                                      {"/mentions", "Mentions"}}) {
        h.raw("<a").attr("href", path);
        if (path == active) h.raw(" aria-current=\"page\"");
        h.raw(">").text(label).raw("</a>");
    }
    h.raw("</nav></header><form class=\"search\" method=\"get\"").attr("action", form_path).raw(" role=\"search\">");
    h.raw("<input type=\"search\" name=\"q\" id=\"q\" aria-label=\"Query\"").attr("value", query).attr("placeholder", placeholder).raw(">");
    for (const auto& [name, value] : keep) h.raw("<input type=\"hidden\"").attr("name", name).attr("value", value).raw(">");
    h.raw("<button type=\"submit\">Search</button></form><main>");
}

void page_end(Html& h) {
    h.raw("</main><footer>Quorum · every page has a JSON twin under /api/ (docs/api.md) · "
          "the query language: docs/query-language.md</footer></body></html>\n");
}

Response html_response(const Html& h, int status) {
    Response r;
    r.status = status;
    r.body = h.str();
    return r;
}

Response error_page(const Request& request, int status, const std::string& message) {
    Html h;
    page_start(h, "Error " + std::to_string(status), "", "/search", request.param("q").value_or(""), {}, "Search the minutes");
    h.raw("<section class=\"error full\"><h1>").text(std::to_string(status)).raw("</h1><p>").text(message).raw("</p>");
    h.raw("<p><a href=\"/search\">Start a new search</a></p></section>");
    page_end(h);
    return html_response(h, status);
}

const std::string& icon_svg() {
    static const std::string icon =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 16 16\"><rect width=\"16\" height=\"16\" rx=\"3\" "
        "fill=\"#1f4e79\"/><text x=\"8\" y=\"12\" font-size=\"11\" text-anchor=\"middle\" fill=\"#fff\" "
        "font-family=\"sans-serif\">Q</text></svg>\n";
    return icon;
}

std::string partial_notice_text(const std::vector<std::string>& missing) {
    std::string names;
    for (const auto& name : missing) names += (names.empty() ? "" : ", ") + name;
    return std::to_string(missing.size()) + (missing.size() == 1 ? " shard" : " shards") +
           " of the index did not answer (" + names + "). Results, counts and charts leave out what " +
           (missing.size() == 1 ? "it holds" : "they hold") + ".";
}

void partial_notice(Html& h, const std::vector<std::string>& missing) {
    if (missing.empty()) return;
    h.raw("<p class=\"partial\" role=\"status\" id=\"partial\"><strong>Partial answer:</strong> ")
        .text(partial_notice_text(missing))
        .raw("</p>");
}

const std::string& stylesheet() {
    static const std::string css = R"CSS(
:root { --ink: #1b1b1b; --muted: #5a5a5a; --accent: #1f4e79; --line: #d8d8d8; --mark: #fff2a8; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.45 system-ui, sans-serif; color: var(--ink); }
header { display: flex; gap: 1.5em; align-items: baseline; padding: .6em 1em; background: var(--accent); }
header a { color: #fff; text-decoration: none; }
header .brand { font-weight: 700; font-size: 1.2em; }
header nav a { margin-right: 1em; opacity: .85; }
header nav a[aria-current] { opacity: 1; border-bottom: 2px solid #fff; }
form.search { display: flex; gap: .5em; padding: 1em; border-bottom: 1px solid var(--line); }
form.search input[type=search] { flex: 1; font-size: 1.05em; padding: .4em; }
main { display: grid; grid-template-columns: 16em 1fr; gap: 1.5em; padding: 1em; }
main > .full { grid-column: 1 / -1; }
aside h2 { font-size: .95em; margin: 1em 0 .3em; text-transform: uppercase; color: var(--muted); }
aside ul { list-style: none; padding: 0; margin: 0; }
aside li { display: flex; justify-content: space-between; gap: .5em; }
aside li a { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.count { color: var(--muted); font-variant-numeric: tabular-nums; }
.ocr { color: var(--muted); font-style: italic; }
.chips a { display: inline-block; margin: 0 .4em .4em 0; padding: .1em .6em; border: 1px solid var(--accent); border-radius: 1em; text-decoration: none; }
.summary { color: var(--muted); }
ol.results { padding-left: 0; list-style: none; }
ol.results li { margin-bottom: 1.2em; }
.result-title { font-size: 1.1em; }
.meta { color: var(--muted); font-size: .9em; }
mark { background: var(--mark); }
.snippet, .resolution { margin: .2em 0; }
.resolution { white-space: pre-wrap; border-left: 3px solid var(--accent); padding-left: .6em; }
.sort a, .presets a, .exports a { margin-right: .8em; }
.sort [aria-current] { font-weight: 700; text-decoration: none; }
.pager { display: flex; gap: 1em; }
svg.timeline a rect { fill: var(--accent); }
svg.timeline a:hover rect, svg.timeline a:focus rect { fill: #c0504d; }
svg.timeline g.empty rect { fill: var(--line); }
figure.timeline { margin: .5em 0; overflow-x: auto; }
svg.timeline text { font-size: 10px; fill: var(--muted); }
table.facets td, table.facets th { text-align: left; padding: .2em .6em .2em 0; vertical-align: top; }
.items li { margin-bottom: .8em; }
.kwic { font-family: ui-monospace, monospace; font-size: .92em; }
.error h1 { color: #a00; }
.partial { grid-column: 1 / -1; margin: 0; padding: .5em .8em; border: 1px solid #c98a00; background: #fff6dc; }
footer { padding: 1em; color: var(--muted); border-top: 1px solid var(--line); font-size: .9em; }
@media (max-width: 700px) { main { grid-template-columns: 1fr; } }
)CSS";
    return css;
}

}  // namespace quorum::server
