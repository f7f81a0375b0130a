/** @file index_opening.h @brief Opening the index for a reading subcommand: an index folder or a stub of shards, with --require-all-shards, pruning by filter flags, and the notes for a partial answer. */
#pragma once

#include <CLI/CLI.hpp>

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "indexer/shards/shard_opening.h"
#include "query/query_builder.h"

namespace quorum::cli {

/// Adds --require-all-shards to `cmd`; it sets `require_all`, which must outlive parsing.
void add_shard_options(CLI::App* cmd, bool& require_all);

/// Opens the index at `db_path` for `command` ("quorum search"). With `filters`, a sharded
/// index's catalogue leaves closed the shards they cannot match. Prints a note on stderr for
/// shards that did not answer (a partial answer) and for shards left closed. On failure prints
/// why and returns nullopt with `status` set: kExitUsage, or kExitShardsMissing for
/// --require-all-shards.
std::optional<index::OpenedIndex> open_for_query(const std::string& command, const std::string& db_path,
                                                 bool require_all, const query::Filters* filters, int& status);

/// Marks a JSON answer partial: "partial": true and "missing_shards": [names], when shards
/// did not answer (nothing is added otherwise, so one index and its shards answer alike).
void mark_partial(nlohmann::json& answer, const index::OpenedIndex& opened);

}  // namespace quorum::cli
