/** @file cmd_search.cpp @brief `quorum search QUERY`: faceted search with text, JSON or CSV output. */
#include <unistd.h>

#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/filter_options.h"
#include "cli/index_opening.h"
#include "cli/output_format.h"
#include "cli/page_note.h"
#include "cli/result_stream.h"
#include "indexer/database.h"
#include "query/query_error.h"
#include "query/result_serialiser.h"
#include "query/search_notes.h"
#include "query/search_retry.h"
#include "query/searcher.h"

namespace quorum::cli {
namespace {

struct SearchCliOptions {
    std::string db;
    std::vector<std::string> words;
    query::Filters filters;
    std::string sort = "relevance";
    size_t limit = 10;
    size_t offset = 0;
    bool count_only = false;
    bool no_facets = false;
    bool exact_counts = false;
    std::string format = "text";
    bool all = false;  ///< every match, page after page, instead of one page
    bool decisions = false;  ///< `quorum decisions`: resolution text, newest first
    bool require_all_shards = false;
};

// "4,000" for 4000.
std::string thousands(unsigned long long n) {
    std::string digits = std::to_string(n);
    for (size_t at = digits.size(); at > 3; at -= 3) digits.insert(at - 3, ",");
    return digits;
}

// "1 in 64" for 0.015625.
std::string sample_share(double fraction) {
    return fraction > 0 ? "1 in " + std::to_string(static_cast<long long>(1.0 / fraction + 0.5)) : "none";
}

// Results read per page with --all: one page's rows are all the results held at a time.
constexpr size_t kExportPage = 500;

const char* command_name(const SearchCliOptions& o) { return o.decisions ? "quorum decisions" : "quorum search"; }

// Text output, written as the hits are read: a header, each hit, then the facet counts.
void print_text_header(const query::SearchResults& r, const SearchCliOptions& o, std::ostream& out) {
    if (r.hits.empty()) return;
    out << (r.total_is_exact ? "" : "about ") << r.total << " matching documents; showing ";
    if (o.all)
        out << (o.offset ? std::to_string(o.offset + 1) + "-" + std::to_string(r.total) : "all");
    else
        out << o.offset + 1 << "-" << o.offset + r.hits.size();
    out << "\n\n";
}

// " · meeting 2 of 3 (pp4-6)" for a hit in a file that holds several meetings, else "".
std::string meeting_note(const nlohmann::json& meeting) {
    if (!meeting.is_object() || meeting.value("count", 0) < 2) return "";
    return " · meeting " + std::to_string(meeting.value("index", 0) + 1) + " of " + std::to_string(meeting.value("count", 0)) +
           " (" + page_range(meeting.value("pages", nlohmann::json::array())) + ")";
}

void print_text_hit(const query::SearchHit& h, size_t rank, const SearchCliOptions& o, std::ostream& out, bool colour) {
    const nlohmann::json j = query::search_hit_json(h);
    out << rank << ". " << emphasis(j["title"].get<std::string>().empty() ? "(untitled)" : j["title"].get<std::string>(), colour);
    if (!j["item"].get<std::string>().empty()) out << "  [item " << j["item"].get<std::string>() << "]";
    out << "\n   " << join_strings(j["council"]) << (j["body"].get<std::string>().empty() ? "" : " · " + j["body"].get<std::string>())
        << (j["date"].get<std::string>().empty() ? "" : " · " + j["date"].get<std::string>()) << " · " << page_range(j["pages"])
        << meeting_note(j["meeting"])
        << (j["ocr_confidence"].is_null() ? "" : " (OCR, confidence " + j["ocr_confidence"].dump() + ")")
        << "\n   " << query::page_link(j["path"], "", h.item.value("format", ""), j["pages"].empty() ? 0 : j["pages"][0].get<int>());
    if (!j["source_url"].get<std::string>().empty()) out << "\n   " << j["link"].get<std::string>();
    if (h.more_in_document) out << "  (+" << h.more_in_document << " more items in this document)";
    if (o.decisions) {
        std::string resolution = j["resolution"].get<std::string>();
        for (size_t at = resolution.find('\n'); at != std::string::npos; at = resolution.find('\n', at + 4))
            resolution.replace(at, 1, "\n   ");
        out << "\n   " << resolution << "\n";
        const std::string vote = query::vote_text(j["vote"]);
        if (!vote.empty()) out << "   vote: " << vote << "\n";
        out << "\n";
    } else {
        out << "\n   " << highlight_for_terminal(h.snippet, colour) << "\n\n";
    }
}

void print_text_facets(const query::SearchResults& r, std::ostream& out) {
    if (r.hits.empty()) return;
    if (!r.facets_exact && !r.facets.empty())
        out << "Counts below are estimates from a sample of " << sample_share(r.facets_sampled)
            << " of the index (--exact-counts counts every match):\n";
    for (const auto& [facet, counts] : r.facets) {
        if (counts.empty()) continue;
        out << facet << ": " << top_counts(counts, 8, r.facets_exact ? "" : "~") << "\n";
    }
}

// Runs one page of `req`; on failure prints why and returns false.
bool search_page(Xapian::Database& db, const query::SearchRequest& req, const SearchCliOptions& o,
                 query::SearchResults& r) {
    try {
        r = query::search_latest(db, req);  // reopens if an indexer commits meanwhile
        return true;
    } catch (const query::QueryError& e) {
        std::cerr << command_name(o) << ": bad query \"" << req.query << "\": " << e.what() << "\n";
    } catch (const Xapian::Error& e) {
        std::cerr << command_name(o) << ": " << e.get_description() << "\n";
    }
    return false;
}

int run(SearchCliOptions& o) {
    const std::string db_path = index::resolve_db_path(o.db);
    int status = kExitOk;
    std::optional<index::OpenedIndex> opened =
        open_for_query(command_name(o), db_path, o.require_all_shards, &o.filters, status);
    if (!opened) return status;
    Xapian::Database& db = opened->db;
    query::SearchRequest req;
    for (const auto& w : o.words) req.query += (req.query.empty() ? "" : " ") + w;
    req.filters = o.filters;
    req.filters.resolutions_only = o.decisions;
    req.limit = o.count_only ? 0 : o.all ? kExportPage : o.limit;
    req.offset = o.offset;
    req.facets = !o.no_facets && !o.count_only;
    // An export of every match says exactly how many rows it holds.
    req.exact_counts = o.exact_counts || o.all;
    if (!opened->sharded) req.db_path = db_path;
    req.sort = o.sort == "date" ? query::SortOrder::DateAscending
               : o.sort == "-date" ? query::SortOrder::DateDescending
                                   : query::SortOrder::Relevance;
    const bool colour = o.format == "text" && ::isatty(STDOUT_FILENO);
    query::SearchResults r;
    if (!search_page(db, req, o, r)) return kExitUsage;
    for (const auto& note : r.notes) std::cerr << command_name(o) << ": " << note << "\n";
    // Why the page shows less than the query matched (--count shows no page).
    const query::PageShown page_shown{r.total, r.total_is_exact, o.offset, o.count_only ? 1 : o.limit,
                                      o.count_only ? 1 : r.hits.size(), r.undated_left_out};
    for (const auto& note : query::page_notes(page_shown)) std::cerr << command_name(o) << ": " << note << "\n";
    if (o.count_only) {
        std::cout << r.total << "\n";
        return kExitOk;
    }
    // Rows are written as they are read; with --all, page after page until the match set ends.
    std::unique_ptr<ResultStream> stream;
    if (o.format == "text")
        print_text_header(r, o, std::cout);
    else {
        nlohmann::json summary = query::search_summary_json(req.query, r);
        mark_partial(summary, *opened);
        stream = std::make_unique<ResultStream>(std::cout, o.format == "json", query::search_hit_csv_columns(o.decisions),
                                                summary, "results");
    }
    const query::SearchResults first = r;
    size_t rank = o.offset, shown = 0;
    for (;;) {
        for (const auto& h : r.hits) {
            if (stream)
                stream->add(query::search_hit_json(h));
            else
                print_text_hit(h, ++rank, o, std::cout, colour);
        }
        shown += r.hits.size();
        if (!o.all || r.hits.size() < req.limit) break;
        req.offset += req.limit;
        req.facets = false;  // counted once, with the first page
        if (!search_page(db, req, o, r)) return kExitUsage;
    }
    if (stream)
        stream->finish();
    else
        print_text_facets(first, std::cout);

    if (first.total == 0) {
        std::cerr << "No matches for \"" << req.query << "\"";
        if (!first.suggestion.empty()) std::cerr << "; did you mean \"" << first.suggestion << "\"?";
        std::cerr << "\n";
    } else if (!first.suggestion.empty() && o.format == "text") {
        std::cerr << "Did you mean \"" << first.suggestion << "\"?\n";
    }
    if (const std::string note = page_note(o.offset, shown, first.total, first.total_is_exact);
        !o.all && stream && !note.empty())
        std::cerr << note << "\n";
    return kExitOk;
}

void add_search_options(CLI::App* cmd, SearchCliOptions& opts);

}  // namespace

Runner add_search_command(CLI::App& app) {
    auto o = std::make_shared<SearchCliOptions>();
    CLI::App* cmd = app.add_subcommand(
        "search",
        "Search the index. Results are agenda items, one per meeting document, with facet counts.\n\n"
        "Query language (docs/query-language.md): words (stemmed), \"exact phrases\", AND OR NOT,\n"
        "+must -mustnot, (grouping), NEAR, ADJ, licens* ; fields council: body: committee:\n"
        "officer: topic: type: title: year: date:2018..2019 date:2019-03 date:2018-01-01..2019-12-31\n\n"
        "Examples:\n"
        "  quorum search 'anti-social behaviour' council:eastmere\n"
        "  quorum search '\"county lines\" date:2022..2024' --sort -date\n"
        "  quorum search budget --topic budget --format json\n"
        "  quorum search 'fly-tipping' --all --format csv > fly-tipping.csv\n\n"
        "Exit status: 0 success (also when nothing matched), 2 malformed query or no index,\n"
        "3 a shard did not answer with --require-all-shards.");
    add_search_options(cmd, *o);
    return [o] { return run(*o); };
}

Runner add_decisions_command(CLI::App& app) {
    auto o = std::make_shared<SearchCliOptions>();
    o->decisions = true;
    o->sort = "-date";
    CLI::App* cmd = app.add_subcommand(
        "decisions",
        "Search past decisions: only items with a resolution (\"RESOLVED that ...\", \"Decision:\"),\n"
        "matching words in the resolution text, printed in full, newest first.\n\n"
        "Examples:\n"
        "  quorum decisions 'cctv' --council eastmere\n"
        "  quorum decisions 'licence revoked' --from 2020 --all --format csv > revoked.csv\n\n"
        "Exit status: 0 success (also when nothing matched), 2 malformed query or no index,\n"
        "3 a shard did not answer with --require-all-shards.");
    add_search_options(cmd, *o);
    return [o] { return run(*o); };
}

namespace {

void add_search_options(CLI::App* cmd, SearchCliOptions& opts) {
    auto o = &opts;
    cmd->add_option("query", o->words, "The query (several words are joined with spaces)")->type_name("QUERY");
    cmd->add_option("--db", o->db, "Index folder (default: $QUORUM_DB, else ./quorum-db)")->type_name("DIR");
    add_filter_options(cmd, o->filters);
    add_shard_options(cmd, o->require_all_shards);
    cmd->add_option("--sort", o->sort, "relevance (default), date (oldest first) or -date (newest first)")
        ->check(CLI::IsMember({"relevance", "date", "-date"}));
    CLI::Option* limit = cmd->add_option("--limit", o->limit, "Results per page (default 10)");
    cmd->add_option("--offset", o->offset, "Skip this many results (paging)");
    CLI::Option* count = cmd->add_flag("--count", o->count_only, "Print only the number of matching documents");
    cmd->add_flag("--all", o->all,
                  "Every match, not one page: rows are written as they are read (from --offset on),\n"
                  "so memory stays small however many there are (for --format csv and json exports)")
        ->excludes(limit)
        ->excludes(count);
    cmd->add_flag("--no-facets", o->no_facets, "Do not count facets (faster on huge indexes)");
    cmd->add_flag("--exact-counts", o->exact_counts,
                  "Count every match for the total and the facets. By default a query with more than\n" +
                      thousands(query::CensusLimits{}.exact_up_to) +
                      " candidate documents is counted from a repeatable sample of the index, and\n"
                      "its counts are marked as estimates (~ in text, \"facets_exact\": false in JSON)");
    cmd->add_option("--format", o->format, "text (default), json or csv")->check(CLI::IsMember({"text", "json", "csv"}));
}

}  // namespace

}  // namespace quorum::cli
