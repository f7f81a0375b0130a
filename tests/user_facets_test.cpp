/** @file user_facets_test.cpp @brief Manifests (CSV, tab-separated, JSON lines) are read as docs/facets.md says, or refused with a message naming the real problem. */
#include <catch2/catch.hpp>

#include <string>

#include "facets/user_facets.h"
#include "tests/temp_dir.h"
#include "tests/test_paths.h"

using namespace quorum;

namespace {

// The facets the manifest gives `relative` (under the manifest's folder), rendered
// "council|body|date|doc_type", or "none".
std::string lookup(const facets::Manifest& m, const test::TempDir& dir, const std::string& relative) {
    const auto f = m.lookup((dir.path() / relative).string());
    if (!f) return "none";
    return f->council + "|" + f->body + "|" + f->date + "|" + f->doc_type;
}

std::string joined(const std::vector<std::string>& v) {
    std::string out;
    for (const auto& s : v) out += (out.empty() ? "" : ",") + s;
    return out;
}

}  // namespace

TEST_CASE("manifests in each format give the same facets", "[facets][manifest]") {
    struct Row {
        const char* name;
        const char* text;
        const char* ignored;  // columns read past
    };
    const Row rows[] = {
        {"manifest.csv", "path,council,body,date,doc_type\nkent/a.pdf,Kent County Council,Cabinet,2025-01-30,minutes\n", ""},
        {"manifest.tsv",
         "path\tsource_path\tcouncil\tbody\tmeeting_date\tdoc_type\tnote\n"
         "kent/a.pdf\tsrc/1.pdf\tKent County Council\tCabinet\t2025-01-30\tminutes\ta note, with a comma and \"quotes\"\n",
         "source_path,note"},
        {"windows.tsv", "path\tcouncil\tbody\tmeeting_date\tdoc_type\r\nkent/a.pdf\tKent County Council\tCabinet\t2025-01-30\tminutes\r\n", ""},
        {"trailing-empty.tsv", "path\tcouncil\tbody\tmeeting_date\tdoc_type\tnote\nkent/a.pdf\tKent County Council\tCabinet\t2025-01-30\tminutes\t\n", "note"},
        {"manifest.jsonl", "{\"path\": \"kent/a.pdf\", \"council\": \"Kent County Council\", \"body\": \"Cabinet\", \"date\": \"2025-01-30\", \"doc_type\": \"minutes\"}\n", ""},
    };
    for (const auto& row : rows) {
        CAPTURE(row.name);
        test::TempDir dir;
        const auto m = facets::Manifest::load(dir.write(row.name, row.text));
        CHECK(lookup(m, dir, "kent/a.pdf") == "Kent County Council|Cabinet|2025-01-30|minutes");
        CHECK(lookup(m, dir, "kent/b.pdf") == "none");
        CHECK(joined(m.ignored_columns()) == row.ignored);
    }
}

TEST_CASE("a manifest that cannot be read is refused with the real problem", "[facets][manifest]") {
    struct Row {
        const char* name;
        const char* text;
        const char* message;  // a part of the error
    };
    const Row rows[] = {
        {"no-path.csv", "file,council\na.pdf,Kent\n", "must name a 'path' column"},
        {"semicolons.csv", "path;council\na.pdf;Kent\n", "columns separated by ';'"},
        {"no-facets.tsv", "path\tsource\tnote\na.pdf\tx\ty\n", "names no column Quorum reads"},
        {"council-or-body.tsv", "path\tcouncil_or_body\tmeeting_date_x\na.pdf\tKent Cabinet\t2020\n",
         "'council_or_body' mixes two facets"},
        {"spaces.tsv", "path\tcouncil\tbody\na.pdf, Kent, Cabinet\n", "separate this line's fields with tabs"},
        {"tabs-in-rows.csv", "path,council,body\na.pdf\tKent\tCabinet\n", "tabs but the header has none"},
        {"short-row.tsv", "path\tcouncil\tbody\na.pdf\tKent\n", "2 fields, header has 3"},
        {"bad-date.tsv", "path\tcouncil\tmeeting_date\na.pdf\tKent\tyesterday\n", ":2: 'yesterday' is not a date"},
        {"bad-url.tsv", "path\turl\na.pdf\tminutes/a.pdf\n", ":2: 'minutes/a.pdf' is not a web address"},
    };
    for (const auto& row : rows) {
        CAPTURE(row.name);
        test::TempDir dir;
        const std::string path = dir.write(row.name, row.text);
        CHECK_THROWS_WITH(facets::Manifest::load(path), Catch::Contains(row.message) && Catch::Contains(path));
    }
}

TEST_CASE("the real corpus manifests are read: their facet columns used, the others named", "[facets][manifest][real]") {
    const std::string shared = test::shared_dir_or_skip();
    const auto m = facets::Manifest::load(shared + "/corpus-real-2/MANIFEST.tsv");
    CHECK(m.size() >= 50);
    CHECK(joined(m.ignored_columns()) == "source_repository,source_path,format,scanned,note");
    const auto bristol = m.lookup(shared + "/corpus-real-2/pdf/uk_bristol-cc-transport-cttee_2024-09-12_minutes.pdf");
    REQUIRE(bristol);
    CHECK(bristol->council == "Bristol City Council");
    CHECK(bristol->date == "2024-09-12");
    CHECK(bristol->doc_type == "minutes");
    // corpus-real's names its publisher in one mixed column: only the dates are read.
    const auto dates_only = facets::Manifest::load(shared + "/corpus-real/MANIFEST.tsv");
    CHECK(joined(dates_only.ignored_columns()) == "source_repository,source_path,format,council_or_body,note");
    const auto first = dates_only.lookup(shared + "/corpus-real/html/ca_winnipeg_council-special_2013-11-06_hansard_pdf2html.htm");
    REQUIRE(first);
    CHECK(first->date == "2013-11-06");
    CHECK(first->council.empty());
}
