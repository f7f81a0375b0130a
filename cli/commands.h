/** @file commands.h @brief Each subcommand registers its options on the CLI11 app and returns its runner. */
#pragma once

#include <CLI/CLI.hpp>

#include <functional>

namespace quorum::cli {

/// Exit statuses shared by every subcommand (documented in docs/usage.md).
enum ExitStatus : int {
    kExitOk = 0,        ///< everything succeeded
    kExitPartial = 1,   ///< some files failed; the rest was done
    kExitUsage = 2,     ///< bad options, malformed query, or a fatal error (index cannot be opened)
    kExitShardsMissing = 3,  ///< --require-all-shards and a shard of a sharded index did not answer
};

/// A subcommand's body, run after parsing; returns an ExitStatus.
using Runner = std::function<int()>;

Runner add_extract_command(CLI::App& app);
Runner add_index_command(CLI::App& app);
Runner add_show_command(CLI::App& app);
Runner add_search_command(CLI::App& app);
Runner add_decisions_command(CLI::App& app);
Runner add_mentions_command(CLI::App& app);
Runner add_schema_command(CLI::App& app);
Runner add_facets_command(CLI::App& app);
Runner add_failures_command(CLI::App& app);
Runner add_remove_command(CLI::App& app);
Runner add_ocr_cache_command(CLI::App& app);
Runner add_serve_command(CLI::App& app);

}  // namespace quorum::cli
