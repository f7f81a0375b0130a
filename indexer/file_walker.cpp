/** @file file_walker.cpp @brief Recursive listing with std::filesystem; loops impossible (visited folders by device+inode). */
#include "indexer/file_walker.h"

#include <fnmatch.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>
#include <utility>

namespace quorum::index {
namespace {

namespace fs = std::filesystem;

bool matches_any(const std::vector<std::string>& globs, const std::string& path, const std::string& name) {
    for (const auto& g : globs)
        if (::fnmatch(g.c_str(), name.c_str(), 0) == 0 || ::fnmatch(g.c_str(), path.c_str(), 0) == 0) return true;
    return false;
}

struct Walker {
    const WalkOptions& options;
    WalkResult result;
    std::set<std::pair<dev_t, ino_t>> visited_dirs;
    std::set<std::pair<dev_t, ino_t>> skipped_dirs;

    bool is_database_folder(const fs::path& p) const {
        struct stat st {};
        return ::stat((p / "iamglass").c_str(), &st) == 0 && S_ISREG(st.st_mode);
    }

    void add_file(const fs::path& p, const struct stat& st) {
        const std::string name = p.filename().string();
        const std::string path = p.string();
        if (!options.include.empty() && !matches_any(options.include, path, name)) return;
        if (matches_any(options.exclude, path, name)) return;
        result.files.push_back({path, static_cast<std::uint64_t>(st.st_size), static_cast<std::int64_t>(st.st_mtime)});
    }

    void visit(const fs::path& p, bool is_root) {
        struct stat st {};
        if (::lstat(p.c_str(), &st) != 0) {
            result.problems.push_back({p.string(), std::strerror(errno)});
            return;
        }
        if (S_ISLNK(st.st_mode)) {
            if (!options.follow_symlinks && !is_root) return;
            if (::stat(p.c_str(), &st) != 0) {
                result.problems.push_back({p.string(), std::string("broken symlink: ") + std::strerror(errno)});
                return;
            }
        }
        if (S_ISREG(st.st_mode)) {
            add_file(p, st);
        } else if (S_ISDIR(st.st_mode)) {
            if (skipped_dirs.count({st.st_dev, st.st_ino}) || is_database_folder(p)) return;  // an index
            if (!visited_dirs.insert({st.st_dev, st.st_ino}).second) return;  // a loop or a second route
            if (!is_root && matches_any(options.exclude, p.string(), p.filename().string())) return;
            std::error_code ec;
            fs::directory_iterator it(p, ec), end;
            if (ec) {
                result.problems.push_back({p.string(), ec.message()});
                return;
            }
            for (; it != end; it.increment(ec)) {
                if (ec) {
                    result.problems.push_back({p.string(), ec.message()});
                    break;
                }
                const std::string name = it->path().filename().string();
                if (name.starts_with(".")) continue;  // hidden files and folders
                visit(it->path(), false);
            }
        }
        // Sockets, FIFOs, devices: not documents; skipped silently.
    }
};

}  // namespace

WalkResult walk(const std::vector<std::string>& roots, const WalkOptions& options) {
    Walker w{options, {}, {}, {}};
    for (const auto& folder : options.skip_folders) {
        struct stat st {};
        if (::stat(folder.c_str(), &st) == 0) w.skipped_dirs.insert({st.st_dev, st.st_ino});
    }
    for (const auto& root : roots) {
        std::error_code ec;
        fs::path abs = fs::absolute(root, ec).lexically_normal();
        if (ec) {
            w.result.problems.push_back({root, ec.message()});
            continue;
        }
        std::string s = abs.string();
        if (s.size() > 1 && s.back() == '/') abs = fs::path(s.substr(0, s.size() - 1));
        w.visit(abs, true);
    }
    auto& files = w.result.files;
    std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
    files.erase(std::unique(files.begin(), files.end(), [](const auto& a, const auto& b) { return a.path == b.path; }),
                files.end());
    return std::move(w.result);
}

}  // namespace quorum::index
