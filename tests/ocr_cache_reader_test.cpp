/** @file ocr_cache_reader_test.cpp @brief OcrCacheReader while the writer commits: a revision replaced under a look-up is read again, never ends the indexing thread with DatabaseModifiedError. */
#include <catch2/catch.hpp>

#include <atomic>
#include <string>
#include <thread>

#include <xapian.h>

#include "indexer/ocr_cache.h"
#include "tests/temp_dir.h"

using quorum::index::OcrCacheReader;

TEST_CASE("OCR cache look-ups from another thread survive a writer committing all the time", "[ocr][indexer]") {
    quorum::test::TempDir dir;
    const std::string db_path = (dir.path() / "db").string();
    Xapian::WritableDatabase writer(db_path, Xapian::DB_CREATE_OR_OPEN);
    // Enough pages that one look-up reads across many blocks, so that commits land inside it.
    quorum::extract::KnownOcrPages pages;
    for (int page = 1; page <= 400; ++page) pages[page] = {"Fictional scanned page " + std::to_string(page), 90};
    quorum::index::write_ocr_cache(writer, "fp", "hash-a", pages);
    writer.commit();

    OcrCacheReader reader(db_path, "fp");
    std::atomic<bool> done = false;
    std::thread commits([&] {
        for (int k = 0; !done; ++k) {
            // Other content's pages, each commit rewriting blocks the reader may be in.
            quorum::index::write_ocr_cache(writer, "fp", "hash-b" + std::to_string(k % 50),
                                           {{1, {std::string(2000, 'x') + std::to_string(k), 80}}});
            writer.commit();
        }
    });
    size_t full = 0, misses = 0;
    std::string error;
    for (int k = 0; k < 300 && error.empty(); ++k) {
        try {
            const auto found = reader.lookup("hash-a");  // would throw DatabaseModifiedError without the retry
            if (found.size() == pages.size()) ++full;
            else {
                CHECK(found.empty());  // never a partial answer
                ++misses;
            }
        } catch (const Xapian::Error& e) {
            error = e.get_description();  // reported below, once the writer thread has stopped
        }
    }
    done = true;
    commits.join();
    CHECK(error == "");
    INFO("full " << full << ", misses " << misses << ", revisions replaced under a read " << reader.modified_retries());
    CHECK(full > 0);
    CHECK(misses <= reader.modified_retries() / OcrCacheReader::kLookupAttempts);
    CHECK(reader.lookup("hash-a").at(400).text == "Fictional scanned page 400");
}
