/** @file worker_main.cpp @brief The worker loop: read a request, extract in-process under resource limits, reply. */
#include "isolation/worker_main.h"

#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <iostream>
#include <memory>
#include <new>

#include "extractors/extract_error.h"
#include "extractors/extraction_json.h"
#include "extractors/ocr/ocr_options.h"
#include "extractors/ocr/ocr_page_listener.h"
#include "extractors/registry.h"
#include "isolation/address_sanitizer.h"
#include "isolation/worker_process.h"
#include "isolation/worker_protocol.h"


namespace quorum::isolation {
namespace {

struct WorkerLimits {
    unsigned long long memory_limit_mb = 0;
    unsigned long long cpu_seconds = 0;
    extract::OcrOptions ocr;
};

bool parse_number(const std::string& text, double& value) {
    char* end = nullptr;
    value = std::strtod(text.c_str(), &end);
    return end != text.c_str() && !*end && value >= 0;
}

bool parse_arg(const std::string& name, const std::string& text, WorkerLimits& limits) {
    if (name == "--ocr") {
        const auto mode = extract::ocr_mode_from_name(text);
        if (mode) limits.ocr.mode = *mode;
        return mode.has_value();
    }
    if (name == "--ocr-lang") {
        limits.ocr.language = text;
        return !text.empty();
    }
    double value = 0;
    if (!parse_number(text, value)) return false;
    if (name == "--memory-limit-mb") limits.memory_limit_mb = static_cast<unsigned long long>(value);
    else if (name == "--cpu-seconds") limits.cpu_seconds = static_cast<unsigned long long>(value);
    else if (name == "--ocr-dpi") limits.ocr.dpi = static_cast<int>(value);
    else if (name == "--ocr-page-seconds") limits.ocr.page_seconds = value;
    else if (name == "--ocr-document-seconds") limits.ocr.document_seconds = value;
    else return false;
    return true;
}

bool parse_args(const std::vector<std::string>& args, WorkerLimits& limits) {
    for (size_t i = 0; i + 1 < args.size(); i += 2)
        if (!parse_arg(args[i], args[i + 1], limits)) return false;
    return args.size() % 2 == 0;
}

// The OCR text the parent cached for pages of this file (worker_protocol.h's hints).
extract::KnownOcrPages known_ocr_pages(const std::string& hints) {
    extract::KnownOcrPages known;
    if (hints.empty()) return known;
    const nlohmann::json json = nlohmann::json::from_msgpack(hints);
    if (const auto it = json.find("known_ocr"); it != json.end() && it->is_object())
        for (const auto& [page, ocr] : it->items())
            known[std::stoi(page)] = {ocr.at("text").get<std::string>(), ocr.at("confidence").get<int>()};
    return known;
}

// The address-space limit. AddressSanitizer reserves terabytes of shadow memory, so under it
// the limit cannot be applied; a sanitizer build's pool sets ASan's hard_rss_limit_mb instead.
void apply_memory_limit(unsigned long long mb) {
#ifndef QUORUM_ASAN
    if (mb == 0) return;
    rlimit current{};
    ::getrlimit(RLIMIT_AS, &current);
    const rlim_t wanted = static_cast<rlim_t>(mb) << 20;
    const rlim_t limit = current.rlim_max == RLIM_INFINITY || wanted < current.rlim_max ? wanted : current.rlim_max;
    const rlimit next{limit, limit};
    ::setrlimit(RLIMIT_AS, &next);
#else
    (void)mb;
#endif
}

// RLIMIT_CPU counts the whole life of the process, so before each file the soft limit is set
// to the CPU time used so far plus the per-file allowance; going over it raises SIGXCPU, which
// ends the worker. This is a backstop for a worker whose parent has gone: the parent's
// wall-clock limit normally stops a runaway file first.
void apply_cpu_limit(unsigned long long seconds) {
    if (seconds == 0) return;
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    rlimit current{};
    ::getrlimit(RLIMIT_CPU, &current);
    const rlim_t used = static_cast<rlim_t>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + 1);
    rlim_t soft = used + static_cast<rlim_t>(seconds);
    if (current.rlim_max != RLIM_INFINITY && soft > current.rlim_max) soft = current.rlim_max;
    const rlimit next{soft, current.rlim_max};
    ::setrlimit(RLIMIT_CPU, &next);
}

// A worker that crashes (or hits its CPU limit) would otherwise leave a core file, as large as
// the memory it used, in the indexer's working folder.
void disable_core_files() {
    const rlimit none{0, 0};
    ::setrlimit(RLIMIT_CORE, &none);
}

bool test_hook_matches(const char* variable, const std::string& path) {
    const char* value = std::getenv(variable);
    return value && *value && path.find(value) != std::string::npos;
}

void run_test_hooks(const std::string& path) {
    if (test_hook_matches("QUORUM_TEST_WORKER_CRASH_ON", path)) std::abort();
    if (test_hook_matches("QUORUM_TEST_WORKER_HANG_ON", path))
        for (;;) ::pause();
    if (test_hook_matches("QUORUM_TEST_WORKER_ALLOC_ON", path)) {
        std::vector<std::unique_ptr<char[]>> hoard;
        for (;;) {  // touched, so that it is resident: RLIMIT_AS or ASan's RSS limit stops it
            hoard.emplace_back(new char[16 << 20]);
            std::memset(hoard.back().get(), 1, 16 << 20);
        }
    }
    if (test_hook_matches("QUORUM_TEST_WORKER_ALLOC_ABORT_ON", path)) {
        // As Poppler's allocator does when malloc fails: no exception, an abort().
        static std::vector<void*> hoard;  // kept, so that no compiler may drop the allocations
        for (;;) {
            void* block = std::malloc(16 << 20);
            if (!block) std::abort();
            std::memset(block, 1, 16 << 20);
            hoard.push_back(block);
        }
    }
}

nlohmann::json failure_reply(extract::FailureReason reason, const std::string& detail) {
    return {{"failure", extract::failure_reason_name(reason)}, {"detail", detail}};
}

// Extracts one request; the flag says the worker should stop after replying (memory ran out,
// so its heap may be in a poor state).
nlohmann::json answer(const extract::Registry& registry, const Request& request, bool& stop_after) {
    if (request.out_of_memory)
        return failure_reply(extract::FailureReason::OutOfMemory, "the file does not fit in the worker's memory limit");
    try {
        run_test_hooks(request.path);
        const extract::KnownOcrPages known = known_ocr_pages(request.hints);
        // Each page Tesseract reads goes to the parent as it happens (worker_protocol.h), so that
        // progress moves within one long scan; a parent that stopped listening hears no more.
        bool parent_listens = true;
        const extract::ScopedOcrPageListener pages([&parent_listens](const extract::OcrPageEvent& e) {
            if (parent_listens) parent_listens = send_reply(kWorkerChannelFd, ocr_page_message(e)) == IoStatus::Ok;
        });
        return {{"extraction", extract::to_json(registry.extract_bytes(request.bytes, request.path, known))}};
    } catch (const extract::ExtractError& e) {
        return failure_reply(e.reason(), e.detail());
    } catch (const std::bad_alloc&) {
        stop_after = true;
        return failure_reply(extract::FailureReason::OutOfMemory, "extraction ran out of memory");
    } catch (const std::exception& e) {
        return {{"error", e.what()}};
    }
}

}  // namespace

int run_extraction_worker(const std::vector<std::string>& args) {
    WorkerLimits limits;
    if (!parse_args(args, limits)) {
        std::cerr << "quorum " << kWorkerSubcommand << ": bad arguments (internal use by quorum index)\n";
        return 2;
    }
    ::signal(SIGINT, SIG_IGN);  // the indexer decides when to stop; see WorkerProcess::start
    disable_core_files();
    apply_memory_limit(limits.memory_limit_mb);
    const extract::Registry registry(limits.ocr);
    try {
        while (const auto request = receive_request(kWorkerChannelFd)) {
            apply_cpu_limit(limits.cpu_seconds);
            bool stop_after = false;
            const nlohmann::json reply = answer(registry, *request, stop_after);
            if (send_reply(kWorkerChannelFd, reply) != IoStatus::Ok || stop_after) return 0;
        }
    } catch (const std::exception& e) {
        std::cerr << "quorum " << kWorkerSubcommand << ": " << e.what() << "\n";
        return 2;
    }
    return 0;
}

}  // namespace quorum::isolation
