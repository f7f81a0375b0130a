/** @file worker_main.h @brief The extraction worker's side: `quorum __extract-worker`, answering requests until its channel closes. */
#pragma once

#include <string>
#include <vector>

namespace quorum::isolation {

/// The hidden subcommand that runs a worker.
inline constexpr const char* kWorkerSubcommand = "__extract-worker";

/// Runs the worker loop on kWorkerChannelFd. `args` are the arguments after the subcommand:
/// `--memory-limit-mb N` (RLIMIT_AS for the whole process, 0 = none) and `--cpu-seconds N`
/// (RLIMIT_CPU for each request, 0 = none), and the OCR settings `--ocr MODE`, `--ocr-lang L`,
/// `--ocr-dpi N`, `--ocr-page-seconds S`, `--ocr-document-seconds S` (ocr_options.h). Returns the process exit status: 0 when the
/// parent closed the channel, 2 for bad arguments or a broken channel.
///
/// Test-only hooks, honoured here and nowhere else, let tests prove that the indexer survives
/// a worker that misbehaves on one file (each holds a substring of the path):
///   QUORUM_TEST_WORKER_CRASH_ON  abort()
///   QUORUM_TEST_WORKER_HANG_ON   sleep for ever
///   QUORUM_TEST_WORKER_ALLOC_ON  allocate with new without bound (std::bad_alloc at the limit)
///   QUORUM_TEST_WORKER_ALLOC_ABORT_ON  malloc without bound, abort() when it fails (as Poppler does)
int run_extraction_worker(const std::vector<std::string>& args);

}  // namespace quorum::isolation
