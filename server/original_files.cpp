/** @file original_files.cpp @brief The checks before an original file is served. */
#include "server/original_files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

namespace quorum::server {
namespace fs = std::filesystem;
namespace {

// Whether `path` is `root` or below it, comparing whole path components.
bool is_under(const fs::path& path, const fs::path& root) {
    auto p = path.begin();
    for (auto r = root.begin(); r != root.end(); ++r, ++p) {
        if (r->empty()) continue;  // a trailing separator
        if (p == path.end() || *p != *r) return false;
    }
    return true;
}

std::string content_type_for(const fs::path& path) {
    std::string ext = path.extension().string();
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (ext == ".pdf") return "application/pdf";
    // No charset: the file says its own (the server adds a sandboxing CSP for HTML).
    if (ext == ".html" || ext == ".htm") return "text/html";
    return "text/plain";
}

}  // namespace

std::optional<OpenedFile> open_original(const std::string& path_text, const std::vector<std::string>& roots) {
    const fs::path path(path_text);
    if (!path.is_absolute() || path.lexically_normal() != path) return std::nullopt;
    for (const auto& root_text : roots) {
        const fs::path root(root_text);
        if (!root.is_absolute() || !is_under(path, root)) continue;
        std::error_code ec;
        const fs::path real_root = fs::canonical(root, ec);
        if (ec) continue;
        const fs::path real = fs::canonical(path, ec);
        if (ec || !is_under(real, real_root)) continue;
        // Open the resolved path without following a symlink swapped in since.
        const int fd = ::open(real.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0) continue;
        struct stat st {};
        if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
            ::close(fd);
            continue;
        }
        return OpenedFile{fd, static_cast<unsigned long long>(st.st_size), content_type_for(path)};
    }
    return std::nullopt;
}

}  // namespace quorum::server
