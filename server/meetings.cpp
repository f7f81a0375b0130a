/** @file meetings.cpp @brief Meeting lookup by unique id. */
#include "server/meetings.h"

#include "schema/fields.h"
#include "schema/index_data_codec.h"
#include "schema/stored_record.h"

namespace quorum::server {

bool is_document_id(std::string_view id) {
    if (id.size() != 17 || id[0] != 'd') return false;
    for (const char c : id.substr(1))
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}

std::optional<MeetingRecord> find_meeting(const Xapian::Database& db, std::string_view id) {
    if (!is_document_id(id)) return std::nullopt;
    const std::string term = std::string(schema::field(schema::names::kId).prefix) + std::string(id);
    auto it = db.postlist_begin(term);
    if (it == db.postlist_end(term)) return std::nullopt;
    const Xapian::Document doc = db.get_document(*it);
    MeetingRecord m;
    m.stored = schema::parse_stored(schema::IndexDataCodecs(db).for_document(*it), doc.get_data());
    if (m.stored.empty()) return std::nullopt;
    m.exact_path = doc.get_value(static_cast<Xapian::valueno>(schema::field(schema::names::kSourcePath).slot));
    if (m.exact_path.empty()) m.exact_path = m.stored.value("path", "");
    return m;
}

}  // namespace quorum::server
