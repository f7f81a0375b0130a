/** @file minutes_structure_test.cpp @brief Item and decision layouts of real minutes, on invented text (fictional councils): scattered modern.gov numbers, decision references, numbered resolutions, Records of Decision, resolutions in full, parish decisions. */
#include <catch2/catch.hpp>

#include "indexer/item_splitter.h"
#include "indexer/moderngov_items.h"
#include "indexer/resolution_items.h"
#include "indexer/resolutions.h"
#include "indexer/votes.h"
#include "tests/block_builders.h"

using quorum::extract::Block;
using quorum::extract::Extraction;
using quorum::index::find_decision_sentences;
using quorum::index::find_resolution;
using quorum::index::split_items;
using quorum::test::heading;
using quorum::test::li;
using quorum::test::para;

namespace {

Extraction make(std::vector<Block> blocks, std::string title = "Minutes") {
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

std::string resolution_of(const std::vector<Block>& blocks) {
    std::vector<const Block*> ptrs;
    for (const auto& b : blocks) ptrs.push_back(&b);
    return quorum::index::item_resolution(ptrs);
}

}  // namespace

TEST_CASE("modern.gov minute numbers are found wherever the PDF put them", "[minutes-structure]") {
    // Fictional Eastmere County Council: the number column read apart from the titles.
    const Extraction e = make({
        para("PRESENT: Mrs J Quill (Chair)"),
        para("412. Apologies (Item 1) Apologies were received from Mr Tarrant."),
        para("413."),                                         // the number alone ...
        para("Mr Heron declared an interest as a governor."), // ... then the last words of item 412
        para("Minutes of the meeting held on 2 May (Item 2) RESOLVED that the minutes be signed."),
        para("The Leader thanked the officers. 414."),        // the number glued to the previous item's end
        para("25/00311 - Library Opening Hours (Item 3) The report was introduced."),
        para("3. RESOLVED that the hours be adopted. Waste Strategy Refresh (Item 4) 1. Ms Vane introduced it."),
        para("2. Members asked about glass collections."),   // a numbered paragraph, not an item
    });
    const auto items = split_items(e);
    CHECK(render(items) == "|Minutes; 412|Apologies (Item 1); 413|Minutes of the meeting held on 2 May (Item 2); "
                           "414|25/00311 - Library Opening Hours (Item 3)");
    // Item 415 printed no number of its own here: its title still ends item 414.
    REQUIRE(items.size() == 4);
    CHECK(items[1].text.find("declared an interest") != std::string::npos);
    CHECK(items[2].resolution == "RESOLVED that the minutes be signed.");
}

TEST_CASE("modern.gov minutes without minute numbers are numbered by their agenda items", "[minutes-structure]") {
    const Extraction e = make({
        para("Apologies and Substitutes (Item 1) Apologies were received."),
        para("Fostering Update"), para("(Item 2) 1. The service manager presented the update."),
        para("2. RESOLVED that the update be noted. Foster Carer Survey (Item 3) 1. The survey was presented."),
        para("2. In response to questions it was said: the survey closes in June."),
        para("3. RESOLVED that the survey results be noted."),
    });
    const auto items = split_items(e);
    CHECK(render(items) == "1|Apologies and Substitutes (Item 1); 2|Fostering Update (Item 2); 3|Foster Carer Survey (Item 3)");
    REQUIRE(items.size() == 3);
    CHECK(items[1].resolution == "RESOLVED that the update be noted.");
    CHECK(items[2].resolution == "RESOLVED that the survey results be noted.");
}

TEST_CASE("item headings: decision references, worded numbers, and what is no heading", "[minutes-structure]") {
    struct Row {
        const char* text;
        const char* expected;
    };
    const Row rows[] = {
        {"88. 25/00108 - Budget Monitoring Report", "88|25/00108 - Budget Monitoring Report"},
        {"11. 2025/26 Q2 Finance Report", "11|2025/26 Q2 Finance Report"},
        {"8. 20 mph Review", "8|20 mph Review"},
        {"Minute 45 Village Green", "45|Village Green"},
        {"Item 6: Allotments", "6|Allotments"},
        {"4) Footpaths", "4|Footpaths"},
        {"3. 25 members attended the meeting.", ""},              // a sentence
        {"2. 14 houses", ""},                                     // no capitalised word: no title
    };
    for (const auto& r : rows) {
        INFO(r.text);
        const auto h = quorum::index::parse_item_heading(r.text);
        CHECK((h ? h->number + "|" + h->title : std::string()) == r.expected);
    }
}

TEST_CASE("sums of money and page numbers between items are not items", "[minutes-structure]") {
    const Extraction e = make({heading("113. Treasurer's Report"), para("The balance stood at"), para("114.7"),
                               para("Page 16"), heading("114. Allotments"), para("Plots are all let.")});
    CHECK(render(split_items(e)) == "113|Treasurer's Report; 114|Allotments");
}

TEST_CASE("minutes kept as numbered resolutions give one item per resolution", "[minutes-structure]") {
    // Fictional Township of Larchbrook.
    const Extraction e = make({
        para("Disclosure of pecuniary interest: None."),
        para("R2031-101 A. Ferris, B. Okoro: THAT the minutes of the meeting held May 2 be adopted. Carried."),
        para("R2031-102 B. Okoro, C. Lind: THAT we purchase a grader for the roads department. Carried. R2031-103 C. Lind, A. Ferris:"),
        para("THAT the meeting be adjourned. Time: 8:10 p.m. Carried. The clerk left the meeting."),
    });
    const auto items = split_items(e);
    REQUIRE(items.size() == 4);
    CHECK(items[1].number == "R2031-101");
    CHECK(items[1].title == "THAT the minutes of the meeting held May 2 be adopted. Carried.");
    CHECK(items[2].resolution == "THAT we purchase a grader for the roads department. Carried.");
    CHECK(items[3].number == "R2031-103");
    CHECK(items[3].resolution == "THAT the meeting be adjourned. Time: 8:10 p.m. Carried.");
    const auto head = quorum::index::resolution_head_at("R2031-102 B. Okoro, C. Lind: THAT", 0);
    REQUIRE(head);
    CHECK(head->movers == "B. Okoro, C. Lind");
    CHECK_FALSE(quorum::index::resolution_head_at("R2 the report: noted", 0));
}

TEST_CASE("a Record of Decision is one item whose resolution is the decision section", "[minutes-structure]") {
    const Extraction e = make({
        heading("WESTHOLM COUNTY COUNCIL – RECORD OF DECISION"), para("DECISION NUMBER: 31/00042"),
        para("Subject Matter / Title of Decision Mobile Library Service Decision:"),
        para("As Cabinet Member for Communities I agree to: APPROVE the new mobile library routes."),
        para("DELEGATE authority to the Director of Libraries to agree the timetable."),
        para("Reason(s) for decision: The current vehicles are at the end of their life."),
        para("Background The service began in 1974."), heading("1. Route A"), heading("2. Route B"),
    });
    const auto items = split_items(e);
    REQUIRE(items.size() == 1);
    CHECK(items[0].title == "Mobile Library Service");
    CHECK(items[0].resolution ==
          "Decision:\nAs Cabinet Member for Communities I agree to: APPROVE the new mobile library routes.\n"
          "DELEGATE authority to the Director of Libraries to agree the timetable.");
}

TEST_CASE("find_resolution: formal openings, and headings that only look like one", "[minutes-structure]") {
    struct Row {
        const char* text;
        const char* expected;
    };
    const Row rows[] = {
        {"RESOLVED BALANCE / SURPLUS 12,400", ""},
        {"UNRESOLVED ISSUES", ""},
        {"Resolved - that the lease be renewed.", "Resolved - that the lease be renewed."},
        {"After debate it was RESOLVED that the fee rise.", "it was RESOLVED that the fee rise."},
        {"It was APPROVED: 1. That a working group be set up.", "It was APPROVED: 1. That a working group be set up."},
        {"AGREED", "AGREED"},
        {"RESULT: ADOPTED [UNANIMOUS]", "RESULT: ADOPTED [UNANIMOUS]"},
        {"The Committee approved the revised scheme.", "The Committee approved the revised scheme."},
    };
    for (const auto& r : rows) {
        INFO(r.text);
        CHECK(find_resolution(r.text) == r.expected);
    }
}

TEST_CASE("a resolution keeps its parts until its next paragraph or the discussion resumes", "[minutes-structure]") {
    // Fictional Northam Borough Council.
    CHECK(resolution_of({para("(14) RESOLVED that:"),
                         para("Council, having regard to the report, is asked to agree the following:"),
                         para("2031-32 Revenue Budget"), li("(a) The net budget of £12.1m."),
                         li("(b) The council tax requirement of £4.2m."), para("In addition:"),
                         li("(c) To delegate minor changes to the Treasurer."),
                         para("(15) The Chair thanked the officers.")}) ==
          "RESOLVED that:\nCouncil, having regard to the report, is asked to agree the following:\n2031-32 Revenue Budget\n"
          "(a) The net budget of £12.1m.\n(b) The council tax requirement of £4.2m.\nIn addition:\n"
          "(c) To delegate minor changes to the Treasurer.");
    CHECK(resolution_of({heading("3. RESOLVED that Cabinet agree to:"), para("A) Note the forecast."),
                         para("b) Agree the changes."), heading("4. The Leader closed the item.")}) ==
          "RESOLVED that Cabinet agree to:\nA) Note the forecast.\nb) Agree the changes.");
    // Not opened with ':' : only "That ..." parts and the result follow it.
    CHECK(resolution_of({para("5) RESOLVED that the Council makes comments but does not require reconsideration."),
                         para("Motion carried."), para("In accordance with the rules, Mr Penn asked that his vote be recorded.")}) ==
          "RESOLVED that the Council makes comments but does not require reconsideration.\nMotion carried.");
    // The number column read apart: a bare paragraph number does not end the resolution.
    CHECK(resolution_of({para("8) RESOLVED that the Council resolves: 1."), para("2. 3."), para("To thank the wardens."),
                         para("9)"), para("To write to the minister."), para("The Chairman proposed a short break.")}) ==
          "RESOLVED that the Council resolves: 1.\nTo thank the wardens.\nTo write to the minister.");
}

TEST_CASE("parish decisions are found in sentences, without the discussion around them", "[minutes-structure]") {
    struct Row {
        const char* text;
        const char* expected;
    };
    const Row rows[] = {
        {"The cost was discussed and it was agreed that volunteers would fill the pothole. The Clerk agreed to buy gravel.",
         "it was agreed that volunteers would fill the pothole."},
        {"Cllr Marsh proposed that the hedge be cut in May, seconded by Cllr Pike, all in favour.",
         "Cllr Marsh proposed that the hedge be cut in May, seconded by Cllr Pike, all in favour."},
        {"Gate 12.50 Hinge 4.00 Total 16.50 Cllr Pike proposed, Cllr Marsh seconded, 6 in favour.",
         "Cllr Pike proposed, Cllr Marsh seconded, 6 in favour."},
        {"Following a complaint about litter, the Parish Council agreed that a bin be ordered.",
         "the Parish Council agreed that a bin be ordered."},
        {"The minutes of the meeting held on 3 March were approved as a true record.",
         "The minutes of the meeting held on 3 March were approved as a true record."},
        {"Reed moved to approve the budget. Fenn seconded the motion. The motion passed 4-1.",
         "Reed moved to approve the budget. Fenn seconded the motion. The motion passed 4-1."},
        {"The Committee for Parks noted the report on tree planting.", "The Committee for Parks noted the report on tree planting."},
        {"31/01234/FUL 4 Orchard Row - Rear extension NO OBJECTION", "31/01234/FUL 4 Orchard Row - Rear extension NO OBJECTION"},
        {"The Clerk agreed to write to the highways team.", ""},           // one person's action
        {"The Parish Council noted the information.", ""},                  // noting, no decision
        {"It was noted that the bench had been repaired.", ""},
    };
    for (const auto& r : rows) {
        INFO(r.text);
        CHECK(find_decision_sentences(r.text) == r.expected);
    }
}

TEST_CASE("an item's decisions: sentences with the vote lines after them, formal resolutions over sentences", "[minutes-structure]") {
    CHECK(resolution_of({para("There were no questions and the annual report was accepted by the members:"),
                         para("Proposed: A Wren (Hillside)"), para("Seconded: B Teal (Marsh End)"),
                         para("Carried unanimously.")}) ==
          "the annual report was accepted by the members:\nProposed: A Wren (Hillside)\nSeconded: B Teal (Marsh End)\n"
          "Carried unanimously.");
    // A formal resolution makes the proposal before it discussion.
    CHECK(resolution_of({para("Mr Lamb proposed and Mrs Fitch seconded the motion that the report be noted."),
                         para("RESOLVED that the report be noted.")}) == "RESOLVED that the report be noted.");
}

TEST_CASE("headings numbered without a full stop, and titles whose numbers the PDF lost", "[minutes-structure]") {
    // Fictional Harbourside City Council: "5" and "6" lost by the text layer, a public-forum table numbered "01", "02".
    const Extraction e = make({
        para("1 Welcome and Safety Information"), para("The Chair opened the meeting."),
        para("2 Apologies for Absence"), para("None were received."),
        para("3 Declarations of Interest"), para("There were none."),
        para("4 Minutes of the Previous Meeting"), para("The minutes were agreed as accurate."),
        para("Chair's Announcements"), para("The Chair welcomed new members."),
        para("Public Forum"), para("Statements were received as follows:"), heading("01 Ann Oak"), heading("02 Ben Ash"),
        para("7 Harbour Wall Repairs"), para("The Committee considered a report."),
        para("7. Approve the repair budget."), para("8. Delegate the contract award."),
        para("8 Work Programme"), para("The Committee noted the work programme."),
        para("13 Carol Elm"),  // a table row far ahead of item 8
    });
    CHECK(render(split_items(e)) ==
          "1|Welcome and Safety Information; 2|Apologies for Absence; 3|Declarations of Interest; "
          "4|Minutes of the Previous Meeting; 5|Chair's Announcements; 6|Public Forum; 7|Harbour Wall Repairs; "
          "8|Work Programme");
}

TEST_CASE("parish minutes that run several items into one paragraph are cut at the next reference", "[minutes-structure]") {
    // Fictional Little Wendle Parish Council.
    const Extraction e = make({
        para("Present: Cllr Ash (Chair), Cllr Birch."),
        para("212/31 Apologies for Absence There were none. 213/31 Minutes of the Last Meeting The minutes were approved as a true "
             "record. 214/31 Village Pond The Clerk reported that the pond had been cleared of weed by volunteers and that the "
             "ducks had returned after the work in the spring."),
        para("215/31 Playground Repairs The Clerk reported that two swings had rusted chains and the roundabout needed "
             "new bearings. It was agreed that the swings be repainted."),
        para("216/31 Finance The Clerk presented the bank reconciliation and the list of invoices for the quarter. The "
             "accounts were approved for payment, proposed by Cllr Ash, seconded by Cllr Birch."),
    });
    const auto items = split_items(e);
    CHECK(render(items) == "|Minutes; 212/31|Apologies for Absence; 213/31|Minutes of the Last Meeting; 214/31|Village Pond; "
                           "215/31|Playground Repairs; 216/31|Finance");
    REQUIRE(items.size() == 6);
    CHECK(items[2].resolution == "The minutes were approved as a true record.");
    CHECK(items[4].resolution == "It was agreed that the swings be repainted.");
}

TEST_CASE("headed minutes: the text before the first heading and signature lines are no items", "[minutes-structure]") {
    const Extraction e = make({para("Thursday, 3 May 2031 at the Harbour Office"), heading("CALL TO ORDER"),
                               para("The President opened the meeting."), heading("ADJOURNMENT"),
                               para("The meeting closed at 3:30."), heading("ATTESTED:"), para("______ President")},
                              "");
    CHECK(render(split_items(e)) == "|Thursday, 3 May 2031 at the Harbour Office; |CALL TO ORDER; |ADJOURNMENT");
}

TEST_CASE("the wording after a carried vote is the decision: That the Committee ...:", "[minutes-structure]") {
    CHECK(resolution_of({para("The recommendations were moved by Councillor Reed and seconded by Councillor Moss. On being "
                              "put to the vote the recommendations were CARRIED (unanimously). That the Committee for Parks:"),
                         para("1. Noted the funding allocation."), para("2. Authorised the Director to spend it."),
                         para("10 Work Programme")}) ==
          "That the Committee for Parks:\n1. Noted the funding allocation.\n2. Authorised the Director to spend it.\n"
          "10 Work Programme");
}

TEST_CASE("votes and movers are read from an item's text", "[minutes-structure]") {
    using quorum::index::read_vote;
    struct Row {
        const char* text;
        const char* movers;
        const char* expected;  // mover|seconder|result|for|against|abstain
    };
    const Row rows[] = {
        {"The report was moved by Councillor Reed and seconded by Councillor Moss. On being put to the vote the "
         "recommendation was CARRIED (8 voting FOR, 1 against).", "", "Councillor Reed|Councillor Moss|carried|8|1|-1"},
        {"Cllr Marsh proposed that the hedge be cut, seconded by Cllr Pike, all in favour.", "", "Cllr Marsh|Cllr Pike|unanimous|-1|-1|-1"},
        {"Reed moved to approve the budget. Fenn seconded the motion. The motion passed 4-1.", "", "Reed|Fenn|carried|4|1|-1"},
        {"Mrs Lamb proposed, and Mr Hale seconded the motion. For (31) Mr A, Mr B Against (12) Mr C Abstain (2) Mr D "
         "Motion lost.", "", "Mrs Lamb|Mr Hale|lost|31|12|2"},
        {"THAT we buy a grader. Carried.", "A. Ferris, B. Okoro", "A. Ferris|B. Okoro|carried|-1|-1|-1"},
        {"Cllr Ash proposed, Cllr Birch seconded, 7 in favour, 1 abstained.", "", "Cllr Ash|Cllr Birch||7|-1|1"},
        {"The Clerk reported on the pond.", "", "|||-1|-1|-1"},
    };
    for (const auto& r : rows) {
        INFO(r.text);
        const auto v = read_vote(r.text, r.movers);
        CHECK(v.mover + "|" + v.seconder + "|" + v.result + "|" + std::to_string(v.in_favour) + "|" +
                  std::to_string(v.against) + "|" + std::to_string(v.abstained) ==
              r.expected);
    }
}

TEST_CASE("decisions at paragraph joints: results run on, vote paragraphs, proposals by their mover", "[minutes-structure]") {
    // Fictional Ashcombe Town Council and Lowmoor City Council.
    struct Row {
        const char* name;
        std::vector<Block> blocks;
        const char* expected;
    };
    const std::vector<Row> rows = {
        {"a result run into the next numbered paragraph ends the decision there",
         {para("4) Cllr Fenn proposed, and Cllr Rook seconded, that the Council record its thanks to the wardens."),
          para("Agreed unanimously. 5) The Chair held a minute's silence.")},
         "Cllr Fenn proposed, and Cllr Rook seconded, that the Council record its thanks to the wardens.\n"
         "Agreed unanimously."},
        {"a formal resolution's result run into the next paragraph",
         {para("RESOLVED that the report be noted."), para("Carried. The Mayor then thanked the officers for the report.")},
         "RESOLVED that the report be noted.\nCarried."},
        {"a vote paragraph of its own takes the motion the paragraph before it words",
         {para("The members were asked to approve the appointment of Dale & Co as auditor for the coming year."),
          para("Proposed: A Wren (Hillside) Seconded: B Teal (Marsh End) Carried unanimously.")},
         "The members were asked to approve the appointment of Dale & Co as auditor for the coming year.\n"
         "Proposed: A Wren (Hillside) Seconded: B Teal (Marsh End) Carried unanimously."},
        {"... but not a heading before it",
         {heading("Amendment to the Parks Budget"), para("Proposed by Mr Oak Seconded by Mrs Elm to add £4,000 to parks.")},
         "Proposed by Mr Oak Seconded by Mrs Elm to add £4,000 to parks."},
        {"'Moved by' opens a proposal; the result after it is part of it",
         {para("Moved by Ibarra to adopt. Motion Carried 5-2.")}, "Moved by Ibarra to adopt. Motion Carried 5-2."},
        {"'Motion by ..., second by ...' is a proposal",
         {para("Motion by Trustee Vance, second by Trustee Orr."), para("Motion carried 4-1.")},
         "Motion by Trustee Vance, second by Trustee Orr.\nMotion carried 4-1."},
        {"a vote record of several sentences stays whole",
         {para("RESOLVED that the hall be let."), para("Proposed: A Wren. Seconded: B Teal.")},
         "RESOLVED that the hall be let.\nProposed: A Wren. Seconded: B Teal."},
        {"a thing moved by someone is no proposal",
         {para("The bench is often moved by skaters and not put back.")}, ""},
        {"a labelled motion with its seconder and roll call, up to the discussion after it",
         {para("MOTION: Trustee Vance moved to approve the agenda as printed."), para("Trustee Orr seconded the motion."),
          para("Ayes: Vance, Orr, Pell. Nays: None."), para("The motion passed 3-0."),
          para("The Director reported on the roof repairs.")},
         "MOTION: Trustee Vance moved to approve the agenda as printed.\nTrustee Orr seconded the motion.\n"
         "Ayes: Vance, Orr, Pell. Nays: None.\nThe motion passed 3-0."},
        {"'Notice of Motion:' inside a paragraph is no motion label",
         {para("The Clerk read the Notice of Motion: to plant trees on the green.")}, ""},
        {"a vote line naming members by initial stays whole, and the next paragraph run into it is left out",
         {para("Resolved that the Board recommends approval of the street fair."),
          para("Vote: Passed, with 30 members in favor, 1 against (R. Lane). 2. Harbour Festival (sponsor: Quay Ltd)")},
         "Resolved that the Board recommends approval of the street fair.\nVote: Passed, with 30 members in favor, 1 "
         "against (R. Lane)."},
        {"the Committee noting an update or work programme is its conclusion",
         {para("Following the discussion, The Committee for Parks noted the work programme update.")},
         "The Committee for Parks noted the work programme update."},
    };
    for (const auto& r : rows) {
        INFO(r.name);
        CHECK(resolution_of(r.blocks) == r.expected);
    }
}

TEST_CASE("a decision run into an item's heading after a dash is the item's first decision", "[minutes-structure]") {
    // Fictional Nether Brook Parish Council.
    const Extraction e = make({
        para("07.31.01 Apologies"), para("None were received."),
        para("07.31.02 Finance - the following accounts were approved for payment"), para("Clerk salary 120.00"),
        para("Village Hall hire 30.00 It was agreed to renew the hall booking."),
        para("07.31.03 Highways - potholes on Mill Lane"), para("The Clerk will report them."),
    });
    const auto items = split_items(e);
    CHECK(render(items) == "07.31.01|Apologies; 07.31.02|Finance - the following accounts were approved for payment; "
                           "07.31.03|Highways - potholes on Mill Lane");
    REQUIRE(items.size() == 3);
    CHECK(items[1].resolution == "the following accounts were approved for payment\n\nIt was agreed to renew the hall booking.");
    CHECK(items[2].resolution.empty());  // a heading with a dash but no decision
}

TEST_CASE("named votes are read per decision: ayes, nays, abstentions and absences as listed", "[minutes-structure]") {
    using quorum::index::read_vote;
    // Fictional Lowmoor boards and Northam Borough Council.
    struct Row {
        const char* name;
        const char* text;
        const char* expected;  // for|against|abstain|absent names, then the for/against/abstain counts
    };
    const Row rows[] = {
        {"a roll call with a colon per side; 'None' names nobody",
         "Trustee Vance moved to approve. Trustee Orr seconded.\nAyes: Vance, Orr and Pell.\nNays: None.\nAbsent: Lane.\n"
         "Motion carried.",
         "Vance,Orr,Pell|||Lane|3/-1/-1"},
        {"capitals in a table's order, several names in one line",
         "RESULT: APPROVED [4-2-1-1]\nMOTION BY: Fisk\nSECOND: Mendez\nAYES: Sherrard, Fisk, Bello, Mendez\n"
         "NAYS: Brown, Mashack\nABSTAIN: Garcia\nABSENT: Hernandez",
         "Sherrard,Fisk,Bello,Mendez|Brown,Mashack|Garcia|Hernandez|4/2/1"},
        {"counted sides without colons run to the next side; the count stands",
         "Mrs Lamb proposed, and Mr Hale seconded the motion. For (31) Mr A. Ash, Mr B. Birch Against (12) Mr C. Cole "
         "Abstain (2) Mr D. Dale\nMotion lost.",
         "Mr A. Ash,Mr B. Birch|Mr C. Cole|Mr D. Dale||31/12/2"},
        {"an honour after a comma stays with its name; a result on the list's line ends it",
         "For (2) Sir Ann Ash, CBE, Mr B. Birch Against (1) Mr C. Cole Motion carried", "Sir Ann Ash CBE,Mr B. Birch|Mr C. Cole|||2/1/-1"},
        {"the last vote of an item is the one recorded",
         "Ayes: Vance, Orr. Nays: Pell.\nThe amendment was carried.\nAyes: Vance, Orr, Pell. Nays: None.",
         "Vance,Orr,Pell||||3/-1/-1"},
        {"an attendance list alone is no vote", "Present: Vance, Orr.\nAbsent: Lane.", "||||-1/-1/-1"},
        {"a lone 'for:' in prose is no vote", "The reasons for: Parking and Safety were set out.", "||||-1/-1/-1"},
        {"a count of people against in prose names nobody",
         "Vote: Passed, with 30 members in favour, 1 against (R. Lane).", "||||-1/1/-1"},
    };
    auto joined = [](const std::vector<std::string>& names) {
        std::string out;
        for (const auto& n : names) out += (out.empty() ? "" : ",") + n;
        return out;
    };
    for (const auto& r : rows) {
        INFO(r.name);
        const auto v = read_vote(r.text);
        CHECK(joined(v.for_names) + "|" + joined(v.against_names) + "|" + joined(v.abstain_names) + "|" +
                  joined(v.absent_names) + "|" + std::to_string(v.in_favour) + "/" + std::to_string(v.against) + "/" +
                  std::to_string(v.abstained) ==
              r.expected);
    }
}
