/** @file bad_query_test.cpp @brief Hostile queries through `quorum search`: a clear error and exit status 2, or a bounded answer; never a crash. */
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "tests/process_util.h"
#include "tests/temp_dir.h"
#include "tests/test_paths.h"

using namespace quorum;

namespace {

std::string repeat(const std::string& word, int n) {
    std::string out;
    for (int i = 0; i < n; ++i) out += (i ? " " : "") + word;
    return out;
}

std::string numbered(const std::string& stem, int n, const std::string& suffix = "") {
    std::string out;
    for (int i = 0; i < n; ++i) out += (i ? " " : "") + stem + std::to_string(i) + suffix;
    return out;
}

// An index with 6,000 words sharing the prefix "wd" (so "wd*" is over the expansion limit) and
// a short set of minutes.
std::string make_index(const test::TempDir& dir) {
    dir.write("archive/words.txt", "Minutes of the council.\n\n1. Words\n\n" + numbered("wd", 6000) + "\n");
    dir.write("archive/cabinet.txt", "Minutes of the cabinet.\n\n1. Budget\n\nThe budget was agreed by the council.\n");
    const std::string db = dir.str() + "/db";
    REQUIRE(test::run_process({test::quorum_binary(), "index", "--quiet", "--db", db, dir.str() + "/archive"}).status == 0);
    return db;
}

}  // namespace

TEST_CASE("hostile queries give exit status 2 and a clear message, in text and JSON output", "[query][cli]") {
    test::TempDir dir;
    const std::string db = make_index(dir);
    struct Row {
        std::string name, query, message;
    };
    const std::vector<Row> rows = {
        {"10,000 terms", numbered("w", 10000), "query has 10000 words; the limit is 1000"},
        {"a 9,000-word phrase", "\"" + numbered("w", 9000) + "\"", "query has 9000 words; the limit is 1000"},
        {"10,000 nested parentheses", std::string(10000, '(') + "budget" + std::string(10000, ')'),
         "parentheses nested more than 100 deep"},
        {"a control character", "budget\x01" "council", "control character (code 1) at character 7"},
        {"a terminal escape sequence", "budget\x1b[31m", "control character (code 27) at character 7"},
        {"invalid UTF-8", "budget \xff\xfe council", "invalid UTF-8 at byte 8 (queries must be UTF-8 text)"},
        {"UTF-8 cut short", "caf\xc3", "invalid UTF-8 at byte 4 (queries must be UTF-8 text)"},
        {"a Latin-1 field value", "council:caf\xe9", "invalid UTF-8 at byte 12 (queries must be UTF-8 text)"},
        {"a wildcard over the expansion limit", "wd*",
         "wildcard matches too many words (limit 5000); make it longer: Wildcard wd* expands to more than 5000 terms"},
        {"70 KB", repeat("budget", 10000), "query is 69999 bytes; the limit is 65536"},
        {"500 NOTs in a row", "budget " + repeat("NOT", 500) + " council", "Syntax: <expression> NOT <expression>"},
        {"an impossible date", "date:99999999..1", "'99999999' is not a date"},
        {"a dangling operator", "budget AND", "operator AND at character 8 needs a term on both sides"},
    };
    for (const auto& row : rows) {
        for (const std::string format : {"text", "json"}) {
            CAPTURE(row.name, format);
            const auto r = test::run_process({test::quorum_binary(), "search", "--db", db, "--format", format, row.query});
            CHECK(r.status == 2);
            CHECK(r.err.find("quorum search: bad query \"") == 0);
            CHECK(r.err.find(row.message) != std::string::npos);
            CHECK(r.out.empty());
        }
    }
}

TEST_CASE("large but legal queries are answered", "[query][cli]") {
    test::TempDir dir;
    const std::string db = make_index(dir);
    struct Row {
        std::string name, query;
        int status;
    };
    const std::vector<Row> rows = {
        {"1,000 words (the limit)", numbered("w", 1000), 0},
        {"900 wildcards, each under the limit", numbered("wd", 900, "*"), 0},
        {"one 60,000-letter word", std::string(60000, 'b'), 0},
        {"NEAR with a huge window", "budget NEAR/999999999 council", 0},
        {"a lone star", "*", 0},
    };
    for (const auto& row : rows) {
        CAPTURE(row.name);
        const auto r = test::run_process({test::quorum_binary(), "search", "--db", db, "--format", "json", row.query});
        INFO(r.err.substr(0, 300));
        CHECK(r.status == row.status);
        CHECK(r.out.find("\"total\"") != std::string::npos);
    }
}
