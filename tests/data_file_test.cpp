/** @file data_file_test.cpp @brief Data tables and raw exports are told from documents by file name and by JSON content. */
#include <catch2/catch.hpp>

#include "extractors/data_file.h"

using namespace quorum;

TEST_CASE("a data file is told by its name or by JSON text", "[data-file]") {
    struct Row {
        const char* path;
        extract::Format format;
        const char* text;  // one block per line
        bool data;
    };
    const Row rows[] = {
        {"/a/MANIFEST.tsv", extract::Format::Text, "path url council", true},
        {"/a/Export.CSV", extract::Format::Text, "id,council,date", true},
        {"/a/dump.json", extract::Format::Text, "[1, 2]", true},
        {"/a/rows.ndjson", extract::Format::Text, "{\"a\": 1}", true},
        {"/a/records.txt", extract::Format::Text, "[{\"council\": \"Fernley Parish Council\"}]", true},
        {"/a/lines.txt", extract::Format::Text, "{\"a\": 1}\n{\"b\": 2}", true},
        {"/a/minutes.txt", extract::Format::Text, "Minutes of the meeting\n1. Apologies", false},
        {"/a/bracket.txt", extract::Format::Text, "[Draft] Minutes of the meeting", false},
        {"/a/minutes.html", extract::Format::Html, "[{\"a\": 1}]", false},
        {"/a/minutes.pdf", extract::Format::Pdf, "Minutes", false},
    };
    for (const auto& r : rows) {
        INFO(r.path);
        extract::Extraction x;
        x.path = r.path;
        x.format = r.format;
        std::string text = r.text;
        for (size_t start = 0; start <= text.size();) {
            const size_t end = std::min(text.find('\n', start), text.size());
            x.blocks.push_back({extract::BlockKind::Paragraph, text.substr(start, end - start), 1});
            start = end + 1;
        }
        CHECK(extract::is_data_file(x) == r.data);
    }
}
