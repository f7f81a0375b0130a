/** @file extraction_pool.cpp @brief Chooses in-process or worker extraction per file and turns a worker's death into a named failure. */
#include "isolation/extraction_pool.h"

#include <signal.h>
#include <sys/wait.h>

#include <cmath>
#include <cstdlib>
#include <stdexcept>
#include <system_error>

#include "extractors/extract_error.h"
#include "extractors/extraction_json.h"
#include "isolation/address_sanitizer.h"
#include "isolation/worker_main.h"


namespace quorum::isolation {
namespace {

using extract::ExtractError;
using extract::FailureReason;

std::string number_text(double value) {
    std::string text = std::to_string(value);
    text.erase(text.find_last_not_of('0') + 1);
    if (text.back() == '.') text.pop_back();
    return text;
}

WorkerCommand worker_command(const IsolationOptions& o, const extract::OcrOptions& ocr) {
    // The CPU limit only backs up the wall-clock limit (see worker_main.cpp), so it is looser.
    const auto cpu_seconds =
        static_cast<unsigned long long>(std::ceil(o.timeout_seconds + ocr.max_document_seconds())) + 5;
    WorkerCommand command{o.worker_program,
                          {kWorkerSubcommand, "--memory-limit-mb", std::to_string(o.memory_limit_mb), "--cpu-seconds",
                           std::to_string(cpu_seconds), "--ocr", std::string(extract::ocr_mode_name(ocr.mode)),
                           "--ocr-lang", ocr.language, "--ocr-dpi", std::to_string(ocr.dpi), "--ocr-page-seconds",
                           number_text(ocr.page_seconds), "--ocr-document-seconds", number_text(ocr.document_seconds)},
                          // Tesseract's OpenMP reads this when it loads: one thread per worker, and
                          // the workers run in parallel instead (issue 18: 20-28 s a page otherwise).
                          {"OMP_THREAD_LIMIT=1"}};
#ifdef QUORUM_ASAN
    // RLIMIT_AS cannot work under AddressSanitizer (it reserves terabytes of shadow address
    // space), so a sanitizer build bounds the worker's resident memory with ASan's own limit.
    // ASan keeps freed memory in a quarantine (256 MB by default) that counts as resident: a
    // small one keeps the limit close to what the file really holds, as RLIMIT_AS does.
    const char* asan = std::getenv("ASAN_OPTIONS");
    command.extra_environment.push_back("ASAN_OPTIONS=" + std::string(asan ? std::string(asan) + ":" : "") +
                                        "quarantine_size_mb=16:hard_rss_limit_mb=" + std::to_string(o.memory_limit_mb));
#endif
    return command;
}

// A worker that died after its resident memory came this close to its limit is taken to have
// run out of memory: Poppler, for one, aborts when an allocation fails ("Out of memory").
constexpr double kOutOfMemoryShare = 0.75;

bool died_of_memory(const CallResult& r, std::uint64_t limit_mb) {
    return static_cast<double>(r.peak_rss_mb) >= kOutOfMemoryShare * static_cast<double>(limit_mb);
}

std::string seconds_text(double s) { return number_text(s); }

// OCR text the caller cached for pages of the file, as the request's hints (worker_protocol.h).
std::string hints_for(const extract::KnownOcrPages& known) {
    if (known.empty()) return {};
    nlohmann::json pages = nlohmann::json::object();
    for (const auto& [page, ocr] : known) pages[std::to_string(page)] = {{"text", ocr.text}, {"confidence", ocr.confidence}};
    const std::vector<std::uint8_t> packed = nlohmann::json::to_msgpack({{"known_ocr", std::move(pages)}});
    return std::string(packed.begin(), packed.end());
}

}  // namespace

ExtractionPool::ExtractionPool(const extract::Registry& registry, IsolationOptions options)
    : registry_(registry), options_(std::move(options)), command_(worker_command(options_, registry.ocr())) {
    if (!options_.enabled) return;
    try {
        return_worker(WorkerProcess::start(command_));
        ++started_;
    } catch (const std::system_error& e) {
        throw WorkerStartError(e.what());
    }
}

ExtractionPool::~ExtractionPool() = default;

size_t ExtractionPool::workers_started() const {
    std::lock_guard lock(mutex_);
    return started_;
}

bool ExtractionPool::isolates(std::string_view bytes, const std::string& path) const {
    if (!options_.enabled || bytes.empty()) return false;
    const extract::Extractor* extractor = registry_.choose(bytes.substr(0, 4096), path);
    return extractor && extractor->format() != extract::Format::Text;
}

extract::Extraction ExtractionPool::extract_bytes(std::string_view bytes, const std::string& path,
                                                  const extract::KnownOcrPages& known) {
    if (!isolates(bytes, path)) return registry_.extract_bytes(bytes, path, known);
    return extract_in_worker(bytes, path, known);
}

extract::Extraction ExtractionPool::extract_in_worker(std::string_view bytes, const std::string& path,
                                                      const extract::KnownOcrPages& known) {
    // OCR has its own budgets (a deadline per page, a cap per document), so the file's time
    // limit grows by the most OCR may take; the limit still stops a worker stuck elsewhere.
    const extract::Extractor* extractor = registry_.choose(bytes.substr(0, 4096), path);
    const bool pdf = extractor && extractor->format() == extract::Format::Pdf;
    const double limit_seconds = options_.timeout_seconds + (pdf ? registry_.ocr().max_document_seconds() : 0);
    const auto timeout = std::chrono::milliseconds(static_cast<long long>(limit_seconds * 1000));
    const std::string hints = hints_for(known);
    // A worker kept idle may have gone in the meantime (killed from outside): that is not this
    // file's fault, so it gets one more try on a fresh worker.
    for (int attempt = 0;; ++attempt) {
        std::unique_ptr<WorkerProcess> worker = take_worker();
        const CallResult result = worker->call(path, bytes, hints, timeout);
        switch (result.kind) {
            case CallResult::Kind::Replied: {
                const bool keep = !(result.reply.contains("failure") &&
                                    result.reply["failure"] == extract::failure_reason_name(FailureReason::OutOfMemory));
                if (keep) return_worker(std::move(worker));  // one that ran out of memory exits
                return from_reply(result.reply, path);
            }
            case CallResult::Kind::TimedOut:
                throw ExtractError(FailureReason::TimedOut, path,
                                   "extraction took longer than " + seconds_text(limit_seconds) +
                                       " s; its worker process was stopped");
            case CallResult::Kind::Died:
                if (result.died_idle && attempt == 0) continue;
                const int status = result.wait_status;
                if (WIFSIGNALED(status) && WTERMSIG(status) == SIGXCPU)
                    throw ExtractError(FailureReason::TimedOut, path,
                                       "extraction used more CPU time than allowed; its worker process was stopped");
                if (died_of_memory(result, options_.memory_limit_mb))
                    throw ExtractError(FailureReason::OutOfMemory, path,
                                       "the extraction worker process died (" + describe_wait_status(status) +
                                           ") after using " + std::to_string(result.peak_rss_mb) + " MB of its " +
                                           std::to_string(options_.memory_limit_mb) + " MB memory limit");
                throw ExtractError(FailureReason::Crashed, path,
                                   "the extraction worker process died (" + describe_wait_status(status) + ")");
        }
    }
}

extract::Extraction ExtractionPool::from_reply(const nlohmann::json& reply, const std::string& path) const {
    if (const auto it = reply.find("extraction"); it != reply.end()) {
        try {
            extract::Extraction e = extract::extraction_from_json(*it);
            e.path = path;
            return e;
        } catch (const std::invalid_argument& e) {
            throw ExtractError(FailureReason::Crashed, path, std::string("unreadable reply from the extraction worker: ") + e.what());
        }
    }
    if (const auto it = reply.find("failure"); it != reply.end() && it->is_string()) {
        const std::string detail = reply.value("detail", "");
        if (const auto reason = extract::failure_reason_from_name(it->get<std::string>())) {
            if (*reason == FailureReason::OutOfMemory)
                throw ExtractError(*reason, path, detail + " (limit " + std::to_string(options_.memory_limit_mb) + " MB)");
            throw ExtractError(*reason, path, detail);
        }
    }
    if (const auto it = reply.find("error"); it != reply.end() && it->is_string())
        throw std::runtime_error(path + ": " + it->get<std::string>());
    throw ExtractError(FailureReason::Crashed, path, "unreadable reply from the extraction worker");
}

std::unique_ptr<WorkerProcess> ExtractionPool::take_worker() {
    {
        std::lock_guard lock(mutex_);
        if (!idle_.empty()) {
            auto worker = std::move(idle_.back());
            idle_.pop_back();
            return worker;
        }
    }
    auto worker = WorkerProcess::start(command_);  // outside the lock: other callers carry on
    std::lock_guard lock(mutex_);
    ++started_;
    return worker;
}

void ExtractionPool::return_worker(std::unique_ptr<WorkerProcess> worker) {
    if (!worker->alive()) return;
    std::lock_guard lock(mutex_);
    idle_.push_back(std::move(worker));
}

}  // namespace quorum::isolation
