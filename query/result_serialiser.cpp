/** @file result_serialiser.cpp @brief Search hits, decisions and mentions as JSON objects and CSV rows. */
#include "query/result_serialiser.h"

#include "schema/stored_record.h"

#include "query/snippet_text.h"

#include <string_view>

namespace quorum::query {
namespace {

// CSV column "vote_result" is the JSON object's "vote": {"result"}; likewise the other vote members.
constexpr std::string_view kVoteColumnPrefix = "vote_";
// CSV column "meeting" is the object's "meeting": {"index"}, "meeting_pages" its "pages".
constexpr std::string_view kMeetingColumn = "meeting";
constexpr std::string_view kMeetingColumnPrefix = "meeting_";

std::string pages_text(const nlohmann::json& pages) {
    if (!pages.is_array() || pages.size() != 2 || !pages[0].is_number_integer() || !pages[1].is_number_integer())
        return "";
    const int a = pages[0].get<int>(), b = pages[1].get<int>();
    return a == b ? "p" + std::to_string(a) : "pp" + std::to_string(a) + "-" + std::to_string(b);
}

// The first page of a hit's item, or 0 when it has none.
int first_page(const nlohmann::json& hit) {
    const auto pages = hit.find("pages");
    if (pages == hit.end() || !pages->is_array() || pages->empty() || !(*pages)[0].is_number_integer()) return 0;
    return (*pages)[0].get<int>();
}

std::string csv_field(const std::string& column, const nlohmann::json& v) {
    if (column == "pages" || column == "meeting_pages") return pages_text(v);
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

// The hit's meeting: {"index", "count", "title", "date", "body", "pages", "link"}, the link to
// the meeting's first page.
nlohmann::json meeting_json_of(const nlohmann::json& d) {
    nlohmann::json m = d.contains("meeting") && d["meeting"].is_object() ? d["meeting"] : nlohmann::json::object();
    int page = 0;
    if (const auto p = m.find("pages"); p != m.end() && p->is_array() && !p->empty() && (*p)[0].is_number_integer())
        page = (*p)[0].get<int>();
    m["link"] = page_link(d.value("path", ""), d.value("source_url", ""), d.value("format", ""), page);
    return m;
}

}  // namespace

std::string page_link(const std::string& path, const std::string& source_url, const std::string& format, int page) {
    std::string base = source_url.empty() ? path : source_url.substr(0, source_url.find('#'));
    if (format == "pdf" && page >= 1) base += "#page=" + std::to_string(page);
    return base;
}

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
            {"vote", d.contains("vote") && d["vote"].is_object() ? d["vote"] : nlohmann::json::object()},
            {"source_url", d.value("source_url", "")},
            {"link", page_link(d.value("path", ""), d.value("source_url", ""), d.value("format", ""), first_page(d))},
            {"meeting", meeting_json_of(d)},
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
            {"speakers", m.speakers},
            {"ocr_confidence", m.ocr_confidence >= 0 ? nlohmann::json(m.ocr_confidence) : nlohmann::json(nullptr)},
            {"link", page_link(m.path, m.source_url, m.format, m.page)}};
}

std::vector<std::string> search_hit_csv_columns(bool decisions) {
    std::vector<std::string> columns{"path", "item", "title", "date", "council", "body", "officers", "topics",
                                     "pages", "snippet", "more_in_document"};
    if (decisions) columns.emplace_back("resolution");
    for (const char* v : {"vote_result", "vote_mover", "vote_seconder", "vote_for", "vote_against", "vote_abstain",
                          "vote_for_names", "vote_against_names", "vote_abstain_names", "vote_absent_names"})
        columns.emplace_back(v);
    columns.emplace_back("link");
    columns.emplace_back("ocr_confidence");
    columns.emplace_back(kMeetingColumn);
    columns.emplace_back("meeting_pages");
    return columns;
}

std::vector<std::string> mention_csv_columns() {
    return {"path", "date", "council", "body", "item", "title", "page", "before", "match", "after", "context",
            "ocr_confidence", "link"};
}

std::vector<std::string> csv_fields(const nlohmann::json& object, const std::vector<std::string>& columns) {
    std::vector<std::string> out;
    out.reserve(columns.size());
    const auto vote = object.find("vote");
    const auto meeting = object.find(kMeetingColumn);
    const bool has_meeting = meeting != object.end() && meeting->is_object();
    for (const auto& c : columns) {
        const nlohmann::json* value = nullptr;
        if (c == kMeetingColumn) {
            if (has_meeting && meeting->contains("index")) value = &meeting->at("index");
        } else if (const auto it = object.find(c); it != object.end()) {
            value = &*it;
        } else if (c.starts_with(kVoteColumnPrefix) && vote != object.end() && vote->is_object()) {
            const auto member = vote->find(c.substr(kVoteColumnPrefix.size()));
            if (member != vote->end()) value = &*member;
        } else if (c.starts_with(kMeetingColumnPrefix) && has_meeting) {
            const auto member = meeting->find(c.substr(kMeetingColumnPrefix.size()));
            if (member != meeting->end()) value = &*member;
        }
        out.push_back(value ? csv_field(c, *value) : "");
    }
    return out;
}

nlohmann::json meeting_json(const nlohmann::json& doc) {
    const nlohmann::json facets = schema::stored_facet_summary(doc);
    const nlohmann::json stored = schema::stored_meetings(doc);
    nlohmann::json meetings = nlohmann::json::array();
    for (size_t k = 0; k < stored.size(); ++k) {
        const nlohmann::json& m = stored[k];
        const std::string date = m.value("date", ""), body = m.value("body", "");
        meetings.push_back({{"index", k},
                            {"title", m.value("title", "")},
                            // A later meeting with no date of its own stays undated.
                            {"date", !date.empty() ? nlohmann::json(date) : k == 0 ? facets["date"] : nlohmann::json("")},
                            {"body", body.empty() ? facets["body"] : nlohmann::json(body)},
                            {"pages", m.value("pages", nlohmann::json::array({1, 1}))},
                            {"first_item", m.value("first_item", 0)}});
    }
    nlohmann::json out_items = nlohmann::json::array();
    for (const auto& i : doc.value("items", nlohmann::json::array()))
        out_items.push_back({{"meeting", schema::stored_meeting_of_item(stored, out_items.size())},
                             {"number", i.value("number", "")},
                             {"title", i.value("title", "")},
                             {"pages", i.value("pages", nlohmann::json::array({1, 1}))},
                             {"resolved", i.value("resolved", false)},
                             {"vote", i.value("vote", nlohmann::json::object())},
                             {"speakers", i.value("speakers", nlohmann::json::array())},
                             {"topics", i.value("topics", nlohmann::json::array())}});
    return {{"path", doc.value("path", "")},
            {"source_url", doc.value("source_url", "")},
            {"format", doc.value("format", "")},
            {"title", doc.value("title", "")},
            {"council", facets["council"]},
            {"body", facets["body"]},
            {"date", facets["date"]},
            {"doc_type", facets["doc_type"]},
            {"officers", facets["officers"]},
            {"people", facets["people"]},
            {"topics", facets["topics"]},
            {"pages", doc.value("pages", 0)},
            {"meetings", std::move(meetings)},
            {"items", out_items},
            {"warnings", doc.value("warnings", nlohmann::json::array())},
            {"page_sources", doc.value("page_sources", nlohmann::json::array())},
            {"facets", doc.value("facets", nlohmann::json::object())}};
}

nlohmann::json facet_listing_json(const FacetListing& listing, const std::string& query) {
    nlohmann::json values = nlohmann::json::array();
    for (const auto& v : listing.values) values.push_back({{"value", v.value}, {"documents", v.documents}});
    return {{"field", listing.field}, {"query", query}, {"documents", listing.documents}, {"values", std::move(values)}};
}

std::string vote_text(const nlohmann::json& v) {
    if (!v.is_object() || v.empty()) return "";
    std::string out;
    if (v.contains("result") && v["result"].is_string()) out = v["result"].get<std::string>();
    std::string counts;
    for (const char* k : {"for", "against", "abstain"})
        if (v.contains(k) && v[k].is_number()) counts += (counts.empty() ? "" : ", ") + std::string(k) + " " + std::to_string(v[k].get<int>());
    if (!counts.empty()) out += (out.empty() ? "(" : " (") + counts + ")";
    if (v.contains("mover") && v["mover"].is_string()) out += (out.empty() ? "" : "; ") + ("moved by " + v["mover"].get<std::string>());
    if (v.contains("seconder") && v["seconder"].is_string())
        out += (out.empty() ? "" : ", ") + ("seconded by " + v["seconder"].get<std::string>());
    // Named votes: "; for: Vance, Orr; against: Pell".
    for (const char* side : {"for", "against", "abstain", "absent"}) {
        const auto names = v.find(std::string(side) + "_names");
        if (names == v.end() || !names->is_array() || names->empty()) continue;
        std::string list;
        for (const auto& n : *names)
            if (n.is_string()) list += (list.empty() ? "" : ", ") + n.get<std::string>();
        out += (out.empty() ? "" : "; ") + std::string(side) + ": " + list;
    }
    return out;
}

}  // namespace quorum::query
