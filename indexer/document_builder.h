/** @file document_builder.h @brief Turns a DocumentRecord into its Xapian document (one per source file, items in its data) following the schema. */
#pragma once

#include <xapian.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "schema/document_id.h"
#include "schema/fields.h"
#include "schema/records.h"

namespace quorum::index {

/// The Xapian document for one source file, ready for the writer.
struct BuiltDocument {
    std::string doc_id;                  ///< "d" + 16 hex digits
    Xapian::Document document;           ///< terms, values and stored data (items included)
};

/// Builds one file's document. Not thread-safe: use one builder per worker thread.
class DocumentBuilder {
public:
    DocumentBuilder();
    BuiltDocument build(const DocumentRecord& record);

private:
    /// Each item's title (weighted) and text, positional; titles (S) and resolutions (XRES)
    /// again as stems without positions. Positions jump between items, so a phrase never
    /// spans two of them.
    /// Indexes every item's title and text; returns each item's first term position.
    std::vector<std::uint32_t> index_items(Xapian::Document& doc, const DocumentRecord& record);
    void add_facet_terms(Xapian::Document& doc, const DocumentRecord& record) const;

    Xapian::TermGenerator generator_;        ///< body text: positional, STEM_SOME (as omindex)
    Xapian::TermGenerator field_generator_;  ///< title and resolution: stems only, no positions
};

/// The position gap between an item's title and text, and between items (schema/fields.h).
inline constexpr Xapian::termpos kItemPositionGap = schema::kItemPositionGap;

/// A file's `P` terms: one per folder above it (Omega's path prefixes). The file itself has no
/// `P` term: its `Q` term is its id, which `path:` on the file's own path looks up instead.
std::vector<std::string> path_terms(std::string_view path);

/// Omega's mtime value: 4-byte big-endian seconds (negative times become 0).
std::string mtime_value(std::int64_t seconds);

/// MIME type for a format name ("pdf" -> "application/pdf").
std::string mime_type(std::string_view format);

}  // namespace quorum::index
