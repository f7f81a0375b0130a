/** @file search_notes_test.cpp @brief A page that shows less than the query matched says why on stderr: --limit 0, an --offset past the end, undated documents that --from/--to leave out. */
#include <catch2/catch.hpp>

#include <xapian.h>

#include "query/search_notes.h"
#include "query/searcher.h"
#include "schema/fields.h"
#include "tests/corpus_db.h"
#include "tests/process_util.h"
#include "tests/test_paths.h"

using namespace quorum;

namespace {

std::string joined(const std::vector<std::string>& notes) {
    std::string out;
    for (const auto& n : notes) out += (out.empty() ? "" : " | ") + n;
    return out;
}

test::ProcessResult run_quorum(std::vector<std::string> args) {
    args.insert(args.begin(), test::quorum_binary());
    args.insert(args.begin() + 2, {"--db", test::corpus_db()});
    return test::run_process(args);
}

// Documents of corpus/ without a meeting date, read from the date slot directly.
Xapian::doccount undated_in_corpus() {
    const Xapian::Database db(test::corpus_db());
    const auto slot = static_cast<Xapian::valueno>(schema::field(schema::names::kDate).slot);
    Xapian::doccount undated = 0;
    for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it)
        if (db.get_document(*it).get_value(slot).empty()) ++undated;
    return undated;
}

}  // namespace

TEST_CASE("page notes say what a page leaves out", "[notes]") {
    struct Row {
        query::PageShown page;
        const char* notes;
    };
    const Row rows[] = {
        {{27, true, 0, 0, 0, 0}, "27 matches; none on this page (--limit 0)"},
        {{27, true, 30, 10, 0, 0}, "27 matches; none on this page (--offset 30 is past the last)"},
        {{1, true, 5, 10, 0, 0}, "1 match; none on this page (--offset 5 is past the last)"},
        {{12288, false, 0, 0, 0, 0}, "about 12288 matches; none on this page (--limit 0)"},
        {{27, true, 20, 10, 7, 3},
         "3 undated documents are not shown (--from and --to leave out documents without a meeting date)"},
        {{27, true, 0, 0, 0, 1},
         "27 matches; none on this page (--limit 0) | 1 undated document is not shown (--from and --to leave out "
         "documents without a meeting date)"},
        {{27, true, 0, 10, 10, 0}, ""},
        {{0, true, 0, 10, 0, 0}, ""},
    };
    for (const auto& row : rows) CHECK(joined(query::page_notes(row.page)) == row.notes);
}

TEST_CASE("quorum search notes --limit 0, an --offset past the end and undated documents left out", "[notes][cli][corpus]") {
    const std::string total = run_quorum({"search", "--count", "budget"}).out;
    REQUIRE(std::stoi(total) > 1);
    const std::string n = total.substr(0, total.size() - 1);

    const auto none = run_quorum({"search", "budget", "--limit", "0"});
    CHECK(none.status == 0);
    CHECK_THAT(none.err, Catch::Contains("quorum search: " + n + " matches; none on this page (--limit 0)"));
    CHECK_THAT(none.err, !Catch::Contains("No matches"));

    const auto past = run_quorum({"search", "budget", "--offset", "1000"});
    CHECK(past.status == 0);
    CHECK_THAT(past.err, Catch::Contains(n + " matches; none on this page (--offset 1000 is past the last)"));

    const Xapian::doccount undated = undated_in_corpus();
    REQUIRE(undated > 0);
    const std::string note = std::to_string(undated) + (undated == 1 ? " undated document is" : " undated documents are") +
                             " not shown (--from and --to leave out documents without a meeting date)";
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"search", "--to", "2100"}, {"search", "--count", "--from", "1900"}}) {
        const auto r = run_quorum(args);
        INFO(args[1]);
        CHECK(r.status == 0);
        CHECK_THAT(r.err, Catch::Contains(note));
    }
    CHECK_THAT(run_quorum({"search", "--count"}).err, !Catch::Contains("undated"));

    // Mentions: the undated document holds "county lines".
    const auto mentions = run_quorum({"mentions", "--counts", "county lines", "--from", "1900"});
    CHECK(mentions.status == 0);
    CHECK_THAT(mentions.err, Catch::Contains("quorum mentions: 1 undated document is not shown"));

    // The search library counts them exactly.
    const Xapian::Database db(test::corpus_db());
    query::SearchRequest req;
    req.filters.from = "1900";
    CHECK(query::search(db, req).undated_left_out == undated);
    req.query = "county lines";
    CHECK(query::search(db, req).undated_left_out == 1);
}
