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
    };
    for (const auto& r : rows) {
        INFO(r.rule);
        CHECK(body_of(r.extraction) == r.expected);
    }
}
