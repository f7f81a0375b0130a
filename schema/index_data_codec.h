/** @file index_data_codec.h @brief The stored-data codec of one Xapian index: its dictionary, read from the index's metadata. */
#pragma once

#include <xapian.h>

#include <string>

#include "schema/fields.h"
#include "schema/stored_data_codec.h"

namespace quorum::schema {

/// The codec for `db`'s stored data (with the dictionary in its metadata, if it has one).
/// Build it once per search or scan, not per document: it digests the dictionary.
inline StoredDataCodec index_data_codec(const Xapian::Database& db) {
    return StoredDataCodec(db.get_metadata(std::string(kDataDictionaryKey)));
}

}  // namespace quorum::schema
