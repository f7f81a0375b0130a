/** @file meetings.h @brief Finding a meeting document by its id (the "d" + 16 hex digits of its Q term). */
#pragma once

#include <xapian.h>

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace quorum::server {

/// Whether `id` looks like a document id: 'd' and 16 lower-case hex digits.
bool is_document_id(std::string_view id);

struct MeetingRecord {
    nlohmann::json stored;    ///< the stored data (schema/stored_record.h)
    std::string exact_path;   ///< the source file's path, byte for byte (the stored one may hold U+FFFD)
};

/// The meeting with this id, or nullopt (also for anything that is not an id).
std::optional<MeetingRecord> find_meeting(const Xapian::Database& db, std::string_view id);

}  // namespace quorum::server
