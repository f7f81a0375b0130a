/** @file cmd_failures.cpp @brief `quorum failures`: every file the index remembers as failed, with reason, message and stated facets. */
#include <algorithm>
#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/output_format.h"
#include "indexer/database.h"
#include "indexer/index_state.h"

namespace quorum::cli {
namespace {

struct FailuresOptions {
    std::string db;
    std::string format = "text";
};

const char* const kFacetKeys[] = {"council", "body", "date", "doc_type"};

std::string facet_text(const nlohmann::json& facets) {
    std::string out;
    for (const char* key : kFacetKeys)
        if (facets.contains(key)) out += std::string(out.empty() ? "" : ", ") + key + ": " + facets[key].get<std::string>();
    return out;
}

int run(const FailuresOptions& o) {
    const std::string db_path = index::resolve_db_path(o.db);
    index::IndexState state;
    try {
        state = index::load_state(index::open_for_reading(db_path));
    } catch (const index::DatabaseError& e) {
        std::cerr << "quorum failures: " << e.what() << "\n";
        return kExitUsage;
    }
    std::vector<std::pair<std::string, index::FailedFile>> failed(state.failed.begin(), state.failed.end());
    std::sort(failed.begin(), failed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });

    if (o.format == "json") {
        nlohmann::json rows = nlohmann::json::array();
        for (const auto& [path, f] : failed)
            rows.push_back({{"path", path},
                            {"reason", f.reason},
                            {"message", f.message},
                            {"size", f.stamp.size},
                            {"mtime", f.stamp.mtime},
                            {"facets", f.facets}});
        std::cout << json_text(rows) << "\n";
    } else if (o.format == "csv") {
        write_csv_row(std::cout, {"path", "reason", "message", "council", "body", "date", "doc_type"});
        for (const auto& [path, f] : failed) {
            std::vector<std::string> row{path, f.reason, f.message};
            for (const char* key : kFacetKeys) row.push_back(f.facets.value(key, ""));
            write_csv_row(std::cout, row);
        }
    } else {
        for (const auto& [path, f] : failed) {
            std::cout << path << "  [" << f.reason << "]\n    " << f.message << "\n";
            if (const std::string facets = facet_text(f.facets); !facets.empty()) std::cout << "    " << facets << "\n";
        }
    }
    std::cerr << failed.size() << (failed.size() == 1 ? " file" : " files") << " remembered as failed in " << db_path;
    if (!failed.empty())
        std::cerr << "; a file is tried again when it changes, or with 'quorum index --retry-failed'";
    std::cerr << "\n";
    return kExitOk;
}

}  // namespace

Runner add_failures_command(CLI::App& app) {
    auto o = std::make_shared<FailuresOptions>();
    CLI::App* cmd = app.add_subcommand(
        "failures",
        "List every file the index remembers as failed (from any run), with the reason, the\n"
        "message and the facets your manifest or folder defaults state for it. These files are\n"
        "not in the index and are skipped until they change.\n\n"
        "Examples:\n"
        "  quorum failures --db minutes-db\n"
        "  quorum failures --db minutes-db --format csv > to-ocr.csv\n\n"
        "Exit status: 0 listed (also when there are none; the count goes to stderr),\n"
        "2 no index / usage error.");
    cmd->add_option("--db", o->db, "Index folder (default: $QUORUM_DB, else ./quorum-db)")->type_name("DIR");
    cmd->add_option("--format", o->format, "text (default), json (an array) or csv")
        ->check(CLI::IsMember({"text", "json", "csv"}));
    return [o] { return run(*o); };
}

}  // namespace quorum::cli
