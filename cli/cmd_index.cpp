/** @file cmd_index.cpp @brief `quorum index PATH...`: builds or updates an index, with progress and a summary. */
#include <unistd.h>

#include <climits>
#include <csignal>
#include <filesystem>
#include <optional>
#include <fstream>
#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/isolation_flags.h"
#include "cli/ocr_flags.h"
#include "extractors/ocr/tesseract_ocr.h"
#include "cli/output_format.h"
#include "cli/progress_display.h"
#include "indexer/content_hash.h"
#include "indexer/database.h"
#include "facets/facet_detector.h"
#include "indexer/indexer.h"
#include "indexer/shards/sharded_index.h"

namespace quorum::cli {
namespace {

struct IndexCliOptions {
    std::string db;
    std::vector<std::string> paths;
    std::vector<std::string> include, exclude;
    bool follow_symlinks = false;
    unsigned threads = 0;
    bool retry_failed = false;
    bool compact = false, no_compact = false;
    bool rebuild = false;
    bool quiet = false;
    std::string failures_file;
    size_t flush_records = 5000;
    std::uint64_t max_file_mb = 512;
    std::string manifest, taxonomy, people, date_order = "dmy";
    IsolationFlags isolation;
    OcrFlags ocr;
    std::string shard_by;
};

// With --shard-by, or on a folder already sharded: the scheme (nullopt for an ordinary index).
// Creates the sharded folder; throws index::DatabaseError.
std::optional<index::ShardScheme> shard_scheme(const IndexCliOptions& o, const std::string& db) {
    std::optional<index::ShardScheme> scheme;
    if (!o.shard_by.empty())
        scheme = index::ShardScheme::parse(o.shard_by);
    else if (index::is_sharded_folder(db))
        scheme = index::ShardScheme::parse(index::read_catalogue(db).shard_by);
    if (!scheme) return scheme;
    index::check_sharded_folder(db, *scheme);
    std::error_code ec;
    std::filesystem::create_directories(db, ec);
    if (ec) throw index::DatabaseError("cannot create the sharded index folder " + db + ": " + ec.message());
    // A new folder is marked as a sharded index at once, so an interrupted first run carries on.
    if (!index::is_sharded_folder(db)) index::write_catalogue(db, index::Catalogue{scheme->text, {}});
    return scheme;
}

// Routes the staging index's documents to the shards and reports what moved.
int distribute(const std::string& db, const index::ShardScheme& scheme, bool quiet) {
    try {
        const index::DistributionSummary d = index::distribute_to_shards(db, scheme);
        if (!quiet)
            std::cout << "Shards (" << scheme.text << "): " << d.catalogue.shards.size() << " in " << db << "; "
                      << d.copied << " documents written, " << d.unchanged << " unchanged, " << d.removed
                      << " removed (gone, or moved to another shard)\n";
        return kExitOk;
    } catch (const index::DatabaseError& e) {
        std::cerr << "quorum index: " << e.what() << "\n";
    } catch (const Xapian::Error& e) {
        std::cerr << "quorum index: writing the shards of " << db << ": " << e.get_description() << "\n";
    }
    return kExitUsage;
}

// A signal handler may only touch a lock-free atomic; this is the one piece of global state.
std::atomic<bool> g_interrupted{false};
extern "C" void on_sigint(int) { g_interrupted.store(true); }

// What a file's facets depend on besides its content (index::FacetConfig).
index::FacetConfig facet_config(const facets::FacetDetector& detector, const std::string& shared, const std::string& path) {
    index::FacetConfig config;
    config.description = shared;
    if (const auto user = detector.stated_facets(path)) {
        const std::pair<const char*, const std::string*> fields[] = {
            {"council", &user->council}, {"body", &user->body}, {"date", &user->date}, {"doc_type", &user->doc_type},
            {"url", &user->url}};
        for (const auto& [name, value] : fields) {
            config.description += std::string("\n") + name + "=" + *value;
            if (!value->empty()) config.stated[name] = *value;
        }
        config.description += "\nsource=" + user->source;
    }
    return config;
}

const char* plural(size_t n, const char* one, const char* many) { return n == 1 ? one : many; }

void print_summary(const index::IndexSummary& s, const std::string& db) {
    const double secs = s.seconds > 0 ? s.seconds : 1e-9;
    std::cout << (s.interrupted ? "Interrupted; committed what was complete. " : "") << "Index " << db << ": "
              << s.seen << " files seen, " << s.indexed << " indexed, " << s.unchanged << " unchanged, " << s.relabelled
              << " re-labelled, " << s.moved << " moved, " << s.removed << " removed, " << s.failed
              << " failed";
    if (s.failed_before) std::cout << " (+" << s.failed_before << " failed before, not retried; --retry-failed)";
    std::cout << "; " << s.items << " items; " << std::fixed;
    std::cout.precision(1);
    std::cout << s.seconds << " s, " << (s.indexed + s.moved + s.failed) / secs << " files/s, "
              << s.bytes_read / secs / 1e6 << " MB/s\n";
    if (s.rebuilt) std::cout << "Rebuilt: the index was emptied first and every file extracted again.\n";
    if (s.relabelled)
        std::cout << "Re-labelled " << s.relabelled << plural(s.relabelled, " document", " documents")
                  << " whose manifest row, folder defaults, taxonomy or date order changed (from the cached "
                     "extraction; the files were not read).\n";
    if (s.removed)
        std::cout << "Removed " << s.removed << plural(s.removed, " file", " files")
                  << " no longer on disk or excluded" << (s.removed_outside ? " (" + std::to_string(s.removed_outside) +
                                                                                   " outside the paths named in this run)"
                                                                             : "")
                  << "; files that moved were re-pathed instead (" << s.moved << ").\n";
    for (const auto& r : s.roots_vanished)
        std::cout << "Folder " << r << " (indexed earlier) no longer exists: its files were removed, or re-pathed "
                     "where the same content turned up.\n";
    for (const auto& k : s.roots_kept)
        std::cout << "Kept " << k.files << plural(k.files, " file", " files") << " under " << k.path
                  << ", indexed by an earlier run but not named in this one ('quorum remove " << k.path
                  << "' takes them out).\n";
    // OCR (issue 18): what Tesseract read, what the index's OCR cache saved, what ran out of time.
    if (s.ocr_documents || s.ocr_pages || s.ocr_cache_hits || s.ocr_skipped_pages || s.ocr_cache_pruned)
        std::cout << "OCR: " << s.ocr_documents << " documents with OCR'd pages; " << s.ocr_pages
                  << " pages OCR'd (" << s.ocr_pages / secs << " pages/s), " << s.ocr_cache_hits
                  << " from the OCR cache, " << s.ocr_skipped_pages << " skipped (out of time); "
                  << s.ocr_cache_pruned << " unused cache entries removed\n";
    if (s.bytes_after_compaction)
        std::cout << "Compacted: " << s.bytes_before_compaction / 1e6 << " MB -> " << s.bytes_after_compaction / 1e6
                  << " MB\n";
}

int run(const IndexCliOptions& o) {
    index::IndexOptions opts;
    opts.db_path = index::resolve_db_path(o.db);
    const std::string sharded_db = opts.db_path;
    std::optional<index::ShardScheme> scheme;
    try {
        scheme = shard_scheme(o, sharded_db);
    } catch (const index::DatabaseError& e) {
        std::cerr << "quorum index: " << e.what() << "\n";
        return kExitUsage;
    }
    if (scheme) opts.db_path = index::staging_path(sharded_db);
    opts.roots = o.paths;
    opts.walk = {o.include, o.exclude, o.follow_symlinks, {}};
    opts.threads = o.threads;
    opts.retry_failed = o.retry_failed;
    opts.rebuild = o.rebuild;
    opts.compact = o.compact      ? index::IndexOptions::Compact::Always
                   : o.no_compact ? index::IndexOptions::Compact::Never
                                  : index::IndexOptions::Compact::Auto;
    opts.flush_records = o.flush_records;
    opts.limits.max_file_bytes = o.max_file_mb * 1024 * 1024;
    opts.isolation = o.isolation.options();
    // OCR (issue 18): a missing language stops the run before any file is read.
    opts.ocr = o.ocr.options();
    if (opts.ocr.enabled()) {
        try {
            opts.ocr_fingerprint = check_ocr_setup(opts.ocr);
        } catch (const extract::OcrSetupError& e) {
            std::cerr << "quorum index: " << e.what() << " (--ocr off indexes without OCR)\n";
            return kExitUsage;
        }
    }
    opts.stop = &g_interrupted;

    std::unique_ptr<facets::FacetDetector> detector;
    try {
        detector = std::make_unique<facets::FacetDetector>(
            facets::FacetOptions{o.manifest, o.taxonomy, o.date_order == "mdy", o.people});
    } catch (const std::exception& e) {
        std::cerr << "quorum index: " << e.what() << "\n";
        return kExitUsage;
    }
    for (const auto& note : detector->notes()) std::cerr << "quorum index: note: " << note << "\n";
    opts.detect_facets = [&detector](const extract::Extraction& e, std::vector<Item>& items) {
        return detector->detect(e, items);
    };
    opts.identify_people = [&detector](const index::NamesByDocument& names) { return detector->person_identities(names); };
    const std::string shared_configuration = index::content_hash(detector->shared_configuration());
    opts.facet_config = [&detector, shared_configuration](const std::string& path) {
        return facet_config(*detector, shared_configuration, path);
    };

    ProgressDisplay progress(o.quiet);
    opts.on_progress = [&progress](const index::IndexProgress& p) { progress.update(p); };

    struct sigaction sa {};
    sa.sa_handler = on_sigint;
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);

    index::IndexSummary summary;
    try {
        summary = index::run_index(opts);
    } catch (const index::DatabaseError& e) {
        progress.finish();
        std::cerr << "quorum index: " << e.what() << "\n";
        return kExitUsage;
    } catch (const isolation::WorkerStartError& e) {
        progress.finish();
        std::cerr << "quorum index: " << e.what() << " (--isolation off extracts in this process)\n";
        return kExitUsage;
    } catch (const Xapian::Error& e) {
        progress.finish();
        std::cerr << "quorum index: index error: " << e.get_description() << "\n";
        return kExitUsage;
    }
    progress.finish();
    for (const auto& f : summary.failures) std::cerr << "quorum index: " << f.message << " [" << f.reason << "]\n";
    if (!o.failures_file.empty()) {
        std::ofstream out(o.failures_file);
        if (!out) {
            std::cerr << "quorum index: cannot write --failures file " << o.failures_file << "\n";
            return kExitUsage;
        }
        for (const auto* list : {&summary.failures, &summary.remembered_failures})
            for (const auto& f : *list)
                out << json_text({{"path", f.path},
                                  {"reason", f.reason},
                                  {"message", f.message},
                                  {"facets", f.facets},
                                  {"remembered", f.remembered}},
                                 -1)
                    << "\n";
    }
    if (!summary.compaction_error.empty())
        std::cerr << "quorum index: warning: " << summary.compaction_error << "\n";
    if (!o.quiet) print_summary(summary, opts.db_path);
    if (summary.interrupted) return 130;
    if (scheme && distribute(sharded_db, *scheme, o.quiet) != kExitOk) return kExitUsage;
    return summary.failed ? kExitPartial : kExitOk;
}

}  // namespace

Runner add_index_command(CLI::App& app) {
    auto o = std::make_shared<IndexCliOptions>();
    CLI::App* cmd = app.add_subcommand(
        "index",
        "Build or update an index from folders and files of minutes (PDF, HTML, text).\n"
        "A second run only reads files that changed; files gone from disk are removed, and files\n"
        "that moved (even to another folder, or with their whole archive) are re-pathed. A changed\n"
        "--manifest, .quorum-defaults file, --taxonomy, --people or --date-order re-labels the documents it\n"
        "concerns without reading them again. The index remembers the folders it was given: with no\n"
        "PATH, it updates those; folders indexed earlier and not named now are kept.\n\n"
        "Examples:\n"
        "  quorum index --db minutes-db archive/\n"
        "  quorum index --db minutes-db                      # update the folders indexed before\n"
        "  quorum index --db minutes-db --manifest facts.tsv archive/   # corrections apply on this run\n"
        "  quorum index --db minutes-db --people people.tsv    # 'Mr Gough<TAB>Roger Gough' rows merge names\n"
        "  quorum index --db minutes-db --rebuild            # extract everything again, keep nothing stale\n"
        "  quorum index --db minutes-db --exclude '*.json' --failures failed.jsonl archive/\n\n"
        "Exit status: 0 all indexed, 1 some files failed (the rest is indexed and committed),\n"
        "2 usage error or the index cannot be opened, 130 interrupted (work done so far is committed).");
    cmd->add_option("paths", o->paths,
                    "Folders (walked recursively) and files to index (default: those the index remembers)")
        ->type_name("PATH");
    cmd->add_option("--db", o->db, "Index folder (default: $QUORUM_DB, else ./quorum-db)")->type_name("DIR");
    cmd->add_option("--shard-by", o->shard_by,
                    "Build a sharded index in --db: one ordinary index per shard under DIR/shards, split by\n"
                    "council, year or hash:N, with a catalogue (DIR/shards.json) and a stub (DIR/XAPIANDB)\n"
                    "that every searching command opens as one index (docs/scale-out.md). Later runs on\n"
                    "the folder keep its scheme without the flag")
        ->type_name("council|year|hash:N");
    cmd->add_option("--include", o->include, "Only index files whose name or path matches this glob (repeatable)")
        ->type_name("GLOB");
    cmd->add_option("--exclude", o->exclude, "Skip files and folders matching this glob (repeatable)")->type_name("GLOB");
    cmd->add_flag("--follow-symlinks", o->follow_symlinks, "Follow symbolic links (loops are detected)");
    cmd->add_option("-j,--threads", o->threads, "Extraction threads (default: number of cores)");
    cmd->add_flag("--retry-failed", o->retry_failed, "Retry files that failed before even if unchanged");
    cmd->add_flag("--rebuild", o->rebuild,
                  "Empty the index (of any schema version) and extract every file again, into the same --db. "
                  "Only a Quorum index is emptied: any other folder is refused");
    auto* compact = cmd->add_flag("--compact", o->compact,
                                  "After the run, rewrite the index compactly (as xapian-compact does) and swap it in "
                                  "atomically. Done by default after a run that wrote 1,000 documents or more and at "
                                  "least a quarter of the index (a first build): about a third smaller");
    cmd->add_flag("--no-compact", o->no_compact, "Never compact after the run")->excludes(compact);
    cmd->add_flag("-q,--quiet", o->quiet, "No progress and no summary (failures still go to stderr)");
    cmd->add_option("--failures", o->failures_file,
                    "Write each failed file as a JSON line to FILE: this run's failures, then those remembered "
                    "from earlier runs and not retried (\"remembered\": true). 'quorum failures' lists them any time")
        ->type_name("FILE");
    cmd->add_option("--flush", o->flush_records, "Commit after this many records (bounds memory; default 5000)")
        ->check(CLI::PositiveNumber);
    cmd->add_option("--max-file-size", o->max_file_mb, "Skip files larger than this many MiB (default 512)")
        ->check(CLI::PositiveNumber);
    add_isolation_flags(cmd, o->isolation);
    add_ocr_flags(cmd, o->ocr);
    cmd->add_option("--manifest", o->manifest,
                    "CSV, tab-separated or JSON-lines file stating council/body/date/doc_type per path or glob "
                    "(docs/facets.md)")
        ->type_name("FILE");
    cmd->add_option("--taxonomy", o->taxonomy, "Extra topics (TSV, as schema/data/taxonomy.tsv) added to the built-in ones")
        ->type_name("FILE");
    cmd->add_option("--people", o->people,
                    "Tab-separated 'variant<TAB>name' rows naming one person's variants (Mr R Gough<TAB>Roger "
                    "Gough); applied to the person facet, speakers and movers on this run (docs/people.md)")
        ->type_name("FILE");
    cmd->add_option("--date-order", o->date_order, "How to read numeric dates like 08/03/2018 when the document itself does not say (its written dates and addresses decide first): dmy (UK, default) or mdy")
        ->check(CLI::IsMember({"dmy", "mdy"}));
    return [o] { return run(*o); };
}

}  // namespace quorum::cli
