/** @file indexer.cpp @brief The indexing run: plan from the index state, extract on a worker pool, one writer commits in batches. */
#include "indexer/indexer.h"
#include "indexer/vote_label_columns.h"

#include <xapian.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "extractors/extract_error.h"
#include "indexer/bounded_queue.h"
#include "indexer/compaction.h"
#include "indexer/content_hash.h"
#include "indexer/database.h"
#include "indexer/document_builder.h"
#include "indexer/index_folder.h"
#include "indexer/extraction_cache.h"
#include "indexer/index_roots.h"
#include "indexer/index_state.h"
#include "indexer/ocr_page_tally.h"
#include "indexer/item_splitter.h"
#include "indexer/meetings.h"
#include "indexer/rebuild.h"
#include "indexer/ocr_cache.h"
#include "indexer/record_store.h"
#include "indexer/stored_data_writer.h"
#include "schema/document_id.h"
#include "schema/fields.h"
#include "schema/stored_record.h"

namespace quorum::index {
namespace {

namespace n = schema::names;
using Clock = std::chrono::steady_clock;

struct Task {
    WalkedFile file;
    bool known = false;   ///< the index already has this path
    FileStamp old;        ///< its stamp in the index when known
    std::string fingerprint;      ///< facet_config_fingerprint() of the file's configuration now
    std::string old_fingerprint;  ///< the one its document carries (when known)
    bool relabel = false;  ///< unchanged on disk, but its facet configuration changed
};

struct Outcome {
    enum class Kind { Built, SameContent, MoveCandidate, Failed, OcrPage };  // OcrPage: progress within `file`
    Kind kind = Kind::Failed;
    WalkedFile file;
    bool known = false;
    std::string hash;
    std::optional<BuiltDocument> built;
    std::string fingerprint;         ///< Built, MoveCandidate: the file's facet configuration
    std::string cached_extraction;   ///< Built after extracting: the cache entry to store
    bool relabelled = false;         ///< Built from the cached extraction (the file was not extracted)
    size_t item_count = 0;
    std::uint64_t text_bytes = 0;
    std::string moved_from;  ///< MoveCandidate: the vanished path with the same content
    std::string reason;      ///< Failed: failure_reason_name()
    std::string message;
    extract::KnownOcrPages new_ocr;  ///< Built: pages Tesseract read, for the OCR cache
    size_t ocr_cache_hits = 0, ocr_skipped = 0;
    bool ocr_used = false;
    extract::OcrPageEvent ocr_page;  ///< OcrPage: the page read (the file is still being read)
};

std::string id_term(const std::string& doc_id) { return std::string(schema::field(n::kId).prefix) + doc_id; }

bool under_any_root(const std::string& path, const std::vector<std::string>& roots) {
    for (const auto& r : roots)
        if (is_under(path, r)) return true;
    return false;
}

// Everything a worker needs, shared read-only between workers.
struct WorkerContext {
    isolation::ExtractionPool& extraction;  // thread-safe; in process or in worker processes
    const IndexOptions& options;
    const std::unordered_map<std::string, std::string>& vanished_by_hash;  // hash -> old path
    OcrCacheReader* ocr_cache = nullptr;  // null: OCR off or no cache
};

// A worker's own read handle on the index, for the extraction cache (Xapian handles are not
// shared between threads). Opened on first use; reopened once when the writer's commits have
// moved on from the revision it reads.
class CacheReader {
public:
    explicit CacheReader(const std::string& db_path) : db_path_(db_path) {}

    std::optional<extract::Extraction> load(const std::string& hash, const std::string& path) {
        for (int attempt = 0; attempt < 2; ++attempt) {
            try {
                if (!db_) db_.emplace(db_path_);
                else if (attempt > 0) db_->reopen();
                return load_cached_extraction(*db_, hash, path);
            } catch (const Xapian::Error&) {
                // not readable now (a new index, a revision discarded meanwhile): try once more, then extract
            }
        }
        return std::nullopt;
    }

private:
    std::string db_path_;
    std::optional<Xapian::Database> db_;
};

// The finished document for `record`, carrying its configuration's fingerprint.
void build_into(Outcome& out, const DocumentRecord& record, const std::string& fingerprint, DocumentBuilder& builder) {
    out.item_count = record.items.size();
    for (const auto& item : record.items) out.text_bytes += item.text.size();
    out.built = builder.build(record);
    if (!fingerprint.empty()) out.built->document.add_value(schema::field(n::kFacetConfig).slot, fingerprint);
    out.fingerprint = fingerprint;
    out.kind = Outcome::Kind::Built;
}

// Re-labels the file from its cached extraction; false when the cache has none.
bool relabel_from_cache(Outcome& out, const Task& task, const FileStamp& stamp, const WorkerContext& ctx,
                        CacheReader& cache, DocumentBuilder& builder) {
    const auto extraction = cache.load(stamp.hash, task.file.path);
    if (!extraction) return false;
    build_into(out, make_record(*extraction, stamp, ctx.options.detect_facets), task.fingerprint, builder);
    out.hash = stamp.hash;
    out.relabelled = true;
    return true;
}

// Whether `path` is named as a PDF (what the progress estimate counts as a file that may need OCR).
bool named_pdf(const std::string& path) {
    const std::string ext = std::filesystem::path(path).extension().string();
    return ext.size() == 4 && (ext[1] | 0x20) == 'p' && (ext[2] | 0x20) == 'd' && (ext[3] | 0x20) == 'f';
}

// OCR bookkeeping of one extraction, for the writer (cache) and the summary.
void note_ocr(const extract::Extraction& e, Outcome& out) {
    out.new_ocr = e.new_ocr_pages;
    for (const auto& p : e.page_sources) {
        out.ocr_used = out.ocr_used || p.source == extract::PageSource::Ocr;
        out.ocr_cache_hits += p.cached;
        out.ocr_skipped += p.source == extract::PageSource::OcrSkipped;
    }
}

Outcome process(const Task& task, const WorkerContext& ctx, CacheReader& cache, DocumentBuilder& builder) {
    Outcome out;
    out.file = task.file;
    out.known = task.known;
    try {
        if (task.relabel && relabel_from_cache(out, task, task.old, ctx, cache, builder)) return out;
        const std::string bytes = extract::read_file_bytes(task.file.path, ctx.options.limits);
        out.hash = content_hash(bytes);
        const FileStamp stamp{task.file.size, task.file.mtime, out.hash};
        if (task.known && out.hash == task.old.hash) {
            if (task.fingerprint == task.old_fingerprint) {
                out.kind = Outcome::Kind::SameContent;
                return out;
            }
            if (relabel_from_cache(out, task, stamp, ctx, cache, builder)) return out;
        }
        if (!task.known) {
            if (auto it = ctx.vanished_by_hash.find(out.hash); it != ctx.vanished_by_hash.end()) {
                out.kind = Outcome::Kind::MoveCandidate;
                out.moved_from = it->second;
                out.fingerprint = task.fingerprint;
                return out;
            }
        }
        const extract::KnownOcrPages known = ctx.ocr_cache ? ctx.ocr_cache->lookup(out.hash) : extract::KnownOcrPages{};
        const extract::Extraction extraction = ctx.extraction.extract_bytes(bytes, task.file.path, known);
        note_ocr(extraction, out);
        if (extraction.blocks.empty())
            throw extract::ExtractError(extract::FailureReason::Empty, task.file.path, "no text found in the file");
        build_into(out, make_record(extraction, stamp, ctx.options.detect_facets), task.fingerprint, builder);
        out.cached_extraction = encode_cached_extraction(extraction);
    } catch (const extract::ExtractError& e) {
        out.kind = Outcome::Kind::Failed;
        out.reason = std::string(extract::failure_reason_name(e.reason()));
        out.message = e.what();
    } catch (const std::exception& e) {
        // A library error we did not foresee (poppler, libxml2, Xapian term limits): the file
        // is recorded as failed with the message; the run goes on.
        out.kind = Outcome::Kind::Failed;
        out.reason = "error";
        out.message = task.file.path + ": " + e.what();
    }
    return out;
}

// The single writer: applies outcomes to the database and commits in batches.
class Writer {
public:
    Writer(Xapian::WritableDatabase& db, const IndexOptions& options, IndexSummary& summary,
           std::unordered_map<std::string, std::string>& vanished,
           const std::unordered_map<std::string, std::string>& old_fingerprints)
        : db_(db), options_(options), summary_(summary), vanished_(vanished), old_fingerprints_(old_fingerprints),
          data_writer_(db) {}

    void apply(Outcome& o) {
        switch (o.kind) {
            case Outcome::Kind::Built: write_built(o); break;
            case Outcome::Kind::SameContent: update_stamp(o); break;
            case Outcome::Kind::MoveCandidate: move(o); break;
            case Outcome::Kind::Failed: record_failure(o); break;
            case Outcome::Kind::OcrPage: return;  // progress only: counted by the reading loop
        }
        maybe_commit();
    }

    void remove_file(const std::string& path) {
        const std::string doc_id = schema::document_id(path);
        db_.delete_document(id_term(doc_id));
        mark_identities_pending();
        ++pending_records_;
    }

    void forget_failure(const std::string& path) { db_.set_metadata(failed_key(path), ""); }

    /// Before the run's last commit.
    void finish() { data_writer_.finish(); }

    void commit() {
        db_.commit();
        pending_records_ = 0;
        pending_bytes_ = 0;
    }

private:
    /// The people of the index changed: the identity step must run (committed with this change).
    void mark_identities_pending() {
        if (identities_marked_) return;
        db_.set_metadata(std::string(schema::kIdentitiesPendingKey), "1");
        identities_marked_ = true;
    }

    void write_built(Outcome& o) {
        BuiltDocument& b = *o.built;
        // A re-label keeps the content the index already had: a feed reader has seen it.
        stamp_indexed_at(b.document, o.relabelled ? indexed_at_of(o.file.path) : std::string());
        data_writer_.replace(id_term(b.doc_id), std::move(b.document));
        mark_identities_pending();
        if (!o.cached_extraction.empty()) db_.set_metadata(extraction_key(o.hash), o.cached_extraction);
        forget_failure(o.file.path);
        if (!options_.ocr_fingerprint.empty() && !o.new_ocr.empty())
            write_ocr_cache(db_, options_.ocr_fingerprint, o.hash, o.new_ocr);
        summary_.ocr_documents += o.ocr_used;
        summary_.ocr_pages += o.new_ocr.size();
        summary_.ocr_cache_hits += o.ocr_cache_hits;
        summary_.ocr_skipped_pages += o.ocr_skipped;
        if (o.relabelled) {
            ++summary_.relabelled;
        } else {
            ++summary_.indexed;
            ++summary_.extracted;
        }
        summary_.items += o.item_count;
        ++pending_records_;
        pending_bytes_ += o.text_bytes;
    }

    void update_stamp(const Outcome& o) {
        const std::string term = id_term(schema::document_id(o.file.path));
        auto it = db_.postlist_begin(term);
        if (it != db_.postlist_end(term)) {
            Xapian::Document doc = db_.get_document(*it);
            nlohmann::json data = schema::parse_stored(data_writer_.codec(), doc.get_data());
            if (!data.empty()) {
                data["mtime"] = o.file.mtime;
                data["size"] = o.file.size;
                doc.set_data(data_writer_.encode(schema::stored_data_string(data)));
            }
            doc.add_value(schema::field(n::kModified).slot, mtime_value(o.file.mtime));
            db_.replace_document(*it, doc);
            ++pending_records_;
        }
        ++summary_.unchanged;
    }

    void move(Outcome& o) {
        auto claimed = vanished_.find(o.moved_from);
        std::optional<DocumentRecord> record;
        if (claimed != vanished_.end()) record = moved_record(o);
        if (!record) {
            // Another file already took that content (a copy): extract this one normally.
            DocumentBuilder builder;
            Task task{o.file, false, {}, o.fingerprint, {}, false};
            const extract::Registry registry(options_.ocr);
            isolation::ExtractionPool extraction(registry, options_.isolation);
            CacheReader cache(options_.db_path);  // unused: a new path is never re-labelled
            std::unordered_map<std::string, std::string> none;
            Outcome fresh = process(task, WorkerContext{extraction, options_, none}, cache, builder);
            apply(fresh);
            return;
        }
        vanished_.erase(claimed);
        const std::string received = indexed_at_of(o.moved_from);
        remove_file(o.moved_from);
        BuiltDocument b = builder_.build(*record);
        stamp_indexed_at(b.document, received);
        if (!o.fingerprint.empty()) b.document.add_value(schema::field(n::kFacetConfig).slot, o.fingerprint);
        data_writer_.replace(id_term(b.doc_id), std::move(b.document));
        mark_identities_pending();
        forget_failure(o.file.path);
        ++summary_.moved;
        ++pending_records_;
    }

    // The indexed_at value of the document the index holds for `path` ("" when none).
    std::string indexed_at_of(const std::string& path) {
        const std::string term = id_term(schema::document_id(path));
        const auto it = db_.postlist_begin(term);
        if (it == db_.postlist_end(term)) return "";
        return db_.get_document(*it).get_value(schema::field(n::kIndexedAt).slot);
    }

    // When the index received the document's content: `kept` (a moved or re-labelled file's
    // earlier value), else now.
    static void stamp_indexed_at(Xapian::Document& doc, const std::string& kept) {
        doc.add_value(schema::field(n::kIndexedAt).slot,
                      kept.empty() ? mtime_value(static_cast<std::int64_t>(std::time(nullptr))) : kept);
    }

    // The record of a moved file at its new path. The facets come with it from the old path,
    // unless the configuration that applies at the new path differs: then they are detected
    // again from the cached extraction (or, without one, nullopt: the file is extracted).
    std::optional<DocumentRecord> moved_record(const Outcome& o) {
        const FileStamp stamp{o.file.size, o.file.mtime, o.hash};
        const auto old = old_fingerprints_.find(o.moved_from);
        const std::string old_fingerprint = old == old_fingerprints_.end() ? "" : old->second;
        if (old_fingerprint != o.fingerprint) {
            const auto extraction = load_cached_extraction(db_, o.hash, o.file.path);
            if (!extraction) return std::nullopt;
            ++summary_.relabelled;
            return make_record(*extraction, stamp, options_.detect_facets);
        }
        std::optional<DocumentRecord> record = load_record(db_, o.moved_from);
        if (record) {
            record->path = o.file.path;
            record->stamp = stamp;
        }
        return record;
    }

    void record_failure(const Outcome& o) {
        if (o.known) remove_file(o.file.path);  // what was indexed no longer matches the file
        nlohmann::json stated = options_.facet_config ? options_.facet_config(o.file.path).stated : nlohmann::json::object();
        FailedFile f{{o.file.size, o.file.mtime, o.hash}, o.reason, o.message, stated};
        db_.set_metadata(failed_key(o.file.path), failed_value(f));
        ++summary_.failed;
        summary_.failures.push_back({o.file.path, o.reason, o.message, std::move(stated), false});
    }

    void maybe_commit() {
        if (pending_records_ >= options_.flush_records || pending_bytes_ >= options_.flush_bytes) commit();
    }

    Xapian::WritableDatabase& db_;
    const IndexOptions& options_;
    IndexSummary& summary_;
    std::unordered_map<std::string, std::string>& vanished_;  // old path -> hash, unclaimed
    const std::unordered_map<std::string, std::string>& old_fingerprints_;  // path -> facet_config value
    DocumentBuilder builder_;
    StoredDataWriter data_writer_;
    size_t pending_records_ = 0;
    std::uint64_t pending_bytes_ = 0;
    bool identities_marked_ = false;
};

bool stop_requested(const IndexOptions& o) { return o.stop && o.stop->load(); }

}  // namespace

DocumentRecord make_record(const extract::Extraction& file_extraction, const FileStamp& stamp,
                           const FacetDetector& detect_facets) {
    // A vote box a PDF read column by column is rejoined once, for the items and the facets
    // alike (the people detector would take its run-together values for names).
    std::optional<extract::Extraction> rejoined;
    if (std::vector<extract::Block> blocks = rejoin_vote_label_columns(file_extraction.blocks);
        blocks.size() != file_extraction.blocks.size()) {
        rejoined = file_extraction;
        rejoined->blocks = std::move(blocks);
    }
    const extract::Extraction& extraction = rejoined ? *rejoined : file_extraction;
    DocumentRecord r;
    r.path = extraction.path;
    r.format = std::string(extract::format_name(extraction.format));
    r.title = extraction.title;
    r.pages = extraction.pages;
    r.stamp = stamp;
    r.warnings = extraction.warnings;
    for (const auto& p : extraction.page_sources)
        r.page_sources.push_back({p.page, std::string(extract::page_source_name(p.source)), p.confidence});
    MeetingSplit split = split_meetings(extraction);
    r.items = split.items;
    r.meetings = std::move(split.meetings);
    if (r.title.empty() && !r.items.empty()) r.title = r.items.front().title;
    if (detect_facets) r.facets = detect_facets(extraction, r.items);
    label_meetings(split, r.meetings, detect_facets);
    return r;
}

bool should_compact(std::uint64_t written, std::uint64_t doc_count) {
    return written >= kAutoCompactMinDocuments && written * 4 >= doc_count;
}

std::string facet_config_fingerprint(const FacetConfig& config) { return content_hash(config.description); }

namespace {

// The index for this run, emptied first for --rebuild; `remembered` gets the roots it knew.
Xapian::WritableDatabase open_index(const IndexOptions& options, std::vector<std::string>& remembered) {
    if (options.rebuild) {
        RebuildStart start = open_for_rebuild(options.db_path);
        remembered = std::move(start.old_roots);
        return std::move(start.db);
    }
    Xapian::WritableDatabase db = open_for_writing(options.db_path);
    remembered = load_roots(db);
    return db;
}

// Whether `path` is gone from disk (not merely unreadable).
bool gone_from_disk(const std::string& path) {
    std::error_code ec;
    return !std::filesystem::exists(std::filesystem::symlink_status(path, ec)) && ec != std::errc::permission_denied;
}

}  // namespace

IndexSummary run_index(const IndexOptions& options) {
    const auto started = Clock::now();
    IndexSummary summary;
    for (const auto& root : options.roots) require_root_outside_index(root, options.db_path);
    if (options.roots.empty() && !std::filesystem::exists(options.db_path))
        throw DatabaseError("no folders to index: give them (quorum index --db " + options.db_path +
                            " FOLDER...); there is no index at " + options.db_path + " to update");
    std::vector<std::string> remembered_roots;
    Xapian::WritableDatabase db = open_index(options, remembered_roots);
    summary.rebuilt = options.rebuild;
    // From a compaction killed part-way; we hold the lock. Folders holding more than Xapian's
    // files are left alone and reported.
    for (const auto& kept : remove_compaction_leftovers(options.db_path))
        summary.failures.push_back({kept, "left-alone",
                                    kept + ": left beside an interrupted compaction and not Quorum's, so not deleted"});
    const IndexState state = load_state(db);

    std::vector<std::string> abs_roots;
    for (const auto& r : options.roots.empty() ? remembered_roots : options.roots) abs_roots.push_back(absolute_root(r));
    if (abs_roots.empty())
        throw DatabaseError("no folders to index: give them (quorum index --db " + options.db_path +
                            " FOLDER...); the index at " + options.db_path + " remembers none");
    summary.roots = abs_roots;

    WalkOptions walk_options = options.walk;
    walk_options.skip_folders.push_back(options.db_path);
    WalkResult walked = walk(options.roots.empty() ? abs_roots : options.roots, walk_options);
    summary.seen = walked.files.size();
    for (const auto& p : walked.problems) {
        summary.failures.push_back({p.path, "unreadable", p.path + ": " + p.reason});
        ++summary.failed;
    }

    // Plan: what needs reading, what needs re-labelling, what is unchanged, what vanished.
    std::vector<Task> tasks;
    std::unordered_set<std::string> seen_paths;
    IndexProgress progress;
    for (const auto& f : walked.files) {
        seen_paths.insert(f.path);
        const FacetConfig config = options.facet_config ? options.facet_config(f.path) : FacetConfig{};
        const std::string fingerprint = options.facet_config ? facet_config_fingerprint(config) : "";
        auto known = state.files.find(f.path);
        const auto old_config = state.facet_configs.find(f.path);
        const std::string old_fingerprint = old_config == state.facet_configs.end() ? "" : old_config->second;
        if (known != state.files.end() && known->second.size == f.size && known->second.mtime == f.mtime) {
            if (fingerprint == old_fingerprint) {
                ++summary.unchanged;
                continue;
            }
            tasks.push_back({f, true, known->second, fingerprint, old_fingerprint, true});
            continue;
        }
        auto failed = state.failed.find(f.path);
        if (!options.retry_failed && failed != state.failed.end() && failed->second.stamp.size == f.size &&
            failed->second.stamp.mtime == f.mtime) {
            ++summary.failed_before;
            const FailedFile& ff = failed->second;
            summary.remembered_failures.push_back({f.path, ff.reason, ff.message, ff.facets, true});
            continue;
        }
        const bool is_known = known != state.files.end();
        tasks.push_back({f, is_known, is_known ? known->second : FileStamp{}, fingerprint, old_fingerprint, false});
        progress.bytes_total += f.size;
        if (named_pdf(f.path)) progress.pdf_bytes_total += f.size;
    }
    progress.files_total = tasks.size();

    // Files the index holds that this run did not see: under the roots named, they are gone
    // (or excluded); elsewhere, only those gone from disk (a root renamed or deleted) are.
    // Both are matched by content against new files first, so a moved archive is re-pathed.
    std::unordered_map<std::string, std::string> vanished;          // path -> hash
    std::unordered_map<std::string, std::string> vanished_by_hash;  // hash -> path
    std::unordered_set<std::string> vanished_outside;
    for (const auto& [path, stamp] : state.files) {
        if (seen_paths.count(path)) continue;
        const bool inside = under_any_root(path, abs_roots);
        if (!inside && !gone_from_disk(path)) continue;
        if (!inside) vanished_outside.insert(path);
        vanished.emplace(path, stamp.hash);
        if (!stamp.hash.empty()) vanished_by_hash.emplace(stamp.hash, path);
    }
    // A rebuild holds only what it was given; an update keeps the other remembered roots.
    std::vector<std::string> roots_after = abs_roots;
    for (const auto& r : remembered_roots) {
        if (options.rebuild || under_any_root(r, abs_roots)) continue;
        if (gone_from_disk(r)) {
            summary.roots_vanished.push_back(r);
            continue;
        }
        KeptRoot kept{r, 0};
        for (const auto& [path, stamp] : state.files)
            if (is_under(path, r) && !vanished.count(path)) ++kept.files;
        summary.roots_kept.push_back(kept);
        roots_after.push_back(r);
    }

    const extract::Registry registry(options.ocr);
    isolation::ExtractionPool extraction(registry, options.isolation);
    std::optional<OcrCacheReader> ocr_cache;
    if (options.ocr.enabled() && !options.ocr_fingerprint.empty()) {
        db.commit();  // a new index: makes it readable for the cache's own handle
        ocr_cache.emplace(options.db_path, options.ocr_fingerprint);
    }
    const WorkerContext ctx{extraction, options, vanished_by_hash, ocr_cache ? &*ocr_cache : nullptr};
    const unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    BoundedQueue<Task> task_queue(threads * 4);
    BoundedQueue<Outcome> outcome_queue(threads * 2);

    std::thread feeder([&] {
        for (auto& t : tasks) {
            if (stop_requested(options)) break;
            task_queue.push(std::move(t));
        }
        task_queue.close();
    });
    std::atomic<unsigned> workers_left{threads};
    std::vector<std::thread> workers;
    for (unsigned i = 0; i < threads; ++i) {
        workers.emplace_back([&] {
            DocumentBuilder builder;
            CacheReader cache(options.db_path);
            while (auto task = task_queue.pop()) {
                if (stop_requested(options)) continue;  // drain without work
                // Each page OCR'd (here or in a worker process) goes to the progress as it is read.
                // Never waited for: while the writer is busy (a commit) an event is dropped, and
                // the next one, whose counts are the file's totals so far, makes up for it; the
                // time a worker is given for the file is not spent waiting here.
                const extract::ScopedOcrPageListener pages([&](const extract::OcrPageEvent& e) {
                    Outcome page;
                    page.kind = Outcome::Kind::OcrPage;
                    page.file = task->file;
                    page.ocr_page = e;
                    outcome_queue.try_push(std::move(page));
                });
                outcome_queue.push(process(*task, ctx, cache, builder));
            }
            if (--workers_left == 0) outcome_queue.close();
        });
    }

    Writer writer(db, options, summary, vanished, state.facet_configs);
    std::exception_ptr writer_error;
    OcrPageTally ocr_pages;
    while (auto outcome = outcome_queue.pop()) {
        if (writer_error) continue;  // keep draining so the workers can finish
        try {
            if (outcome->kind == Outcome::Kind::OcrPage) {
                ocr_pages.page(outcome->file.path, outcome->file.size, outcome->ocr_page, progress);
                progress.elapsed_seconds = std::chrono::duration<double>(Clock::now() - started).count();
                if (options.on_progress) options.on_progress(progress);
                continue;
            }
            if (!outcome->relabelled) summary.bytes_read += outcome->file.size;
            writer.apply(*outcome);
            ++progress.files_done;
            progress.bytes_done += outcome->file.size;
            progress.elapsed_seconds = std::chrono::duration<double>(Clock::now() - started).count();
            ocr_pages.file_done(outcome->file.path, outcome->new_ocr.size(), progress);
            if (!outcome->relabelled && named_pdf(outcome->file.path)) progress.pdf_bytes_done += outcome->file.size;
            if (options.on_progress) options.on_progress(progress);
        } catch (...) {
            writer_error = std::current_exception();
        }
    }
    feeder.join();
    for (auto& w : workers) w.join();
    if (writer_error) std::rethrow_exception(writer_error);

    summary.interrupted = stop_requested(options);
    if (!summary.interrupted) {
        for (const auto& [path, hash] : vanished) {
            writer.remove_file(path);
            ++summary.removed;
            if (vanished_outside.count(path)) ++summary.removed_outside;
        }
        for (const auto& [path, failed] : state.failed)
            if (!seen_paths.count(path) && (under_any_root(path, abs_roots) || gone_from_disk(path)))
                writer.forget_failure(path);
        save_roots(db, roots_after);
        prune_extraction_cache(db);
    }
    writer.finish();
    // The steps below read every document, the last batch's too (a WritableDatabase reads its own
    // uncommitted changes), and share the run's last commit: each extra commit is one more
    // revision that a reader (quorum serve, a search) may find replaced under it.
    if (!summary.interrupted) {
        // One identity per person within a council: needs every document, so after the last batch;
        // only when this run, or an earlier one killed before its last commit, changed a document.
        const std::string pending_key(schema::kIdentitiesPendingKey);
        if (!db.get_metadata(pending_key).empty()) {
            summary.identities_rewritten = apply_person_identities(db, options.identify_people);
            summary.identity_step_ran = true;
            db.set_metadata(pending_key, "");
        }
    }
    if (!summary.interrupted && options.ocr.enabled()) {
        // The OCR cache keeps only what an indexed file's content uses (under any setting).
        summary.ocr_cache_pruned = prune_ocr_cache(db, indexed_content_hashes(db));
    }
    writer.commit();
    const std::uint64_t written = summary.indexed + summary.moved + summary.removed + summary.relabelled;
    const bool compact = options.compact == IndexOptions::Compact::Always ||
                         (options.compact == IndexOptions::Compact::Auto && should_compact(written, db.get_doccount()));
    if (compact && !summary.interrupted) {
        try {
            const CompactionResult c = compact_in_place(db, options.db_path);
            summary.bytes_before_compaction = c.bytes_before;
            summary.bytes_after_compaction = c.bytes_after;
            for (const auto& kept : c.left_behind)
                summary.failures.push_back(
                    {kept, "left-alone", kept + ": found in the index folder during compaction; left where it is"});
        } catch (const std::runtime_error& e) {
            summary.compaction_error = e.what();
        }
    }
    summary.seconds = std::chrono::duration<double>(Clock::now() - started).count();
    return summary;
}

}  // namespace quorum::index
