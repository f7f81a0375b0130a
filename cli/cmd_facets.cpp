/** @file cmd_facets.cpp @brief `quorum facets FIELD [QUERY]`: every value a facet holds, with document counts, as text, CSV or JSON. */
#include <algorithm>
#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/filter_options.h"
#include "cli/index_opening.h"
#include "cli/output_format.h"
#include "indexer/database.h"
#include "query/facet_listing.h"
#include "query/query_error.h"
#include "query/result_serialiser.h"

namespace quorum::cli {
namespace {

struct FacetsOptions {
    std::string db;
    std::string field;
    std::vector<std::string> words;
    query::Filters filters;
    std::string sort = "count";
    std::string format = "text";
    bool require_all_shards = false;
};

void print_text(const query::FacetListing& l, bool counted_in_query, std::ostream& out) {
    out << l.field << ": " << l.values.size() << (l.values.size() == 1 ? " value" : " values") << " in " << l.documents
        << (counted_in_query ? " matching" : "") << (l.documents == 1 ? " document" : " documents") << "\n";
    size_t width = 1;
    for (const auto& v : l.values) width = std::max(width, std::to_string(v.documents).size());
    for (const auto& v : l.values) {
        const std::string count = std::to_string(v.documents);
        out << "  " << std::string(width - count.size(), ' ') << count << "  " << v.value << "\n";
    }
}

int run(const FacetsOptions& o) {
    std::string text;
    for (const auto& w : o.words) text += (text.empty() ? "" : " ") + w;
    int status = kExitOk;
    std::optional<index::OpenedIndex> opened =
        open_for_query("quorum facets", index::resolve_db_path(o.db), o.require_all_shards, &o.filters, status);
    if (!opened) return status;
    Xapian::Database& db = opened->db;
    query::FacetListing listing;
    try {
        listing = query::list_facet_values(db, o.field, text, o.filters);
    } catch (const query::QueryError& e) {
        std::cerr << "quorum facets: " << e.what() << "\n";
        return kExitUsage;
    } catch (const Xapian::Error& e) {
        std::cerr << "quorum facets: " << e.get_description() << "\n";
        return kExitUsage;
    }
    for (const auto& note : listing.notes) std::cerr << "quorum facets: " << note << "\n";
    if (o.sort == "value")
        std::stable_sort(listing.values.begin(), listing.values.end(),
                         [](const auto& a, const auto& b) { return a.value < b.value; });
    if (o.format == "json") {
        nlohmann::json answer = query::facet_listing_json(listing, text);
        mark_partial(answer, *opened);
        std::cout << json_text(answer) << "\n";
    } else if (o.format == "csv") {
        write_csv_row(std::cout, {"value", "documents"});
        for (const auto& v : listing.values) write_csv_row(std::cout, {v.value, std::to_string(v.documents)});
    } else {
        print_text(listing, listing.documents != db.get_doccount() || !text.empty(), std::cout);
    }
    return kExitOk;
}

}  // namespace

Runner add_facets_command(CLI::App& app) {
    auto o = std::make_shared<FacetsOptions>();
    std::string fields;
    for (const auto& f : query::listable_facets()) fields += (fields.empty() ? "" : ", ") + f;
    CLI::App* cmd = app.add_subcommand(
        "facets",
        "List every value a facet holds, with the number of documents holding it, most first:\n"
        "the names and slugs that --council, --topic, council: and topic: accept. With a query\n"
        "or filters, the values are counted within the matching documents.\n"
        "Facets: " + fields + " (committee is body).\n\n"
        "Examples:\n"
        "  quorum facets topic\n"
        "  quorum facets council --format csv\n"
        "  quorum facets officer 'county lines' --council eastmere\n\n"
        "Exit status: 0 success, 2 unknown facet, malformed query or no index,\n"
        "3 a shard did not answer with --require-all-shards.");
    cmd->add_option("facet", o->field, "The facet to list: " + fields)->type_name("FACET")->required();
    cmd->add_option("query", o->words, "Count within this query's matches (words joined with spaces)")->type_name("QUERY");
    cmd->add_option("--db", o->db, "Index folder (default: $QUORUM_DB, else ./quorum-db)")->type_name("DIR");
    add_filter_options(cmd, o->filters);
    add_shard_options(cmd, o->require_all_shards);
    cmd->add_option("--sort", o->sort, "count (default: most documents first) or value")
        ->check(CLI::IsMember({"count", "value"}));
    cmd->add_option("--format", o->format, "text (default), json or csv")->check(CLI::IsMember({"text", "json", "csv"}));
    return [o] { return run(*o); };
}

}  // namespace quorum::cli
