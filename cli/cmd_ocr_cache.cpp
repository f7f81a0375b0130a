/** @file cmd_ocr_cache.cpp @brief `quorum ocr-cache`: what the index's OCR cache holds, and --clean to remove the pages no indexed file uses. */
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/output_format.h"
#include "indexer/database.h"
#include "indexer/ocr_cache.h"
#include "indexer/shards/sharded_index.h"

namespace quorum::cli {
namespace {

struct OcrCacheOptions {
    std::string db;
    bool clean = false;
    std::string format = "text";
};

std::string count(size_t n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

// "704 bytes", "12.3 kB", "4.56 MB".
std::string size_text(std::uint64_t bytes) {
    char text[32];
    if (bytes < 1000)
        std::snprintf(text, sizeof text, "%llu bytes", static_cast<unsigned long long>(bytes));
    else if (bytes < 1000 * 1000)
        std::snprintf(text, sizeof text, "%.1f kB", bytes / 1e3);
    else
        std::snprintf(text, sizeof text, "%.2f MB", bytes / 1e6);
    return text;
}

nlohmann::json use_json(const index::OcrCacheUse& u, size_t removed) {
    return {{"pages", u.pages},
            {"files", u.files},
            {"settings", u.settings},
            {"bytes", u.bytes},
            {"unused_pages", u.unused_pages},
            {"unused_files", u.unused_files},
            {"unused_bytes", u.unused_bytes},
            {"removed_pages", removed}};
}

void print_text(const std::string& db_path, const index::OcrCacheUse& u, bool cleaned) {
    std::cout << "OCR cache of " << db_path << ": ";
    if (u.pages == 0) {
        std::cout << "empty (no page has been OCR'd into this index).\n";
        return;
    }
    const std::string unused = count(u.unused_pages, "page", "pages") + " of " +
                               count(u.unused_files, "file", "files") + " (" + size_text(u.unused_bytes) + ")";
    if (cleaned) {
        std::cout << "removed " << unused << " that no indexed file uses; kept "
                  << count(u.pages - u.unused_pages, "page", "pages") << " of "
                  << count(u.files - u.unused_files, "file", "files") << " ("
                  << size_text(u.bytes - u.unused_bytes) << ").\n";
        return;
    }
    std::cout << count(u.pages, "page", "pages") << " of " << count(u.files, "file", "files") << " (by content) under "
              << count(u.settings, "setting", "settings") << ", " << size_text(u.bytes) << ".\n";
    if (u.unused_pages == 0)
        std::cout << "Every page is used by an indexed file.\n";
    else
        std::cout << unused << " no indexed file uses: 'quorum ocr-cache --clean' removes them.\n";
}

int run(const OcrCacheOptions& o) {
    std::string db_path = index::resolve_db_path(o.db);
    // A sharded index keeps its OCR cache, with every file's state, in its staging index.
    if (index::is_sharded_folder(db_path)) db_path = index::staging_path(db_path);
    index::OcrCacheUse use;
    size_t removed = 0;
    try {
        Xapian::Database reader = index::open_for_reading(db_path);  // a missing index is an error, never created
        if (o.clean) {
            Xapian::WritableDatabase db = index::open_for_writing(db_path);
            const auto live = index::indexed_content_hashes(db);
            use = index::ocr_cache_use(db, live);
            removed = index::prune_ocr_cache(db, live);
            db.commit();
        } else {
            use = index::ocr_cache_use(reader, index::indexed_content_hashes(reader));
        }
    } catch (const index::DatabaseError& e) {
        std::cerr << "quorum ocr-cache: " << e.what() << "\n";
        return kExitUsage;
    } catch (const Xapian::Error& e) {
        std::cerr << "quorum ocr-cache: index error in " << db_path << ": " << e.get_description() << "\n";
        return kExitUsage;
    }
    if (o.format == "json")
        std::cout << json_text(use_json(use, removed)) << "\n";
    else
        print_text(db_path, use, o.clean);
    return kExitOk;
}

}  // namespace

Runner add_ocr_cache_command(CLI::App& app) {
    auto o = std::make_shared<OcrCacheOptions>();
    CLI::App* cmd = app.add_subcommand(
        "ocr-cache",
        "Show what the index's OCR cache holds: the text Tesseract read from scanned pages, kept\n"
        "inside the index by file content and OCR settings so that no scan is OCR'd twice. Pages whose\n"
        "content no indexed file has any more (the scan was deleted, replaced or removed) are counted\n"
        "apart; --clean removes them. 'quorum index' does the same at the end of each complete run\n"
        "with OCR on; this command does it on demand (after runs with --ocr off, or after\n"
        "'quorum remove'). Only the index changes: no file outside it is read or written.\n\n"
        "Examples:\n"
        "  quorum ocr-cache --db minutes-db            # pages, files, settings, size, unused part\n"
        "  quorum ocr-cache --db minutes-db --clean    # remove the unused pages\n"
        "  quorum ocr-cache --db minutes-db --format json\n\n"
        "Exit status: 0 done, 2 no index, the index is being written by 'quorum index', or usage error.");
    cmd->add_option("--db", o->db, "Index folder (default: $QUORUM_DB, else ./quorum-db)")->type_name("DIR");
    cmd->add_flag("--clean", o->clean,
                  "Remove the cached pages of content no indexed file has (under any OCR setting); the pages "
                  "of indexed files are kept, under every setting they were read with");
    cmd->add_option("--format", o->format,
                    "text (default) or json: {\"pages\", \"files\", \"settings\", \"bytes\", \"unused_pages\", "
                    "\"unused_files\", \"unused_bytes\", \"removed_pages\"} (counted before --clean)")
        ->check(CLI::IsMember({"text", "json"}));
    return [o] { return run(*o); };
}

}  // namespace quorum::cli
