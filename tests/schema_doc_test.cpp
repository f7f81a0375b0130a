/** @file schema_doc_test.cpp @brief docs/schema.md shows the schema table exactly as the code defines it. */
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "schema/fields.h"
#include "tests/test_paths.h"

TEST_CASE("docs/schema.md contains the schema table generated from schema/fields.cpp", "[schema][docs]") {
    std::ifstream in(quorum::test::source_dir() + "/docs/schema.md");
    REQUIRE(in);
    std::stringstream doc;
    doc << in.rdbuf();
    INFO("regenerate the table with: build/quorum schema");
    CHECK(doc.str().find(quorum::schema::schema_markdown_table()) != std::string::npos);
}
