/** @file fields.h @brief Quorum's index schema, defined once: every field's term prefix, value slot and query aliases. */
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace quorum::schema {

/// Bump when the meaning of a prefix, slot or the stored data changes; an index built with
/// another version is refused with a message saying so.
inline constexpr int kSchemaVersion = 5;

/// User-metadata key holding the schema version (as a decimal string).
inline constexpr std::string_view kSchemaVersionKey = "quorum:schema-version";

/// User-metadata key holding the zstd dictionary stored data is compressed with (absent until
/// the index has enough documents to train one; see schema/stored_data_codec.h).
inline constexpr std::string_view kDataDictionaryKey = "quorum:data-dictionary";


/// User-metadata key prefix for files that failed extraction: key + path -> JSON.
inline constexpr std::string_view kFailedKeyPrefix = "quorum:failed:";

/// User-metadata key prefix for the extraction cache: key + content hash (32 hex digits) ->
/// the file's Extraction as MessagePack compressed with zstd, so that facets can be detected
/// again (a changed manifest, defaults file or taxonomy) without reading the file.
inline constexpr std::string_view kExtractionKeyPrefix = "quorum:extraction:";

/// User-metadata key holding the folders and files `quorum index` was given (absolute paths,
/// a JSON array), so that a later run can tell a root that vanished or moved.
inline constexpr std::string_view kRootsKey = "quorum:roots";

/// User-metadata key set ("1") in the same commit as the first document a run adds, changes,
/// moves or removes, and cleared when the run's identity step (indexer/person_identities.h) has
/// run: a run that changed nothing skips the step, and a run killed before it leaves the key for
/// the next run to finish the work.
inline constexpr std::string_view kIdentitiesPendingKey = "quorum:identities-pending";

/// Term positions: an item's words start kItemPositionGap after the previous item's, and its
/// text starts kItemPositionGap after its title's last word. The gap is wide enough that no
/// phrase and no NEAR of the query parser's default window (10) spans two of them. Every gap
/// widens the range each position list is coded over; 100 (Omega's title-to-body gap) made the
/// position table 2.5% larger on the generated 1,000-document archive.
inline constexpr unsigned kItemPositionGap = 10;

/// How a field is indexed.
enum class FieldKind {
    FreeText,  ///< positional, stemmed (English), searchable by words and phrases
    Stems,     ///< English stems only (Z + prefix), no positions: a phrase matches its words anywhere
    Boolean,   ///< exact terms used as filters and facets
};

/// How a field's value slot is encoded.
enum class ValueEncoding {
    None,           ///< no value slot
    String,         ///< raw UTF-8 string (sortable as bytes)
    StringList,     ///< several UTF-8 strings joined by '\n' (multi-valued facet)
    DateYYYYMMDD,   ///< 8 ASCII digits, sortable; Xapian::DateRangeProcessor-compatible
    SortableNumber, ///< Xapian::sortable_serialise(double)
    BigEndian32,    ///< 4-byte big-endian unsigned (Omega's mtime convention)
    Raw,            ///< opaque bytes (e.g. a 16-byte content hash)
};

/// One row of the schema table.
struct Field {
    std::string_view name;         ///< stable field name (used in JSON and docs)
    std::string_view prefix;       ///< Xapian term prefix ("" = unprefixed body text)
    FieldKind kind;
    int slot;                      ///< value slot, or -1
    ValueEncoding encoding;
    bool stored;                   ///< kept in the JSON document data
    std::vector<std::string_view> aliases;  ///< query-language prefixes ("council", "committee")
    unsigned weight;               ///< within-document frequency increment for free text
    std::string_view description;  ///< one line for docs/schema.md
};

/// Every field, in documentation order.
const std::vector<Field>& fields();

/// The field named `name`. Throws std::out_of_range naming the field when unknown.
const Field& field(std::string_view name);

/// The field whose query alias is `alias` (e.g. "committee" -> body), if any.
std::optional<Field> field_for_alias(std::string_view alias);

/// Field names used by the indexer and query tool. Referring to fields through these keeps
/// every prefix and slot number in fields.cpp alone.
namespace names {
inline constexpr std::string_view kId = "id";
inline constexpr std::string_view kPath = "path";
inline constexpr std::string_view kMime = "mime";
inline constexpr std::string_view kExtension = "extension";
inline constexpr std::string_view kTitle = "title";
inline constexpr std::string_view kBody = "body_text";
inline constexpr std::string_view kResolution = "resolution";
inline constexpr std::string_view kItemNumber = "item";
inline constexpr std::string_view kResolved = "resolved";
inline constexpr std::string_view kResult = "result";
inline constexpr std::string_view kMover = "mover";
inline constexpr std::string_view kVoted = "voted";
inline constexpr std::string_view kVotedFor = "voted_for";
inline constexpr std::string_view kVotedAgainst = "voted_against";
inline constexpr std::string_view kAbstained = "abstained";
inline constexpr std::string_view kTextSource = "source";
inline constexpr std::string_view kCouncil = "council";
inline constexpr std::string_view kMentions = "mentions";
inline constexpr std::string_view kCommittee = "body";
inline constexpr std::string_view kDate = "date";
inline constexpr std::string_view kOtherMeetingDate = "other_meeting_date";
inline constexpr std::string_view kMonth = "month";
inline constexpr std::string_view kYear = "year";
inline constexpr std::string_view kOfficer = "officer";
inline constexpr std::string_view kPerson = "person";
inline constexpr std::string_view kRole = "role";
inline constexpr std::string_view kSpeaker = "speaker";
inline constexpr std::string_view kPersonForms = "person_forms";
inline constexpr std::string_view kTopic = "topic";
inline constexpr std::string_view kDocType = "type";
inline constexpr std::string_view kModified = "mtime";
inline constexpr std::string_view kSize = "size";
inline constexpr std::string_view kContentHash = "content_hash";
inline constexpr std::string_view kSourcePath = "source_path";
inline constexpr std::string_view kFacetConfig = "facet_config";
inline constexpr std::string_view kIndexedAt = "indexed_at";
inline constexpr std::string_view kDateOrder = "date_order";
}  // namespace names

/// Builds a boolean term: prefix + value, with ':' between when the value starts with a
/// capital letter or ':' (Omega's convention), so "XCOUNCIL" + "Kent" -> "XCOUNCIL:Kent".
std::string make_term(std::string_view prefix, std::string_view value);

/// Normalises a facet value for its boolean term: lower case ASCII, runs of non-alphanumerics
/// to one '-', trimmed ("Kent County Council" -> "kent-county-council"). Terms are capped
/// at 200 bytes, well under Xapian's 245-byte limit.
std::string facet_term_value(std::string_view value);

/// The date_order slot's value: the meeting date (YYYYMMDD, "" when undated), a newline and the
/// file's path as indexed. Sorted by it, meetings come by date, and meetings on the same date by
/// path: the same order from one index and from shards of it, whose document ids differ (a
/// remote shard sorts by one value slot only). Undated documents sort before every date ('\n'
/// is below '0'), as an empty date slot does.
std::string date_order_value(std::string_view ymd, std::string_view path);

/// The schema table as Markdown (the table in docs/schema.md is this text, checked by a test).
std::string schema_markdown_table();

}  // namespace quorum::schema
