/** @file ocr_cache.cpp @brief The OCR cache in Xapian user metadata: read, write, prune. */
#include "indexer/ocr_cache.h"

#include <nlohmann/json.hpp>

#include "indexer/index_state.h"

#include <vector>

namespace quorum::index {
namespace {

constexpr const char* kRoot = "quorum.ocr/";

// The content hash inside a key "quorum.ocr/<fingerprint>/<hash>/<page>"; "" when malformed.
std::string hash_of_key(const std::string& key) {
    const size_t a = key.find('/', std::string(kRoot).size());
    if (a == std::string::npos) return {};
    const size_t b = key.find('/', a + 1);
    return b == std::string::npos ? std::string() : key.substr(a + 1, b - a - 1);
}

}  // namespace

std::string ocr_cache_prefix(const std::string& fingerprint, const std::string& hash) {
    return kRoot + fingerprint + "/" + hash + "/";
}

extract::KnownOcrPages read_ocr_cache(const Xapian::Database& db, const std::string& fingerprint,
                                      const std::string& hash) {
    extract::KnownOcrPages pages;
    const std::string prefix = ocr_cache_prefix(fingerprint, hash);
    for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it) {
        const std::string key = *it;
        const nlohmann::json value = nlohmann::json::parse(db.get_metadata(key), nullptr, false);
        if (!value.is_object() || !value.contains("text") || !value.contains("confidence")) continue;  // not ours
        const std::string page = key.substr(prefix.size());
        if (page.empty() || page.size() > 6 || page.find_first_not_of("0123456789") != std::string::npos) continue;
        pages[std::stoi(page)] = {value["text"].get<std::string>(), value["confidence"].get<int>()};
    }
    return pages;
}

void write_ocr_cache(Xapian::WritableDatabase& db, const std::string& fingerprint, const std::string& hash,
                     const extract::KnownOcrPages& pages) {
    const std::string prefix = ocr_cache_prefix(fingerprint, hash);
    for (const auto& [page, ocr] : pages)
        db.set_metadata(prefix + std::to_string(page), nlohmann::json{{"text", ocr.text}, {"confidence", ocr.confidence}}.dump());
}

size_t prune_ocr_cache(Xapian::WritableDatabase& db, const std::unordered_set<std::string>& live_hashes) {
    std::vector<std::string> unused;
    for (auto it = db.metadata_keys_begin(kRoot); it != db.metadata_keys_end(kRoot); ++it)
        if (!live_hashes.count(hash_of_key(*it))) unused.push_back(*it);
    for (const auto& key : unused) db.set_metadata(key, "");  // an empty value deletes the entry
    return unused.size();
}

std::unordered_set<std::string> indexed_content_hashes(const Xapian::Database& db) {
    std::unordered_set<std::string> live;
    for (const auto& [path, stamp] : load_state(db).files) live.insert(stamp.hash);
    return live;
}

OcrCacheUse ocr_cache_use(const Xapian::Database& db, const std::unordered_set<std::string>& live_hashes) {
    OcrCacheUse use;
    std::unordered_set<std::string> files, unused_files, settings;
    for (auto it = db.metadata_keys_begin(kRoot); it != db.metadata_keys_end(kRoot); ++it) {
        const std::string key = *it;
        const std::string hash = hash_of_key(key);
        const std::uint64_t bytes = key.size() + db.get_metadata(key).size();
        ++use.pages;
        use.bytes += bytes;
        files.insert(hash);
        settings.insert(key.substr(0, key.find('/', std::string(kRoot).size())));
        if (!live_hashes.count(hash)) {
            ++use.unused_pages;
            use.unused_bytes += bytes;
            unused_files.insert(hash);
        }
    }
    use.files = files.size();
    use.unused_files = unused_files.size();
    use.settings = settings.size();
    return use;
}

std::vector<std::pair<std::string, std::string>> ocr_cache_entries(const Xapian::Database& db) {
    std::vector<std::pair<std::string, std::string>> entries;
    for (auto it = db.metadata_keys_begin(kRoot); it != db.metadata_keys_end(kRoot); ++it)
        entries.emplace_back(*it, db.get_metadata(*it));
    return entries;
}

void restore_ocr_cache_entries(Xapian::WritableDatabase& db,
                               const std::vector<std::pair<std::string, std::string>>& entries) {
    for (const auto& [key, value] : entries)
        if (key.rfind(kRoot, 0) == 0) db.set_metadata(key, value);
}

OcrCacheReader::OcrCacheReader(const std::string& db_path, std::string fingerprint)
    : db_(db_path), fingerprint_(std::move(fingerprint)) {}

extract::KnownOcrPages OcrCacheReader::lookup(const std::string& hash) {
    std::lock_guard lock(mutex_);
    // The writer commits while this reads: once it has committed twice since reopen(), the
    // blocks of the revision being read are reused, and Xapian throws DatabaseModifiedError or,
    // meeting a reused block first, DatabaseCorruptError ("Expected block N to be level 1, not 0";
    // seen in tests/ocr_cache_reader_test.cpp). Read again from the newest revision; should the
    // writer keep winning, answer as a cache miss (the pages are OCR'd again: slower, nothing
    // lost) rather than let the exception end the indexing thread.
    for (int attempt = 0; attempt < kLookupAttempts; ++attempt) {
        try {
            db_.reopen();
            return read_ocr_cache(db_, fingerprint_, hash);
        } catch (const Xapian::DatabaseModifiedError&) {
            ++modified_retries_;
        } catch (const Xapian::DatabaseCorruptError&) {
            ++modified_retries_;
        }
    }
    return {};
}

size_t OcrCacheReader::modified_retries() const {
    std::lock_guard lock(mutex_);
    return modified_retries_;
}

}  // namespace quorum::index
