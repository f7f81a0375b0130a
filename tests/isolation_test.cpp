/** @file isolation_test.cpp @brief Extraction in worker processes: same result as in process; crashes, hangs and memory exhaustion fail one file with a named reason. */
#include <catch2/catch.hpp>

#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <thread>

#include "extractors/extract_error.h"
#include "extractors/extraction_json.h"
#include "extractors/registry.h"
#include "isolation/address_sanitizer.h"
#include "isolation/extraction_pool.h"
#include "tests/scoped_env.h"
#include "tests/temp_dir.h"
#include "tests/test_paths.h"

using namespace quorum;
using extract::ExtractError;
using extract::FailureReason;
namespace fs = std::filesystem;

namespace {

isolation::IsolationOptions isolated(double timeout_seconds = 60, std::uint64_t memory_mb = 2048) {
    return {true, test::quorum_binary(), timeout_seconds, memory_mb};
}

std::vector<std::string> corpus_files(const std::string& sub) {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(test::corpus_dir() + "/" + sub)) out.push_back(e.path().string());
    std::sort(out.begin(), out.end());
    return out;
}

std::string read(const std::string& path) { return extract::read_file_bytes(path); }

// The failure an extraction ended with; FAILs when it extracted.
ExtractError failure_of(isolation::ExtractionPool& pool, const std::string& path) {
    try {
        pool.extract_bytes(read(path), path);
    } catch (const ExtractError& e) {
        return e;
    }
    FAIL("expected " << path << " to fail");
    return ExtractError(FailureReason::Damaged, "unreachable");
}

// A copy of a corpus file under a name the test hooks can match.
std::string copy_as(const test::TempDir& dir, const std::string& source, const std::string& name) {
    return dir.write(name, read(source));
}

// This process's children that run `quorum __extract-worker` (from /proc).
std::vector<pid_t> worker_children() {
    std::vector<pid_t> out;
    for (const auto& entry : fs::directory_iterator("/proc")) {
        const std::string name = entry.path().filename().string();
        if (name.find_first_not_of("0123456789") != std::string::npos) continue;
        std::string pid, comm, state, cmdline;
        pid_t parent = 0;
        try {
            std::ifstream stat(entry.path() / "stat");
            stat >> pid >> comm >> state >> parent;
            std::ifstream cmdline_file(entry.path() / "cmdline");
            cmdline.assign(std::istreambuf_iterator<char>(cmdline_file), std::istreambuf_iterator<char>());
        } catch (const std::ios_base::failure&) {
            continue;  // the process ended while it was being read (ESRCH): not one of ours
        }
        if (parent == ::getpid() && cmdline.find("__extract-worker") != std::string::npos) out.push_back(std::stoi(name));
    }
    return out;
}

}  // namespace

TEST_CASE("isolated extraction of every PDF and HTML file equals in-process extraction", "[isolation]") {
    const extract::Registry registry;
    isolation::ExtractionPool pool(registry, isolated());
    for (const std::string sub : {"pdf", "html", "text"}) {
        for (const auto& path : corpus_files(sub)) {
            CAPTURE(path);
            const std::string bytes = read(path);
            CHECK(extract::to_json(pool.extract_bytes(bytes, path)) == extract::to_json(registry.extract_bytes(bytes, path)));
        }
    }
    CHECK(pool.workers_started() == 1);  // one caller: one worker, reused for all ten files
}

TEST_CASE("a failure inside the worker keeps its reason and names the file", "[isolation]") {
    const extract::Registry registry;
    isolation::ExtractionPool pool(registry, isolated());
    const test::TempDir dir;
    const std::string damaged = dir.write("half.pdf", "%PDF-1.4\n1 0 obj\n<< /Type /Catalog");
    const ExtractError e = failure_of(pool, damaged);
    CHECK(e.reason() == FailureReason::Damaged);
    CHECK(std::string(e.what()).starts_with(damaged + ": "));
}

TEST_CASE("a worker that crashes fails that file as crashed, and the next file gets a new worker", "[isolation]") {
    const test::ScopedEnv hook("QUORUM_TEST_WORKER_CRASH_ON", "crash-me");
    const extract::Registry registry;
    isolation::ExtractionPool pool(registry, isolated());
    const test::TempDir dir;
    const std::string crash = copy_as(dir, corpus_files("pdf").front(), "crash-me.pdf");
    const std::string fine = corpus_files("pdf").back();

    const ExtractError e = failure_of(pool, crash);
    CHECK(e.reason() == FailureReason::Crashed);
    CHECK(std::string(e.what()) == crash + ": the extraction worker process died (SIGABRT (Aborted))");
    CHECK_FALSE(pool.extract_bytes(read(fine), fine).blocks.empty());
    CHECK(pool.workers_started() == 2);

    // Text is extracted in process: the worker's hook never sees it.
    const std::string text = dir.write("crash-me.txt", "Minutes of the meeting.\n");
    CHECK(pool.extract_bytes(read(text), text).full_text() == "Minutes of the meeting.");
}

TEST_CASE("a worker that hangs is stopped at the time limit and the file fails as timed-out", "[isolation]") {
    const test::ScopedEnv hook("QUORUM_TEST_WORKER_HANG_ON", "hang-me");
    const extract::Registry registry;
    // 3 s: the next file, on a fresh worker, must fit in the same limit in a sanitizer build too.
    isolation::ExtractionPool pool(registry, isolated(3));
    const test::TempDir dir;
    const std::string hang = copy_as(dir, corpus_files("html").front(), "hang-me.html");

    const auto started = std::chrono::steady_clock::now();
    const ExtractError e = failure_of(pool, hang);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    CHECK(e.reason() == FailureReason::TimedOut);
    CHECK(std::string(e.what()) == hang + ": extraction took longer than 3 s; its worker process was stopped");
    CHECK(seconds >= 3);
    CHECK(seconds < 10);
    const std::string fine = corpus_files("html").back();
    CHECK_FALSE(pool.extract_bytes(read(fine), fine).blocks.empty());
}

TEST_CASE("a worker that runs out of memory fails the file as out-of-memory", "[isolation]") {
    const test::ScopedEnv hook("QUORUM_TEST_WORKER_ALLOC_ON", "hungry");
    const extract::Registry registry;
    isolation::ExtractionPool pool(registry, isolated(30, 300));
    const test::TempDir dir;
    const std::string hungry = copy_as(dir, corpus_files("pdf").front(), "hungry.pdf");
    const ExtractError e = failure_of(pool, hungry);
    CHECK(e.reason() == FailureReason::OutOfMemory);
    // std::bad_alloc inside the worker (RLIMIT_AS), or, in an AddressSanitizer build, ASan's
    // RSS limit ending the worker: either way the reason is out-of-memory and the limit named.
    CHECK(std::string(e.what()).starts_with(hungry + ": "));
    CHECK(std::string(e.what()).find("300 MB") != std::string::npos);
    const std::string fine = corpus_files("pdf").back();
    CHECK_FALSE(pool.extract_bytes(read(fine), fine).blocks.empty());
}

TEST_CASE("a worker that aborts once memory is exhausted fails the file as out-of-memory", "[isolation]") {
    // Poppler's allocator prints "Out of memory" and aborts when malloc fails: the worker dies
    // of SIGABRT with its peak memory at the limit, which the pool reads as out-of-memory.
    const test::ScopedEnv hook("QUORUM_TEST_WORKER_ALLOC_ABORT_ON", "greedy");
    const extract::Registry registry;
    isolation::ExtractionPool pool(registry, isolated(30, 300));
    const test::TempDir dir;
    const std::string greedy = copy_as(dir, corpus_files("pdf").front(), "greedy.pdf");
    const ExtractError e = failure_of(pool, greedy);
    CHECK(e.reason() == FailureReason::OutOfMemory);
    CHECK(std::string(e.what()).find("MB of its 300 MB memory limit") != std::string::npos);
}

// The line of /proc/PID/limits for `name`, its spaces collapsed ("Max core file size 0 0 bytes").
std::string limit_line(pid_t pid, const std::string& name) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/limits");
    for (std::string line; std::getline(in, line);) {
        if (!line.starts_with(name)) continue;
        std::string collapsed;
        for (char c : line)
            if (c != ' ' || (!collapsed.empty() && collapsed.back() != ' ')) collapsed += c;
        while (collapsed.ends_with(' ')) collapsed.pop_back();
        return collapsed;
    }
    return "";
}

TEST_CASE("a worker runs with no core files, its memory limit and a CPU limit", "[isolation]") {
    const extract::Registry registry;
    isolation::ExtractionPool pool(registry, isolated(20, 700));
    const std::string file = corpus_files("pdf").front();
    pool.extract_bytes(read(file), file);  // the worker has set its limits by now
    const std::vector<pid_t> workers = worker_children();
    REQUIRE(workers.size() == 1);
    CHECK(limit_line(workers[0], "Max core file size") == "Max core file size 0 0 bytes");
    if (!isolation::kAddressSanitizer) {  // under ASan the pool sets hard_rss_limit_mb instead
        const std::string bytes = std::to_string(700ull << 20);
        CHECK(limit_line(workers[0], "Max address space") == "Max address space " + bytes + " " + bytes + " bytes");
    }
    // The per-file CPU allowance is the timeout plus 5 s on top of what the worker has used.
    const std::string cpu = limit_line(workers[0], "Max cpu time");
    CAPTURE(cpu);
    CHECK(cpu.starts_with("Max cpu time 2"));  // 25-26 s: startup and one file take under 5 s of CPU
    CHECK(cpu.ends_with(" unlimited seconds"));
}

TEST_CASE("a worker killed while idle is replaced without failing the next file", "[isolation]") {
    const extract::Registry registry;
    isolation::ExtractionPool pool(registry, isolated());
    const std::string file = corpus_files("pdf").front();
    const auto first = extract::to_json(pool.extract_bytes(read(file), file));
    // Kill the idle worker from outside, as an administrator or the OOM killer might.
    const std::vector<pid_t> workers = worker_children();
    REQUIRE(workers.size() == 1);
    REQUIRE(::kill(workers.front(), SIGKILL) == 0);
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    CHECK(extract::to_json(pool.extract_bytes(read(file), file)) == first);
    CHECK(pool.workers_started() == 2);
}

TEST_CASE("concurrent callers share a small pool and get the in-process results", "[isolation]") {
    const extract::Registry registry;
    isolation::ExtractionPool pool(registry, isolated());
    std::vector<std::string> files = corpus_files("pdf");
    for (const auto& f : corpus_files("html")) files.push_back(f);
    std::vector<nlohmann::json> expected;
    for (const auto& f : files) expected.push_back(extract::to_json(registry.extract_bytes(read(f), f)));

    std::atomic<int> mismatches{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 3; ++t)
        threads.emplace_back([&] {
            for (int round = 0; round < 3; ++round)
                for (size_t i = 0; i < files.size(); ++i)
                    if (extract::to_json(pool.extract_bytes(read(files[i]), files[i])) != expected[i]) ++mismatches;
        });
    for (auto& t : threads) t.join();
    CHECK(mismatches == 0);
    CHECK(pool.workers_started() <= 3);
}

TEST_CASE("isolation off: files are extracted in process and the worker hooks do nothing", "[isolation]") {
    const test::ScopedEnv hook("QUORUM_TEST_WORKER_CRASH_ON", "crash-me");
    const extract::Registry registry;
    isolation::IsolationOptions off = isolated();
    off.enabled = false;
    isolation::ExtractionPool pool(registry, off);
    const test::TempDir dir;
    const std::string crash = copy_as(dir, corpus_files("pdf").front(), "crash-me.pdf");
    CHECK_FALSE(pool.extract_bytes(read(crash), crash).blocks.empty());
    CHECK(pool.workers_started() == 0);
}

TEST_CASE("a worker program that cannot start is reported at once", "[isolation]") {
    const extract::Registry registry;
    isolation::IsolationOptions bad = isolated();
    bad.worker_program = "/nonexistent/quorum";
    try {
        isolation::ExtractionPool pool(registry, bad);
        FAIL("the pool started");
    } catch (const isolation::WorkerStartError& e) {
        CHECK(std::string(e.what()).find("/nonexistent/quorum") != std::string::npos);
    }
}
