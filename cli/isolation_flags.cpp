/** @file isolation_flags.cpp @brief --isolation, --timeout and --memory-limit, defined once. */
#include "cli/isolation_flags.h"

#include <limits.h>
#include <unistd.h>

namespace quorum::cli {
namespace {

// This executable, which also runs the extraction workers (`quorum __extract-worker`).
std::string own_executable() {
    char buffer[PATH_MAX];
    const ssize_t n = ::readlink("/proc/self/exe", buffer, sizeof buffer - 1);
    return n > 0 ? std::string(buffer, static_cast<size_t>(n)) : std::string();
}

}  // namespace

isolation::IsolationOptions IsolationFlags::options() const {
    return {isolation == "on", own_executable(), timeout_seconds, memory_limit_mb};
}

void add_isolation_flags(CLI::App* cmd, IsolationFlags& flags) {
    cmd->add_option("--isolation", flags.isolation,
                    "Extract PDF and HTML in supervised helper processes, so a file that crashes or hangs "
                    "the parser fails alone: on (default) or off")
        ->check(CLI::IsMember({"on", "off"}));
    cmd->add_option("--timeout", flags.timeout_seconds,
                    "With isolation, stop extracting a file after this many seconds (default 60)")
        ->type_name("SECONDS")
        ->check(CLI::Range(0.1, 86400.0));
    cmd->add_option("--memory-limit", flags.memory_limit_mb,
                    "With isolation, the memory (address space) each helper may use, in MB (default 2048)")
        ->type_name("MB")
        ->check(CLI::Range(std::uint64_t{256}, std::uint64_t{1} << 30));
}

}  // namespace quorum::cli
