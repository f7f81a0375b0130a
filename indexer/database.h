/** @file database.h @brief Opening Quorum indexes: default location, schema-version check, clear errors. */
#pragma once

#include <xapian.h>

#include <stdexcept>
#include <string>

namespace quorum::index {

/// A problem with the index itself (missing, another schema version, locked). what() says
/// what is wrong and what to do.
class DatabaseError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// The index location: `explicit_path` if given, else $QUORUM_DB, else "./quorum-db".
std::string resolve_db_path(const std::string& explicit_path);

/// Opens (creating if needed) an index for writing. A new index gets the schema version;
/// an existing one must carry the same version. Throws DatabaseError.
Xapian::WritableDatabase open_for_writing(const std::string& path);

/// Opens an existing index for reading and checks its schema version. Throws DatabaseError
/// with "no index at PATH; build one with: quorum index --db PATH FOLDER" when missing.
/// A Xapian stub file, or a folder holding one (a sharded index), opens every shard that
/// answers (indexer/shards/shard_opening.h tells which did not).
Xapian::Database open_for_reading(const std::string& path);

/// Throws DatabaseError, naming `what`, unless `db` carries this Quorum's schema version (or
/// is an empty database).
void check_schema_version(const Xapian::Database& db, const std::string& what);

}  // namespace quorum::index
