/** @file isolation_flags.h @brief The isolation flags shared by index and extract (--isolation, --timeout, --memory-limit). */
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <string>

#include "isolation/extraction_pool.h"

namespace quorum::cli {

/// What the flags hold once parsed.
struct IsolationFlags {
    std::string isolation = "on";
    double timeout_seconds = isolation::kDefaultTimeoutSeconds;
    std::uint64_t memory_limit_mb = isolation::kDefaultMemoryLimitMb;

    /// The pool's options: workers run this executable (`quorum __extract-worker`).
    isolation::IsolationOptions options() const;
};

/// Adds --isolation, --timeout and --memory-limit to `cmd`; they fill `flags`, which must
/// outlive parsing.
void add_isolation_flags(CLI::App* cmd, IsolationFlags& flags);

}  // namespace quorum::cli
