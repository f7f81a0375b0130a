/** @file user_facets.h @brief What the user says about files: a manifest (CSV or JSON lines) and per-folder defaults files. */
#pragma once

#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace quorum::facets {

/// Facets stated by the user; empty strings are "not stated".
struct UserFacets {
    std::string council;   ///< several separated by ';'
    std::string body;
    std::string date;      ///< YYYY-MM-DD (validated when loaded)
    std::string doc_type;
    std::string url;       ///< where the file was published (a manifest's url column); not a facet
    std::string source;    ///< "manifest" or "folder-defaults"

    /// Fields set here fill the fields still empty in `into`.
    void fill_missing(UserFacets& into) const;
};

/// Name of the per-folder defaults file: "key: value" lines (council, body, doc_type)
/// applying to every file in that folder and below; the nearest folder wins.
inline constexpr const char* kFolderDefaultsFile = ".quorum-defaults";

/// A manifest: rows of path-or-glob -> facets. CSV or tab-separated with a header line naming
/// the columns (path, council, body, date or meeting_date, doc_type; a tab in the header line
/// makes the file tab-separated; other columns are ignored and listed by ignored_columns()),
/// or JSON lines with the same keys. Relative paths and globs are relative to the manifest's
/// folder; the first matching row wins.
class Manifest {
public:
    /// Throws std::runtime_error naming the file and line when it cannot be read or parsed.
    static Manifest load(const std::string& path);

    /// The first row matching `absolute_path`, or nullopt.
    std::optional<UserFacets> lookup(const std::string& absolute_path) const;

    size_t size() const { return rows_.size(); }

    /// Header columns that name no facet (a TSV's `note`, `source_path`): read past, not used.
    const std::vector<std::string>& ignored_columns() const { return ignored_columns_; }

private:
    std::vector<std::pair<std::string, UserFacets>> rows_;  ///< absolute glob -> facets
    std::vector<std::string> ignored_columns_;
};

/// Reads `.quorum-defaults` files up the folder tree, caching each folder. Thread-safe.
class FolderDefaults {
public:
    /// Defaults for a file: the nearest folder's values first, farther folders filling gaps.
    std::optional<UserFacets> lookup(const std::string& absolute_path) const;

    /// Parses the contents of one defaults file; throws std::runtime_error naming `origin`.
    static UserFacets parse(const std::string& text, const std::string& origin);

private:
    std::optional<UserFacets> for_folder(const std::string& folder) const;

    mutable std::mutex mutex_;
    mutable std::map<std::string, std::optional<UserFacets>> cache_;
};

}  // namespace quorum::facets
