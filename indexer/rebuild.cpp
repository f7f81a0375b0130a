/** @file rebuild.cpp @brief Checking that a folder is a Quorum index before letting Xapian overwrite it. */
#include "indexer/rebuild.h"

#include <filesystem>
#include <utility>
#include <vector>

#include "indexer/database.h"
#include "indexer/index_folder.h"
#include "indexer/index_roots.h"
#include "indexer/ocr_cache.h"
#include "schema/fields.h"

namespace quorum::index {
namespace {

namespace fs = std::filesystem;

bool missing_or_empty_folder(const std::string& path) {
    std::error_code ec;
    if (!fs::exists(path, ec)) return true;
    return fs::is_directory(path, ec) && fs::is_empty(path, ec);
}

struct ExistingIndex {
    std::vector<std::string> roots;
    std::vector<std::pair<std::string, std::string>> ocr_cache;  ///< kept: Tesseract's work is costly
};

// The roots and OCR cache of the Quorum index at `path`; throws DatabaseError when it is not one.
ExistingIndex existing_quorum_index(const std::string& path) {
    try {
        const Xapian::Database db(path);
        const bool quorum = !db.get_metadata(std::string(schema::kSchemaVersionKey)).empty();
        if (!quorum && db.get_doccount() > 0)
            throw DatabaseError("--rebuild: " + path +
                                " is a Xapian database that Quorum did not write; refusing to overwrite it "
                                "(give --db a new folder)");
        return {load_roots(db), ocr_cache_entries(db)};
    } catch (const Xapian::DatabaseOpeningError&) {
        throw DatabaseError("--rebuild: " + path +
                            " is not a Quorum index; refusing to overwrite it (give --db a new folder, or the "
                            "folder of an existing index)");
    }
}

}  // namespace

RebuildStart open_for_rebuild(const std::string& path) {
    require_index_folder_for_writing(path);  // never a folder of the user's files
    if (missing_or_empty_folder(path)) return {open_for_writing(path), {}};
    ExistingIndex old = existing_quorum_index(path);
    try {
        Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OVERWRITE);
        db.set_metadata(std::string(schema::kSchemaVersionKey), std::to_string(schema::kSchemaVersion));
        if (!old.ocr_cache.empty()) {
            restore_ocr_cache_entries(db, old.ocr_cache);
            db.commit();  // the extraction threads look pages up through a handle of their own
        }
        return {std::move(db), std::move(old.roots)};
    } catch (const Xapian::DatabaseLockError&) {
        throw DatabaseError("index at " + path + " is locked: another 'quorum index' is writing to it");
    } catch (const Xapian::Error& e) {
        throw DatabaseError("cannot rebuild the index at " + path + ": " + e.get_description());
    }
}

}  // namespace quorum::index
