/** @file body_layouts_test.cpp @brief The body that met on layouts from archives the rules were not written on (issue 16): one "Full Council" value for every plenary meeting, committees of town councils, boards named "Board of ...", bodies named in metadata. Invented text (fictional councils). */
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "facets/body_and_type.h"
#include "tests/block_builders.h"

using quorum::extract::Extraction;
using quorum::facets::detect_body;
using quorum::test::extraction_of;
using quorum::test::heading;
using quorum::test::para;

namespace {

std::string body_of(const Extraction& x) {
    const auto b = detect_body(x);
    return b.empty() ? "" : b.front().value;
}

}  // namespace

TEST_CASE("detect_body: plenary meetings, committees and boards on unfamiliar layouts", "[facets][body]") {
    struct Row {
        const char* rule;
        Extraction extraction;
        const char* expected;
    };
    const Row rows[] = {
        {"a regular council meeting is the Full Council",
         extraction_of({heading("THE TOWNSHIP OF ASHGROVE"), para("Minutes of the Regular Council Meeting held Tuesday, April 17, 2018")}),
         "Full Council"},
        {"a US city council is the Full Council", extraction_of({heading("FERNBROOK CITY COUNCIL MEETING MINUTES")}), "Full Council"},
        {"a town council's full meeting whose first item receives a committee's minutes is the Full Council (round 10)",
         extraction_of({heading("BRAMLEIGH TOWN COUNCIL"),
                        para("Minutes of the Full Council Meeting held on 25th February 2020 at 7.30pm in the Council Chamber"),
                        para("Present: The Town Mayor Cllr Marsh (Chair), Cllrs Abbot, Wren"),
                        para("FC/20/21 To receive the minutes of the Planning Committee held on 3rd February 2020.")}),
         "Full Council"},
        {"a town council's planning committee named in its heading still is (round 10)",
         extraction_of({heading("BRAMLEIGH TOWN COUNCIL"), heading("PLANNING COMMITTEE"),
                        para("MINUTES OF THE MEETING HELD ON MONDAY 2 MARCH 2020"), para("PRESENT: Cllrs Abbot (Chair), Marsh")}),
         "Planning Committee"},
        {"a town council's committee keeps its own name",
         extraction_of({heading("BRACKENFOLD TOWN COUNCIL"), para("Minutes of the Finance and Governance Committee meeting, held on"),
                        para("14 October 2024 at the Town Council office")}),
         "Finance and Governance Committee"},
        {"'<Council> Minutes of the <Committee>' on one line",
         extraction_of({para("Northvale City Council Minutes of the Housing and Planning Policy Committee"),
                        heading("12 September 2024 at 5.00 pm")}),
         "Housing and Planning Policy Committee"},
        {"a board named for its members, from a Markdown subtitle, without the port's name",
         extraction_of({para("Wednesday, June 06, 2018 10:00 AM at the Port Office"), heading("CALL TO ORDER")},
                       {{"subtitle", "Special Meeting of the Port of Wendle Board of Commissioners"}}, "June 2018 Special Meeting Minutes"),
         "Board of Commissioners"},
        {"a notice naming the board 'of the' district",
         extraction_of({para("CALL AND NOTICE OF SPECIAL MEETING"),
                        para("NOTICE is hereby given that a meeting of the Board of Education of the Fernbrook Unified School District "
                             "is hereby called by the board president.")}),
         "Board of Education"},
        {"a board named in the title metadata",
         extraction_of({para("Fernbrook Centre - Room 4 1:30 p.m."), heading("AGENDA")}, {},
                       "REGULAR MEETING OF THE BOARD OF TRUSTEES"),
         "Board of Trustees"},
        {"a commission named by the running header",
         extraction_of({heading("FERNBROOK"), heading("REGULAR MEETING MINUTES")}, {{"running-header", "PLANNING COMMISSION"}}),
         "Planning Commission"},
        {"a board 'for the' city",
         extraction_of({heading("Licensing Board for the City of Fernbrook"), para("Voting Minutes"), para("Thursday, January 10, 2019")}),
         "Licensing Board"},
        {"the capitalised name just before 'meeting'",
         extraction_of({para("Decision Recording Form"),
                        para("Decision determined at Housing and Planning Policy Committee meeting on 12 September 2024")}),
         "Housing and Planning Policy Committee"},
        {"an agenda section 'Actions of the Board' is no body",
         extraction_of({heading("REVISED"), para("AGENDA - April 24, 2019"), heading("REGULAR ACTIONS OF THE BOARD:")}), ""},
        {"no body from a sentence that reports a meeting",
         extraction_of({para("Minutes of the meeting held on 11 September 2012 The minutes of the board were agreed.")}), ""},
        {"a heading naming the board, then the sitting and the document",
         extraction_of({heading("Fernbrook Public Library District"), heading("Board of Trustees Regular Meeting Minutes"),
                        para("Monday, March 18, 2019")}),
         "Board of Trustees"},
        {"a notice of a committee meeting names the committee",
         extraction_of({para("Tuesday, December 7, 2021"), para("NOTICE OF BUDGET COMMITTEE MEETING VIA VIDEO AT 4:00 PM")}),
         "Budget Committee"},
        {"a board that is itself the authority, at its own meeting, is named without its place",
         extraction_of({para("4"), para("Tuesday, March 3, 2020"),
                        para("Ashgrove County Board of Education Meeting Agenda at 6:30 p.m."),
                        para("The Ashgrove County Board of Education will conduct this meeting by video.")}),
         "County Board of Education"},
        {"... also at a special meeting",
         extraction_of({para("4"), para("Tuesday, March 3, 2020"),
                        para("Ashgrove County Board of Education Special Meeting Agenda - 6:00 p.m.")}),
         "County Board of Education"},
        {"... and under its own heading over a resolution it adopted",
         extraction_of({heading("ASHGROVE COUNTY BOARD OF EDUCATION"),
                        para("Resolution Approving the Fernbrook Academy Charter Petition Resolution No. 20-03 WHEREAS, the "
                             "petition was submitted to the County Board; NOW, THEREFORE, BE IT RESOLVED that the petition is approved.")}),
         "County Board of Education"},
        {"a committee of such a board keeps its own name",
         extraction_of({heading("ASHGROVE COUNTY BOARD OF EDUCATION"),
                        para("NOTICE OF BUDGET COMMITTEE MEETING VIA VIDEO AT 4:00 PM")}),
         "Budget Committee"},
        {"a board's hearing minutes under the city's name, the heading's lines read as one",
         extraction_of({heading("CITY OF FERNBROOK LICENSING BOARD HEARING MINUTES"), para("Tuesday, February 5, 2019")}),
         "Licensing Board"},
        {"'The' is not part of a body's name",
         extraction_of({heading("The Licensing Board for the City of Fernbrook"), para("Voting Minutes"), para("Date: January 10, 2019")}),
         "Licensing Board"},
        {"a commission's agenda under the city's name, the heading's lines read as one",
         extraction_of({para("City of Willowmere Planning Commission Meeting Agenda March 4, 2019, 7 PM City Hall"),
                        heading("1. Call to order")}),
         "Planning Commission"},
        {"'Minutes of the <Sub-Committee> held on ...' under a town council's heading",
         extraction_of({heading("BRACKENFOLD TOWN COUNCIL"), para("Minutes of the Personnel Sub-Committee held on Monday 4 March 2019 at 6pm"),
                        para("Present: Cllrs Smith, Jones")}),
         "Personnel Sub-Committee"},
        {"a heading's lines read as one: the body before the document's name, the date after it",
         extraction_of({para("Licensing Board for the City of Fernbrook Voting Minutes Thursday, January 10, 2019"),
                        para("The Board voted to grant the application of Bar One LLC.")}),
         "Licensing Board"},
        {"... also 'Minutes of Hearing'",
         extraction_of({para("Licensing Board for the City of Fernbrook Minutes of Hearing Wednesday, May 8, 2019 at 10:00 AM"),
                        para("The Board heard the application of Bar One LLC.")}),
         "Licensing Board"},
        {"... and a commission's 'MINUTES OF THE REGULAR MEETING'",
         extraction_of({para("CITY OF WILLOWMERE PLANNING COMMISSION MINUTES OF THE REGULAR MEETING September 16, 2019"),
                        para("Commissioners present: Smith, Brown.")}),
         "Planning Commission"},
        {"a city's own meeting is still the Full Council",
         extraction_of({para("City of Fernbrook Special Meeting Agenda - 6:00 p.m.")}), "Full Council"},
    };
    for (const auto& r : rows) {
        INFO(r.rule);
        CHECK(body_of(r.extraction) == r.expected);
    }
}

TEST_CASE("detect_body: meeting-details tables, annual general meetings, council sittings and bare nouns", "[facets][body]") {
    struct Row {
        const char* rule;
        Extraction extraction;
        const char* expected;
    };
    const Row rows[] = {
        {"a 'Title of Meeting' column: the title after the organisation, without 'Meeting'",
         extraction_of({para("Westfold Libraries Ltd A society running the county's libraries"), heading("MINUTES"),
                        para("Title of Meeting Date Place Time Attendees"),
                        para("Westfold Libraries Ltd - Board Meeting 17th October 2012 Central Library 9.30am Ann Ray (Chair)")}),
         "Board"},
        {"'AGM' in the title column is the Annual General Meeting",
         extraction_of({para("Westfold Libraries Ltd"), heading("MINUTES"), para("Title of Meeting Date Place Time Attendees"),
                        para("Westfold Libraries Ltd. - AGM 12th September 2013 Mill Conference Centre 6.30pm")}),
         "Annual General Meeting"},
        {"a society's annual general meeting",
         extraction_of({para("Westfold Rowing Club"), heading("ANNUAL GENERAL MEETING MINUTES"), para("1. Welcome")}),
         "Annual General Meeting"},
        {"a parish council's annual meeting stays the council's",
         extraction_of({para("Brackenfold Parish Council A.G.M. - 8th May 2018"), para("Present: Cllr A Weller (Chair)")}),
         "Full Council"},
        {"a municipality's 'Special Meeting' that names only its council",
         extraction_of({para("***AGENDA *** Monday, October 28, 2019 START TIME 9:00 a.m. Special Meeting"),
                        para("1. Disclosure of pecuniary interest"), para("2. By-Law: Confirming Proceedings of Council.")},
                       {}, "Agenda \u2013 Special Meeting October 28, 2019 \u2013 Ashgrove Township"),
         "Full Council"},
        {"a special meeting of a board is not the council",
         extraction_of({para("AGENDA Special Meeting"), para("1. Board of Commissioners roll call"), para("2. Council liaison report")}),
         ""},
        {"a report cover sheet's 'COMMITTEE:' field, up to the next label",
         extraction_of({para("Committee Report PURPOSE: Final Decision Report COMMITTEE: Housing and Planning Committee DATE: "
                             "12 September 2024"),
                        heading("TITLE:"), para("Allotment rents")}),
         "Housing and Planning Committee"},
        {"'REPORT TO:' with the addressee on the next line keeps an authority's own committee whole",
         extraction_of({heading("REPORT TO:"), heading("NORTHVALE COMBINED AUTHORITY COMMITTEE"), heading("DATE:"),
                        heading("27 MARCH 2026")}),
         "Northvale Combined Authority Committee"},
        {"a staff report's 'TO:' line addressed to the city council is for the Full Council (round 10)",
         extraction_of({heading("CITY OF HOLLISTER FALLS"), heading("STAFF REPORT"),
                        para("TO: Honorable Mayor and City Council FROM: R. Olsen, City Manager MEETING DATE: September 9, 2019"),
                        para("RECOMMENDATION Staff recommends that the Council accept the water rate study.")}),
         "Full Council"},
        {"a staff report 'TO:' a commission (round 10)",
         extraction_of({heading("CITY OF HOLLISTER FALLS"), heading("STAFF REPORT"),
                        para("TO: Planning Commission FROM: Community Development Department DATE: June 3, 2019")}),
         "Planning Commission"},
        {"'TO:' a person names no body (round 10)",
         extraction_of({heading("STAFF REPORT"), para("TO: R. Olsen, City Manager FROM: Finance Director")}), ""},
        {"the council sitting as one committee: the place before it is the city's (round 10)",
         extraction_of({para("CITY OF HOLLISTER FALLS COMMITTEE OF THE WHOLE MINUTES June 17, 2019"),
                        para("Council President Abel called the meeting to order at 6:00 p.m.")}),
         "Committee of the Whole"},
        {"a committee named after the city council's name is that committee (round 10)",
         extraction_of({para("Minutes"), para("Hollister Falls City Council Budget Committee"), para("May 11, 2020"),
                        para("Members present: Abel, Ortiz, Lutz")}),
         "Budget Committee"},
        {"the same, the heading's lines read as one with the date (round 10)",
         extraction_of({para("Minutes Hollister Falls City Council Budget Committee May 11, 2020"),
                        para("Members present: Abel, Ortiz, Lutz")}),
         "Budget Committee"},
        {"a city council's own meeting with the date on its heading line stays the Full Council (round 10)",
         extraction_of({para("Hollister Falls City Council Minutes Monday, May 11, 2020"), para("Present: Mayor Pryce")}),
         "Full Council"},
        {"a body named for two things after the city's name (round 10)",
         extraction_of({para("CITY OF HOLLISTER FALLS PARKS AND RECREATION ADVISORY BOARD MINUTES March 2, 2020"),
                        para("Present: Chair Ochoa")}),
         "Parks and Recreation Advisory Board"},
        {"a summons 'meeting of the <Committee> which will be held'",
         extraction_of({heading("ASHGROVE TOWN COUNCIL"),
                        para("You are hereby summoned to attend a meeting of the Finance and Governance Committee which will be "
                             "held in the Council Chamber on Monday 14th October 2024 at 7.30pm.")}),
         "Finance and Governance Committee"},
        {"a US city's 'Regular Meeting Minutes' with no other body named",
         extraction_of({heading("City of Fernbrook"), para("Regular Meeting Minutes"), para("March 12, 2018 7:00 PM"),
                        para("Call to order: Mayor Dune called the meeting to order.")}),
         "Full Council"},
        {"a bare 'Board' takes the full name from the title",
         extraction_of({heading("REVISED"), para("AGENDA \u2013 April 24, 2019 1. Call to Order."),
                        para("4. Approval of the Minutes of the Regular Board Meeting \u2013 March 27, 2019.")},
                       {}, "FERNBROOK COUNTY BOARD OF HEALTH"),
         "Board of Health"},
    };
    for (const auto& r : rows) {
        INFO(r.rule);
        CHECK(body_of(r.extraction) == r.expected);
    }
}

TEST_CASE("detect_body: a heading's lines read as one block name the body before the date (round 9)", "[facets][body]") {
    struct Row {
        const char* rule;
        Extraction extraction;
        const char* expected;
    };
    const Row rows[] = {
        {"the committee's line runs on into the date, under heading blocks of the council and 'AGENDA'",
         extraction_of({heading("KESTONBURY TOWN COUNCIL"), heading("AGENDA"),
                        para("Planning and Development Committee Thursday 2nd April 2020 at 7.30pm Community Centre, Holm Road "
                             "Members of the Committee are summoned to attend."),
                        heading("1. Apologies")}),
         "Planning and Development Committee"},
        {"council, document name, committee and date on one line",
         extraction_of({para("Kestonbury Town Council Agenda Planning and Development Committee Thursday 2nd April 2020 at 7.30pm"),
                        para("Members of the Committee are summoned to attend.")}),
         "Planning and Development Committee"},
        {"'<Council> Minutes of the <Committee> <date>' on one line",
         extraction_of({para("Kestonbury Town Council Minutes of the Community and Environment Committee Tuesday 10 March 2020"),
                        para("Present: Cllr Weller, Cllr Oduya")}),
         "Community and Environment Committee"},
        {"a number ends the name too",
         extraction_of({para("Fernbrook Harbour Commission 14 June 2021 Minutes"), para("Present: Commissioners Ng and Dube")}),
         "Fernbrook Harbour Commission"},
        {"the council sitting as a committee: 'Committee of the Whole'",
         extraction_of({heading("CITY OF FERNBROOK COMMITTEE OF THE WHOLE"), para("Minutes Wednesday, April 14, 2021")}),
         "Committee of the Whole"},
        {"'Report to:' stops at a label in title case ('Date:')",
         extraction_of({para("Report to: Finance and Governance Committee Date: 14 October 2024 Subject: Budget monitoring"),
                        para("1. Purpose of report")}),
         "Finance and Governance Committee"},
        {"a field label ends the name: '<Committee> Date: ... Time: ...' read as one block",
         extraction_of({heading("Kestonbury Town Council"),
                        para("Finance and Governance Committee Date: 14 October 2024 Time: 7.00pm Venue: Council Offices"),
                        para("Draft minutes")}),
         "Finance and Governance Committee"},
        {"words after the body's noun name the kind of sitting, whatever they are ('Transactional Hearing')",
         extraction_of({para("City of Fernbrook Licensing Board Transactional Hearing January 9, 2019 10:00 AM"),
                        para("1. Harbor Grill LLC. New license.")}),
         "Licensing Board"},
        {"the name is the capitalised run before the date, not the sentence around it",
         extraction_of({para("Decision determined at Harbour Policy Committee meeting on 12 September 2024"),
                        para("Decision: approved")}),
         "Harbour Policy Committee"},
        {"a letterhead read with the council's address is not a body; the summons names it",
         extraction_of({para("KESTONBURY TOWN COUNCIL Town Council Offices, Holm Road, Kestonbury, IP5 9XX"),
                        para("To: All members of the Community and Environment Committee"),
                        para("You are hereby summoned to attend the meeting of the Community and Environment Committee to be "
                             "held in the Council Chamber on Tuesday, 10 March 2020 at 7pm.")}),
         "Community and Environment Committee"},
        {"the name follows 'Notice of Decision' on the same block",
         extraction_of({para("Kestonbury Town Council Notice of Decision Planning and Development Committee, 2nd April 2020")}),
         "Planning and Development Committee"},
        {"'Committee: <name>' without the noun, up to a label of several words ('Date of meeting:')",
         extraction_of({heading("Kestonbury Town Council"), heading("Minutes"),
                        para("Committee: Recreation and Amenities Date of meeting: Tuesday 9 June 2020 Present: Cllr Weller")}),
         "Recreation and Amenities Committee"},
        {"a committee named with no date after it is not cut",
         extraction_of({heading("KESTONBURY TOWN COUNCIL"), heading("Recreation Committee"), para("Minutes")}),
         "Recreation Committee"},
    };
    for (const auto& r : rows) {
        INFO(r.rule);
        CHECK(body_of(r.extraction) == r.expected);
    }
}
