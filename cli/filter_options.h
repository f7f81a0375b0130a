/** @file filter_options.h @brief The facet filter flags shared by search, decisions and mentions (--council, --body, --officer, --topic, --type, --from, --to). */
#pragma once

#include <CLI/CLI.hpp>

#include "query/query_builder.h"

namespace quorum::cli {

/// Adds the filter flags to `cmd`; they fill `filters`, which must outlive parsing.
void add_filter_options(CLI::App* cmd, query::Filters& filters);

}  // namespace quorum::cli
