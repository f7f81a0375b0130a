/** @file index_opening.cpp @brief The reading subcommands' way into an index or a stub of shards. */
#include "cli/index_opening.h"

#include <iostream>

#include "cli/commands.h"

namespace quorum::cli {

void add_shard_options(CLI::App* cmd, bool& require_all) {
    cmd->add_flag("--require-all-shards", require_all,
                  "With a sharded index or stub (--db): fail (exit 3) when a shard does not answer,\n"
                  "instead of answering from the shards that do (a partial answer, marked as such)");
}

std::optional<index::OpenedIndex> open_for_query(const std::string& command, const std::string& db_path,
                                                 bool require_all, const query::Filters* filters, int& status) {
    index::ShardOpenOptions options;
    options.require_all = require_all;
    if (filters) options.prune = {filters->councils, filters->from, filters->to};
    try {
        index::OpenedIndex opened = index::open_index(db_path, options);
        if (opened.partial())
            std::cerr << command << ": partial answer, from " << opened.opened.size() << " of "
                      << opened.opened.size() + opened.missing.size() + opened.pruned.size()
                      << " shards: " << index::missing_shards_note(opened.missing)
                      << " (--require-all-shards makes this an error)\n";
        if (!opened.pruned.empty()) {
            std::string names;
            for (const auto& name : opened.opened) names += (names.empty() ? "" : ", ") + name;
            std::cerr << command << ": searched " << opened.opened.size() + opened.missing.size() << " of "
                      << opened.opened.size() + opened.missing.size() + opened.pruned.size() << " shards"
                      << (opened.opened.size() <= 10 ? " (" + names + ")" : "")
                      << ": the shard catalogue says the others hold nothing --council/--from/--to can match\n";
        }
        return opened;
    } catch (const index::ShardUnavailableError& e) {
        std::cerr << command << ": " << e.what() << "\n";
        status = kExitShardsMissing;
    } catch (const index::DatabaseError& e) {
        std::cerr << command << ": " << e.what() << "\n";
        status = kExitUsage;
    }
    return std::nullopt;
}

void mark_partial(nlohmann::json& answer, const index::OpenedIndex& opened) {
    if (!opened.partial()) return;
    answer["partial"] = true;
    nlohmann::json names = nlohmann::json::array();
    for (const auto& m : opened.missing) names.push_back(m.name);
    answer["missing_shards"] = names;
}

}  // namespace quorum::cli
