/** @file api_json.cpp @brief JSON shapes for the API (the CLI's --format json shapes). */
#include "server/api_json.h"

#include <algorithm>

#include "schema/stored_record.h"
#include "server/html.h"
#include "server/request_params.h"

namespace quorum::server {
namespace {

// The searcher's match markers as the CLI prints them (<b>, with Xapian's escaping kept).
std::string cli_snippet(const std::string& snippet) {
    std::string out;
    out.reserve(snippet.size() + 16);
    for (const char c : snippet) {
        if (c == kMatchStart[0])
            out += "<b>";
        else if (c == kMatchEnd[0])
            out += "</b>";
        else
            out += c;
    }
    return out;
}

}  // namespace

nlohmann::json search_hit_json(const query::SearchHit& h) {
    const auto& d = h.item;
    nlohmann::json officers = nlohmann::json::array();
    if (d.contains("officers"))
        for (const auto& o : d["officers"]) officers.push_back(o.value("name", ""));
    return {{"id", d.value("id", "")},
            {"path", d.value("path", "")},
            {"item", d.contains("item") ? d["item"].value("number", "") : ""},
            {"title", d.contains("item") ? d["item"].value("title", "") : ""},
            {"date", d.value("date", "")},
            {"council", d.value("council", nlohmann::json::array())},
            {"body", d.value("body", "")},
            {"officers", officers},
            {"topics", d.value("topics", nlohmann::json::array())},
            {"pages", d.value("pages", nlohmann::json::array())},
            {"snippet", cli_snippet(h.snippet)},
            {"more_in_document", h.more_in_document},
            {"resolution", d.value("resolution", "")}};
}

nlohmann::json search_json(const query::SearchRequest& req, const query::SearchResults& r) {
    nlohmann::json results = nlohmann::json::array();
    for (const auto& h : r.hits) results.push_back(search_hit_json(h));
    return {{"query", req.query},
            {"parsed", r.parsed},
            {"total", r.total},
            {"total_is_exact", r.total_is_exact},
            {"results", results},
            {"facets", r.facets},
            {"facets_exact", r.facets_exact},
            {"facets_sampled", r.facets_sampled},
            {"suggestion", r.suggestion},
            {"page", req.limit ? req.offset / req.limit + 1 : 1},
            {"size", req.limit},
            {"sort", sort_name(req.sort)}};
}

nlohmann::json mention_json(const query::Mention& m) {
    return {{"id", m.doc_id}, {"path", m.path},     {"date", m.date},        {"council", m.council},
            {"body", m.body}, {"item", m.item_number}, {"title", m.item_title}, {"in_title", m.in_title},
            {"page", m.page}, {"before", m.before},  {"match", m.match},      {"after", m.after}};
}

nlohmann::json mentions_json(const std::string& phrase, const std::string& by, const query::MentionsResult& r) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& m : r.mentions) list.push_back(mention_json(m));
    return {{"phrase", phrase},         {"parsed", r.parsed}, {"total", r.mentions.size()},
            {"documents", r.documents}, {"by", by},           {"counts", r.by_period},
            {"mentions", list}};
}

nlohmann::json meeting_json(const nlohmann::json& doc) {
    nlohmann::json out_items = nlohmann::json::array();
    const nlohmann::json items = doc.value("items", nlohmann::json::array());
    for (size_t i = 0; i < items.size(); ++i) {
        const auto& item = items[i];
        out_items.push_back({{"number", item.value("number", "")},
                             {"title", item.value("title", "")},
                             {"pages", item.value("pages", nlohmann::json::array({1, 1}))},
                             {"resolved", item.value("resolved", false)},
                             {"topics", item.value("topics", nlohmann::json::array())},
                             {"resolution", schema::stored_item_resolution(doc, i)}});
    }
    const nlohmann::json facets = schema::stored_facet_summary(doc);
    return {{"id", doc.value("id", "")},
            {"path", doc.value("path", "")},
            {"format", doc.value("format", "")},
            {"title", doc.value("title", "")},
            {"council", facets["council"]},
            {"body", facets["body"]},
            {"date", facets["date"]},
            {"doc_type", facets["doc_type"]},
            {"officers", facets["officers"]},
            {"topics", facets["topics"]},
            {"pages", doc.value("pages", 0)},
            {"items", out_items},
            {"warnings", doc.value("warnings", nlohmann::json::array())},
            {"facets", doc.value("facets", nlohmann::json::object())}};
}

nlohmann::json facet_json(const std::string& field, const query::SearchRequest& req, const query::SearchResults& r) {
    std::vector<std::pair<std::string, Xapian::doccount>> values;
    if (const auto it = r.facets.find(field); it != r.facets.end())
        values.assign(it->second.begin(), it->second.end());
    std::stable_sort(values.begin(), values.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    nlohmann::json list = nlohmann::json::array();
    for (const auto& [value, count] : values) list.push_back({{"value", value}, {"count", count}});
    return {{"field", field},      {"query", req.query},          {"total", r.total},
            {"total_is_exact", r.total_is_exact}, {"exact", r.facets_exact}, {"sampled", r.facets_sampled},
            {"values", list}};
}

nlohmann::json error_json(int status, const std::string& message) { return {{"error", message}, {"status", status}}; }

std::string json_text(const nlohmann::json& j) {
    return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace quorum::server
