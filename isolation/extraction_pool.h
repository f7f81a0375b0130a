/** @file extraction_pool.h @brief Extraction of risky formats (PDF, HTML) in a small pool of supervised worker processes. */
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/extraction.h"
#include "extractors/registry.h"
#include "isolation/worker_process.h"

namespace quorum::isolation {

inline constexpr double kDefaultTimeoutSeconds = 60;
inline constexpr std::uint64_t kDefaultMemoryLimitMb = 2048;

struct IsolationOptions {
    bool enabled = false;                 ///< false: every file is extracted in the calling process
    std::string worker_program;           ///< a program whose first argument kWorkerSubcommand runs
                                          ///< run_extraction_worker (the quorum binary itself)
    double timeout_seconds = kDefaultTimeoutSeconds;        ///< wall-clock limit per file
    std::uint64_t memory_limit_mb = kDefaultMemoryLimitMb;  ///< address-space limit of each worker
};

/// Thrown when isolation is on but no worker can be started: a set-up problem, not a file's.
class WorkerStartError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Extracts files like Registry::extract_bytes, but PDF and HTML (the formats whose parsers,
/// Poppler and libxml2, could crash or hang on a hostile file) go to a worker process. Workers
/// are started on demand, one per concurrent caller, and reused across files. A worker that
/// crashes, runs over the time limit or out of memory is replaced, and the file fails with
/// FailureReason::Crashed, TimedOut or OutOfMemory. Plain text is extracted in process.
/// Thread-safe.
class ExtractionPool {
public:
    /// `registry` is borrowed and must outlive the pool. When isolation is enabled, starts one
    /// worker at once so that a missing or broken worker program is reported before any file
    /// is tried: throws WorkerStartError.
    ExtractionPool(const extract::Registry& registry, IsolationOptions options);
    ~ExtractionPool();
    ExtractionPool(const ExtractionPool&) = delete;
    ExtractionPool& operator=(const ExtractionPool&) = delete;

    /// As Registry::extract_bytes: throws ExtractError whose what() names `path`. OCR follows
    /// the registry's OcrOptions; pages in `known` are not OCR'd again. With OCR on, a PDF's time
    /// limit is timeout_seconds plus OcrOptions::max_document_seconds().
    extract::Extraction extract_bytes(std::string_view bytes, const std::string& path,
                                      const extract::KnownOcrPages& known = {});

    /// How many worker processes have been started (for tests: reuse keeps this small).
    size_t workers_started() const;

private:
    bool isolates(std::string_view bytes, const std::string& path) const;
    extract::Extraction extract_in_worker(std::string_view bytes, const std::string& path,
                                          const extract::KnownOcrPages& known);
    extract::Extraction from_reply(const nlohmann::json& reply, const std::string& path) const;
    std::unique_ptr<WorkerProcess> take_worker();
    void return_worker(std::unique_ptr<WorkerProcess> worker);

    const extract::Registry& registry_;
    IsolationOptions options_;
    WorkerCommand command_;
    mutable std::mutex mutex_;
    std::vector<std::unique_ptr<WorkerProcess>> idle_;
    size_t started_ = 0;
};

}  // namespace quorum::isolation
