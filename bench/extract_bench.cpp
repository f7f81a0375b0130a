/** @file extract_bench.cpp @brief Times Quorum's PDF extraction against `pdftotext FILE /dev/null` on a folder of PDFs. */
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "extractors/extract_error.h"
#include "extractors/registry.h"

extern char** environ;

namespace {

namespace fs = std::filesystem;
namespace qx = quorum::extract;
using Clock = std::chrono::steady_clock;

constexpr const char* kUsage =
    "usage: extract_bench [--repetitions N] [--per-file] [DIR]\n"
    "  Extracts every *.pdf in DIR with Quorum (in process) and with `pdftotext FILE /dev/null`\n"
    "  (one process per file), sequentially, each file by both tools in turn: one warm-up pass,\n"
    "  then N timed passes (default 5). Prints, per file set, the median over passes of the total\n"
    "  wall time and of the total CPU time (user+sys) for both, and the ratio quorum / pdftotext;\n"
    "  then the same with pdftotext's fixed cost per run subtracted (pdftotext on a blank one-page\n"
    "  PDF, timed after each file).\n"
    "  DIR defaults to " QUORUM_DEFAULT_PDF_DIR "\n";

struct Options {
    std::string dir = QUORUM_DEFAULT_PDF_DIR;
    int repetitions = 5;
    bool per_file = false;
};

Options parse_options(int argc, char** argv) {
    Options opts;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--help" || arg == "-h") {
            std::cout << kUsage;
            std::exit(0);
        } else if (arg == "--repetitions" && i + 1 < argc) {
            opts.repetitions = std::max(1, std::atoi(argv[++i]));
        } else if (arg == "--per-file") {
            opts.per_file = true;
        } else if (!arg.starts_with("-")) {
            opts.dir = arg;
        } else {
            throw std::invalid_argument("unknown option " + arg + "\n" + kUsage);
        }
    }
    return opts;
}

std::vector<std::string> pdf_files(const std::string& dir) {
    std::vector<std::string> files;
    for (const auto& entry : fs::directory_iterator(dir))
        if (entry.is_regular_file() && entry.path().extension() == ".pdf") files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    if (files.empty()) throw std::runtime_error(dir + ": no *.pdf files");
    return files;
}

// ---- one timed run --------------------------------------------------------------------------

/// The cost of one run: wall-clock seconds and CPU seconds (user + system).
struct Sample {
    double wall = 0, cpu = 0;
};

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

double thread_cpu_seconds() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

double seconds_of(const timeval& tv) { return static_cast<double>(tv.tv_sec) + static_cast<double>(tv.tv_usec) / 1e6; }

/// Extracts one file in process. `outcome` is "ok" or the failure reason's name.
Sample time_quorum(const qx::Registry& registry, const std::string& path, std::string* outcome = nullptr) {
    const auto start = Clock::now();
    const double cpu_start = thread_cpu_seconds();
    std::string result = "ok";
    try {
        registry.extract_file(path);
    } catch (const qx::ExtractError& e) {
        result = std::string(qx::failure_reason_name(e.reason()));
    }
    const Sample sample{seconds_since(start), thread_cpu_seconds() - cpu_start};
    if (outcome) *outcome = result;
    return sample;
}

/// Runs `pdftotext PATH /dev/null` (its stdout and stderr to /dev/null) and waits for it.
Sample time_pdftotext(const std::string& path) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    std::string program = "pdftotext", file = path, out = "/dev/null";
    char* argv[] = {program.data(), file.data(), out.data(), nullptr};
    const auto start = Clock::now();
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, "pdftotext", &actions, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) throw std::runtime_error(std::string("cannot run pdftotext: ") + std::strerror(spawned));
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    return {seconds_since(start), seconds_of(usage.ru_utime) + seconds_of(usage.ru_stime)};
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// ---- pdftotext's fixed cost -----------------------------------------------------------------

/// A valid one-page PDF with nothing on the page, its cross-reference offsets computed.
std::string blank_pdf() {
    const std::vector<std::string> objects = {"<< /Type /Catalog /Pages 2 0 R >>",
                                              "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                              "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"};
    std::string pdf = "%PDF-1.4\n";
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(pdf.size());
        pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const std::size_t xref = pdf.size();
    pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (std::size_t offset : offsets) {
        char entry[24];
        std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
        pdf += entry;
    }
    return pdf + "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           std::to_string(xref) + "\n%%EOF\n";
}

/// The blank PDF written to the temp folder for as long as this lives.
class BlankPdfFile {
public:
    BlankPdfFile()
        : path_(fs::temp_directory_path() / ("extract_bench_blank_" + std::to_string(::getpid()) + ".pdf")) {
        std::ofstream(path_, std::ios::binary) << blank_pdf();
    }
    ~BlankPdfFile() {
        std::error_code ignored;
        fs::remove(path_, ignored);
    }
    BlankPdfFile(const BlankPdfFile&) = delete;
    BlankPdfFile& operator=(const BlankPdfFile&) = delete;
    std::string path() const { return path_.string(); }

private:
    fs::path path_;
};

// ---- measuring and reporting ----------------------------------------------------------------

/// Per file: Quorum's outcome and one Sample per timed pass for each tool, and for pdftotext on
/// a blank one-page PDF right after: what each pdftotext run pays before any content (process
/// start, dynamic linking, poppler set-up), which Quorum, extracting in process, does not.
struct FileTimes {
    std::string path;
    std::string outcome;
    std::vector<Sample> quorum, pdftotext, pdftotext_blank;
};

std::vector<FileTimes> measure(const std::vector<std::string>& files, int repetitions) {
    const qx::Registry registry;
    const BlankPdfFile blank;
    std::vector<FileTimes> times;
    for (const auto& path : files) {  // warm-up: page cache, poppler's font and CMap caches
        FileTimes t{path, "", {}, {}, {}};
        time_quorum(registry, path, &t.outcome);
        time_pdftotext(path);
        times.push_back(std::move(t));
    }
    // Both tools run each file in turn, so a burst of load elsewhere hits both alike.
    for (int rep = 0; rep < repetitions; ++rep) {
        for (auto& t : times) {
            t.quorum.push_back(time_quorum(registry, t.path));
            t.pdftotext.push_back(time_pdftotext(t.path));
            t.pdftotext_blank.push_back(time_pdftotext(blank.path()));
        }
    }
    return times;
}

/// A set of files and its median (over passes) totals; `pdftotext_content` is pdftotext less
/// its fixed cost (each file's time less the blank PDF's time next to it).
struct SetTotals {
    std::string name;
    std::size_t files = 0;
    Sample quorum, pdftotext, pdftotext_content, fixed_per_run;
};

template <typename InSet>
SetTotals totals(const std::string& name, const std::vector<FileTimes>& times, InSet in_set) {
    const std::size_t passes = times.front().quorum.size();
    std::vector<double> qw(passes, 0), qc(passes, 0), pw(passes, 0), pc(passes, 0), bw(passes, 0), bc(passes, 0);
    SetTotals set{name, 0, {}, {}, {}, {}};
    for (const auto& t : times) {
        if (!in_set(t)) continue;
        ++set.files;
        for (std::size_t r = 0; r < passes; ++r) {
            qw[r] += t.quorum[r].wall;
            qc[r] += t.quorum[r].cpu;
            pw[r] += t.pdftotext[r].wall;
            pc[r] += t.pdftotext[r].cpu;
            bw[r] += t.pdftotext_blank[r].wall;
            bc[r] += t.pdftotext_blank[r].cpu;
        }
    }
    set.quorum = {median(qw), median(qc)};
    set.pdftotext = {median(pw), median(pc)};
    const double n = static_cast<double>(std::max<std::size_t>(set.files, 1));
    set.fixed_per_run = {median(bw) / n, median(bc) / n};
    for (std::size_t r = 0; r < passes; ++r) {
        pw[r] -= bw[r];
        pc[r] -= bc[r];
    }
    set.pdftotext_content = {median(pw), median(pc)};
    return set;
}

double ratio(double a, double b) { return b > 0 ? a / b : 0.0; }

void print_sets(const std::vector<SetTotals>& sets) {
    std::printf("%-38s %5s | %9s %9s %6s | %9s %9s %6s\n", "", "", "wall ms", "", "", "cpu ms", "", "");
    std::printf("%-38s %5s | %9s %9s %6s | %9s %9s %6s\n", "file set", "files", "quorum", "pdftotext", "ratio",
                "quorum", "pdftotext", "ratio");
    for (const auto& s : sets) {
        std::printf("%-38s %5zu | %9.1f %9.1f %6.2f | %9.1f %9.1f %6.2f\n", s.name.c_str(), s.files,
                    s.quorum.wall * 1000, s.pdftotext.wall * 1000, ratio(s.quorum.wall, s.pdftotext.wall),
                    s.quorum.cpu * 1000, s.pdftotext.cpu * 1000, ratio(s.quorum.cpu, s.pdftotext.cpu));
    }
}

void print_per_file(const std::vector<FileTimes>& times) {
    std::printf("\n%-60s %9s %9s %6s  %s\n", "file (median wall ms)", "quorum", "pdftotext", "ratio", "outcome");
    for (const auto& t : times) {
        std::vector<double> q, p;
        for (const auto& s : t.quorum) q.push_back(s.wall);
        for (const auto& s : t.pdftotext) p.push_back(s.wall);
        std::printf("%-60s %9.1f %9.1f %6.2f  %s\n", fs::path(t.path).filename().string().substr(0, 60).c_str(),
                    median(q) * 1000, median(p) * 1000, ratio(median(q), median(p)), t.outcome.c_str());
    }
}

void print_report(const Options& opts, const std::vector<FileTimes>& times) {
    std::printf("PDF extraction vs pdftotext: %zu files in %s\n", times.size(), opts.dir.c_str());
    std::printf("sequential; 1 warm-up pass, then the median of %d timed passes of each set's total\n\n",
                opts.repetitions);
    std::vector<SetTotals> sets;
    std::set<std::string> outcomes;
    for (const auto& t : times) outcomes.insert(t.outcome);
    for (const auto& outcome : outcomes)
        sets.push_back(totals(outcome == "ok" ? "extracted" : "failed: " + outcome, times,
                              [&](const FileTimes& t) { return t.outcome == outcome; }));
    SetTotals all = totals("all", times, [](const FileTimes&) { return true; });
    sets.push_back(all);
    // Quorum extracts in process; pdftotext pays a process start per file. Show the figure without it.
    const Sample fixed = all.fixed_per_run;
    all.name = "all, pdftotext fixed cost subtracted";
    all.pdftotext = all.pdftotext_content;
    sets.push_back(all);
    print_sets(sets);
    std::printf("\npdftotext fixed cost per run (blank one-page PDF, timed after each file): %.1f ms wall, %.1f ms cpu\n",
                fixed.wall * 1000, fixed.cpu * 1000);
    if (opts.per_file) print_per_file(times);
}

}  // namespace

int main(int argc, char** argv) {
    try {
        const Options opts = parse_options(argc, argv);
        const std::vector<FileTimes> times = measure(pdf_files(opts.dir), opts.repetitions);
        print_report(opts, times);
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "extract_bench: " << e.what() << "\n";
        return 2;
    }
}
