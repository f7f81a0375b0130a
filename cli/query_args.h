/** @file query_args.h @brief Query words that look like options (`quorum search budget -housing`) kept as query words: the command line is rearranged before CLI11 parses it. */
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace quorum::cli {

/// `args` (argv, program name first) with the query words of `subcommands` moved after a "--",
/// in their order, and the options left in front. A query word is any argument that is not one
/// of the subcommand's options nor an option's value: "-housing" and `-"knife crime"` (NOT in
/// the query language) are words, "-h" and "--limit 5" are options. An unknown "--name" stays an
/// option, so CLI11 refuses it by name. Other subcommands' arguments are returned unchanged.
std::vector<std::string> query_words_last(const CLI::App& app, const std::vector<std::string>& args,
                                          const std::vector<std::string>& subcommands);

}  // namespace quorum::cli
