/** @file stored_hit.cpp @brief A hit's record from the stored data: the item, its meeting, the document's facets, its OCR pages. */
#include "query/stored_hit.h"

#include <algorithm>
#include <string_view>

#include "schema/stored_record.h"

namespace quorum::query {

const schema::JsonSelection& stored_hit_parts() {
    static const schema::JsonSelection parts{
        "id", "path", "format", "title", "pages", "source_url", "text", "meetings", "page_sources",
        "items.number", "items.title", "items.pages", "items.resolved", "items.resolution", "items.topics",
        "items.vote", "items.text", "items.position",
        "facets.council.value", "facets.body.value", "facets.date.value", "facets.doc_type.value",
        "facets.officers.value", "facets.officers.role"};
    return parts;
}

ShownItem shown_item(const nlohmann::json& data, const std::vector<ItemMatch>& matches, bool resolutions_only,
                     const std::vector<HeldVote>& holding) {
    if (!holding.empty()) {
        const auto held = [&](size_t index, size_t least_filters) {
            return std::any_of(holding.begin(), holding.end(),
                               [&](const HeldVote& h) { return h.index == index && h.filters >= least_filters; });
        };
        std::vector<size_t> best, best_with_words;
        for (const auto& h : holding)
            if (h.filters == holding.front().filters) best.push_back(h.index);
        size_t held_with_words = 0;
        for (const auto& m : matches) {
            if (held(m.index, holding.front().filters)) best_with_words.push_back(m.index);
            if (held(m.index, 0)) ++held_with_words;
        }
        if (!best_with_words.empty()) return {best_with_words.front(), held_with_words - 1};
        if (resolutions_only)
            std::stable_partition(best.begin(), best.end(), [&](size_t i) { return data["items"][i].value("resolved", false); });
        return {best.front(), holding.size() - 1};
    }
    if (!matches.empty()) return {matches.front().index, matches.size() - 1};
    const auto items = data.find("items");
    if (resolutions_only && items != data.end() && items->is_array())
        for (size_t i = 0; i < items->size(); ++i)
            if ((*items)[i].is_object() && (*items)[i].value("resolved", false)) return {i, 0};
    return {};
}

nlohmann::json stored_hit_json(const nlohmann::json& d, size_t index) {
    static const nlohmann::json no_item = nlohmann::json::object();
    const nlohmann::json* found = &no_item;
    const auto items = d.find("items");
    if (items != d.end() && items->is_array() && index < items->size() && (*items)[index].is_object())
        found = &(*items)[index];
    const nlohmann::json& item = *found;
    const nlohmann::json facets = schema::stored_facet_summary(d);
    const nlohmann::json meetings = schema::stored_meetings(d, facets);
    const size_t k = schema::stored_meeting_of_item(meetings, index);
    const nlohmann::json& meeting = meetings[k];
    // The meeting's date and body, the document's when it states none; a later meeting of a file
    // with no date of its own stays undated (the document's date is its first meeting's).
    const auto meeting_or_document = [&](const char* key) {
        const std::string own = meeting.value(key, "");
        if (!own.empty()) return nlohmann::json(own);
        return k > 0 && std::string_view(key) == "date" ? nlohmann::json("") : facets[key];
    };
    const nlohmann::json pages = item.value("pages", nlohmann::json::array());
    const bool has_pages = pages.is_array() && pages.size() == 2 && pages[0].is_number_integer() &&
                           pages[1].is_number_integer();
    return {{"id", d.value("id", "")},
            {"path", d.value("path", "")},
            {"format", d.value("format", "")},
            {"doc_title", d.value("title", "")},
            {"item", {{"number", item.value("number", "")}, {"title", item.value("title", "")}}},
            {"pages", pages},
            {"date", meeting_or_document("date")},
            {"council", facets["council"]},
            {"body", meeting_or_document("body")},
            {"meeting", {{"index", k},
                         {"count", meetings.size()},
                         {"title", meeting.value("title", "")},
                         {"date", meeting_or_document("date")},
                         {"body", meeting_or_document("body")},
                         {"pages", meeting.value("pages", nlohmann::json::array())}}},
            {"doc_type", facets["doc_type"]},
            {"officers", facets["officers"]},
            {"topics", item.value("topics", nlohmann::json::array())},
            {"resolution", schema::stored_item_resolution(d, index)},
            {"vote", item.value("vote", nlohmann::json::object())},
            {"source_url", d.value("source_url", "")},
            {"ocr", has_pages ? schema::stored_ocr_pages(d, pages[0].get<int>(), pages[1].get<int>()) : nullptr}};
}

}  // namespace quorum::query
