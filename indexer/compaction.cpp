/** @file compaction.cpp @brief Compact copy in a fresh hidden folder beside the index, an atomic folder swap, then removal of the old copy's Xapian files only. */
#include "indexer/compaction.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <system_error>

#include "indexer/index_folder.h"

namespace quorum::index {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kScratchInfix = ".quorum-compacting-";

// The real folder (a symlinked --db is followed, so the link stays a link).
fs::path real_folder(const std::string& path) {
    std::error_code ec;
    fs::path real = fs::canonical(path, ec);
    if (ec) real = fs::absolute(path, ec).lexically_normal();
    if (real.has_filename()) return real;
    return real.parent_path();
}

std::string scratch_prefix(const fs::path& real) {
    return (real.parent_path() / ("." + real.filename().string() + std::string(kScratchInfix))).string();
}

std::string make_scratch_folder(const fs::path& real) {
    std::string templ = scratch_prefix(real) + "XXXXXX";
    if (::mkdtemp(templ.data()) == nullptr)
        throw std::runtime_error("cannot compact the index at " + real.string() + ": cannot create a folder beside it (" +
                                 std::strerror(errno) + "); the index is unchanged, and complete");
    return templ;
}

std::uint64_t folder_bytes(const std::string& path) {
    std::uint64_t total = 0;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(path, ec))
        if (e.is_regular_file(ec)) total += e.file_size(ec);
    return total;
}

// Deletes a scratch or old-copy folder's Xapian files by name, then the folder if it is empty.
// Anything else in it stays and is returned.
std::vector<std::string> remove_index_files(const std::string& folder) {
    std::vector<std::string> kept;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(folder, ec)) {
        const std::string name = e.path().filename().string();
        std::error_code rm;
        if (is_index_file_name(name) && !e.is_directory(rm)) fs::remove(e.path(), rm);
        else kept.push_back(e.path().string());
        if (rm) kept.push_back(e.path().string());
    }
    if (kept.empty()) fs::remove(folder, ec);  // remove() of a folder only succeeds when it is empty
    return kept;
}

// After the swap, `old_copy` holds the uncompacted index plus anything that someone put into the
// index folder. The latter goes back into the index folder; Xapian's own files are deleted.
std::vector<std::string> retire_old_copy(const std::string& old_copy, const fs::path& index_folder) {
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(old_copy, ec)) {
        const std::string name = e.path().filename().string();
        if (is_index_file_name(name)) continue;
        const fs::path back = index_folder / name;
        std::error_code exists_ec;
        if (fs::exists(fs::symlink_status(back, exists_ec))) continue;  // never overwrite: stays, reported
        std::error_code mv;
        fs::rename(e.path(), back, mv);
    }
    return remove_index_files(old_copy);
}

}  // namespace

std::vector<std::string> remove_compaction_leftovers(const std::string& path) {
    const fs::path real = real_folder(path);
    const std::string prefix = fs::path(scratch_prefix(real)).filename().string();
    std::vector<std::string> left;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(real.parent_path(), ec)) {
        const std::string name = e.path().filename().string();
        std::error_code dir_ec;
        if (!name.starts_with(prefix) || name.size() != prefix.size() + 6 || !e.is_directory(dir_ec)) continue;
        for (auto& k : remove_index_files(e.path().string())) left.push_back(std::move(k));
    }
    return left;
}

CompactionResult compact_in_place(Xapian::WritableDatabase& db, const std::string& path) {
    const fs::path real = real_folder(path);
    const std::string scratch = make_scratch_folder(real);
    CompactionResult result;
    result.bytes_before = folder_bytes(real.string());
    try {
        db.compact(scratch, Xapian::DBCOMPACT_NO_RENUMBER);
    } catch (const Xapian::Error& e) {
        remove_index_files(scratch);
        throw std::runtime_error("cannot compact the index at " + path + ": " + e.get_description() +
                                 " (the index is unchanged, and complete)");
    }
    result.bytes_after = folder_bytes(scratch);
    // mkdtemp made the copy's folder private (0700): give it the index folder's own mode.
    std::error_code mode_ec;
    fs::permissions(scratch, fs::status(real, mode_ec).permissions(), mode_ec);
    // Swapped while `db` still holds the write lock, so that no other writer can start (and
    // remove the copy as a leftover) between the copy being made and its being swapped in.
    if (::renameat2(AT_FDCWD, scratch.c_str(), AT_FDCWD, real.c_str(), RENAME_EXCHANGE) != 0) {
        const int error = errno;
        remove_index_files(scratch);
        throw std::runtime_error("cannot swap the compacted index into " + path + ": " + std::strerror(error) +
                                 " (the index is unchanged, and complete)");
    }
    db.close();
    result.left_behind = retire_old_copy(scratch, real);  // `scratch` now names the old copy
    return result;
}

}  // namespace quorum::index
