/** @file cmd_remove.cpp @brief `quorum remove PATH...`: takes files and folders out of the index; the files themselves are never touched. */
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "indexer/database.h"
#include "indexer/index_removal.h"
#include "indexer/index_roots.h"

namespace quorum::cli {
namespace {

struct RemoveOptions {
    std::string db;
    std::vector<std::string> paths;
};

int run(const RemoveOptions& o) {
    const std::string db_path = index::resolve_db_path(o.db);
    std::vector<index::RemovedPath> removed;
    std::vector<std::string> roots;
    try {
        index::open_for_reading(db_path);  // a missing index is an error here, never created
        Xapian::WritableDatabase db = index::open_for_writing(db_path);
        roots = index::load_roots(db);
        removed = index::remove_from_index(db, o.paths);
    } catch (const index::DatabaseError& e) {
        std::cerr << "quorum remove: " << e.what() << "\n";
        return kExitUsage;
    } catch (const Xapian::Error& e) {
        std::cerr << "quorum remove: index error: " << e.get_description() << "\n";
        return kExitUsage;
    }
    int status = kExitOk;
    for (const auto& r : removed) {
        if (r.documents == 0 && r.failures == 0) {
            std::cerr << "quorum remove: " << r.path << " is not in the index at " << db_path << "\n";
            status = kExitPartial;
            continue;
        }
        std::cout << "Removed " << r.documents << (r.documents == 1 ? " document" : " documents");
        if (r.failures) std::cout << " and " << r.failures << (r.failures == 1 ? " remembered failure" : " remembered failures");
        std::cout << " at or under " << r.path << " (the files themselves are untouched)\n";
        for (const auto& root : roots)
            if (root != r.path && index::is_under(r.path, root))
                std::cerr << "quorum remove: note: " << r.path << " lies under " << root
                          << ", which 'quorum index' updates: its next run adds it back unless you pass --exclude\n";
    }
    return status;
}

}  // namespace

Runner add_remove_command(CLI::App& app) {
    auto o = std::make_shared<RemoveOptions>();
    CLI::App* cmd = app.add_subcommand(
        "remove",
        "Take files, or every file under folders, out of the index. Only the index changes: the\n"
        "files are never touched, and need not exist any more. A folder removed this way is also\n"
        "forgotten as a root, so 'quorum index' with no PATH no longer updates it.\n\n"
        "Examples:\n"
        "  quorum remove --db minutes-db archive/2019/         # a folder indexed by mistake\n"
        "  quorum remove --db minutes-db archive/draft.pdf\n\n"
        "Exit status: 0 removed, 1 some PATH was not in the index (the others were removed),\n"
        "2 no index / usage error.");
    cmd->add_option("paths", o->paths, "Files or folders, as indexed (relative paths are resolved)")
        ->required()
        ->type_name("PATH");
    cmd->add_option("--db", o->db, "Index folder (default: $QUORUM_DB, else ./quorum-db)")->type_name("DIR");
    return [o] { return run(*o); };
}

}  // namespace quorum::cli
