/** @file stored_record.cpp @brief Stored document data: DocumentRecord <-> JSON. */
#include "schema/stored_record.h"

#include "schema/fast_json.h"

#include <algorithm>
#include <cmath>

namespace quorum::schema {
namespace {

using nlohmann::json;

// A topic's evidence: {"weight", "items", "words": [{"phrase", "mentions", "in_title"}]}.
json evidence_json(const TopicEvidenceSummary& e) {
    json words = json::array();
    for (const auto& w : e.words) {
        json word = {{"phrase", w.phrase}, {"mentions", w.mentions}};
        if (w.in_title) word["in_title"] = true;
        words.push_back(std::move(word));
    }
    return {{"weight", e.weight}, {"items", e.items}, {"words", std::move(words)}};
}

TopicEvidenceSummary evidence_from_json(const json& j) {
    TopicEvidenceSummary e;
    if (!j.is_object()) return e;
    e.weight = j.value("weight", std::size_t{0});
    e.items = j.value("items", std::size_t{0});
    if (const auto words = j.find("words"); words != j.end() && words->is_array())
        for (const auto& w : *words)
            if (w.is_object())
                e.words.push_back({w.value("phrase", ""), w.value("mentions", std::size_t{0}), w.value("in_title", false)});
    return e;
}

json facet_json(const std::vector<FacetValue>& values) {
    json out = json::array();
    for (const auto& v : values) {
        // Two decimals are all a confidence means; the full double would cost ~16 bytes each.
        json j = {{"value", v.value}, {"source", v.source}, {"confidence", std::round(v.confidence * 100) / 100}};
        if (!v.role.empty()) j["role"] = v.role;
        if (!v.evidence.empty()) j["evidence"] = evidence_json(v.evidence);
        out.push_back(std::move(j));
    }
    return out;
}

std::vector<FacetValue> facet_values(const json& array) {
    std::vector<FacetValue> out;
    if (!array.is_array()) return out;
    for (const auto& v : array)
        if (v.is_object())
            out.push_back({v.value("value", ""), v.value("source", ""), v.value("confidence", 0.0), v.value("role", ""),
                           evidence_from_json(v.value("evidence", json::object()))});
    return out;
}

std::vector<std::string> plain_values(const std::vector<FacetValue>& values) {
    std::vector<std::string> out;
    for (const auto& v : values) out.push_back(v.value);
    return out;
}

std::string first_value(const std::vector<FacetValue>& values) { return values.empty() ? "" : values.front().value; }

json officers_json(const std::vector<FacetValue>& values) {
    json out = json::array();
    for (const auto& v : values) out.push_back({{"name", v.value}, {"role", v.role}});
    return out;
}

const json& member(const json& j, const char* key) {
    static const json null_json;
    if (!j.is_object()) return null_json;
    auto it = j.find(key);
    return it == j.end() ? null_json : *it;
}

std::pair<size_t, size_t> item_span(const json& data, size_t index) {
    const json& items = member(data, "items");
    if (!items.is_array() || index >= items.size()) return {0, 0};
    const json& span = member(items[index], "text");
    if (!span.is_array() || span.size() != 2 || !span[0].is_number_unsigned() || !span[1].is_number_unsigned())
        return {0, 0};
    return {span[0].get<size_t>(), span[1].get<size_t>()};
}

// A resolution that is a slice of its item's text is stored as [begin, end] in the document
// text (it usually is: the marker's paragraph and the list after it); otherwise as a string.
json resolution_json(const Item& item, size_t item_begin) {
    if (item.resolution.empty()) return "";
    const size_t at = item.text.find(item.resolution);
    if (at == std::string::npos) return item.resolution;
    return json::array({item_begin + at, item_begin + at + item.resolution.size()});
}

// An item's vote: only the fields the minutes state ({} when none).
json vote_json(const Vote& v) {
    json out = json::object();
    if (!v.mover.empty()) out["mover"] = v.mover;
    if (!v.mover_person.empty()) out["mover_person"] = v.mover_person;
    if (!v.seconder_person.empty()) out["seconder_person"] = v.seconder_person;
    if (!v.seconder.empty()) out["seconder"] = v.seconder;
    if (!v.result.empty()) out["result"] = v.result;
    if (v.in_favour >= 0) out["for"] = v.in_favour;
    if (v.against >= 0) out["against"] = v.against;
    if (v.abstained >= 0) out["abstain"] = v.abstained;
    if (!v.for_names.empty()) out["for_names"] = v.for_names;
    if (!v.against_names.empty()) out["against_names"] = v.against_names;
    if (!v.abstain_names.empty()) out["abstain_names"] = v.abstain_names;
    if (!v.absent_names.empty()) out["absent_names"] = v.absent_names;
    return out;
}

std::vector<std::string> names_from_json(const json& j, const char* key) {
    std::vector<std::string> out;
    if (const auto it = j.find(key); it != j.end() && it->is_array())
        for (const auto& n : *it)
            if (n.is_string()) out.push_back(n.get<std::string>());
    return out;
}

Vote vote_from_json(const json& j) {
    Vote v;
    if (!j.is_object()) return v;
    v.mover = j.value("mover", "");
    v.mover_person = j.value("mover_person", "");
    v.seconder_person = j.value("seconder_person", "");
    v.seconder = j.value("seconder", "");
    v.result = j.value("result", "");
    v.in_favour = j.value("for", -1);
    v.against = j.value("against", -1);
    v.abstained = j.value("abstain", -1);
    v.for_names = names_from_json(j, "for_names");
    v.against_names = names_from_json(j, "against_names");
    v.abstain_names = names_from_json(j, "abstain_names");
    v.absent_names = names_from_json(j, "absent_names");
    return v;
}

json page_sources_json(const std::vector<DocumentRecord::PageSource>& sources) {
    json out = json::array();
    for (const auto& s : sources) out.push_back({{"page", s.page}, {"source", s.source}, {"confidence", s.confidence}});
    return out;
}

// The meetings of a file that holds several: {"title", "date", "body", "first_item", "pages"}.
json meetings_json(const std::vector<Meeting>& meetings) {
    json out = json::array();
    for (const auto& m : meetings)
        out.push_back({{"title", m.title},
                       {"date", m.date},
                       {"body", m.body},
                       {"first_item", m.first_item},
                       {"pages", {m.first_page, m.last_page}}});
    return out;
}

std::vector<Meeting> meetings_from_json(const json& array) {
    std::vector<Meeting> out;
    if (!array.is_array()) return out;
    for (const auto& j : array) {
        if (!j.is_object()) continue;
        Meeting m;
        m.title = j.value("title", "");
        m.date = j.value("date", "");
        m.body = j.value("body", "");
        m.first_item = j.value("first_item", size_t{0});
        const json& pages = member(j, "pages");
        if (pages.is_array() && pages.size() == 2 && pages[0].is_number_integer() && pages[1].is_number_integer()) {
            m.first_page = pages[0].get<int>();
            m.last_page = pages[1].get<int>();
        }
        out.push_back(std::move(m));
    }
    return out;
}

}  // namespace

json record_to_json(const DocumentRecord& r, std::string_view doc_id, const std::vector<std::uint32_t>& item_positions) {
    const auto& f = r.facets;
    std::string text;
    json items = json::array();
    for (const auto& it : r.items) {
        if (!text.empty()) text += "\n\n";
        const size_t begin = text.size();
        text += it.text;
        json page_starts = json::array();
        for (const auto& [offset, page] : it.page_starts) page_starts.push_back({offset, page});
        items.push_back({{"number", it.number},
                         {"title", it.title},
                         {"pages", {it.first_page, it.last_page}},
                         {"resolved", !it.resolution.empty()},
                         {"resolution", resolution_json(it, begin)},
                         {"topics", it.topics},
                         {"vote", vote_json(it.vote)},
                         {"speakers", it.speakers},
                         {"text", {begin, text.size()}},
                         {"page_starts", std::move(page_starts)}});
        if (item_positions.size() == r.items.size()) items.back()["position"] = item_positions[items.size() - 1];
    }
    json out = {
        {"id", doc_id},
        {"path", r.path},
        {"format", r.format},
        {"title", r.title},
        {"pages", r.pages},
        {"size", r.stamp.size},
        {"mtime", r.stamp.mtime},
        {"hash", r.stamp.hash},
        {"facets",
         {{"council", facet_json(f.councils)},
          {"mentions", facet_json(f.mentions)},
          {"body", facet_json(f.bodies)},
          {"date", facet_json(f.dates)},
          {"doc_type", facet_json(f.doc_types)},
          {"officers", facet_json(f.officers)},
          {"people", facet_json(f.people)},
          {"topics", facet_json(f.topics)}}},
        {"source_url", f.source_url},
        {"warnings", r.warnings},
        {"page_sources", page_sources_json(r.page_sources)},
        {"items", std::move(items)},
        {"text", std::move(text)},
    };
    if (r.meetings.size() > 1) out["meetings"] = meetings_json(r.meetings);
    return out;
}

json stored_meetings(const json& data) {
    const json& meetings = member(data, "meetings");
    if (meetings.is_array() && meetings.size() > 1) return meetings;
    return stored_meetings(data, stored_facet_summary(data));
}

json stored_meetings(const json& data, const json& summary) {
    const json& meetings = member(data, "meetings");
    if (meetings.is_array() && meetings.size() > 1) return meetings;
    const json& items = member(data, "items");
    int last_page = data.value("pages", 1);
    if (items.is_array())
        for (const auto& item : items) {
            const json& pages = member(item, "pages");
            if (pages.is_array() && pages.size() == 2 && pages[1].is_number_integer())
                last_page = std::max(last_page, pages[1].get<int>());
        }
    return json::array({{{"title", data.value("title", "")},
                         {"date", summary["date"]},
                         {"body", summary["body"]},
                         {"first_item", 0},
                         {"pages", {1, last_page}}}});
}

size_t stored_meeting_of_item(const json& meetings, size_t index) {
    size_t k = 0;
    if (!meetings.is_array()) return 0;
    while (k + 1 < meetings.size() && meetings[k + 1].is_object() && meetings[k + 1].value("first_item", size_t{0}) <= index)
        ++k;
    return k;
}

json stored_facet_summary(const json& data) {
    const json& f = member(data, "facets");
    // Only each value and its role: a hit's summary has no use for sources and evidence.
    const auto values = [&](const char* facet) {
        std::vector<FacetValue> out;
        const json& array = member(f, facet);
        if (array.is_array())
            for (const auto& v : array)
                if (v.is_object()) out.push_back({v.value("value", ""), "", 0.0, v.value("role", ""), {}});
        return out;
    };
    return {{"council", plain_values(values("council"))}, {"body", first_value(values("body"))},
            {"date", first_value(values("date"))},       {"doc_type", first_value(values("doc_type"))},
            {"officers", officers_json(values("officers"))}, {"people", officers_json(values("people"))},
            {"topics", plain_values(values("topics"))}};
}

std::string stored_data_string(const json& data) { return data.dump(-1, ' ', false, json::error_handler_t::replace); }

DocumentRecord record_from_json(const json& d) {
    DocumentRecord r;
    if (!d.is_object()) return r;
    r.path = d.value("path", "");
    r.format = d.value("format", "");
    r.title = d.value("title", "");
    r.pages = d.value("pages", 1);
    r.stamp.size = d.value("size", std::uint64_t{0});
    r.stamp.mtime = d.value("mtime", std::int64_t{0});
    r.stamp.hash = d.value("hash", "");
    r.facets.source_url = d.value("source_url", "");
    r.warnings = d.value("warnings", std::vector<std::string>{});
    if (const auto it = d.find("page_sources"); it != d.end() && it->is_array())
        for (const auto& s : *it)
            r.page_sources.push_back({s.value("page", 1), s.value("source", ""), s.value("confidence", 0)});
    const json& f = member(d, "facets");
    r.facets.councils = facet_values(member(f, "council"));
    r.facets.mentions = facet_values(member(f, "mentions"));
    r.facets.bodies = facet_values(member(f, "body"));
    r.facets.dates = facet_values(member(f, "date"));
    r.facets.doc_types = facet_values(member(f, "doc_type"));
    r.facets.officers = facet_values(member(f, "officers"));
    r.facets.people = facet_values(member(f, "people"));
    r.facets.topics = facet_values(member(f, "topics"));
    r.meetings = meetings_from_json(member(d, "meetings"));
    if (r.meetings.size() < 2) r.meetings.clear();
    const json& items = member(d, "items");
    if (!items.is_array()) return r;
    for (size_t i = 0; i < items.size(); ++i) {
        const json& j = items[i];
        if (!j.is_object()) continue;
        Item item;
        item.number = j.value("number", "");
        item.title = j.value("title", "");
        item.text = std::string(stored_item_text(d, i));
        item.resolution = stored_item_resolution(d, i);
        item.topics = j.value("topics", std::vector<std::string>{});
        item.vote = vote_from_json(member(j, "vote"));
        item.speakers = j.value("speakers", std::vector<std::string>{});
        const json& pages = member(j, "pages");
        if (pages.is_array() && pages.size() == 2 && pages[0].is_number_integer() && pages[1].is_number_integer()) {
            item.first_page = pages[0].get<int>();
            item.last_page = pages[1].get<int>();
        }
        const json& starts = member(j, "page_starts");
        if (starts.is_array())
            for (const auto& s : starts)
                if (s.is_array() && s.size() == 2 && s[0].is_number_unsigned() && s[1].is_number_integer())
                    item.page_starts.emplace_back(s[0].get<size_t>(), s[1].get<int>());
        r.items.push_back(std::move(item));
    }
    return r;
}

json parse_stored(const std::string& data) {
    std::optional<json> j = parse_json_fast(data);
    return j && j->is_object() ? std::move(*j) : json::object();
}

json parse_stored(const StoredDataCodec& codec, const std::string& data) {
    return StoredDataCodec::is_compressed(data) ? parse_stored(codec.decode(data)) : parse_stored(data);
}

json parse_stored(const StoredDataCodec& codec, const std::string& data, const JsonSelection& selection) {
    std::optional<json> j = StoredDataCodec::is_compressed(data) ? parse_json_fast(codec.decode(data), selection)
                                                                 : parse_json_fast(data, selection);
    return j && j->is_object() ? std::move(*j) : json::object();
}

std::string_view stored_item_text(const json& data, size_t index) {
    const json& text = member(data, "text");
    if (!text.is_string()) return {};
    const auto& s = text.get_ref<const std::string&>();
    auto [begin, end] = item_span(data, index);
    if (begin > end || end > s.size()) return {};
    return std::string_view(s).substr(begin, end - begin);
}

std::string stored_item_resolution(const json& data, size_t index) {
    const json& items = member(data, "items");
    if (!items.is_array() || index >= items.size()) return "";
    const json& r = member(items[index], "resolution");
    if (r.is_string()) return r.get<std::string>();
    const json& text = member(data, "text");
    if (!r.is_array() || r.size() != 2 || !r[0].is_number_unsigned() || !r[1].is_number_unsigned() || !text.is_string())
        return "";
    const auto& s = text.get_ref<const std::string&>();
    const size_t begin = r[0].get<size_t>(), end = r[1].get<size_t>();
    return begin <= end && end <= s.size() ? s.substr(begin, end - begin) : "";
}

std::vector<std::uint32_t> stored_item_positions(const json& data) {
    std::vector<std::uint32_t> out;
    const auto items = data.find("items");
    if (items == data.end() || !items->is_array()) return out;
    for (const auto& item : *items) {
        const auto p = item.is_object() ? item.find("position") : item.end();
        if (!item.is_object() || p == item.end() || !p->is_number_unsigned()) return {};
        const auto v = p->get<std::uint32_t>();
        if (!out.empty() && v <= out.back()) return {};  // not ascending: not ours
        out.push_back(v);
    }
    return out;
}

json stored_ocr_pages(const json& data, int first, int last) {
    const json& sources = member(data, "page_sources");
    if (!sources.is_array()) return nullptr;
    json pages = json::array();
    int confidence_sum = 0;
    for (const auto& s : sources) {
        if (!s.is_object() || s.value("source", "") != "ocr") continue;
        const int page = s.value("page", 0);
        if (page < first || page > last) continue;
        pages.push_back(page);
        confidence_sum += s.value("confidence", 0);
    }
    if (pages.empty()) return nullptr;
    const int n = static_cast<int>(pages.size());
    return {{"pages", pages}, {"confidence", (confidence_sum + n / 2) / n}};
}

int stored_item_page(const json& data, size_t index, size_t offset) {
    const json& items = member(data, "items");
    if (!items.is_array() || index >= items.size()) return 1;
    const json& item = items[index];
    int page = 1;
    const json& pages = member(item, "pages");
    if (pages.is_array() && !pages.empty() && pages[0].is_number_integer()) page = pages[0].get<int>();
    const json& starts = member(item, "page_starts");
    if (starts.is_array())
        for (const auto& s : starts) {
            if (!s.is_array() || s.size() != 2 || !s[0].is_number_unsigned() || !s[1].is_number_integer()) continue;
            if (s[0].get<size_t>() > offset) break;
            page = s[1].get<int>();
        }
    return page;
}

Vote stored_vote(const json& vote) { return vote_from_json(vote); }

}  // namespace quorum::schema
