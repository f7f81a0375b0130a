/** @file process_util.h @brief Running the quorum binary and other programs from tests: capture output, kill on purpose. */
#pragma once

#include <string>
#include <vector>

namespace quorum::test {

struct ProcessResult {
    int status = -1;      ///< exit status, or 128+signal when killed
    std::string out;      ///< stdout
    std::string err;      ///< stderr
};

/// Runs `argv` (argv[0] looked up in PATH when it has no '/') and waits for it.
ProcessResult run_process(const std::vector<std::string>& argv);

/// Starts `argv` with stdout/stderr to /dev/null, SIGKILLs it after `delay_ms`, waits.
/// Returns its status as run_process() does: 128 + SIGKILL when it was still running when
/// killed, else the exit status of a process that ended first.
int run_and_kill(const std::vector<std::string>& argv, int delay_ms);

}  // namespace quorum::test
