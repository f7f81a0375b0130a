/** @file index_folder.h @brief What an index folder may hold: Xapian's own files only. Used to refuse a --db that holds a user's files, and by compaction to touch only the index's files. */
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace quorum::index {

/// True for the names of the files a Xapian glass database writes in its folder
/// (`iamglass`, `flintlock`, `postlist.glass`, ... and their `.tmp` forms during a commit).
/// Everything else in an index folder was put there by someone else and is left alone.
bool is_index_file_name(std::string_view name);

/// What is at the path given as an index folder.
struct IndexFolder {
    enum class Kind {
        Missing,       ///< nothing there: a new index may be created
        Empty,         ///< an empty folder: a new index may be created in it
        Index,         ///< a Xapian database (its schema is checked when it is opened); `foreign`
                       ///< lists anything else someone put in the folder, which is kept
        NotAFolder,    ///< a file, a device, ...: never an index folder
        ForeignFiles,  ///< a folder holding files that are not an index's
    } kind = Kind::Missing;
    std::vector<std::string> foreign;  ///< a few of the names that are not the index's (sorted)
    size_t foreign_count = 0;          ///< how many entries are not the index's
};

/// Looks at `path` without changing anything. A symlink to a folder is followed.
IndexFolder inspect_index_folder(const std::string& path);

/// Throws DatabaseError, with what to do instead, unless `path` is missing, an empty folder
/// or an index folder: `quorum index` never writes into a folder that holds other files.
void require_index_folder_for_writing(const std::string& path);

/// Throws DatabaseError when a path to be indexed is the index folder or lies inside it.
void require_root_outside_index(const std::string& root, const std::string& db_path);

}  // namespace quorum::index
