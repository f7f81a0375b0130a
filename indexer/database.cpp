/** @file database.cpp @brief Index opening with schema-version checks. */
#include "indexer/database.h"

#include <cstdlib>
#include <filesystem>

#include "indexer/index_folder.h"
#include "indexer/shards/shard_opening.h"
#include "indexer/shards/stub_file.h"
#include "schema/fields.h"

namespace quorum::index {
void check_schema_version(const Xapian::Database& db, const std::string& path) {
    const std::string stored = db.get_metadata(std::string(schema::kSchemaVersionKey));
    if (stored.empty() && db.get_doccount() == 0) return;
    if (stored.empty())
        throw DatabaseError(path + " holds a Xapian database that Quorum did not make (it has no Quorum schema "
                            "version); Quorum leaves it alone. Give a new folder for Quorum's index with --db");
    if (stored != std::to_string(schema::kSchemaVersion))
        throw DatabaseError("index at " + path + " has schema version " + (stored.empty() ? "none" : stored) +
                            " but this quorum uses version " + std::to_string(schema::kSchemaVersion) +
                            "; rebuild it in place: quorum index --rebuild --db " + path + " FOLDER");
}

std::string resolve_db_path(const std::string& explicit_path) {
    if (!explicit_path.empty()) return explicit_path;
    if (const char* env = std::getenv("QUORUM_DB"); env && *env) return env;
    return "quorum-db";
}

Xapian::WritableDatabase open_for_writing(const std::string& path) {
    require_index_folder_for_writing(path);
    try {
        Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OPEN);
        check_schema_version(db, path);
        if (db.get_metadata(std::string(schema::kSchemaVersionKey)).empty())
            db.set_metadata(std::string(schema::kSchemaVersionKey), std::to_string(schema::kSchemaVersion));
        return db;
    } catch (const Xapian::DatabaseLockError&) {
        throw DatabaseError("index at " + path + " is locked: another 'quorum index' is writing to it");
    } catch (const Xapian::Error& e) {
        throw DatabaseError("cannot open index at " + path + " for writing: " + e.get_description());
    }
}

Xapian::Database open_for_reading(const std::string& path) {
    if (stub_file_for(path)) return open_index(path).db;
    const IndexFolder folder = inspect_index_folder(path);
    if (folder.kind == IndexFolder::Kind::Missing)
        throw DatabaseError("no index at " + path + "; build one with: quorum index --db " + path + " FOLDER");
    if (folder.kind == IndexFolder::Kind::Empty)
        throw DatabaseError("no index at " + path + " (an empty folder); build one there with: quorum index --db " +
                            path + " FOLDER");
    if (folder.kind == IndexFolder::Kind::ForeignFiles)
        throw DatabaseError("no index at " + path + ": it is a folder of other files, not a Quorum index. Give the "
                            "index folder with --db (or $QUORUM_DB); to index the documents in " + path +
                            ", build an index in a folder of its own: quorum index --db quorum-db " + path);
    try {
        Xapian::Database db(path);
        check_schema_version(db, path);
        return db;
    } catch (const Xapian::DatabaseOpeningError& e) {
        throw DatabaseError("cannot open index at " + path + ": " + e.get_msg() +
                            " (give the folder 'quorum index --db' built, or a Xapian stub file)");
    } catch (const Xapian::Error& e) {
        throw DatabaseError("cannot open index at " + path + ": " + e.get_description());
    }
}

}  // namespace quorum::index
