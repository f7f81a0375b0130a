/** @file indexer.h @brief `quorum index`: walk, extract in parallel, write one index incrementally. */
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "extractors/extraction.h"
#include "extractors/registry.h"
#include "indexer/file_walker.h"
#include "indexer/person_identities.h"
#include "isolation/extraction_pool.h"
#include "schema/records.h"

namespace quorum::index {

/// Running totals, passed to the progress callback after every file and every page OCR'd.
struct IndexProgress {
    size_t files_total = 0;    ///< files that need reading this run
    size_t files_done = 0;
    std::uint64_t bytes_total = 0;
    std::uint64_t bytes_done = 0;
    double elapsed_seconds = 0;
    size_t ocr_pages_done = 0;  ///< pages read by Tesseract so far, in files done and being read (cache hits not counted)
    std::uint64_t pdf_bytes_total = 0;  ///< of bytes_total: the PDFs (files named *.pdf), which may need OCR
    std::uint64_t pdf_bytes_done = 0;   ///< of those, the PDFs read so far
    // PDFs being OCR'd now (a long scan reports each page as it is read: indexer/ocr_page_tally.h).
    size_t ocr_pages_in_flight_done = 0;     ///< of ocr_pages_done, those in files not done yet
    size_t ocr_pages_in_flight_to_read = 0;  ///< the pages those files' Tesseract is to read in all
    std::uint64_t pdf_bytes_in_flight = 0;   ///< those files' bytes (not in pdf_bytes_done)
};

/// Finds a document's facets from its extraction and items (the facets library plugs in here).
using FacetDetector = std::function<DocumentFacets(const extract::Extraction&, std::vector<Item>&)>;

/// The facet configuration that applies to one file.
struct FacetConfig {
    /// Changes whenever the facets the configuration gives this file could change (its manifest
    /// row and folder defaults, the taxonomy, the date order, the detection rules' version).
    std::string description;
    nlohmann::json stated = nlohmann::json::object();  ///< facets the user states for it: {"council": ...}
};

/// The configuration for a path (the facets library plugs in here). When empty, documents carry
/// no fingerprint and are never re-labelled.
using FacetConfigLookup = std::function<FacetConfig(const std::string& path)>;

struct IndexOptions {
    std::string db_path;
    std::vector<std::string> roots;
    WalkOptions walk;
    unsigned threads = 0;                 ///< extraction workers; 0 = number of cores
    bool retry_failed = false;            ///< re-try files that failed before even if unchanged
    size_t flush_records = 5000;          ///< commit after this many records were written ...
    std::uint64_t flush_bytes = 64 << 20; ///< ... or this many bytes of text, whichever first
    extract::ExtractLimits limits;
    isolation::IsolationOptions isolation;  ///< PDF and HTML in worker processes (off by default here)
    extract::OcrOptions ocr;              ///< OCR of scanned PDF pages (off by default here)
    std::string ocr_fingerprint;          ///< with OCR: ocr_settings_fingerprint(), the cache's key; empty: no cache
    FacetDetector detect_facets;          ///< may be empty: no facets
    FacetConfigLookup facet_config;       ///< may be empty: no re-labelling
    /// The identities of people across documents (person_identities.h); may be empty: names stay as written.
    IdentifyPeople identify_people;
    /// Empty the index first (any schema version; rebuild.h) and extract every file again.
    /// With no roots, the roots the index remembers are indexed.
    bool rebuild = false;
    std::function<void(const IndexProgress&)> on_progress;  ///< called from the writer thread
    const std::atomic<bool>* stop = nullptr;  ///< set (e.g. by SIGINT) to finish early, committing
    /// After the run, rewrite the index compactly (compaction.h): Auto does it after a run
    /// that wrote most of the index (should_compact()).
    enum class Compact { Auto, Always, Never } compact = Compact::Auto;
};

struct FailedFileReport {
    std::string path;
    std::string reason;   ///< failure_reason_name()
    std::string message;
    nlohmann::json facets = nlohmann::json::object();  ///< facets the user states for the file
    bool remembered = false;  ///< failed in an earlier run and not retried in this one
};

/// A root remembered from an earlier run that this run did not name and that still exists:
/// its files stay in the index (as omindex keeps them), unless gone from disk.
struct KeptRoot {
    std::string path;
    size_t files = 0;
};

struct IndexSummary {
    size_t seen = 0;        ///< files found under the roots
    size_t indexed = 0;     ///< extracted and written this run (new or changed)
    size_t unchanged = 0;   ///< skipped: same size and mtime, or same content
    size_t moved = 0;       ///< re-pathed without extraction (content hash matched a vanished file)
    size_t removed = 0;     ///< gone from disk, removed from the index
    size_t removed_outside = 0;  ///< ... of which outside the paths this run named (e.g. under a vanished root)
    size_t relabelled = 0;  ///< unchanged files whose facet configuration changed: re-labelled from the cache
    size_t failed = 0;      ///< failed this run
    size_t failed_before = 0;  ///< failed in an earlier run, unchanged, not retried
    size_t items = 0;       ///< agenda items in the documents indexed this run
    size_t extracted = 0;   ///< files whose content was extracted (a no-op run has 0)
    std::uint64_t bytes_read = 0;
    double seconds = 0;
    bool interrupted = false;
    std::uint64_t bytes_before_compaction = 0;  ///< with IndexOptions::compact: the index's size before ...
    std::uint64_t bytes_after_compaction = 0;   ///< ... and after (0: not compacted)
    std::string compaction_error;               ///< why compaction did not happen (the index is complete)
    std::vector<FailedFileReport> failures;  ///< this run's failures and walk problems
    std::vector<FailedFileReport> remembered_failures;  ///< earlier failures, unchanged, not retried
    std::vector<std::string> roots;                  ///< the roots the run indexed (absolute)
    std::vector<std::string> roots_vanished;         ///< remembered roots that no longer exist
    std::vector<KeptRoot> roots_kept;                ///< remembered roots not named, still there
    bool rebuilt = false;                            ///< the index was emptied first (--rebuild)
    size_t ocr_documents = 0;     ///< documents indexed this run with at least one OCR'd page
    size_t ocr_pages = 0;         ///< pages read by Tesseract this run
    size_t ocr_cache_hits = 0;    ///< OCR'd pages whose text came from the index's OCR cache
    size_t ocr_skipped_pages = 0; ///< pages that needed OCR but ran out of time (ocr-skipped)
    size_t ocr_cache_pruned = 0;  ///< cache entries removed: no indexed file has their content
    size_t identities_rewritten = 0;  ///< documents whose people took another identity's name
    bool identity_step_ran = false;   ///< the identity step ran (a run that changed no document skips it)
};

/// Whether IndexOptions::Compact::Auto compacts after a run that added, replaced, moved or
/// removed `written` documents, leaving `doc_count`: a first build or a rewrite of at least a
/// quarter of a sizeable index (kAutoCompactMinDocuments), where compaction takes seconds and
/// saves about a third; not after the small updates that most runs are.
bool should_compact(std::uint64_t written, std::uint64_t doc_count);
inline constexpr std::uint64_t kAutoCompactMinDocuments = 1000;

/// Runs one indexing pass. Throws DatabaseError when the index cannot be opened, or when no
/// roots are given and the index remembers none; every per-file problem is reported in the
/// summary instead.
IndexSummary run_index(const IndexOptions& options);

/// The value a document stores in the facet_config slot for `config` (XXH3-128, hex).
std::string facet_config_fingerprint(const FacetConfig& config);

/// Turns one extraction into the record the index stores (items split, facets detected).
DocumentRecord make_record(const extract::Extraction& extraction, const FileStamp& stamp,
                           const FacetDetector& detect_facets);

}  // namespace quorum::index
