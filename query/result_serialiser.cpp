/** @file result_serialiser.cpp @brief Search hits, decisions and mentions as JSON objects and CSV rows. */
#include "query/result_serialiser.h"

#include "schema/stored_record.h"

#include "query/snippet_text.h"

namespace quorum::query {
namespace {

std::string pages_text(const nlohmann::json& pages) {
    if (!pages.is_array() || pages.size() != 2 || !pages[0].is_number_integer() || !pages[1].is_number_integer())
        return "";
    const int a = pages[0].get<int>(), b = pages[1].get<int>();
    return a == b ? "p" + std::to_string(a) : "pp" + std::to_string(a) + "-" + std::to_string(b);
}

std::string csv_field(const std::string& column, const nlohmann::json& v) {
    if (column == "pages") return pages_text(v);
    if (v.is_string()) return v.get<std::string>();
    if (v.is_array()) {
        std::string out;
        for (const auto& e : v) {
            if (!out.empty()) out += ";";
            out += e.is_string() ? e.get<std::string>() : e.dump();
        }
        return out;
    }
    if (v.is_null()) return "";
    return v.dump();
}

}  // namespace

nlohmann::json search_hit_json(const SearchHit& hit) {
    const auto& d = hit.item;
    nlohmann::json officers = nlohmann::json::array();
    if (d.contains("officers") && d["officers"].is_array())
        for (const auto& o : d["officers"])
            if (o.is_object()) officers.push_back(o.value("name", ""));
    const nlohmann::json item = d.contains("item") && d["item"].is_object() ? d["item"] : nlohmann::json::object();
    nlohmann::json matches = nlohmann::json::array();
    for (const auto& [begin, end] : match_character_offsets(hit.snippet)) matches.push_back({begin, end});
    const nlohmann::json ocr = d.value("ocr", nlohmann::json(nullptr));
    return {{"id", d.value("id", "")},
            {"path", d.value("path", "")},
            {"item", item.value("number", "")},
            {"title", item.value("title", "")},
            {"date", d.value("date", "")},
            {"council", d.value("council", nlohmann::json::array())},
            {"body", d.value("body", "")},
            {"doc_type", d.value("doc_type", "")},
            {"officers", officers},
            {"topics", d.value("topics", nlohmann::json::array())},
            {"pages", d.value("pages", nlohmann::json::array())},
            {"snippet", marked_snippet(hit.snippet)},
            {"snippet_text", hit.snippet.text},
            {"snippet_matches", matches},
            {"more_in_document", hit.more_in_document},
            {"resolution", d.value("resolution", "")},
            {"ocr_pages", ocr.is_object() ? ocr["pages"] : nlohmann::json::array()},
            {"ocr_confidence", ocr.is_object() ? ocr["confidence"] : nlohmann::json(nullptr)}};
}

nlohmann::json search_summary_json(const std::string& query, const SearchResults& r) {
    return {{"query", query},
            {"parsed", r.parsed},
            {"total", r.total},
            {"total_is_exact", r.total_is_exact},
            {"facets", r.facets},
            {"facets_exact", r.facets_exact},
            {"facets_sampled", r.facets_sampled},
            {"suggestion", r.suggestion}};
}

nlohmann::json mentions_summary_json(const std::string& phrase, const MentionsResult& r, const std::string& by) {
    return {{"phrase", phrase}, {"parsed", r.parsed}, {"total", r.total},
            {"documents", r.documents}, {"by", by}, {"counts", r.by_period}};
}

nlohmann::json mention_json(const Mention& m) {
    const std::string context =
        m.before + std::string(kMatchOpen) + m.match + std::string(kMatchClose) + m.after;
    return {{"path", m.path},         {"date", m.date},   {"council", m.council}, {"body", m.body},
            {"item", m.item_number},  {"title", m.item_title}, {"in_title", m.in_title}, {"page", m.page},
            {"before", m.before},     {"match", m.match}, {"after", m.after},     {"context", context},
            {"ocr_confidence", m.ocr_confidence >= 0 ? nlohmann::json(m.ocr_confidence) : nlohmann::json(nullptr)}};
}

std::vector<std::string> search_hit_csv_columns(bool decisions) {
    std::vector<std::string> columns{"path", "item", "title", "date", "council", "body", "officers", "topics",
                                     "pages", "snippet", "more_in_document"};
    if (decisions) columns.emplace_back("resolution");
    columns.emplace_back("ocr_confidence");
    return columns;
}

std::vector<std::string> mention_csv_columns() {
    return {"path", "date", "council", "body", "item", "title", "page", "before", "match", "after", "context",
            "ocr_confidence"};
}

std::vector<std::string> csv_fields(const nlohmann::json& object, const std::vector<std::string>& columns) {
    std::vector<std::string> out;
    out.reserve(columns.size());
    for (const auto& c : columns) {
        const auto it = object.find(c);
        out.push_back(it == object.end() ? "" : csv_field(c, *it));
    }
    return out;
}

nlohmann::json meeting_json(const nlohmann::json& doc) {
    nlohmann::json out_items = nlohmann::json::array();
    for (const auto& i : doc.value("items", nlohmann::json::array()))
        out_items.push_back({{"number", i.value("number", "")},
                             {"title", i.value("title", "")},
                             {"pages", i.value("pages", nlohmann::json::array({1, 1}))},
                             {"resolved", i.value("resolved", false)},
                             {"vote", i.value("vote", nlohmann::json::object())},
                             {"topics", i.value("topics", nlohmann::json::array())}});
    const nlohmann::json facets = schema::stored_facet_summary(doc);
    return {{"path", doc.value("path", "")},
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
            {"page_sources", doc.value("page_sources", nlohmann::json::array())},
            {"facets", doc.value("facets", nlohmann::json::object())}};
}

}  // namespace quorum::query
