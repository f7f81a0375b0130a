/** @file original_files.h @brief Opening an indexed source file to serve it, only from under an indexed root, never through a symlink. */
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace quorum::server {

struct OpenedFile {
    int fd = -1;                 ///< open for reading; the caller owns it
    unsigned long long size = 0;
    std::string content_type;    ///< from the extension: application/pdf, text/html, text/plain
};

/// Opens `path` (a path the index holds) for serving, or nullopt when it must not be served:
/// not absolute or not lexically normal (`..`), not under one of `roots` (the index's
/// recorded roots), resolving through a symlink to somewhere outside that root, no longer a
/// regular file, or unreadable.
std::optional<OpenedFile> open_original(const std::string& path, const std::vector<std::string>& roots);

}  // namespace quorum::server
