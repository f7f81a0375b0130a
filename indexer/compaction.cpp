/** @file compaction.cpp @brief Compact copy beside the index, then an atomic folder swap. */
#include "indexer/compaction.h"

#include <fcntl.h>
#include <stdio.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string_view>
#include <stdexcept>
#include <system_error>

namespace quorum::index {
namespace {

namespace fs = std::filesystem;

// Beside the real folder (a symlinked --db is followed, so the link stays a link).
std::string scratch_path(const std::string& path) {
    std::error_code ec;
    fs::path real = fs::canonical(path, ec);
    if (ec) real = fs::path(path).lexically_normal();
    std::string p = real.string();
    while (p.size() > 1 && p.back() == '/') p.pop_back();
    return p + ".compacting";
}

std::uint64_t folder_bytes(const std::string& path) {
    std::uint64_t total = 0;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(path, ec))
        if (e.is_regular_file(ec)) total += e.file_size(ec);
    return total;
}

}  // namespace

void remove_compaction_leftovers(const std::string& path) {
    std::error_code ec;
    fs::remove_all(scratch_path(path), ec);
}

CompactionResult compact_in_place(Xapian::WritableDatabase& db, const std::string& path) {
    const std::string scratch = scratch_path(path);
    const std::string target = scratch.substr(0, scratch.size() - std::string_view(".compacting").size());
    remove_compaction_leftovers(path);
    CompactionResult result;
    result.bytes_before = folder_bytes(path);
    try {
        db.compact(scratch, Xapian::DBCOMPACT_NO_RENUMBER);
    } catch (const Xapian::Error& e) {
        remove_compaction_leftovers(path);
        throw std::runtime_error("cannot compact the index at " + path + ": " + e.get_description());
    }
    result.bytes_after = folder_bytes(scratch);
    // Swapped while `db` still holds the write lock, so that no other writer can start (and
    // remove the copy as a leftover) between the copy being made and its being swapped in.
    if (::renameat2(AT_FDCWD, scratch.c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE) != 0) {
        const int error = errno;
        remove_compaction_leftovers(path);
        throw std::runtime_error("cannot swap the compacted index into " + path + ": " + std::strerror(error) +
                                 " (the index is unchanged, and complete)");
    }
    db.close();
    remove_compaction_leftovers(path);  // now the old, uncompacted copy
    return result;
}

}  // namespace quorum::index
