/** @file file_walker.h @brief Lists the files to index under the given paths: recursive, hidden files skipped, globs applied. */
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace quorum::index {

struct WalkOptions {
    std::vector<std::string> include;  ///< fnmatch globs on the file name or path; empty = all
    std::vector<std::string> exclude;  ///< fnmatch globs; a match drops the file (or folder)
    bool follow_symlinks = false;      ///< folders already visited are never re-entered
    /// Folders never entered, compared by device and inode (the index being written, so that
    /// `cd archive && quorum index .` does not read its own index). Folders that hold a Xapian
    /// database (an `iamglass` file) are never entered either.
    std::vector<std::string> skip_folders;
};

struct WalkedFile {
    std::string path;        ///< absolute, lexically normal
    std::uint64_t size = 0;
    std::int64_t mtime = 0;
};

/// A path that could not be listed, with the reason.
struct WalkProblem {
    std::string path;
    std::string reason;
};

struct WalkResult {
    std::vector<WalkedFile> files;  ///< sorted by path, no duplicates
    std::vector<WalkProblem> problems;
};

/// Walks `roots` (files or folders). Never throws for a bad entry: it is reported in
/// `problems` and the walk goes on. Symlinks are skipped unless follow_symlinks is set.
WalkResult walk(const std::vector<std::string>& roots, const WalkOptions& options);

}  // namespace quorum::index
