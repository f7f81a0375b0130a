/** @file hostile_test.cpp @brief The hostile-file matrix (docs/reliability.md): `quorum index` over an archive of broken, encrypted, enormous and malicious files. */
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <random>

#include <nlohmann/json.hpp>

#include "indexer/indexer.h"
#include "tests/hostile_files.h"
#include "tests/process_util.h"
#include "tests/temp_dir.h"
#include "tests/test_paths.h"

using namespace quorum;
namespace fs = std::filesystem;

namespace {

const std::string kSamplePdf = "pdf/eastmere-dc_cabinet_2024-03-14_minutes.pdf";

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string random_bytes(size_t n, unsigned seed) {
    std::mt19937 generator(seed);
    std::uniform_int_distribution<int> byte(0, 255);
    std::string out(n, '\0');
    for (char& c : out) c = static_cast<char>(byte(generator));
    return out;
}

void run_or_fail(const std::string& command) {
    INFO(command);
    REQUIRE(std::system(command.c_str()) == 0);
}

// One row of the matrix: a file under hostile/ and what must become of it.
struct Row {
    std::string name;     ///< file name under hostile/
    std::string outcome;  ///< "indexed", "indexed, warning W" or "failed: REASON"
};

// Writes the hostile files and returns the matrix. `good/` gets the sample corpus.
std::vector<Row> write_archive(const test::TempDir& dir) {
    for (const std::string sub : {"pdf", "html", "text"})
        for (const auto& e : fs::directory_iterator(test::corpus_dir() + "/" + sub)) {
            fs::create_directories(dir.path() / "archive/good" / sub);
            fs::copy_file(e.path(), dir.path() / "archive/good" / sub / e.path().filename());
        }
    const fs::path h = dir.path() / "archive/hostile";
    fs::create_directories(h);
    auto put = [&](const std::string& name, const std::string& bytes) { dir.write("archive/hostile/" + name, bytes); };
    const std::string sample = slurp(test::corpus_dir() + "/" + kSamplePdf);
    std::vector<Row> rows;

    put("empty.pdf", "");
    rows.push_back({"empty.pdf", "failed: empty"});
    put("truncated.pdf", sample.substr(0, sample.size() / 2));
    rows.push_back({"truncated.pdf", "failed: damaged"});
    std::string shifted = sample;  // every xref offset now points 20 bytes early
    shifted.insert(20, "  % shifted offsets\n");
    put("broken-xref.pdf", shifted);
    rows.push_back({"broken-xref.pdf", "indexed, warning pdf-syntax-errors"});

    const std::string source = test::corpus_dir() + "/" + kSamplePdf;
    run_or_fail("qpdf --encrypt secret owner-secret 256 -- '" + source + "' '" + (h / "encrypted-user.pdf").string() + "'");
    rows.push_back({"encrypted-user.pdf", "failed: encrypted"});
    run_or_fail("qpdf --encrypt '' owner-secret 256 --print=none --extract=n -- '" + source + "' '" +
                (h / "encrypted-owner-only.pdf").string() + "'");
    rows.push_back({"encrypted-owner-only.pdf", "indexed"});

    put("page-tree-loop.pdf", test::page_tree_loop_pdf());
    rows.push_back({"page-tree-loop.pdf", "indexed, warning pdf-syntax-errors"});
    // 16 GB of spaces: Poppler would spend minutes skipping them; the time limit stops it.
    put("bomb-whitespace.pdf",
        test::flate_bomb_pdf(test::text_content({"Minutes of the Finance Committee (a bomb of spaces)."}), " ", 16ull << 30));
    rows.push_back({"bomb-whitespace.pdf", "failed: timed-out"});
    // A 1 GB array operand "[0 0 0 ...": Poppler builds it whole, about 8 bytes of memory for
    // each 2 bytes of input, until the memory limit stops it (in about 3 s at 256 MB).
    put("bomb-array.pdf",
        test::flate_bomb_pdf("BT /F1 11 Tf 72 700 Td (Minutes of the Finance Committee) Tj ET [", "0 ", 1ull << 30));
    rows.push_back({"bomb-array.pdf", "failed: out-of-memory"});

    {
        std::ofstream huge(h / "huge.txt", std::ios::binary);  // 1 GiB, sparse: instant, no disk used
        huge << "Minutes of a meeting that goes on for a gigabyte.\n";
    }
    fs::resize_file(h / "huge.txt", 1ull << 30);
    rows.push_back({"huge.txt", "failed: too-large"});
    put("random.dat", random_bytes(256 * 1024, 7));
    rows.push_back({"random.dat", "failed: unsupported"});
    put("random.pdf", random_bytes(64 * 1024, 8));
    rows.push_back({"random.pdf", "failed: damaged"});

    put("nested-100000.html", test::deeply_nested_html(100000, "The committee noted the deeply nested report."));
    rows.push_back({"nested-100000.html", "indexed"});
    put("invalid-utf8.html",
        "<html><head><meta charset=\"utf-8\"><title>Fees</title></head><body><p>The fee of \xA3" "250 for the "
        "licence was agreed by the committee.</p></body></html>");
    rows.push_back({"invalid-utf8.html", "indexed, warning charset-mismatch"});
    put("wrong-charset.html",
        "<html><head><meta charset=\"windows-1251\"><title>Report</title></head><body><p>Caf\xC3\xA9 \xE2\x80\x93 "
        "the Council\xE2\x80\x99s report on \xE2\x80\x9C" "fly-tipping\xE2\x80\x9D in the district.</p></body></html>");
    rows.push_back({"wrong-charset.html", "indexed, warning charset-mismatch"});

    put("locked.txt", "Minutes that only the owner may read.\n");
    fs::permissions(h / "locked.txt", fs::perms::none);
    // Root reads a file whatever its mode (CI runs as root), so there the honest outcome is "indexed".
    rows.push_back({"locked.txt", ::geteuid() == 0 ? "indexed" : "failed: unreadable"});

    fs::create_symlink("loop-b.txt", h / "loop-a.txt");  // a -> b -> a
    fs::create_symlink("loop-a.txt", h / "loop-b.txt");
    rows.push_back({"loop-a.txt", "failed: unreadable"});
    rows.push_back({"loop-b.txt", "failed: unreadable"});
    fs::create_directory_symlink(".", h / "again");  // a folder loop: walked once, no duplicates

    put("caf\xE9.txt", "Minutes of the parish council.\n\nThe clerk reported on the cafe licence.\n");
    // Indexed: its stored JSON shows U+FFFD for the byte, the path value slot keeps the exact bytes.
    rows.push_back({"caf\xE9.txt", "indexed"});
    return rows;
}

// "name: reason" lines, sorted, from a --failures file (U+FFFD stands for a path's non-UTF-8 bytes).
std::string failure_reasons(const std::string& jsonl) {
    std::map<std::string, std::string> reasons;
    std::ifstream in(jsonl);
    for (std::string line; std::getline(in, line);) {
        const auto j = nlohmann::json::parse(line);
        reasons[fs::path(j["path"].get<std::string>()).filename().string()] = j["reason"];
    }
    std::string out;
    for (const auto& [name, reason] : reasons) out += name + ": " + reason + "\n";
    return out;
}

// A file name as the --failures file shows it: bytes that are not UTF-8 become U+FFFD.
std::string as_failure_file_name(const std::string& name) {
    return nlohmann::json::parse(nlohmann::json(name).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace))
        .get<std::string>();
}

}  // namespace

TEST_CASE("hostile matrix: every hostile file is indexed or fails with its named reason, and the rest is indexed",
          "[hostile]") {
    test::TempDir dir;
    const std::vector<Row> rows = write_archive(dir);
    if (::geteuid() == 0)
        WARN("running as root: chmod 000 does not stop root reading, so locked.txt is expected to be indexed");
    const std::string db = dir.str() + "/db", failures = dir.str() + "/failures.jsonl";
    const auto run = test::run_process({test::quorum_binary(), "index", "--db", db, "--follow-symlinks", "--timeout", "15", "--ocr-document-seconds", "5",
                                        "--memory-limit", "256", "--failures", failures, dir.str() + "/archive"});
    INFO(run.out << run.err);
    CHECK(run.status == 1);

    std::map<std::string, std::string> failed;
    for (const auto& row : rows)
        if (row.outcome.starts_with("failed: ")) failed[as_failure_file_name(row.name)] = row.outcome.substr(8);
    std::string expected_failures;
    for (const auto& [name, reason] : failed) expected_failures += name + ": " + reason + "\n";
    CHECK(failure_reasons(failures) == expected_failures);

    for (const auto& row : rows) {
        if (!row.outcome.starts_with("indexed")) continue;
        CAPTURE(row.name);
        const auto shown = test::run_process(
            {test::quorum_binary(), "show", "--db", db, "--format", "json", dir.str() + "/archive/hostile/" + row.name});
        REQUIRE(shown.status == 0);
        const auto warnings = nlohmann::json::parse(shown.out)["warnings"];
        const std::string first = warnings.empty() ? "" : warnings[0].get<std::string>();
        const std::string wanted = row.outcome.starts_with("indexed, warning ") ? row.outcome.substr(17) : "";
        CHECK(first.substr(0, first.find(':')) == wanted);
    }
    for (const auto& e : fs::recursive_directory_iterator(dir.path() / "archive/good")) {
        if (!e.is_regular_file()) continue;
        CAPTURE(e.path().string());
        CHECK(test::run_process({test::quorum_binary(), "show", "--db", db, e.path().string()}).status == 0);
    }

    const auto check = test::run_process({"xapian-check", db});
    INFO(check.out << check.err);
    CHECK(check.status == 0);
    const auto search = test::run_process({test::quorum_binary(), "search", "--db", db, "--count", "minutes"});
    CHECK(search.status == 0);
    CHECK(std::stoi(search.out) > 0);
    // The file with a non-UTF-8 name is found, shown with U+FFFD in JSON.
    const auto cafe = test::run_process({test::quorum_binary(), "search", "--db", db, "--format", "json", "cafe licence"});
    REQUIRE(cafe.status == 0);
    const auto cafe_hits = nlohmann::json::parse(cafe.out)["results"];
    REQUIRE(cafe_hits.size() == 1);
    CHECK(cafe_hits[0]["path"].get<std::string>().ends_with("caf\xEF\xBF\xBD.txt"));

    // A second run finds every file as it was: nothing re-read, whatever its name's bytes.
    const auto again = test::run_process({test::quorum_binary(), "index", "--db", db, "--follow-symlinks", "--timeout", "15", "--ocr-document-seconds", "5",
                                          "--memory-limit", "256", dir.str() + "/archive"});
    INFO(again.out << again.err);
    CHECK(again.out.find(" seen, 0 indexed, ") != std::string::npos);
}

TEST_CASE("hostile matrix: a file that disappears between listing and reading fails as unreadable", "[hostile]") {
    test::TempDir dir;
    // Sorted first, 20 files are read before the last one; the first progress call deletes it.
    for (int i = 0; i < 20; ++i)
        dir.write("archive/a" + std::to_string(100 + i) + ".txt", "Minutes of meeting " + std::to_string(i) + ".\n");
    const std::string doomed = dir.write("archive/zz-vanishing.txt", "Minutes that will be gone.\n");
    index::IndexOptions o;
    o.db_path = dir.str() + "/db";
    o.roots = {dir.str() + "/archive"};
    o.threads = 1;
    o.on_progress = [&](const index::IndexProgress&) { fs::remove(doomed); };
    const index::IndexSummary s = index::run_index(o);
    CHECK(s.seen == 21);
    CHECK(s.indexed == 20);
    REQUIRE(s.failures.size() == 1);
    CHECK(s.failures[0].path == doomed);
    CHECK(s.failures[0].reason == "unreadable");
    CHECK(s.failures[0].message == doomed + ": cannot read: No such file or directory");
}
