/** @file document_builder.h @brief Turns a DocumentRecord into its Xapian document (one per source file, items in its data) following the schema. */
#pragma once

#include <xapian.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "schema/records.h"

namespace quorum::index {

/// The Xapian document for one source file, ready for the writer.
struct BuiltDocument {
    std::string doc_id;                  ///< "d" + 16 hex digits
    Xapian::Document document;           ///< terms, values and stored data (items included)
};

/// "d" + 16 hex digits of a hash of the path: stable across runs, short enough for a term.
std::string document_id(std::string_view path);

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

/// The position gap between an item's title and text, and between items.
inline constexpr Xapian::termpos kItemPositionGap = 100;

/// Boolean terms every record of a file carries (Q aside): path prefixes, MIME type, extension.
std::vector<std::string> path_terms(std::string_view path);

/// Omega's mtime value: 4-byte big-endian seconds (negative times become 0).
std::string mtime_value(std::int64_t seconds);

/// MIME type for a format name ("pdf" -> "application/pdf").
std::string mime_type(std::string_view format);

}  // namespace quorum::index
