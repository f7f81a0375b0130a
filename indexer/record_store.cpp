/** @file record_store.cpp @brief Stored-data lookups by unique id and parent terms. */
#include "indexer/record_store.h"

#include "indexer/document_builder.h"
#include "schema/fields.h"

namespace quorum::index {
namespace {

namespace n = schema::names;

std::vector<FacetValue> facet_values(const nlohmann::json& array) {
    std::vector<FacetValue> out;
    if (!array.is_array()) return out;
    for (const auto& v : array)
        out.push_back({v.value("value", ""), v.value("source", ""), v.value("confidence", 0.0), v.value("role", "")});
    return out;
}

}  // namespace

std::optional<nlohmann::json> stored_document(const Xapian::Database& db, const std::string& path) {
    const std::string term = std::string(schema::field(n::kId).prefix) + document_id(path);
    auto it = db.postlist_begin(term);
    if (it == db.postlist_end(term)) return std::nullopt;
    auto j = nlohmann::json::parse(db.get_document(*it).get_data(), nullptr, false);
    if (j.is_discarded()) return std::nullopt;
    return j;
}

std::vector<nlohmann::json> stored_items(const Xapian::Database& db, const std::string& doc_id) {
    std::vector<nlohmann::json> out;
    const std::string term = schema::make_term(schema::field(n::kParent).prefix, doc_id);
    for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
        auto j = nlohmann::json::parse(db.get_document(*it).get_data(), nullptr, false);
        if (!j.is_discarded()) out.push_back(std::move(j));
    }
    return out;
}

std::optional<DocumentRecord> load_record(const Xapian::Database& db, const std::string& path) {
    auto doc = stored_document(db, path);
    if (!doc) return std::nullopt;
    DocumentRecord r;
    r.path = path;
    r.format = doc->value("format", "");
    r.title = doc->value("title", "");
    r.pages = doc->value("pages", 1);
    r.stamp.size = doc->value("size", std::uint64_t{0});
    r.stamp.mtime = doc->value("mtime", std::int64_t{0});
    r.stamp.hash = doc->value("hash", "");
    r.warnings = doc->value("warnings", std::vector<std::string>{});
    const auto& f = (*doc)["facets"];
    r.facets.councils = facet_values(f["council"]);
    r.facets.mentions = facet_values(f["mentions"]);
    r.facets.bodies = facet_values(f["body"]);
    r.facets.dates = facet_values(f["date"]);
    r.facets.doc_types = facet_values(f["doc_type"]);
    r.facets.officers = facet_values(f["officers"]);
    r.facets.topics = facet_values(f["topics"]);
    for (const auto& j : stored_items(db, doc->value("id", ""))) {
        Item item;
        item.number = j["item"].value("number", "");
        item.title = j["item"].value("title", "");
        item.text = j.value("text", "");
        item.resolution = j.value("resolution", "");
        item.topics = j.value("topics", std::vector<std::string>{});
        if (j["pages"].is_array() && j["pages"].size() == 2) {
            item.first_page = j["pages"][0].get<int>();
            item.last_page = j["pages"][1].get<int>();
        }
        r.items.push_back(std::move(item));
    }
    return r;
}

}  // namespace quorum::index
