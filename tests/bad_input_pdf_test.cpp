/** @file bad_input_pdf_test.cpp @brief Malformed PDFs: empty, truncated, random bytes, encrypted; never a crash, a hang or stderr noise. */
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "extractors/extract_error.h"
#include "extractors/registry.h"
#include "extractors/text_cleanup.h"
#include "tests/test_paths.h"

namespace {

using quorum::extract::Extraction;
using quorum::extract::ExtractError;
using quorum::extract::FailureReason;
using quorum::extract::Registry;
namespace fs = std::filesystem;

// A fresh directory under the system temp dir, removed with everything in it.
class TempDir {
public:
    TempDir() {
        std::string pattern = (fs::temp_directory_path() / "quorum-pdf-test-XXXXXX").string();
        REQUIRE(::mkdtemp(pattern.data()) != nullptr);
        path_ = pattern;
    }
    ~TempDir() {
        std::error_code ignored;
        fs::remove_all(path_, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    std::string file(const std::string& name) const { return (path_ / name).string(); }

private:
    fs::path path_;
};

std::string read_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

void write_bytes(const std::string& path, std::string_view bytes) {
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    REQUIRE(out);
}

// What happened to one extraction: the failure reason, or the Extraction.
struct Outcome {
    std::optional<FailureReason> failure;
    std::string detail;
    Extraction extraction;
};

Outcome extract_bytes(const Registry& registry, std::string_view bytes, const std::string& name) {
    Outcome outcome;
    try {
        outcome.extraction = registry.extract_bytes(bytes, name);
    } catch (const ExtractError& e) {
        outcome.failure = e.reason();
        outcome.detail = e.detail();
    }
    return outcome;
}

// Redirects file descriptor 2 into a temporary file while alive; text() is what was written.
class StderrCapture {
public:
    explicit StderrCapture(const std::string& path) : path_(path) {
        std::fflush(stderr);
        saved_ = ::dup(2);
        const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        ::dup2(fd, 2);
        ::close(fd);
    }
    ~StderrCapture() { restore(); }
    StderrCapture(const StderrCapture&) = delete;
    StderrCapture& operator=(const StderrCapture&) = delete;

    std::string text() {
        restore();
        return read_bytes(path_);
    }

private:
    void restore() {
        if (saved_ < 0) return;
        std::fflush(stderr);
        ::dup2(saved_, 2);
        ::close(saved_);
        saved_ = -1;
    }
    std::string path_;
    int saved_ = -1;
};

std::string sample_pdf() { return quorum::test::corpus_dir() + "/pdf/eastmere-dc_cabinet_2024-03-14_minutes.pdf"; }

std::string random_bytes(std::size_t n, unsigned seed) {
    std::mt19937 gen(seed);
    std::uniform_int_distribution<int> byte(0, 255);
    std::string out(n, '\0');
    for (char& c : out) c = static_cast<char>(byte(gen));
    return out;
}

bool has_tool(const char* name) { return std::system((std::string("command -v ") + name + " >/dev/null 2>&1").c_str()) == 0; }

TEST_CASE("bad pdf: empty input fails as empty", "[pdf][bad-input]") {
    const Registry registry;
    CHECK(extract_bytes(registry, "", "minutes.pdf").failure == FailureReason::Empty);

    const TempDir dir;
    write_bytes(dir.file("empty.pdf"), "");
    try {
        registry.extract_file(dir.file("empty.pdf"));
        FAIL("an empty file extracted");
    } catch (const ExtractError& e) {
        CHECK(e.reason() == FailureReason::Empty);
        CHECK(std::string(e.what()).find("empty.pdf") != std::string::npos);
    }
}

TEST_CASE("bad pdf: truncated PDFs fail as damaged or extract with a warning", "[pdf][bad-input]") {
    const Registry registry;
    const std::string whole = read_bytes(sample_pdf());
    REQUIRE(whole.size() > 4096);
    const TempDir dir;
    for (const std::size_t keep : {std::size_t{16}, std::size_t{1024}, whole.size() / 10, whole.size() / 2,
                                   whole.size() * 9 / 10, whole.size() - 100}) {
        CAPTURE(keep);
        // Written to disk and read back, as the brief of the test is "a truncated file".
        const std::string path = dir.file("truncated.pdf");
        write_bytes(path, std::string_view(whole).substr(0, keep));
        Outcome outcome;
        try {
            outcome.extraction = registry.extract_file(path);
        } catch (const ExtractError& e) {
            outcome.failure = e.reason();
            CHECK(std::string(e.what()).starts_with(path + ": "));
        }
        if (outcome.failure) {
            CHECK(*outcome.failure == FailureReason::Damaged);
        } else {
            CHECK_FALSE(outcome.extraction.warnings.empty());
        }
    }
}

TEST_CASE("bad pdf: a truncated real PDF fails as damaged with the documented message", "[pdf][bad-input][real]") {
    const Registry registry;
    const std::string whole =
        read_bytes(quorum::test::shared_dir_or_skip() + "/corpus-real/pdf/uk_kent-cc_cabinet_2025-01-30_printed-minutes.pdf");
    const Outcome outcome = extract_bytes(registry, std::string_view(whole).substr(0, whole.size() / 2), "half.pdf");
    REQUIRE(outcome.failure.has_value());
    CHECK(*outcome.failure == FailureReason::Damaged);
    CHECK(outcome.detail == "not a readable PDF (damaged or truncated)");
}

TEST_CASE("bad pdf: random bytes and broken headers fail as damaged", "[pdf][bad-input]") {
    const Registry registry;
    struct Row { const char* name; std::string bytes; };
    const std::vector<Row> rows = {
        {"random bytes named x.pdf", random_bytes(4096, 1)},
        {"more random bytes", random_bytes(100, 2)},
        {"a PDF header and then random bytes", "%PDF-1.4\n" + random_bytes(2000, 3)},
        {"a PDF header and nothing else", "%PDF-1.7\n"},
        {"a header and an empty trailer", "%PDF-1.4\ntrailer\n<<>>\n%%EOF\n"},
    };
    for (const auto& row : rows) {
        CAPTURE(row.name);
        CHECK(extract_bytes(registry, row.bytes, "x.pdf").failure == FailureReason::Damaged);
    }
}

TEST_CASE("bad pdf: encrypted PDFs: a user password fails, an owner password alone extracts", "[pdf][bad-input]") {
    // qpdf is in scripts/install-deps; without it this test cannot make its inputs.
    if (!has_tool("qpdf")) FAIL("qpdf is not installed: run scripts/install-deps");
    const Registry registry;
    const TempDir dir;
    const std::string source = sample_pdf();
    const std::string user = dir.file("user-password.pdf"), owner = dir.file("owner-password.pdf");
    REQUIRE(std::system(("qpdf --encrypt secret owner-secret 256 -- '" + source + "' '" + user + "'").c_str()) == 0);
    REQUIRE(std::system(("qpdf --encrypt '' owner-secret 256 --print=none --extract=n -- '" + source + "' '" + owner + "'").c_str()) == 0);

    try {
        registry.extract_file(user);
        FAIL("a PDF with a user password extracted");
    } catch (const ExtractError& e) {
        CHECK(e.reason() == FailureReason::Encrypted);
        CHECK(e.detail() == "encrypted PDF that needs a password to open");
    }

    const Extraction e = registry.extract_file(owner);
    CHECK(e.pages == 4);
    CHECK(quorum::extract::collapse_whitespace(e.full_text()).find("Recorded ASB incidents had fallen by 7 per cent") !=
          std::string::npos);
}

TEST_CASE("bad pdf: poppler prints nothing on stderr", "[pdf][bad-input]") {
    const Registry registry;
    const TempDir dir;
    const std::string whole = read_bytes(sample_pdf());
    std::string printed;
    {
        StderrCapture capture(dir.file("stderr.txt"));
        extract_bytes(registry, std::string_view(whole).substr(0, whole.size() / 2), "half.pdf");
        extract_bytes(registry, "%PDF-1.4\n" + random_bytes(2000, 4), "noise.pdf");
        // A PDF whose xref table is wrong: poppler reconstructs it and complains.
        std::string shifted = whole;
        shifted.insert(20, "  % shifted offsets\n");
        const Outcome outcome = extract_bytes(registry, shifted, "shifted.pdf");
        CHECK_FALSE(outcome.failure.has_value());
        printed = capture.text();
    }
    CHECK(printed.empty());
}

}  // namespace
