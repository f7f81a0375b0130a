/** @file index_folder.cpp @brief Telling an index folder from a folder of the user's, before anything is written. */
#include "indexer/index_folder.h"

#include <sys/stat.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <system_error>

#include "indexer/database.h"

namespace quorum::index {
namespace {

namespace fs = std::filesystem;

constexpr size_t kForeignNamesShown = 3;

std::string_view without_suffix(std::string_view name, std::string_view suffix) {
    if (name.size() > suffix.size() && name.substr(name.size() - suffix.size()) == suffix)
        return name.substr(0, name.size() - suffix.size());
    return name;
}

std::string shown_names(const IndexFolder& f) {
    std::string out;
    for (const auto& n : f.foreign) out += (out.empty() ? "" : ", ") + n;
    if (f.foreign_count > f.foreign.size())
        out += " and " + std::to_string(f.foreign_count - f.foreign.size()) + " more";
    return out;
}

bool same_file(const std::string& a, const std::string& b) {
    struct stat sa {}, sb {};
    return ::stat(a.c_str(), &sa) == 0 && ::stat(b.c_str(), &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
}

}  // namespace

bool is_index_file_name(std::string_view name) {
    static constexpr std::array<std::string_view, 8> kNames = {
        "iamglass", "flintlock", "docdata.glass", "position.glass", "postlist.glass",
        "spelling.glass", "synonym.glass", "termlist.glass"};
    // Glass writes its version file as v.tmp (v.rtmp when replicating) and renames it to
    // iamglass: a writer killed in between, at its first commit, leaves v.tmp without iamglass.
    if (name == "v.tmp" || name == "v.rtmp") return true;
    const std::string_view stem = without_suffix(name, ".tmp");
    if (std::find(kNames.begin(), kNames.end(), stem) != kNames.end()) return true;
    return stem.starts_with("changes") && stem.size() > 7;  // replication changesets: changesN
}

IndexFolder inspect_index_folder(const std::string& path) {
    IndexFolder f;
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) {
        f.kind = fs::is_symlink(fs::symlink_status(path, ec)) ? IndexFolder::Kind::NotAFolder
                                                               : IndexFolder::Kind::Missing;
        return f;
    }
    if (!fs::is_directory(st)) {
        f.kind = IndexFolder::Kind::NotAFolder;
        return f;
    }
    bool has_version_file = false;
    std::vector<std::string> foreign;
    for (const auto& entry : fs::directory_iterator(path, ec)) {
        const std::string name = entry.path().filename().string();
        if (name == "iamglass") has_version_file = true;
        if (!is_index_file_name(name)) foreign.push_back(name);
    }
    if (ec) {
        // Unreadable: treat as the user's, never as ours.
        f.kind = IndexFolder::Kind::ForeignFiles;
        f.foreign = {"(cannot list the folder: " + ec.message() + ")"};
        f.foreign_count = 1;
        return f;
    }
    std::sort(foreign.begin(), foreign.end());
    f.foreign_count = foreign.size();
    foreign.resize(std::min(foreign.size(), kForeignNamesShown));
    f.foreign = std::move(foreign);
    // An index with a user's file dropped into it is still the index (compaction keeps the
    // file); a folder of other files without a database is not.
    if (has_version_file) f.kind = IndexFolder::Kind::Index;
    else if (f.foreign_count) f.kind = IndexFolder::Kind::ForeignFiles;
    else f.kind = IndexFolder::Kind::Empty;
    return f;
}

void require_index_folder_for_writing(const std::string& path) {
    const IndexFolder f = inspect_index_folder(path);
    switch (f.kind) {
        case IndexFolder::Kind::Missing:
        case IndexFolder::Kind::Empty:
        case IndexFolder::Kind::Index: return;
        case IndexFolder::Kind::NotAFolder:
            throw DatabaseError("--db " + path +
                                " is not a folder; Quorum keeps its index in a folder of its own. "
                                "Give a new folder name, for example --db " + path + "-index");
        case IndexFolder::Kind::ForeignFiles: {
            const std::string parent = fs::path(path).lexically_normal().string();
            throw DatabaseError("--db " + path + " is a folder that holds files that are not a Quorum index (" +
                                shown_names(f) +
                                "); Quorum writes only to a new or empty folder, or to an index it made, so "
                                "nothing was written. Give a new folder name, for example --db " +
                                (parent.empty() || parent == "." ? std::string("quorum-db") : parent + "/quorum-db") +
                                " (the index folder is never indexed itself)");
        }
    }
}

void require_root_outside_index(const std::string& root, const std::string& db_path) {
    std::error_code ec;
    const fs::path db = fs::weakly_canonical(db_path, ec);
    if (ec) return;
    fs::path p = fs::weakly_canonical(root, ec);
    if (ec) return;
    for (; !p.empty(); p = p.parent_path()) {
        if (p == db || same_file(p.string(), db.string()))
            throw DatabaseError("cannot index " + root + ": it is inside the index folder " + db_path +
                                "; give the folder that holds your documents");
        if (p == p.root_path()) break;
    }
}

}  // namespace quorum::index
