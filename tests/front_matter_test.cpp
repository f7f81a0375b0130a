/** @file front_matter_test.cpp @brief YAML front matter in Markdown and text files becomes metadata and title, not text. Invented text. */
#include <catch2/catch.hpp>

#include <string>

#include "extractors/front_matter.h"
#include "extractors/registry.h"

using quorum::extract::read_front_matter;

TEST_CASE("read_front_matter: top-level scalars between '---' lines", "[extract][text]") {
    const std::string md =
        "---\ntemplate: article\ntitle: June 2018 Special Meeting Minutes\nsubtitle: 'Special Meeting of the Harbor Board'\n"
        "date: 06/03/2018\ncontent:\n    title: Attachments\ntaxonomy:\n    tag:\n        - minutes\n---\n\nWednesday, June 06, 2018\n";
    const auto fm = read_front_matter(md);
    REQUIRE(fm);
    CHECK(fm->fields.at("title") == "June 2018 Special Meeting Minutes");
    CHECK(fm->fields.at("subtitle") == "Special Meeting of the Harbor Board");
    CHECK(fm->fields.at("date") == "06/03/2018");
    CHECK(fm->fields.count("content") == 0);  // no scalar value: nested
    CHECK(md.substr(fm->body_offset).find("Wednesday") != std::string::npos);
    CHECK(md.substr(fm->body_offset).find("template") == std::string::npos);
}

TEST_CASE("read_front_matter: none without a closing line or key lines", "[extract][text]") {
    struct Row {
        const char* text;
        bool found;
    };
    const Row rows[] = {
        {"---\ntitle: x\n", false},                                  // never closed
        {"Minutes\n---\ntitle: x\n---\n", false},                    // not at the top
        {"---\nSome ordinary text under a rule.\nMore text.\n---\n", false},  // not key: value lines
        {"\xEF\xBB\xBF---\ntitle: Agenda\n---\nBody\n", true},       // after a byte-order mark
    };
    for (const auto& r : rows) {
        INFO(r.text);
        CHECK(read_front_matter(r.text).has_value() == r.found);
    }
}

TEST_CASE("text extractor: front matter is metadata and title, the body is the text", "[extract][text]") {
    const quorum::extract::Registry registry;
    const std::string md = "---\ntitle: January 2020 Agenda\ndate: 01/10/2020\n---\n\nThursday, January 16, 2020 at the Harbor Office\n\nAGENDA\n";
    const auto x = registry.extract_bytes(md, "agenda.md");
    CHECK(x.title == "January 2020 Agenda");
    CHECK(x.metadata.at("date") == "01/10/2020");
    REQUIRE_FALSE(x.blocks.empty());
    CHECK(x.blocks.front().text.find("Thursday, January 16, 2020") == 0);
    CHECK(x.full_text().find("title:") == std::string::npos);
}
