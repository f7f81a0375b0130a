/** @file document_builder.h @brief Turns a DocumentRecord into Xapian documents (one per file, one per item) following the schema. */
#pragma once

#include <xapian.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "schema/records.h"

namespace quorum::index {

/// The Xapian documents for one source file, ready for the writer.
struct BuiltDocument {
    std::string doc_id;                  ///< "d" + 16 hex digits
    Xapian::Document document;           ///< the file's record
    std::vector<Xapian::Document> items; ///< one per item
    std::vector<std::string> words;      ///< distinct unstemmed words, for spelling data
};

/// "d" + 16 hex digits of a hash of the path: stable across runs, short enough for a term.
std::string document_id(std::string_view path);

/// Builds one file's documents. Not thread-safe: use one builder per worker thread.
class DocumentBuilder {
public:
    DocumentBuilder();
    BuiltDocument build(const DocumentRecord& record);

private:
    Xapian::Document build_item(const DocumentRecord& record, const std::string& doc_id, size_t index,
                                const Item& item);
    /// Facet terms and values; `topics` are the record's own (an item's, or the document's union).
    void add_facet_terms(Xapian::Document& doc, const DocumentRecord& record,
                         const std::vector<FacetValue>& topics) const;

    Xapian::TermGenerator generator_;
};

/// Boolean terms every record of a file carries (Q aside): path prefixes, MIME type, extension.
std::vector<std::string> path_terms(std::string_view path);

/// Omega's mtime value: 4-byte big-endian seconds (negative times become 0).
std::string mtime_value(std::int64_t seconds);

/// MIME type for a format name ("pdf" -> "application/pdf").
std::string mime_type(std::string_view format);

}  // namespace quorum::index
