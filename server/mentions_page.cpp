/** @file mentions_page.cpp @brief Every mention of a phrase, in context, with its chart per year or month. */
#include "server/pages.h"
#include "server/routes.h"

namespace quorum::server {

Response mentions_page(const Request& request, ServerContext& ctx) {
    const query::Deadline deadline = request_deadline(ctx.limits);
    const MentionsParams p = mentions_params(request, ctx.limits);
    Params state;
    for (const auto& pair : request.params)
        if (!pair.second.empty()) state.push_back(pair);
    Params keep = with_param(state, "q", "");
    Html h;
    page_start(h, p.phrase.empty() ? "Mentions" : "Mentions of " + p.phrase, "/mentions", "/mentions", p.phrase, keep,
               "Every mention of a phrase, e.g. county lines");
    h.raw("<section class=\"full\">");
    if (p.phrase.empty()) {
        h.raw("<p>Type a word or phrase to list every mention of it, with its meeting, item and page, and a chart "
              "of mentions per year. Words match as written (any case); a trailing * matches any ending.</p></section>");
        page_end(h);
        return html_response(h);
    }
    const auto r = ctx.handles.with_latest(
        [&](Xapian::Database& db) { return query::find_mentions(db, p.phrase, p.filters, p.period, deadline); });
    partial_notice(h, ctx.handles.missing_shards());
    const bool by_month = p.period == query::MentionPeriod::Month;
    h.raw("<p class=\"summary\" id=\"summary\">").text(std::to_string(r.mentions.size()) + (r.mentions.size() == 1 ? " mention" : " mentions") +
                                          " of \"" + p.phrase + "\" in " + std::to_string(r.documents) +
                                          (r.documents == 1 ? " meeting" : " meetings"))
        .raw("</p><p class=\"sort\">Count per: <a").attr("href", link("/mentions", with_param(state, "by", ""))).raw(by_month ? ">" : " aria-current=\"true\">")
        .raw("year</a><a").attr("href", link("/mentions", with_param(state, "by", "month"))).raw(by_month ? " aria-current=\"true\">" : ">")
        .raw("month</a></p>");
    std::vector<std::pair<std::string, unsigned long long>> counts;
    for (const auto& [period, n] : r.by_period)
        if (period != "undated") counts.emplace_back(period, n);
    timeline_svg(h, counts, [&](const std::string& period) {
        return link("/mentions", with_param(with_param(state, "from", period), "to", period));
    }, false, by_month ? "Mentions per month" : "Mentions per year");
    std::string last_id;
    for (const auto& m : r.mentions) {
        if (m.doc_id != last_id) {
            if (!last_id.empty()) h.raw("</ul>");
            std::string council;
            for (const auto& c : m.council) council += (council.empty() ? "" : ", ") + c;
            h.raw("<h3><a").attr("href", "/meetings/" + m.doc_id).raw(">").text(m.date.empty() ? "(undated)" : m.date)
                .raw("</a> <span class=\"meta\">").text(council + (m.body.empty() ? "" : " · " + m.body)).raw("</span></h3><ul class=\"kwic\">");
            last_id = m.doc_id;
        }
        h.raw("<li>item ").text(m.item_number.empty() ? "–" : m.item_number).raw(", <a")
            .attr("href", "/files/" + m.doc_id + (m.path.size() > 4 && m.path.substr(m.path.size() - 4) == ".pdf" ? "#page=" + std::to_string(m.page) : ""))
            .raw(">p").text(std::to_string(m.page)).raw("</a>").raw(m.in_title ? " (title)" : "").raw(": …").text(m.before)
            .raw("<mark>").text(m.match).raw("</mark>").text(m.after).raw("…</li>");
    }
    if (!last_id.empty()) h.raw("</ul>");
    h.raw("<p class=\"exports\">Export: <a").attr("href", link("/api/mentions", state)).raw(">JSON</a>");
    h.raw("<a").attr("href", link("/export/mentions.csv", state)).raw(">CSV</a>");
    h.raw("<a").attr("href", link("/export/mentions.json", state)).raw(">JSON (streamed)</a></p></section>");
    page_end(h);
    return html_response(h);
}

}  // namespace quorum::server
