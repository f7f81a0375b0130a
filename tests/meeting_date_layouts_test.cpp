/** @file meeting_date_layouts_test.cpp @brief The meeting date on layouts from archives the rules were not written on (issue 16): headings with the date after a dash, dates on the line under the heading, summonses against signature dates, "held on" over two lines, title metadata of a reused template, and the document's own date order. All text is invented (fictional councils). */
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "facets/date_util.h"
#include "facets/meeting_date.h"
#include "tests/block_builders.h"

using quorum::extract::Block;
using quorum::extract::Extraction;
using quorum::facets::detect_meeting_date;
using quorum::test::extraction_of;
using quorum::test::heading;
using quorum::test::para;

namespace {

std::string detected(const Extraction& x) {
    const auto d = detect_meeting_date(x, false);
    return d.empty() ? "" : d.front().value;
}

}  // namespace

TEST_CASE("detect_meeting_date: the meeting's own heading and summons on unfamiliar layouts", "[facets][date]") {
    struct Row {
        const char* rule;
        Extraction extraction;
        const char* expected;
    };
    const Row rows[] = {
        {"first line '<council> - <date>' beats the Title metadata of a reused template",
         extraction_of({para("Brackenfold Parish Council - 3rd September 2019"), para("Present: Cllr A Weller (Chair), Cllr B Oduya"),
                        para("1. Apologies. None.")},
                       {{"Title", "Brackenfold Parish Council - 5th March 2017"}}, "Brackenfold Parish Council - 5th March 2017"),
         "2019-09-03"},
        {"'<council> A.G.M. - <date>' heading",
         extraction_of({para("Brackenfold Parish Council A.G.M. - 8th May 2018"), para("Present: Cllr A Weller (Chair)")}),
         "2018-05-08"},
        {"council and date on two lines",
         extraction_of({heading("BRACKENFOLD PARISH COUNCIL"), para("10th January 2017"),
                        para("Present: Cllr A Weller (Chair), District Cllr P Moss")}),
         "2017-01-10"},
        {"a summons 'on Wednesday ...' beats the clerk's signing 'Date:'",
         extraction_of({heading("Brackenfold Town Council"),
                        para("Members of the Council are hereby summoned to attend a meeting of the Council to be held in the "
                             "Pavilion on Wednesday 12th December 2018 at 7.30pm for the purpose of transacting the business below."),
                        para("Signed: J Penrose, Town Clerk"), para("Date: 6th December 2018"), para("AGENDA"),
                        para("1. Apologies for absence")}),
         "2018-12-12"},
        {"an agenda's opening sentence calls its meeting without the word 'summons'; the clerk's signing date is not it",
         extraction_of({heading("BRACKENFOLD TOWN COUNCIL"), heading("AGENDA"),
                        para("A meeting of the Finance Committee will be held on Monday 11th March 2019 at 7pm in the Council Chamber."),
                        para("J Clerk, Town Clerk, 4th March 2019"), para("1. Apologies"),
                        para("2. To approve the minutes of the meeting held on 11th February 2019")}),
         "2019-03-11"},
        {"'the next meeting will be held' in the first lines is still another meeting",
         extraction_of({heading("BRACKENFOLD TOWN COUNCIL"), para("Minutes of the Finance Committee held on 4th March 2019"),
                        para("The next meeting of the committee will be held on Monday 11th March 2019.")}),
         "2019-03-04"},
        {"'held on' ending one line and the date opening the next",
         extraction_of({heading("BRACKENFOLD TOWN COUNCIL"),
                        para("Minutes of the Finance and Governance Committee meeting, held on"),
                        para("14 October 2024 at the Town Council office, Mill Lane"), para("Present: Cllr A Weller (Chair)")}),
         "2024-10-14"},
        {"modern.gov printed minutes: the date alone under 'Minutes of the <committee>'",
         extraction_of({para("Northvale City Council Minutes of the Housing and Planning Policy Committee"),
                        heading("12 September 2024 at 5.00 pm"), para("Members Present: Councillors A Weller (Chair), B Oduya"),
                        para("4 Minutes of the Previous Meeting"), para("The minutes of the previous meeting were agreed as accurate.")},
                       {{"Title", "Agenda Template"}}, "Agenda Template"),
         "2024-09-12"},
        {"a notice that a meeting 'will be held ... on <date>' names the meeting itself",
         extraction_of({para("CALL AND NOTICE OF SPECIAL MEETING"),
                        para("NOTICE is hereby given that a meeting of the Board of Trustees of the Fernbrook Library District will be "
                             "held at 6:00 p.m. on Tuesday, March 3, 2020."),
                        para("Comments on other matters may be made at the next regular meeting scheduled for March 10, 2020.")}),
         "2020-03-03"},
        {"a title line that ends with the date (public questions pack)",
         extraction_of({para("Public Questions and Responses Northvale Joint Committee Friday 27 March 2026"),
                        para("Question 1 - A resident asked about bus services."), para("Response: The service is under review.")}),
         "2026-03-27"},
        {"a 'Date' column over the row that holds the date",
         extraction_of({heading("ANNUAL GENERAL MEETING MINUTES"), para("Title of Meeting Date Place Time Attendees"),
                        para("Westfold Reading Society Ltd - AGM 12th September 2013 Village Hall, Westfold 6.30pm Members")}),
         "2013-09-12"},
        {"an agenda item approving earlier minutes by date is not the meeting",
         extraction_of({para("PUBLIC PARTICIPATION GUIDELINES"), heading("A."), heading("CALL TO ORDER - 6:30 p.m."),
                        heading("B."), heading("APPROVAL OF MINUTES"), heading("1."),
                        heading("Minutes - June 25, 2024, regular meeting"), para("Action: approve the minutes.")}),
         ""},
        {"a running header naming the meeting and its date",
         extraction_of({para("Fernbrook Centre - Room 4 1:30 p.m."), heading("AGENDA"), para("I."), heading("ROLL CALL"),
                        heading("APPROVAL OF THE MINUTES"), para("June 25, 2019")},
                       {{"running-header", "Regular Meeting of the Board of Trustees | Fernbrook College District | Thursday, September 26, 2019"}}),
         "2019-09-26"},
        {"a resolution 'passed and adopted ... at its meeting on the 12th day of April 2022'",
         extraction_of({heading("FERNBROOK COUNTY BOARD OF EDUCATION"),
                        para("Resolution No. 22-01 WHEREAS, on February 25, 2022, a petition was submitted to the Board;"),
                        para("NOW, THEREFORE, BE IT RESOLVED that the petition is approved with conditions."),
                        para("PASSED AND ADOPTED by the Fernbrook County Board of Education at its regular Board meeting on the 12th "
                             "day of April 2022 by the following vote:")}),
         "2022-04-12"},
    };
    for (const auto& r : rows) {
        INFO(r.rule);
        CHECK(detected(r.extraction) == r.expected);
    }
}

TEST_CASE("detect_meeting_date reads numeric dates in the document's own order", "[facets][date]") {
    struct Row {
        const char* rule;
        Extraction extraction;
        const char* expected;
    };
    const Row rows[] = {
        {"written dates month first ('January 16, 2020'): 01/10/2020 is 10 January",
         extraction_of({para("Minutes of the Regular Meeting of the Harbor Commission"), para("Meeting date: 01/10/2020"),
                        para("The minutes of December 12, 2019 were approved.")}),
         "2020-01-10"},
        {"written dates day first ('12 December 2019'): 01/10/2020 is 1 October",
         extraction_of({para("Minutes of the Harbour Committee"), para("Meeting date: 01/10/2020"),
                        para("The minutes of 12 December 2019 were approved.")}),
         "2020-10-01"},
        {"a numeric date that can only be month first (12/25/2019) sets the order for the others",
         extraction_of({para("Minutes of the Harbor Commission"), para("Meeting date: 03/04/2020"),
                        para("The holiday closure ran from 12/25/2019.")}),
         "2020-03-04"},
        {"no date to go by but a US address: month first",
         extraction_of({para("Fernbrook Harbor Commission, 12 Dock Street, Fernbrook, OR 97000"), para("Meeting date: 03/04/2020")}),
         "2020-03-04"},
        {"no date to go by but a US council title ('Councilors'): month first",
         extraction_of({para("Fernbrook City Council Meeting Minutes 01/11/2021"),
                        para("Present: Mayor Pellworth, Councilors Brandt, Ochoa and Lutz.")}),
         "2021-01-11"},
        {"no date to go by but a licensee's US business form ('LLC', 'd/b/a'): month first (round 10)",
         extraction_of({para("Licensing Board for the Town of Marblehaven Voting Minutes Thursday, 4/11/2019"),
                        para("Hollow Oak Tavern LLC d/b/a The Oak. Entertainment license. Granted 3-0.")}),
         "2019-04-11"},
        {"a weekday that falls on one reading only sets the order for the document's other numeric dates (round 10)",
         extraction_of({para("Harbor Commission Minutes"), para("Meeting date: 4/3/2019"),
                        para("The minutes of the meeting of Thursday, 2/7/2019 were approved.")}),
         "2019-04-03"},
        {"'LLP' (a British partnership) says nothing: the day-first default (round 10)",
         extraction_of({para("Harbour Licensing Sub-Committee Minutes 4/11/2019"),
                        para("Hollow Oak Tavern LLP. Premises licence. Granted.")}),
         "2019-11-04"},
        {"'Councillor' (British and Canadian spelling) says nothing: the day-first default",
         extraction_of({para("Fernbrook Town Council Meeting Minutes 01/11/2021"),
                        para("Present: Councillors Brandt, Ochoa and Lutz.")}),
         "2021-11-01"},
        {"no date to go by and no address: the option's day-first default",
         extraction_of({para("Harbour Committee, 12 Dock Street, Fernbrook"), para("Meeting date: 03/04/2020")}), "2020-04-03"},
    };
    for (const auto& r : rows) {
        INFO(r.rule);
        CHECK(detected(r.extraction) == r.expected);
    }
}

TEST_CASE("dates without a year take the year in which their weekday falls", "[facets][date]") {
    using quorum::facets::date_util::match_yearless;
    using quorum::facets::date_util::weekday_of;
    CHECK(weekday_of(2018, 12, 12) == 2);  // a Wednesday
    CHECK(weekday_of(2024, 2, 29) == 3);   // a Thursday
    CHECK(weekday_of(2000, 1, 1) == 5);    // a Saturday
    struct Row {
        const char* text;
        int month, day;  ///< 0: no match
    };
    const Row rows[] = {
        {"Wednesday 12th December at 7.30pm", 12, 12}, {"Monday, October 14 at 6 p.m.", 10, 14},
        {"Thursday the 3rd of May", 5, 3},             {"Wednesday 12th December 2018", 0, 0},
        {"12th December", 0, 0},                       {"Wednesday evening", 0, 0},
    };
    for (const auto& r : rows) {
        INFO(r.text);
        const auto m = match_yearless(r.text);
        CHECK((m ? m->month : 0) == r.month);
        CHECK((m ? m->day : 0) == r.day);
    }
    // A summons without the year: the year comes from the document's other dates and the weekday.
    const auto summons = extraction_of({heading("BRACKENFOLD TOWN COUNCIL"),
                                        para("Members are summoned to attend a meeting of the Planning Committee on "
                                             "Wednesday 12th December at 7.30pm in the Pavilion."),
                                        para("Signed: J Penrose, Town Clerk 6 December 2018")});
    CHECK(detected(summons) == "2018-12-12");
    // No year anywhere: no date rather than a guess.
    CHECK(detected(extraction_of({para("Members are summoned to a meeting on Wednesday 12th December at 7.30pm.")})) == "");
}

TEST_CASE("a North American telephone number or a US state says numeric dates are month first", "[facets][date]") {
    struct Row {
        const char* rule;
        Extraction extraction;
        bool us;
    };
    const Row rows[] = {
        {"a telephone number in brackets", extraction_of({para("Call City Hall at (541) 555-0123")}), true},
        {"a telephone number with dashes", extraction_of({para("Clerk: 541-555-0123")}), true},
        {"a state after a place", extraction_of({para("Fernbrook, Oregon")}), true},
        {"State of ...", extraction_of({para("the laws of the State of California")}), true},
        {"a UK telephone number", extraction_of({para("Call the clerk on 01234 567890")}), false},
        {"a street named after a state", extraction_of({para("12 Virginia Road, Ashgrove")}), false},
    };
    for (const auto& r : rows) {
        INFO(r.rule);
        CHECK(quorum::facets::has_us_place_signs(r.extraction) == r.us);
    }
    CHECK(detected(extraction_of({para("Meeting Date: 01/10/2020"), para("City Hall, Fernbrook, Oregon")})) == "2020-01-10");
    CHECK(detected(extraction_of({para("Meeting Date: 01/10/2020"), para("Ashgrove Parish Council")})) == "2020-10-01");
}

TEST_CASE("detect_meeting_date: a notice that names its meeting before 'will be held' (round 9)", "[facets][date]") {
    struct Row {
        const char* rule;
        Extraction extraction;
        const char* expected;
    };
    const Row rows[] = {
        {"'The Annual Town Meeting will be held on ...' under 'Notice of Meeting', not the publishing date",
         extraction_of({heading("Kestonbury Town Council"), heading("Notice of Meeting"),
                        para("The Annual Town Meeting will be held on Thursday 23 April 2020 at 7pm at the Community Centre."),
                        para("Published 1 April 2020"), para("1. Minutes of the Annual Town Meeting held on 25 April 2019")}),
         "2020-04-23"},
        {"'the next meeting will be held' is still another meeting",
         extraction_of({heading("Kestonbury Town Council"), para("Minutes of the Recreation Committee held on 2 March 2020"),
                        para("The next meeting will be held on 6 April 2020.")}),
         "2020-03-02"},
        {"'Subject to approval by the Council on <date>' over the heading is the approving meeting's date",
         extraction_of({para("DRAFT - Subject to approval by the Council on April 8, 2019"),
                        heading("City of Fernbrook City Council"), heading("Minutes of March 11, 2019 Regular Meeting"),
                        para("Present: Mayor Pellworth, Councilors Brandt and Ochoa.")}),
         "2019-03-11"},
        {"'APPROVED 4/8/2019' stamped over the heading is not the meeting's date",
         extraction_of({para("APPROVED 4/8/2019"), heading("CITY OF FERNBROOK"), heading("CITY COUNCIL MEETING MINUTES"),
                        para("MONDAY, MARCH 11, 2019"), para("7:00 P.M.")}),
         "2019-03-11"},
        {"heading read with the lines under it: a later 'Minutes approved on <date>' does not make the heading's date an earlier meeting's",
         extraction_of({para("Kestonbury Town Council Minutes of the Planning Committee held on Monday 6th January 2020 at 7pm "
                             "Present: Cllrs Weller, Oduya Minutes approved on 3rd February 2020 Signed ........ Chairman")}),
         "2020-01-06"},
        {"'Minutes of the meeting held on <date> were approved' still names an earlier meeting",
         extraction_of({heading("Kestonbury Town Council"), heading("Planning Committee"), para("Monday 6th January 2020"),
                        para("1. The minutes of the meeting held on 2nd December 2019 were approved.")}),
         "2020-01-06"},
        {"a later 'meeting will be held' (past the first blocks) is not this meeting's",
         extraction_of({heading("Kestonbury Town Council"), para("Recreation Committee"), para("Present: Cllr Weller"),
                        para("1. Apologies"), para("2. Allotments"), para("A site meeting will be held on 6 April 2020.")}),
         ""},
    };
    for (const auto& r : rows) {
        INFO(r.rule);
        CHECK(detected(r.extraction) == r.expected);
    }
}
