/** @file extraction_json_test.cpp @brief An Extraction survives to_json / extraction_from_json (and MessagePack) unchanged; bad JSON is named. */
#include <catch2/catch.hpp>

#include <filesystem>
#include <stdexcept>

#include "extractors/extract_error.h"
#include "extractors/extraction_json.h"
#include "extractors/registry.h"
#include "tests/test_paths.h"

using namespace quorum::extract;
namespace fs = std::filesystem;

namespace {

bool same(const Extraction& a, const Extraction& b) {
    if (a.path != b.path || a.format != b.format || a.title != b.title || a.metadata != b.metadata ||
        a.pages != b.pages || a.warnings != b.warnings || a.blocks.size() != b.blocks.size())
        return false;
    for (size_t i = 0; i < a.blocks.size(); ++i)
        if (a.blocks[i].kind != b.blocks[i].kind || a.blocks[i].text != b.blocks[i].text ||
            a.blocks[i].page != b.blocks[i].page)
            return false;
    return true;
}

}  // namespace

TEST_CASE("every corpus file's extraction round-trips through JSON and MessagePack", "[extract][json]") {
    const Registry registry;
    size_t files = 0;
    for (const auto& entry : fs::recursive_directory_iterator(quorum::test::corpus_dir())) {
        const std::string path = entry.path().string();
        if (!entry.is_regular_file() || path.find("/src/") != std::string::npos) continue;
        if (entry.path().extension() != ".pdf" && entry.path().extension() != ".html" && entry.path().extension() != ".txt")
            continue;
        CAPTURE(path);
        const Extraction original = registry.extract_file(path);
        CHECK(same(extraction_from_json(to_json(original)), original));
        const auto packed = nlohmann::json::to_msgpack(to_json(original));
        CHECK(same(extraction_from_json(nlohmann::json::from_msgpack(packed)), original));
        ++files;
    }
    CHECK(files == 15);
}

TEST_CASE("every field, every block kind and bytes that are not UTF-8 survive MessagePack", "[extract][json]") {
    Extraction e;
    e.path = "/archive/odd \xff\xfe name.pdf";
    e.format = Format::Pdf;
    e.title = "Minutes";
    e.metadata = {{"Author", "Clerk \xe9"}, {"Producer", ""}};
    e.pages = 7;
    e.blocks = {{BlockKind::Heading, "1. Apologies", 1}, {BlockKind::Paragraph, "Text", 2},
                {BlockKind::ListItem, "a) item", 3}, {BlockKind::TableCell, "cell", 7}};
    e.warnings = {"garbled-text-layer: page 3"};
    const auto packed = nlohmann::json::to_msgpack(to_json(e));
    CHECK(same(extraction_from_json(nlohmann::json::from_msgpack(packed)), e));
}

TEST_CASE("malformed extraction JSON is rejected with the field named", "[extract][json]") {
    Extraction e;
    e.path = "x.html";
    e.blocks = {{BlockKind::Paragraph, "text", 1}};
    struct Row {
        const char* name;
        const char* pointer;
        nlohmann::json value;
        const char* message_part;
    };
    const std::vector<Row> rows = {
        {"unknown format", "/format", "docx", "unknown format \"docx\""},
        {"pages as a string", "/pages", "seven", "field \"pages\""},
        {"unknown block kind", "/blocks/0/kind", "footnote", "unknown block kind \"footnote\""},
        {"blocks not an array", "/blocks", 3, "field \"blocks\""},
        {"metadata not an object", "/metadata", nlohmann::json::array({1}), "field \"metadata\""},
    };
    for (const auto& row : rows) {
        CAPTURE(row.name);
        nlohmann::json j = to_json(e);
        j[nlohmann::json::json_pointer(row.pointer)] = row.value;
        try {
            extraction_from_json(j);
            FAIL("accepted");
        } catch (const std::invalid_argument& error) {
            CHECK(std::string(error.what()).find(row.message_part) != std::string::npos);
        }
    }
    CHECK_THROWS_AS(extraction_from_json(nlohmann::json::array()), std::invalid_argument);
}

TEST_CASE("failure reasons map to stable names and back", "[extract]") {
    const std::vector<std::pair<FailureReason, std::string>> rows = {
        {FailureReason::Unreadable, "unreadable"},   {FailureReason::Empty, "empty"},
        {FailureReason::TooLarge, "too-large"},      {FailureReason::Unsupported, "unsupported"},
        {FailureReason::Damaged, "damaged"},         {FailureReason::Encrypted, "encrypted"},
        {FailureReason::NoTextLayer, "no-text-layer"}, {FailureReason::Crashed, "crashed"},
        {FailureReason::TimedOut, "timed-out"},      {FailureReason::OutOfMemory, "out-of-memory"},
    };
    for (const auto& [reason, name] : rows) {
        CHECK(failure_reason_name(reason) == name);
        CHECK(failure_reason_from_name(name) == reason);
    }
    CHECK_FALSE(failure_reason_from_name("error").has_value());
}
