/** @file api_json.cpp @brief JSON shapes for the API (the CLI's --format json shapes). */
#include "server/api_json.h"

#include <algorithm>

#include "schema/stored_record.h"
#include "query/result_serialiser.h"
#include "server/html.h"
#include "server/request_params.h"

namespace quorum::server {

// The shapes come from the one serialiser the CLI uses (query/result_serialiser.h); the API adds
// only what a web client needs besides: the meeting's id for a mention, and paging.

nlohmann::json search_hit_json(const query::SearchHit& h) { return query::search_hit_json(h); }

nlohmann::json search_json(const query::SearchRequest& req, const query::SearchResults& r) {
    nlohmann::json out = query::search_summary_json(req.query, r);
    nlohmann::json results = nlohmann::json::array();
    for (const auto& h : r.hits) results.push_back(server::search_hit_json(h));
    out["results"] = std::move(results);
    out["page"] = req.limit ? req.offset / req.limit + 1 : 1;
    out["size"] = req.limit;
    out["sort"] = sort_name(req.sort);
    return out;
}

nlohmann::json mention_json(const query::Mention& m) {
    nlohmann::json j = query::mention_json(m);
    j["id"] = m.doc_id;
    return j;
}

nlohmann::json mentions_json(const std::string& phrase, const std::string& by, const query::MentionsResult& r) {
    nlohmann::json out = query::mentions_summary_json(phrase, r, by);
    nlohmann::json list = nlohmann::json::array();
    for (const auto& m : r.mentions) list.push_back(server::mention_json(m));
    out["mentions"] = std::move(list);
    return out;
}

nlohmann::json meeting_json(const nlohmann::json& doc) {
    nlohmann::json out = query::meeting_json(doc);  // as `quorum show --format json`
    out["id"] = doc.value("id", "");
    auto& items = out["items"];
    for (size_t i = 0; i < items.size(); ++i) items[i]["resolution"] = schema::stored_item_resolution(doc, i);
    return out;
}

void mark_partial(nlohmann::json& answer, const std::vector<std::string>& missing) {
    if (missing.empty()) return;
    answer["partial"] = true;
    answer["missing_shards"] = missing;
}

nlohmann::json error_json(int status, const std::string& message) { return {{"error", message}, {"status", status}}; }

std::string json_text(const nlohmann::json& j) {
    return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace quorum::server
