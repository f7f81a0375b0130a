/** @file stored_record.h @brief The JSON each Xapian document stores (one per source file): its facets, its items and its text, written and read in this one place. */
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "schema/records.h"
#include "schema/stored_data_codec.h"

namespace quorum::schema {

class JsonSelection;  // schema/fast_json.h

/// The stored data of one document (see docs/schema.md):
///   {"id", "path", "format", "title", "pages", "size", "mtime", "hash",
///    "facets": {facet: [{"value", "source", "confidence", "role"?}]}, "warnings": [...],
///    "items": [{"number", "title", "pages": [first, last], "resolved", "resolution", "topics",
///               "text": [begin, end], "page_starts": [[offset, page], ...], "position"}],
///    "text": every item's text, once,
///    "meetings": [{"title", "date", "body", "first_item", "pages": [first, last]}] only for a
///    file that holds several meetings (meeting k's items run from its first_item to the next's)}
/// An item's text is text[begin, end); its page_starts offsets are relative to begin. Its
/// "resolution" is "" (none), [begin, end] into text, or a string when not a slice of it.
/// "position" is the first term position the item's words may hold in the index (its words
/// are at positions from there up to the next item's), written when `item_positions` gives
/// one per item.
nlohmann::json record_to_json(const DocumentRecord& record, std::string_view doc_id,
                              const std::vector<std::uint32_t>& item_positions = {});

/// The meetings of a stored document, each {"title", "date", "body", "first_item", "pages":
/// [first, last]}: the stored "meetings" of a file that holds several, else one meeting made
/// from the document (its title, date, body, first item 0 and pages 1 to its last item's).
nlohmann::json stored_meetings(const nlohmann::json& data);
/// The same, given the data's stored_facet_summary() when the caller has it already.
nlohmann::json stored_meetings(const nlohmann::json& data, const nlohmann::json& summary);

/// The index in `meetings` (from stored_meetings) of the meeting item `index` belongs to.
size_t stored_meeting_of_item(const nlohmann::json& meetings, size_t index);

/// The plain facet values readers show, from the data's "facets" (schema 4 stores each value
/// once, there): {"council": [...], "body", "date", "doc_type", "officers": [{"name", "role"}],
/// "topics": [...]}, with "" and [] for facets not found.
nlohmann::json stored_facet_summary(const nlohmann::json& data);

/// The stored data as the document's data string. A path need not be UTF-8 and JSON must be:
/// bytes that are not UTF-8 become U+FFFD here (the exact path is kept in the source-path
/// value slot, which is what incremental indexing reads).
std::string stored_data_string(const nlohmann::json& data);

/// The record back from its stored data (the inverse of record_to_json; the stamp and
/// everything else included). Missing keys give empty values, never an exception.
DocumentRecord record_from_json(const nlohmann::json& data);

/// The stored data parsed, or an empty object when it is not JSON.
nlohmann::json parse_stored(const std::string& data);

/// Stored data in either form (plain or compressed, see StoredDataCodec) parsed, or an empty
/// object when it is not JSON. Throws StoredDataError when it cannot be decompressed.
nlohmann::json parse_stored(const StoredDataCodec& codec, const std::string& data);

/// The same with only the members `selection` names (a reader that needs a few of a record's
/// fields is spared building the rest: its facets' sources and evidence, its items' page starts).
/// The functions below read what they need from it as from the whole record.
nlohmann::json parse_stored(const StoredDataCodec& codec, const std::string& data, const JsonSelection& selection);

/// Item `index`'s text, cut from the stored document text ("" when out of range).
std::string_view stored_item_text(const nlohmann::json& data, size_t index);

/// Item `index`'s resolution text ("" when it has none).
std::string stored_item_resolution(const nlohmann::json& data, size_t index);

/// An item's stored "vote" object read back as the Vote it was written from (record_to_json):
/// mover, seconder, their persons, counts, result and the named voters of each side.
Vote stored_vote(const nlohmann::json& vote);

/// Every item's first term position, in item order; empty when the document does not store
/// them all (an index written before positions were stored).
std::vector<std::uint32_t> stored_item_positions(const nlohmann::json& data);

/// The page of byte `offset` within item `index`'s text.
int stored_item_page(const nlohmann::json& data, size_t index, size_t offset);

/// Pages `first`..`last` of a document whose text was read by OCR: {"pages": [2, 3],
/// "confidence": Tesseract's mean confidence over them, rounded}, or null when every one of
/// them has the file's own text (or the record predates OCR).
nlohmann::json stored_ocr_pages(const nlohmann::json& data, int first, int last);

}  // namespace quorum::schema
