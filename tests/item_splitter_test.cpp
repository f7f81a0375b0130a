/** @file item_splitter_test.cpp @brief Item splitting and resolution finding on the shapes real minutes take. */
#include <catch2/catch.hpp>

#include "tests/block_builders.h"
#include "indexer/item_splitter.h"

using quorum::extract::Block;
using quorum::extract::BlockKind;
using quorum::extract::Extraction;
using quorum::index::find_resolution;
using quorum::index::parse_item_heading;
using quorum::index::split_items;

using quorum::test::heading;
using quorum::test::li;
using quorum::test::para;

namespace {

Extraction make(std::vector<Block> blocks, std::string title = "") {
    Extraction e;
    e.title = std::move(title);
    e.blocks = std::move(blocks);
    return e;
}


// "number|title" per item, joined with "; ".
std::string render(const std::vector<quorum::Item>& items) {
    std::string out;
    for (const auto& i : items) out += (out.empty() ? "" : "; ") + i.number + "|" + i.title;
    return out;
}

}  // namespace

TEST_CASE("parse_item_heading accepts item headings and rejects sentences", "[items]") {
    struct Row {
        const char* text;
        const char* expected;  // "number|title" or "" for none
    };
    const Row rows[] = {
        {"84. Apologies (Item 1)", "84|Apologies (Item 1)"},
        {"3. Minutes of the previous meeting", "3|Minutes of the previous meeting"},
        {"09.17.01 Planning applications", "09.17.01|Planning applications"},
        {"12) Any other business", "12|Any other business"},
        {"5: Finance report", "5|Finance report"},
        {"8 March 2018", ""},                                   // a date, not an item
        {"2025. Items", ""},
        {"23/038 Fly-tipping", "23/038|Fly-tipping"},                // parish minute reference
        {"08/03/2023 Meeting of the council", ""},                  // a date
        {"17/01687/LB Convert existing storage", ""},               // a planning reference                                    // a year ending a sentence
        {"1. the purpose of this report is to inform", ""},    // lower-case start
        {"2. Between 3 July and 20 September 2009 CDRP meetings have taken place at Melton on 10 July.", ""},
        {"1. Mr R Gough, Leader of the Council provided an update on the following:", ""},
        {"Apologies", ""},
        {"", ""},
    };
    for (const auto& r : rows) {
        INFO(r.text);
        const auto h = parse_item_heading(r.text);
        CHECK((h ? h->number + "|" + h->title : std::string()) == r.expected);
    }
}

TEST_CASE("find_resolution finds each resolution marker", "[items]") {
    struct Row {
        const char* text;
        const char* expected;
    };
    const Row rows[] = {
        {"The report was noted. RESOLVED that the report be approved.", "RESOLVED that the report be approved."},
        {"RESOLVED (Unanimously): That the budget be set.", "RESOLVED (Unanimously): That the budget be set."},
        {"Decision: To approve the funding.", "Decision: To approve the funding."},
        {"Members discussed it. Recommendations agreed.", "Recommendations agreed."},
        {"Members discussed the resolution of the issue.", ""},
        {"", ""},
    };
    for (const auto& r : rows) {
        INFO(r.text);
        CHECK(find_resolution(r.text) == r.expected);
    }
}

TEST_CASE("numbered minute items become items, and sub-lists do not", "[items]") {
    const Extraction e = make({heading("KENT COUNTY COUNCIL"), para("PRESENT: Mr A Smith (Chairman)"),
                               para("84."), para("Apologies"), para("(Item 1)"), para("Apologies were received."),
                               para("85. Declarations of Interest (Item 2) None were received. 86."),
                               para("Minutes of the Meeting held on 9th January 2025 (Item 3) RESOLVED that the minutes be signed."),
                               heading("87. Cabinet Member Updates", 2), heading("1. Mr R Gough provided an update on", 2),
                               para("(a) things", 3)},
                              "Minutes");
    const auto items = split_items(e);
    CHECK(render(items) ==
          "|Minutes; 84|Apologies (Item 1); 85|Declarations of Interest (Item 2); "
          "86|Minutes of the Meeting held on 9th January 2025 (Item 3); 87|Cabinet Member Updates");
    REQUIRE(items.size() == 5);
    CHECK(items[3].resolution == "RESOLVED that the minutes be signed.");
    CHECK(items[1].resolution.empty());
    CHECK(items[4].first_page == 2);
    CHECK(items[4].last_page == 3);
}

TEST_CASE("a modern.gov decision page is one item titled by its heading", "[items]") {
    const Extraction e = make({para("Decision details"), para("Joint Community Safety Partnership Scrutiny Report"),
                               para("Decision Maker: Joint Committee"), para("Decisions:"),
                               para("RESOLVED that the report be noted.")});
    const auto items = split_items(e);
    REQUIRE(items.size() == 1);
    CHECK(items[0].title == "Joint Community Safety Partnership Scrutiny Report");
    CHECK(items[0].resolution == "Decisions:\nRESOLVED that the report be noted.");
}

TEST_CASE("a |-separated dump splits on 'Minutes:' items", "[items]") {
    const Extraction e = make({para("Introductions. Minutes: The Chairman welcomed everyone."),
                               para("Minutes of previous meeting. Minutes: The minutes were confirmed. RESOLVED: That they be signed."),
                               para("Matters arising Minutes: There were none.")});
    const auto items = split_items(e);
    CHECK(render(items) == "1|Introductions; 2|Minutes of previous meeting; 3|Matters arising");
    REQUIRE(items.size() == 3);
    CHECK(items[1].resolution == "RESOLVED: That they be signed.");
}

TEST_CASE("a report splits into sections under its headings", "[items]") {
    const Extraction e = make({heading("LEICESTERSHIRE POLICE AUTHORITY"), para("Meeting CONSULTATION COMMITTEE"),
                               heading("Purpose of Report"), para("1. The purpose of this report is to inform members."),
                               heading("Commentary"), para("2. Meetings have taken place."),
                               heading("Appendix 1"), para("Feedback from Melton.")});
    CHECK(render(split_items(e)) == "|LEICESTERSHIRE POLICE AUTHORITY; |Purpose of Report; |Commentary; |Appendix 1");
}

TEST_CASE("a document without structure is one item, and an empty one has none", "[items]") {
    const auto one = split_items(make({para("Some notes."), para("More notes.")}, "Notes"));
    REQUIRE(one.size() == 1);
    CHECK(one[0].title == "Notes");
    CHECK(one[0].text == "Some notes.\n\nMore notes.");
    CHECK(split_items(make({})).empty());
}

TEST_CASE("resolutions carry the list items that follow them", "[items]") {
    const Extraction e = make({heading("1. Budget"), para("RESOLVED:"), li("(a) That the budget be approved;"),
                               li("(b) That the precept be set."), para("The meeting closed."), heading("2. Close")});
    const auto items = split_items(e);
    REQUIRE(items.size() == 2);
    CHECK(items[0].resolution == "RESOLVED:\n(a) That the budget be approved;\n(b) That the precept be set.");
}
