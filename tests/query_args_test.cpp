/** @file query_args_test.cpp @brief Query words that look like options (`quorum search budget -housing`) are query words, never the help page; options keep working around them. */
#include <catch2/catch.hpp>

#include <algorithm>

#include "tests/corpus_db.h"
#include "tests/process_util.h"
#include "tests/test_paths.h"

using namespace quorum;

namespace {

test::ProcessResult run_quorum(std::vector<std::string> args) {
    args.insert(args.begin(), test::quorum_binary());
    args.insert(args.begin() + 2, {"--db", test::corpus_db()});
    return test::run_process(args);
}

}  // namespace

TEST_CASE("words after the query that look like options are query words", "[cli][query_args][corpus]") {
    struct Row {
        std::vector<std::string> args;       // after "quorum"; "--db" is added after the subcommand
        std::vector<std::string> same_as;    // the same command written unambiguously
    };
    const Row rows[] = {
        {{"search", "--count", "budget", "-housing"}, {"search", "--count", "budget -housing"}},
        {{"search", "budget", "-housing", "--count"}, {"search", "--count", "budget -housing"}},
        {{"search", "--count", "budget", "-\"community safety\""}, {"search", "--count", "budget -\"community safety\""}},
        {{"decisions", "--count", "budget", "-housing"}, {"decisions", "--count", "budget -housing"}},
        {{"search", "--count", "--council", "eastmere", "budget"}, {"search", "--count", "budget council:eastmere"}},
        {{"search", "--count", "budget", "-housing", "--limit", "1"}, {"search", "--count", "budget -housing"}},
        {{"search", "--count", "--", "budget", "-housing"}, {"search", "--count", "budget -housing"}},
    };
    for (const auto& row : rows) {
        const auto got = run_quorum(row.args);
        const auto want = run_quorum(row.same_as);
        INFO(row.args[0] << " " << row.args[2] << " " << row.args[3] << ": " << got.err);
        CHECK(got.status == 0);
        CHECK(got.out.find("Usage:") == std::string::npos);
        CHECK(got.out == want.out);
    }
    // The NOT took effect: fewer than the word alone.
    CHECK(std::stoi(run_quorum({"search", "--count", "budget", "-housing"}).out) <
          std::stoi(run_quorum({"search", "--count", "budget"}).out));
}

TEST_CASE("options around a query still work, and -h still asks for help", "[cli][query_args][corpus]") {
    const auto help = run_quorum({"search", "budget", "-h"});
    CHECK(help.status == 0);
    CHECK_THAT(help.out, Catch::Contains("Usage:"));

    const auto page = run_quorum({"search", "budget", "-housing", "--limit", "1", "--format", "csv"});
    CHECK(page.status == 0);
    CHECK(std::count(page.out.begin(), page.out.end(), '\n') >= 2);  // header and one row (a snippet may hold newlines)

    const auto unknown = run_quorum({"search", "budget", "--bogus"});
    CHECK(unknown.status == 2);
    CHECK_THAT(unknown.err, Catch::Contains("--bogus"));

    const auto mentions = run_quorum({"mentions", "budget", "-housing"});
    CHECK(mentions.status == 2);
    CHECK_THAT(mentions.err, Catch::Contains("\"-housing\" is not an option of mentions"));
    CHECK(mentions.out.find("Usage:") == std::string::npos);
}
