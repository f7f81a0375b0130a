/** @file record_store.cpp @brief Stored-data lookups by unique id. */
#include "indexer/record_store.h"

#include "schema/document_id.h"
#include "schema/fields.h"
#include "schema/index_data_codec.h"
#include "schema/stored_record.h"

namespace quorum::index {

std::optional<nlohmann::json> stored_document(const Xapian::Database& db, const std::string& path) {
    const std::string term = std::string(schema::field(schema::names::kId).prefix) + schema::document_id(path);
    auto it = db.postlist_begin(term);
    if (it == db.postlist_end(term)) return std::nullopt;
    nlohmann::json j = schema::parse_stored(schema::IndexDataCodecs(db).for_document(*it), db.get_document(*it).get_data());
    if (j.empty()) return std::nullopt;
    return j;
}

std::optional<DocumentRecord> load_record(const Xapian::Database& db, const std::string& path) {
    auto doc = stored_document(db, path);
    if (!doc) return std::nullopt;
    DocumentRecord r = schema::record_from_json(*doc);
    r.path = path;
    return r;
}

}  // namespace quorum::index
