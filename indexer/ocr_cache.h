/** @file ocr_cache.h @brief OCR text per page, cached in the index's own user metadata and keyed by content, page and OCR settings. */
#pragma once

#include <xapian.h>

#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "extractors/extraction.h"

namespace quorum::index {

// Key: "quorum.ocr/<settings fingerprint>/<content hash>/<page>", value: JSON {"text", "confidence"}.
// The fingerprint (extract::ocr_settings_fingerprint) covers Tesseract's version, the language
// data, the resolution and the segmentation settings, so a changed setting misses; the content
// hash makes a moved, copied or re-indexed file hit. Entries are written by the index's one
// writer and committed with the documents, so they are as atomic as the index itself.

/// "quorum.ocr/<fingerprint>/<hash>/" (every page of one file under one setting).
std::string ocr_cache_prefix(const std::string& fingerprint, const std::string& hash);

/// Every cached page of `hash` under `fingerprint`.
extract::KnownOcrPages read_ocr_cache(const Xapian::Database& db, const std::string& fingerprint,
                                      const std::string& hash);

/// Stores `pages` (page -> OCR text) for `hash` under `fingerprint` (not committed).
void write_ocr_cache(Xapian::WritableDatabase& db, const std::string& fingerprint, const std::string& hash,
                     const extract::KnownOcrPages& pages);

/// Removes the entries of content no indexed file has (`live_hashes`), under any setting.
/// Returns how many pages were removed (not committed).
size_t prune_ocr_cache(Xapian::WritableDatabase& db, const std::unordered_set<std::string>& live_hashes);

/// The content hashes of the files the index holds: the OCR cache entries worth keeping.
std::unordered_set<std::string> indexed_content_hashes(const Xapian::Database& db);

/// What the OCR cache holds, and how much of it no indexed file's content uses
/// (`quorum ocr-cache`). Files are counted by content (a copy is one), settings by fingerprint.
struct OcrCacheUse {
    size_t pages = 0, files = 0, settings = 0;  ///< every entry
    std::uint64_t bytes = 0;                     ///< of the entries' keys and values
    size_t unused_pages = 0, unused_files = 0;   ///< entries of content no indexed file has
    std::uint64_t unused_bytes = 0;
};

/// Counts the OCR cache against `live_hashes` (indexed_content_hashes()). Reads only.
OcrCacheUse ocr_cache_use(const Xapian::Database& db, const std::unordered_set<std::string>& live_hashes);

/// Every entry of the OCR cache, under any setting, as (key, value) pairs: what `quorum index
/// --rebuild` carries over when it empties the index, so that a rebuilt index does not OCR its
/// scans again (the pages no rebuilt file uses are pruned at the end of the run).
std::vector<std::pair<std::string, std::string>> ocr_cache_entries(const Xapian::Database& db);

/// Writes back entries read by ocr_cache_entries() (not committed).
void restore_ocr_cache_entries(Xapian::WritableDatabase& db,
                               const std::vector<std::pair<std::string, std::string>>& entries);

/// Looks up cached pages from the extraction threads: its own read-only handle on the index,
/// reopened before each look-up so that what the writer committed since is seen. Thread-safe.
class OcrCacheReader {
public:
    OcrCacheReader(const std::string& db_path, std::string fingerprint);
    /// The cached pages of the content `hash`; none when the writer kept replacing the revision
    /// being read (kLookupAttempts times in a row).
    extract::KnownOcrPages lookup(const std::string& hash);
    /// How many reads were started again because the writer had replaced their revision.
    size_t modified_retries() const;

    static constexpr int kLookupAttempts = 4;

private:
    mutable std::mutex mutex_;
    size_t modified_retries_ = 0;
    Xapian::Database db_;
    std::string fingerprint_;
};

}  // namespace quorum::index
