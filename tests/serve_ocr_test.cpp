/** @file serve_ocr_test.cpp @brief `quorum serve`'s meeting page marks the pages read by OCR, as `quorum show` lists them, and the items on them. */
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "schema/document_id.h"
#include "tests/http_client.h"
#include "tests/process_util.h"
#include "tests/served_archive.h"
#include "tests/temp_dir.h"
#include "tests/test_paths.h"

namespace fs = std::filesystem;
using namespace quorum::test;

namespace {

size_t occurrences(const std::string& text, const std::string& part) {
    size_t n = 0;
    for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++n;
    return n;
}

// The "page N: ..." lines `quorum show` prints for `path`.
std::vector<std::string> show_page_lines(const std::string& db, const std::string& path) {
    const ProcessResult show = run_process({quorum_binary(), "show", "--db", db, path});
    REQUIRE(show.status == 0);
    std::vector<std::string> lines;
    std::istringstream in(show.out);
    for (std::string line; std::getline(in, line);)
        if (line.rfind("page ", 0) == 0) lines.push_back(line);
    return lines;
}

}  // namespace

TEST_CASE("serve: a meeting page marks the pages read by OCR, as quorum show lists them, and the items on them", "[serve][ocr]") {
    ocr_language_or_skip();
    const TempDir dir;
    const std::string root = dir.str() + "/archive", db = dir.str() + "/db";
    fs::create_directories(root);
    fs::copy_file(source_dir() + "/tests/ocr/mixed-minutes.pdf", root + "/mixed.pdf");
    fs::copy_file(source_dir() + "/tests/ocr/scanned-minutes.pdf", root + "/scan.pdf");
    dir.write("archive/typed.txt",
              "Fictional Upper Brackley Parish Council\nMinutes of the meeting held on 3 March 2021\n\n"
              "1. Apologies\nNone were received.\n\n2. Footpaths\nThe clerk reported on the stile.\n");
    const ProcessResult indexed = run_process({quorum_binary(), "index", "--db", db, root});
    REQUIRE(indexed.status == 0);
    const auto server = start_server(db, 2);

    struct Row {
        const char* file;
        size_t ocr_pages;  // "page N: ocr" lines `quorum show` prints
    };
    for (const Row& row : {Row{"mixed.pdf", 1}, Row{"scan.pdf", 1}, Row{"typed.txt", 0}}) {
        const std::string path = root + "/" + row.file;
        INFO(path);
        const HttpReply page = http_get(server->port(), "/meetings/" + quorum::schema::document_id(path));
        REQUIRE(page.status == 200);
        const auto lines = show_page_lines(db, path);
        CHECK(lines.size() == row.ocr_pages);
        // Every line of `quorum show` is on the page, its page number a link into the original.
        for (const auto& line : lines) {
            const std::string number = line.substr(5, line.find(':') - 5);
            CHECK_THAT(page.body, Catch::Contains(">page " + number + "</a>" + line.substr(line.find(':'))) &&
                                      Catch::Contains("#page=" + number + "\">page " + number + "</a>"));
        }
        CHECK((page.body.find("<h2>Pages that needed OCR</h2>") != std::string::npos) == (row.ocr_pages > 0));

        // Each item on an OCR'd page is marked, with that page's confidence; the others are not.
        const ProcessResult json = run_process({quorum_binary(), "show", "--db", db, "--format", "json", path});
        REQUIRE(json.status == 0);
        const auto doc = nlohmann::json::parse(json.out);
        std::map<int, int> ocr;
        for (const auto& p : doc["page_sources"])
            if (p["source"] == "ocr") ocr[p["page"].get<int>()] = p["confidence"].get<int>();
        size_t marked = 0;
        for (const auto& item : doc["items"]) {
            const int first = item["pages"][0], last = item["pages"][1];
            for (const auto& [p, confidence] : ocr)
                if (p >= first && p <= last) {
                    ++marked;
                    CHECK_THAT(page.body, Catch::Contains("<span class=\"ocr\">(OCR, confidence " +
                                                          std::to_string(confidence) + ")</span>"));
                    break;
                }
        }
        CHECK(occurrences(page.body, "<span class=\"ocr\">") == marked);
        if (row.ocr_pages) CHECK(marked > 0);
    }
}

TEST_CASE("serve: a meeting page names a page OCR ran out of time on, and marks no item as OCR'd", "[serve][ocr]") {
    ocr_language_or_skip();
    const TempDir dir;
    const std::string root = dir.str() + "/archive", db = dir.str() + "/db";
    fs::create_directories(root);
    fs::copy_file(source_dir() + "/tests/ocr/mixed-minutes.pdf", root + "/mixed.pdf");
    // A page deadline no page meets: page 2 (the scanned one) is skipped, page 1 keeps its text.
    REQUIRE(run_process({quorum_binary(), "index", "--db", db, "--ocr-page-seconds", "0.001", root}).status == 0);
    const auto lines = show_page_lines(db, root + "/mixed.pdf");
    REQUIRE(lines == std::vector<std::string>{"page 2: ocr-skipped"});
    const auto server = start_server(db, 2);
    const HttpReply page = http_get(server->port(), "/meetings/" + quorum::schema::document_id(root + "/mixed.pdf"));
    REQUIRE(page.status == 200);
    CHECK_THAT(page.body, Catch::Contains("<li class=\"source-ocr-skipped\">") &&
                              Catch::Contains(">page 2</a>: ocr-skipped (needed OCR but ran out of time"));
    CHECK(page.body.find("<span class=\"ocr\">") == std::string::npos);
}
