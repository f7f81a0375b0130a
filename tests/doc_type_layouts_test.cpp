/** @file doc_type_layouts_test.cpp @brief The document type from what the document calls itself on unfamiliar layouts (issue 16): first lines over template metadata and later item headings, decision forms, resolutions adopted or only introduced. Invented text (fictional councils). */
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "facets/body_and_type.h"
#include "tests/block_builders.h"

using quorum::extract::Extraction;
using quorum::facets::detect_doc_type;
using quorum::test::extraction_of;
using quorum::test::heading;
using quorum::test::para;

namespace {

std::string type_of(const Extraction& x) {
    const auto t = detect_doc_type(x, {});
    return t.empty() ? "" : t.front().value;
}

}  // namespace

TEST_CASE("detect_doc_type: the kind the document names in its first lines", "[facets][doctype]") {
    struct Row {
        const char* rule;
        Extraction extraction;
        const char* expected;
    };
    const Row rows[] = {
        {"printed minutes on a reused 'Agenda Template' keep their first line's kind",
         extraction_of({para("Northvale City Council Minutes of the Housing Policy Committee"), heading("12 September 2024 at 5.00 pm"),
                        para("Members Present: Councillors A Weller (Chair), B Oduya")},
                       {{"Title", "Agenda Template"}}, "Agenda Template"),
         "minutes"},
        {"a decision recording form",
         extraction_of({para("Decision Recording Form"),
                        para("Decision determined at Housing Policy Committee meeting on 12 September 2024"),
                        para("Committee Members present: Councillor A Weller")},
                       {{"Title", "Agenda Template"}}, "Agenda Template"),
         "decision"},
        {"an agenda whose consent calendar lists earlier minutes",
         extraction_of({para("Thursday, January 16, 2020 02:00 PM at the Harbor Office"), heading("AGENDA"),
                        para("Harbor Regular Commission Meeting January 16, 2:00 PM"), heading("CALL TO ORDER"),
                        heading("CONSENT CALENDAR"), heading("November 21, 2019 Regular Meeting Minutes"), heading("ADJOURNMENT")}),
         "agenda"},
        {"a resolution passed and adopted is a decision",
         extraction_of({heading("FERNBROOK COUNTY BOARD OF EDUCATION"), para("Resolution No. 22-01 WHEREAS, a petition was submitted;"),
                        para("PASSED AND ADOPTED by the Board at its regular meeting on April 12, 2022."),
                        para("RESOLVED that the petition is approved.")}),
         "decision"},
        {"a resolution only introduced is none of the kinds",
         extraction_of({para("City Council Chief Clerk's Office"), heading("RESOLUTION NO. 110001"), para("Introduced May 12, 2011"),
                        para("RESOLVED, that the Committee on Streets hold hearings on pothole repairs.")}),
         ""},
        {"a notice of a committee meeting is an agenda",
         extraction_of({para("Tuesday, December 7, 2021"), para("NOTICE OF BUDGET COMMITTEE MEETING VIA VIDEO AT 4:00 PM"),
                        para("The Budget Committee will conduct this meeting by video."), para("1. Call to Order and Roll Call"),
                        para("Present: the members named below.")}),
         "agenda"},
        {"an ordinance passed is a decision",
         extraction_of({heading("City of Willowmere"), heading("Ordinance No. 2019-05"), para("AN ORDINANCE AMENDING THE ZONING CODE"),
                        para("WHEREAS the City Council finds that the code needs amending;"),
                        para("PASSED by the City Council this 12th day of August, 2019.")}),
         "decision"},
        {"a notice of a public hearing is an agenda",
         extraction_of({heading("CITY OF WILLOWMERE"), heading("NOTICE OF PUBLIC HEARING"),
                        para("The Willowmere City Council will hold a public hearing on Monday, August 12, 2019 at 7:00 p.m.")}),
         "agenda"},
        {"'AGENDA' on its own line under a heading of short lines (city, meeting, date, time)",
         extraction_of({heading("CITY OF WILLOWMERE"), heading("REGULAR CITY COUNCIL MEETING"), para("Monday, August 12, 2019"),
                        para("7:00 PM"), heading("AGENDA"), para("1. Call to Order"), para("2. Public Hearing: Ordinance 2019-05")}),
         "agenda"},
        {"... and 'Meeting Minutes' likewise",
         extraction_of({heading("WILLOW CREEK SANITARY DISTRICT"), heading("BOARD OF DIRECTORS"), para("Tuesday, March 12, 2019"),
                        para("6:00 PM, District Office"), para("Meeting Minutes"), para("1. Call to Order")}),
         "minutes"},
        {"an agenda's unnumbered 'Approval of Minutes' line is not the document's name",
         extraction_of({heading("CITY OF WILLOWMERE"), heading("PLANNING COMMISSION"), para("Monday, August 12, 2019"),
                        para("7:00 PM"), para("Approval of Minutes"), para("Public hearing: variance at 12 Oak Street")}),
         ""},
        {"an 'Agenda' line after the first numbered item is not the document's name",
         extraction_of({heading("CITY OF WILLOWMERE"), heading("PLANNING COMMISSION"), para("Monday, August 12, 2019"),
                        para("7:00 PM"), para("1. Call to order"), para("Agenda")}),
         ""},
    };
    for (const auto& r : rows) {
        INFO(r.rule);
        CHECK(type_of(r.extraction) == r.expected);
    }
}

TEST_CASE("detect_doc_type: a record of votes and motions is minutes even without the word", "[facets][doc_type]") {
    struct Row {
        const char* rule;
        quorum::extract::Extraction extraction;
        const char* expected;
    };
    const Row rows[] = {
        {"moved, seconded, carried and adjourned: minutes",
         quorum::test::extraction_of({quorum::test::heading("CITY OF ASHGROVE"), quorum::test::para("Regular Meeting"),
                                      quorum::test::para("Mayor Dune opened the session."),
                                      quorum::test::para("Councilor Reyes moved to approve the paving contract, seconded by Councilor Tam. Motion carried."),
                                      quorum::test::para("The meeting adjourned at 8:15 p.m.")}),
         "minutes"},
        {"votes counted after their verb, with the outcome they gave, are two kinds of record cue (round 10)",
         quorum::test::extraction_of({quorum::test::heading("Town of Marblehaven Licensing Board"), quorum::test::para("Voting Hearing"),
                                      quorum::test::para("The Board voted on the following matters heard on January 3, 2019:"),
                                      quorum::test::para("1. Quill and Barrel LLC, 5 Harbor Way. New license. The Board voted 2-0 to grant."),
                                      quorum::test::para("2. Ferry Street Deli Inc. Extension of hours. The Board voted 2 - 0 to deny.")}),
         "minutes"},
        {"'voted on' and outcomes alone in a decision column's cells are two kinds of record cue (round 10)",
         quorum::test::extraction_of({quorum::test::heading("Licensing Board for the Town of Marblehaven"),
                                      quorum::test::heading("Voting Hearing"),
                                      quorum::test::para("The Board voted on the applications heard on May 9, 2019."),
                                      quorum::test::cell("Applicant"), quorum::test::cell("Decision"),
                                      quorum::test::cell("Cove Bistro Inc."), quorum::test::cell("Granted")}),
         "minutes"},
        {"an outcome word inside a sentence is not a cell's outcome (round 10)",
         quorum::test::extraction_of({quorum::test::heading("Licensing Board for the Town of Marblehaven"),
                                      quorum::test::heading("Voting Hearing"),
                                      quorum::test::para("The Board voted on the applications heard on May 9, 2019."),
                                      quorum::test::cell("Applicant"), quorum::test::cell("Licenses granted this year")}),
         ""},
        {"a count alone, without its outcome, is one cue: not enough (round 10)",
         quorum::test::extraction_of({quorum::test::heading("Town of Marblehaven Licensing Board"), quorum::test::para("Voting Hearing"),
                                      quorum::test::para("1. Quill and Barrel LLC, 5 Harbor Way. New license. The Board voted 2-0.")}),
         ""},
        {"a score that is no vote ('passed 2019-2020 budget') is no cue (round 10)",
         quorum::test::extraction_of({quorum::test::heading("Town of Marblehaven Licensing Board"), quorum::test::para("Voting Hearing"),
                                      quorum::test::para("1. The fee schedule passed 2019-2020 to grant relief; granted.")}),
         ""},
        {"'Minutes of the meeting held on <date>' under the council's and committee's names is the document's own title (round 10)",
         quorum::test::extraction_of({quorum::test::heading("BRAMLEIGH TOWN COUNCIL"), quorum::test::heading("PLANNING COMMITTEE"),
                                      quorum::test::para("MINUTES OF THE MEETING HELD ON MONDAY 2 MARCH 2020"),
                                      quorum::test::para("PRESENT: Cllrs Abbot (Chair), Marsh, Wren")}),
         "minutes"},
        {"the same words after an item's number are an earlier meeting's minutes (round 10)",
         quorum::test::extraction_of({quorum::test::heading("BRAMLEIGH TOWN COUNCIL"), quorum::test::heading("AGENDA"),
                                      quorum::test::para("3."), quorum::test::para("Minutes of the meeting held on 2 March 2020"),
                                      quorum::test::para("4."), quorum::test::para("To consider planning applications"),
                                      quorum::test::para("5."), quorum::test::para("To receive the clerk's report")}),
         "agenda"},
        {"a record named by what it records: 'SUMMARY OF ACTIONS' (round 10)",
         quorum::test::extraction_of({quorum::test::heading("CITY OF HOLLISTER FALLS"), quorum::test::heading("CITY COUNCIL"),
                                      quorum::test::heading("SUMMARY OF ACTIONS"), quorum::test::para("Monday, June 1, 2020"),
                                      quorum::test::para("1. Consent calendar approved 4-0.")}),
         "minutes"},
        {"a record named by what it records: 'Record of Proceedings' (round 10)",
         quorum::test::extraction_of({quorum::test::heading("Bramleigh Town Council"), quorum::test::para("Record of Proceedings"),
                                      quorum::test::para("Full Council, 14th July 2020")}),
         "minutes"},
        {"one cue alone is not enough",
         quorum::test::extraction_of({quorum::test::heading("CITY OF ASHGROVE"), quorum::test::para("Regular Meeting"),
                                      quorum::test::para("Public hearing on the paving contract, moved by staff from last month.")}),
         ""},
    };
    for (const auto& r : rows) {
        INFO(r.rule);
        const auto t = quorum::facets::detect_doc_type(r.extraction, {});
        CHECK((t.empty() ? std::string() : t.front().value) == r.expected);
    }
}

TEST_CASE("detect_doc_type: minutes that record a resolution are still minutes (round 9)", "[facets][doctype]") {
    struct Row {
        const char* rule;
        Extraction extraction;
        const char* expected;
    };
    const Row rows[] = {
        {"'Minutes' in the heading, then a resolution adopted by vote among the items",
         extraction_of({heading("Fernbrook City Council"), para("Minutes \u2014 Regular Session \u2014 6/10/2019"),
                        para("Present: Mayor Pellworth, Councilor Brandt, Councilor Ochoa"),
                        quorum::test::li("Minutes of 5/13/2019 approved"), quorum::test::li("Resolution 2019-07 adopted 2-0")}),
         "minutes"},
        {"'Voting Minutes' read together with 'The Board voted to approve the following' names itself minutes",
         extraction_of({para("Licensing Board for the City of Fernbrook Voting Minutes Thursday, January 10, 2019 Ivo Renn, "
                             "Chairman The Board voted to approve the following: Harbor Grill LLC")}),
         "minutes"},
        {"'Approval of the Minutes' alone is an agenda item, not the document's name",
         extraction_of({heading("AGENDA"), para("Fernbrook Harbor Commission, June 10, 2019"),
                        para("1. Approval of the Minutes of May 13, 2019")}),
         "agenda"},
        {"an agenda that lists a resolution to adopt is an agenda",
         extraction_of({heading("AGENDA"), para("Fernbrook City Council, June 10, 2019, 7:00 PM"),
                        para("Resolution 2019-07: adopting the fee schedule")}),
         "agenda"},
        {"a resolution printed on its own, adopted, is still a decision",
         extraction_of({heading("RESOLUTION NO. 2019-07"), para("A resolution adopting the fee schedule."),
                        para("PASSED AND ADOPTED by the City Council of the City of Fernbrook this 10th day of June, 2019.")}),
         "decision"},
    };
    for (const auto& r : rows) {
        INFO(r.rule);
        CHECK(type_of(r.extraction) == r.expected);
    }
}

TEST_CASE("detect_doc_type: an agenda's shape, a report's and a notice of decision's own names (round 9)", "[facets][doctype]") {
    struct Row {
        const char* rule;
        Extraction extraction;
        const char* expected;
    };
    const Row rows[] = {
        {"numbered items with nothing under them, 'ROLL CALL' among them: an agenda that never says so",
         extraction_of({heading("CITY OF FERNBROOK"), heading("REGULAR CITY COUNCIL MEETING"), para("Monday, March 11, 2019 - 7:00 PM"),
                        heading("1. CALL TO ORDER"), heading("2. ROLL CALL"), heading("3. APPROVAL OF THE AGENDA"),
                        heading("4. APPROVAL OF MINUTES - February 11, 2019"), heading("5. PUBLIC COMMENT"), heading("6. ADJOURNMENT")}),
         "agenda"},
        {"the same items with what was done under them: minutes",
         extraction_of({heading("CITY OF FERNBROOK"), heading("REGULAR CITY COUNCIL MEETING"), para("Monday, March 11, 2019 - 7:00 PM"),
                        heading("1. CALL TO ORDER"), para("Mayor Pellworth called the meeting to order at 7:02 PM."),
                        heading("2. ROLL CALL"), para("Present: Councilors Brandt, Ochoa and Lutz. Absent: none."),
                        heading("3. APPROVAL OF THE AGENDA"), para("Brandt moved to approve the agenda; Ochoa seconded. Motion carried 3-0."),
                        heading("4. ADJOURNMENT"), para("The meeting was adjourned at 8:40 PM.")}),
         "minutes"},
        {"items that say what is to be done ('To receive', 'To approve'): an agenda",
         extraction_of({heading("Kestonbury Town Council"), heading("Planning and Development Committee"),
                        para("Thursday 2nd April 2020 at 7.30pm"), heading("1. To receive apologies for absence"),
                        heading("2. To receive declarations of interest"),
                        para("3. To approve the minutes of the meeting held on 5th March 2020 as a correct record"),
                        para("4. To consider planning applications received")}),
         "agenda"},
        {"'STAFF REPORT' in the heading and a memo's From/Subject lines: a report",
         extraction_of({heading("CITY OF FERNBROOK"), heading("STAFF REPORT"), para("To: Mayor and City Council"),
                        para("From: Mara Quill, City Recorder"), para("Meeting Date: March 11, 2019"),
                        para("Subject: Ordinance 2019-02, Sidewalk Repair")}),
         "report"},
        {"'Notice of Decision': a decision",
         extraction_of({heading("Kestonbury Town Council"), heading("Notice of Decision"),
                        para("Planning and Development Committee, 2nd April 2020"),
                        para("Application DC/20/0412/FUL, 3 Mill Close. The Committee resolved to raise no objection.")}),
         "decision"},
        {"'Meeting Report' is still the minutes' name, not a report",
         extraction_of({heading("FERNBROOK CITY COUNCIL MEETING REPORT"), para("Present: Mayor Pellworth, Councilors Brandt and Ochoa"),
                        para("Motion carried 3-0.")}),
         "minutes"},
    };
    for (const auto& r : rows) {
        INFO(r.rule);
        CHECK(type_of(r.extraction) == r.expected);
    }
}
