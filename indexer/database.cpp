/** @file database.cpp @brief Index opening with schema-version checks. */
#include "indexer/database.h"

#include <fcntl.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "indexer/index_folder.h"
#include "schema/revision_retry.h"
#include "indexer/shards/shard_opening.h"
#include "indexer/shards/stub_file.h"
#include "schema/fields.h"

namespace quorum::index {
namespace {

// Times an index is opened for reading before a writer's commits are let fail it.
constexpr int kOpenAttempts = 12;

// Xapian creates an index by writing v.tmp, then its tables, then renaming v.tmp to iamglass.
// A writer killed before the rename leaves tables without a version file, which Xapian will
// neither open nor create over ("Failed to open glass revision file"). Nothing was ever
// committed there (every commit renames a version file into place), so, holding the lock
// Xapian's writers take (an open file description lock on flintlock, which conflicts with
// theirs of either kind) and finding still no iamglass, the folder's Xapian files are removed
// and the index is created anew. Anything else in the folder, and a folder being written, are
// left alone.
void clear_interrupted_creation(const std::string& path) {
    if (inspect_index_folder(path).kind != IndexFolder::Kind::Empty) return;
    const int fd = ::open((path + "/flintlock").c_str(), O_RDWR | O_CLOEXEC);
    if (fd < 0) return;  // nothing begun
    struct flock whole {};
    whole.l_type = F_WRLCK;
    whole.l_whence = SEEK_SET;
    if (::fcntl(fd, F_OFD_SETLK, &whole) == 0 && !std::filesystem::exists(path + "/iamglass")) {
        std::error_code ec;
        for (const auto& e : std::filesystem::directory_iterator(path, ec)) {
            const std::string name = e.path().filename().string();
            std::error_code rm;
            if (name != "flintlock" && is_index_file_name(name)) std::filesystem::remove(e.path(), rm);
        }
    }
    ::close(fd);  // releases the lock
}

}  // namespace

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
    clear_interrupted_creation(path);
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
        // Opening reads the newest revision's root blocks and the schema version from its
        // metadata; an indexer that commits twice meanwhile discards that revision, so the
        // index is opened again rather than a reader failing because an indexer is running.
        return schema::read_newest_revision(
            kOpenAttempts,
            [&] {
                Xapian::Database db(path);
                check_schema_version(db, path);
                return db;
            },
            [] {});
    } catch (const Xapian::DatabaseOpeningError& e) {
        throw DatabaseError("cannot open index at " + path + ": " + e.get_msg() +
                            " (give the folder 'quorum index --db' built, or a Xapian stub file)");
    } catch (const Xapian::Error& e) {
        throw DatabaseError("cannot open index at " + path + ": " + e.get_description());
    }
}

}  // namespace quorum::index
