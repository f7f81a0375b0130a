/** @file item_splitter_test.cpp @brief Item splitting and resolution finding on the shapes real minutes take. */
#include <catch2/catch.hpp>

#include "tests/block_builders.h"
#include "indexer/item_numbering.h"
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
                               heading("87. Cabinet Member Updates (Item 4)", 2), heading("1. Mr R Gough provided an update on", 2),
                               para("(a) things", 3)},
                              "Minutes");
    const auto items = split_items(e);
    CHECK(render(items) ==
          "|Minutes; 84|Apologies (Item 1); 85|Declarations of Interest (Item 2); "
          "86|Minutes of the Meeting held on 9th January 2025 (Item 3); 87|Cabinet Member Updates (Item 4)");
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

TEST_CASE("item numbers follow in an order minutes can take", "[items]") {
    using quorum::index::ItemNumber;
    struct Row {
        const char* last;
        const char* next;
        bool follows;
    };
    const Row rows[] = {
        {"3", "4", true},          {"87", "1", false},          // a sub-list inside item 87
        {"9.9", "9.10", true},     {"7", "7.1", true},          // sub-items: 9.10 is after 9.9
        {"7.1.1", "7.2", true},    {"7.3", "8", true},          {"7.3", "8.0", true},
        {"7.2", "7.1", false},     {"8", "05.19.01", true},     // a second set of minutes, numbered by date
        {"05.19.09", "16.00", false},                            // a sum of money in its finance table
        {"68", "250.0", false},    {"21", "33.0", false},       // table figures
        {"05.19.01", "05.19.02", true}, {"140/18", "141/18", true}, {"23", "19/01", true},
        {"12", "500", false},                                    // a jump by hundreds
    };
    for (const auto& r : rows) {
        INFO(r.last << " -> " << r.next);
        const auto last = ItemNumber::parse(r.last), next = ItemNumber::parse(r.next);
        REQUIRE(last);
        REQUIRE(next);
        CHECK(quorum::index::may_follow(*next, *last) == r.follows);
    }
    CHECK_FALSE(ItemNumber::parse("3..4"));
    CHECK_FALSE(ItemNumber::parse("3.4/5"));
    CHECK_FALSE(ItemNumber::parse("5."));
    CHECK(quorum::index::is_next_in_sequence(*ItemNumber::parse("02.23.03"), *ItemNumber::parse("02.23.02")));
    CHECK_FALSE(quorum::index::is_next_in_sequence(*ItemNumber::parse("02.23.04"), *ItemNumber::parse("02.23.02")));
}

TEST_CASE("a file holding two sets of minutes splits both, the second numbered by date", "[items]") {
    // Invented: Brackenford Parish Council's annual meeting, then its ordinary meeting.
    const Extraction e = make({heading("MINUTES OF THE ANNUAL MEETING OF BRACKENFORD PARISH COUNCIL"),
                               para("1. To elect a chairman for the year Cllr Tansy Marlowe proposed and Cllr Orla Vane "
                                    "seconded that Cllr Idris Penhale be elected chairman for the year, and he accepted."),
                               para("2. Apologies for absence Apologies had been received from Cllr Gethin Morrow, who is "
                                    "away, and from Cllr Saffi Dunmore, who sent her good wishes to the new chairman."),
                               para("3. To appoint the clerk Cllr Penhale proposed and Cllr Marlowe seconded that Mrs Ilse "
                                    "Corrigan be reappointed clerk and responsible financial officer for the year."),
                               heading("MINUTES OF THE BRACKENFORD PARISH COUNCIL MEETING"),
                               para("07.21.01 Apologies Apologies had been received from Cllr Orla Vane"),
                               para("07.21.02 Declarations of interest There were no declarations of interest"),
                               para("07.21.03 Finance The following accounts were approved for payment: mowing contract"),
                               para("16.00 VAT on the mowing contract"),
                               para("07.21.04 Planning 21/00917/F Mill Cottage, rear porch - no objection")});
    const auto items = split_items(e);
    CHECK(render(items) ==
          "|MINUTES OF THE ANNUAL MEETING OF BRACKENFORD PARISH COUNCIL; 1|To elect a chairman for the year; "
          "2|Apologies for absence; 3|To appoint the clerk; "
          "07.21.01|Apologies Apologies had been received from Cllr Orla Vane; "
          "07.21.02|Declarations of interest There were no declarations of interest; "
          "07.21.03|Finance The following accounts were approved for payment: mowing contract; "
          "07.21.04|Planning 21/00917/F Mill Cottage, rear porch - no objection");
    REQUIRE(items.size() == 8);
    CHECK(items[6].text.ends_with("16.00 VAT on the mowing contract"));
}

TEST_CASE("item numbers printed at the end of the previous block, and references that are not items", "[items]") {
    // Invented: a number column that the extractor ran into the text beside it.
    const Extraction e = make({heading("MINUTES OF THE HOLLINGWORTH PARISH COUNCIL MEETING"),
                               para("03.22.01 Apologies None"),
                               para("03.22.02 Public participation Mr Aldous Creel asked about the bus shelter. "
                                    "The clerk will write to the bus company about the broken panel 03.22.03"),
                               para("Correspondence A letter had been received about the village hall roof, to be "
                                    "discussed under agenda items 5.0 and 6.0."),
                               para("The hall committee will report to the next meeting.")});
    const auto items = split_items(e);
    CHECK(render(items) ==
          "|MINUTES OF THE HOLLINGWORTH PARISH COUNCIL MEETING; 03.22.01|Apologies None; "
          "03.22.02|Public participation; 03.22.03|Correspondence");
    REQUIRE(items.size() == 4);
    CHECK(items[3].text.ends_with("The hall committee will report to the next meeting."));
}

TEST_CASE("a run-in item's title starts after its number's full stop, and a next number in sequence starts an item", "[items]") {
    // Invented: the first item is a heading; the next ones run into their text.
    const Extraction e = make({para("MINUTES OF THE DUNMORROW TOWN COUNCIL MEETING"),
                               para("11.24.01 Apologies"),
                               para("11.24.02 To receive the minutes of the last meeting The minutes of the meeting held on "
                                    "24th October were agreed as a true record and signed by the chair, Cllr Wren Ashdown."),
                               para("11.24.03 Village green The grass cutting contractor has been asked to cut the green "
                                    "fortnightly through the summer and to clear the ditch by the pond.")});
    CHECK(render(split_items(e)) ==
          "|MINUTES OF THE DUNMORROW TOWN COUNCIL MEETING; 11.24.01|Apologies; "
          "11.24.02|To receive the minutes of the last meeting; 11.24.03|Village green");
    // Its title does not keep the full stop after "1".
    const Extraction run_in = make({para("Minutes"),
                                    para("1. To elect a chair for the year Cllr Bede Farrow was elected chair for the "
                                         "year, proposed by Cllr Anwen Pryce and seconded by Cllr Lorcan Hale."),
                                    para("2. Apologies Apologies were received from Cllr Hale, who was unwell, and from "
                                         "Cllr Pryce, who was delayed by the closure of the ferry on the estuary."),
                                    para("3. Close The chair thanked members for their patience and said that the next "
                                         "meeting would be held in the school hall because of the works to the chapel.")});
    CHECK(render(split_items(run_in)) == "|Minutes; 1|To elect a chair for the year; 2|Apologies; 3|Close");
}

TEST_CASE("a run-in title in title case ends where its text starts", "[items]") {
    // Invented: parish minutes whose run-in titles are in title case, so the title is not only
    // the first word and the lower-case words after it.
    const Extraction e = make({para("MINUTES OF THE BRAMBLEFORD PARISH COUNCIL MEETING"),
                               para("31/25 Apologies and Welcome Apologies were received from Cllr Oona Tregarth, who "
                                    "was away, and the chair welcomed two residents to the meeting."),
                               para("32/25 To Approve Repairs to the Bus Shelter The Clerk shared two quotes for new "
                                    "glass panels and the council agreed the lower of the two."),
                               para("33/25 Village Pond – Dredging Quotes Three quotes were received for clearing the "
                                    "silt from the pond and a decision was deferred to the next meeting."),
                               para("34/25 Bench Repairs - Cllr Idris Penhallow reported that the bench by the church "
                                    "gate had been mended by a volunteer at no cost to the council."),
                               para("35/25 Noticeboard It was agreed to replace the noticeboard outside the shop with "
                                    "a lockable one before the winter."),
                               para("36/25 Footpath Repairs District Cllr Ysolde Marrack reported that the district "
                                    "would resurface the path to the allotments in the spring."),
                               para("37/25 Churchyard Wall. Quotes for repointing the wall are awaited and will come to "
                                    "the next meeting, with a note of the grant the diocese may offer.")});
    CHECK(render(split_items(e)) ==
          "|MINUTES OF THE BRAMBLEFORD PARISH COUNCIL MEETING; 31/25|Apologies and Welcome; "
          "32/25|To Approve Repairs to the Bus Shelter; 33/25|Village Pond – Dredging Quotes; 34/25|Bench Repairs; "
          "35/25|Noticeboard; 36/25|Footpath Repairs; 37/25|Churchyard Wall.");
}

TEST_CASE("page numbers before a running head are not item numbers", "[items]") {
    // Invented: a long gazette whose page numbers and banner recur on every page.
    std::vector<Block> blocks = {heading("THE ESTERBY GAZETTE"), para("1. Call to order"), para("2. Roll call")};
    for (int page = 12; page < 18; ++page) {
        blocks.push_back(para(std::to_string(page)));
        blocks.push_back(para("The Esterby Gazette"));
        blocks.push_back(para("An ordinance to amend the zoning map in the vicinity of Larch Street was read."));
        blocks.push_back(para(std::to_string(page)));
        blocks.push_back(para("March 3, 2021"));
    }
    blocks.push_back(para("3. Adjournment"));
    CHECK(render(split_items(make(blocks))) == "|THE ESTERBY GAZETTE; 1|Call to order; 2|Roll call; 3|Adjournment");
}

TEST_CASE("minutes whose item numbers were lost split at their lettered sub-items", "[items]") {
    // Invented: a number column the extractor read apart from the text, so only the letters are left,
    // some of them run into the block before, with action initials.
    const Extraction e = make({heading("MINUTES OF THE WILLOWBECK PARISH COUNCIL MEETING"),
                               para("Present: Cllr Nell Ardagh (Chair), Cllr Ravi Osterley, Mrs Pim Haldane (Clerk)"),
                               para("Updates a) Allotments The waiting list has grown to twelve names."),
                               para("RO b) Bus shelter The glass panel has been replaced. c) Footpaths The stile on the "
                                    "church path is broken."),
                               para("Finance a) Budget for 2025/26 The draft budget was agreed and the precept set at "
                                    "the same level."),
                               para("PH b) Audit The internal auditor's report was received, with the options i) to "
                                    "keep the reserve or ii) to spend it."),
                               para("Administration a) Code of Conduct The council adopted the new Code of Conduct.")});
    const auto items = split_items(e);
    CHECK(render(items) == "|MINUTES OF THE WILLOWBECK PARISH COUNCIL MEETING; a|Allotments; b|Bus shelter; c|Footpaths; "
                           "a|Budget for; b|Audit; a|Code of");
    REQUIRE(items.size() == 7);
    CHECK(items[4].text == "a) Budget for 2025/26 The draft budget was agreed and the precept set at the same level.\n\nPH");
    CHECK(items[5].text.ends_with("ii) to spend it.\n\nAdministration"));
    // A lettered list inside an item of numbered minutes is left to the numbered items.
    const Extraction numbered = make({para("1. Apologies"), para("2. Finance"), para("a) Budget agreed."),
                                      para("b) Audit noted."), para("c) Bank reconciliation."), para("d) Insurance."),
                                      para("e) Grass cutting."), para("f) Lighting."), para("3. Close")});
    CHECK(render(split_items(numbered)) == "1|Apologies; 2|Finance; 3|Close");
}
