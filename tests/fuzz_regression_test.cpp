/** @file fuzz_regression_test.cpp @brief Every fuzz seed and every input a fuzzer once broke (tests/fuzz-regressions/) goes through the fuzzed entries cleanly. */
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "fuzz/fuzz_entries.h"
#include "tests/test_paths.h"

using namespace quorum;
namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// What target a folder's files are for: fuzz/seeds/<target>, tests/fuzz-regressions/<target>.
std::string run_target(const std::string& target, const std::string& bytes) {
    if (target == "pdf") return fuzz::extract_one(extract::Format::Pdf, bytes);
    if (target == "html") return fuzz::extract_one(extract::Format::Html, bytes);
    if (target == "text") return fuzz::extract_one(extract::Format::Text, bytes);
    if (target == "query") return fuzz::query_one(bytes);
    return "unknown fuzz target folder '" + target + "'";
}

size_t run_folder(const fs::path& folder) {
    size_t files = 0;
    if (!fs::is_directory(folder)) return 0;
    for (const auto& target : fs::directory_iterator(folder)) {
        if (!target.is_directory()) continue;
        for (const auto& file : fs::directory_iterator(target.path())) {
            CAPTURE(file.path().string());
            CHECK(run_target(target.path().filename().string(), slurp(file.path())) == "");
            ++files;
        }
    }
    return files;
}

}  // namespace

TEST_CASE("fuzz seeds and the sample corpus go through the fuzzed entries cleanly", "[fuzz]") {
    CHECK(run_folder(test::source_dir() + "/fuzz/seeds") >= 30);
    for (const std::string target : {"pdf", "html", "text"})
        for (const auto& file : fs::directory_iterator(test::corpus_dir() + "/" + target)) {
            CAPTURE(file.path().string());
            CHECK(run_target(target, slurp(file.path())) == "");
        }
}

TEST_CASE("inputs that once broke a fuzz target now go through cleanly", "[fuzz]") {
    // One folder per target; each file is an input a fuzzer reported (see docs/reliability.md).
    CHECK(run_folder(test::source_dir() + "/tests/fuzz-regressions") >= 1);
}

TEST_CASE("the fuzzed entries report a broken contract instead of passing it", "[fuzz]") {
    // A query that is fine, and one that is a clean QueryError: both pass.
    CHECK(fuzz::query_one("council:eastmere budget") == "");
    CHECK(fuzz::query_one("((((unclosed") == "");
    CHECK(fuzz::extract_one(extract::Format::Pdf, "not a pdf at all") == "");  // a clean ExtractError
}
