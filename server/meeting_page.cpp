/** @file meeting_page.cpp @brief One meeting: everything `quorum show` knows, items with their resolutions, the pages read by OCR, links into the original file. */
#include <map>
#include <string>

#include "query/result_serialiser.h"
#include "server/api_json.h"
#include "server/meetings.h"
#include "server/pages.h"
#include "server/routes.h"

namespace quorum::server {
namespace {

std::string str(const nlohmann::json& j, const char* key) {
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : "";
}

void facet_rows(Html& h, const char* label, const nlohmann::json& values) {
    h.raw("<tr><th>").text(label).raw("</th><td>");
    if (!values.is_array() || values.empty()) h.raw("<span class=\"count\">(none)</span>");
    bool first = true;
    if (values.is_array())
        for (const auto& v : values) {
            if (!v.is_object()) continue;
            h.raw(first ? "" : "<br>").text(str(v, "value"));
            if (!str(v, "role").empty()) h.text(" (" + str(v, "role") + ")");
            h.raw(" <span class=\"count\">").text(str(v, "source")).raw(", confidence ")
                .text(std::to_string(v.value("confidence", 0.0)).substr(0, 4)).raw("</span>");
            first = false;
        }
    h.raw("</td></tr>");
}

// Pages whose text was read by OCR, with Tesseract's mean confidence ("page_sources").
std::map<int, int> ocr_confidence_by_page(const nlohmann::json& page_sources) {
    std::map<int, int> pages;
    if (page_sources.is_array())
        for (const auto& p : page_sources)
            if (p.is_object() && str(p, "source") == "ocr") pages[p.value("page", 0)] = p.value("confidence", 0);
    return pages;
}

// As `quorum show` lists them: "page 2: ocr (Tesseract mean confidence 81)", "page 3: ocr-skipped",
// each page linked into the original.
void page_source_list(Html& h, const nlohmann::json& page_sources, const std::string& file, bool pdf) {
    if (!page_sources.is_array() || page_sources.empty()) return;
    h.raw("<h2>Pages that needed OCR</h2><ul class=\"page-sources\">");
    for (const auto& p : page_sources) {
        if (!p.is_object()) continue;
        const std::string page = std::to_string(p.value("page", 0));
        h.raw("<li").attr("class", "source-" + str(p, "source")).raw("><a").attr("href", pdf ? file + "#page=" + page : file)
            .raw(">page ").text(page).raw("</a>: ").text(str(p, "source"));
        if (str(p, "source") == "ocr") h.text(" (Tesseract mean confidence " + std::to_string(p.value("confidence", 0)) + ")");
        if (str(p, "source") == "ocr-skipped") h.text(" (needed OCR but ran out of time: its text is not in the index)");
        h.raw("</li>");
    }
    h.raw("</ul>");
}

// " (OCR, confidence 93)" for an item on pages `first`..`last` of which some were OCR'd (the mean
// over those pages, as search results give it); "" otherwise.
std::string item_ocr_note(const std::map<int, int>& ocr, int first, int last) {
    int sum = 0, n = 0;
    for (auto it = ocr.lower_bound(first); it != ocr.end() && it->first <= last; ++it, ++n) sum += it->second;
    return n ? "OCR, confidence " + std::to_string((sum + n / 2) / n) : "";
}

}  // namespace

Response meeting_page(const Request& request, ServerContext& ctx, const std::string& id) {
    const auto meeting = ctx.handles.with_latest([&](Xapian::Database& db) { return find_meeting(db, id); });
    if (!meeting) {
        std::string missing;
        for (const auto& name : ctx.handles.missing_shards()) missing += (missing.empty() ? "" : ", ") + name;
        throw RequestError(404, "no meeting with id " + id + " in the index" +
                                    (missing.empty() ? "" : " (or in a shard that did not answer: " + missing + ")"));
    }
    const nlohmann::json m = meeting_json(meeting->stored);
    const bool pdf = str(m, "format") == "pdf";
    const std::string file = "/files/" + id;
    Html h;
    const std::string title = str(m, "title").empty() ? str(m, "path") : str(m, "title");
    page_start(h, title, "", "/search", request.param("q").value_or(""), {}, "Search the minutes");
    partial_notice(h, ctx.handles.missing_shards());
    h.raw("<article class=\"full meeting\"><h1>").text(title).raw("</h1><p class=\"meta\">");
    std::string council;
    for (const auto& c : m["council"]) council += (council.empty() ? "" : ", ") + c.get<std::string>();
    h.text(council);
    for (const std::string& part : {str(m, "body"), str(m, "date"), str(m, "doc_type")})
        if (!part.empty()) h.text(" · " + part);
    h.raw("</p><p>Original: <a id=\"original\"").attr("href", file).raw(">").text(str(m, "path")).raw("</a> <span class=\"count\">(")
        .text(str(m, "format") + ", " + std::to_string(m.value("pages", 0)) + " page(s))").raw("</span> · <a")
        .attr("href", "/api/meetings/" + id).raw(">JSON</a></p>");
    const nlohmann::json page_sources = m.value("page_sources", nlohmann::json::array());
    const std::map<int, int> ocr = ocr_confidence_by_page(page_sources);
    page_source_list(h, page_sources, file, pdf);

    h.raw("<h2>Facets</h2><table class=\"facets\">");
    const auto& f = m["facets"];
    facet_rows(h, "Council", f.value("council", nlohmann::json::array()));
    facet_rows(h, "Mentions", f.value("mentions", nlohmann::json::array()));
    facet_rows(h, "Body", f.value("body", nlohmann::json::array()));
    facet_rows(h, "Date", f.value("date", nlohmann::json::array()));
    facet_rows(h, "Type", f.value("doc_type", nlohmann::json::array()));
    facet_rows(h, "People", f.value("officers", nlohmann::json::array()));
    facet_rows(h, "Topics", f.value("topics", nlohmann::json::array()));
    h.raw("</table>");

    // A file of several meetings: each with its date, body, pages and a link to its first item.
    if (m["meetings"].size() > 1) {
        h.raw("<h2>Meetings (").text(std::to_string(m["meetings"].size())).raw(")</h2><ol class=\"meetings\">");
        for (const auto& meeting : m["meetings"]) {
            const auto k = meeting.value("index", size_t{0});
            const int page = meeting["pages"].is_array() && !meeting["pages"].empty() ? meeting["pages"][0].get<int>() : 1;
            const int last = meeting["pages"].is_array() && meeting["pages"].size() > 1 ? meeting["pages"][1].get<int>() : page;
            h.raw("<li").attr("id", "meeting-" + std::to_string(k + 1)).raw("><a")
                .attr("href", "#item-" + std::to_string(meeting.value("first_item", size_t{0}) + 1)).raw(">")
                .text(str(meeting, "date").empty() ? "(undated)" : str(meeting, "date")).raw("</a>");
            if (!str(meeting, "body").empty()) h.text(" · " + str(meeting, "body"));
            h.raw(" <a class=\"page-link\"").attr("href", pdf ? file + "#page=" + std::to_string(page) : file).raw(">")
                .text(page == last ? "p" + std::to_string(page) : "pp" + std::to_string(page) + "-" + std::to_string(last)).raw("</a>");
            if (!str(meeting, "title").empty()) h.raw(" <span class=\"count\">").text(str(meeting, "title")).raw("</span>");
            h.raw("</li>");
        }
        h.raw("</ol>");
    }
    h.raw("<h2>Items (").text(std::to_string(m["items"].size())).raw(")</h2><ol class=\"items\">");
    size_t index = 0;
    for (const auto& item : m["items"]) {
        const int page = item["pages"].is_array() && !item["pages"].empty() ? item["pages"][0].get<int>() : 1;
        const int last = item["pages"].is_array() && item["pages"].size() > 1 ? item["pages"][1].get<int>() : page;
        h.raw("<li").attr("id", "item-" + std::to_string(++index)).raw("><strong>").text(str(item, "number").empty() ? "–" : str(item, "number"))
            .raw("</strong> ").text(str(item, "title")).raw(" <a class=\"page-link\"")
            .attr("href", pdf ? file + "#page=" + std::to_string(page) : file)
            .raw(">").text(page == last ? "p" + std::to_string(page) : "pp" + std::to_string(page) + "-" + std::to_string(last)).raw("</a>");
        if (const std::string note = item_ocr_note(ocr, page, last); !note.empty())
            h.raw(" <span class=\"ocr\">(").text(note).raw(")</span>");
        if (item.value("resolved", false)) h.raw(" <strong>RESOLVED</strong>");
        std::string topics;
        for (const auto& t : item["topics"]) topics += (topics.empty() ? "" : ", ") + t.get<std::string>();
        if (!topics.empty()) h.raw(" <span class=\"count\">").text(topics).raw("</span>");
        if (!str(item, "resolution").empty()) h.raw("<p class=\"resolution\">").text(str(item, "resolution")).raw("</p>");
        if (const std::string vote = query::vote_text(item.value("vote", nlohmann::json::object())); !vote.empty())
            h.raw("<p class=\"vote\">Vote: ").text(vote).raw("</p>");
        h.raw("</li>");
    }
    h.raw("</ol>");
    for (const auto& w : m["warnings"]) h.raw("<p class=\"count\">warning: ").text(w.is_string() ? w.get<std::string>() : w.dump()).raw("</p>");
    h.raw("</article>");
    page_end(h);
    return html_response(h);
}

}  // namespace quorum::server
