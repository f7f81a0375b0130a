/** @file councils_layouts_test.cpp @brief The publishing body on archives the rules were not written on (issue 16): bodies outside the UK named by their own heading, place names that stop at times, offices, weekdays and the body that meets, UK names in North American running text, joint meetings. Invented text (fictional places). */
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "facets/council_util.h"
#include "facets/councils.h"
#include "facets/gazetteer.h"
#include "tests/block_builders.h"

using quorum::extract::Extraction;
using quorum::facets::detect_councils;
using quorum::facets::Gazetteer;
using quorum::test::extraction_of;
using quorum::test::heading;
using quorum::test::para;

namespace {

std::string publishers(const Extraction& x) {
    std::string out;
    for (const auto& v : detect_councils(x, Gazetteer::builtin()).publishers) out += (out.empty() ? "" : "; ") + v.value;
    return out;
}

}  // namespace

TEST_CASE("find_authority_patterns: place names end where the name does", "[facets][councils]") {
    struct Row {
        const char* text;
        const char* first;  // "" for none
    };
    const Row rows[] = {
        {"Regular meeting of the City of Fernbrook at 7:00 P.M. in the hall", "City of Fernbrook"},
        {"City of Fernbrook Mayor Dana Holt opened the meeting", "City of Fernbrook"},
        {"Special Meeting of the Port of Wendle Board of Commissioners", "Port of Wendle"},
        {"The Township of Ashgrove Monday, October 28, 2019", "Township of Ashgrove"},
        {"The Corporation of the Township of Ashgrove", "Township of Ashgrove"},
        {"Fernbrook Unified School District", "Fernbrook Unified School District"},
        {"Meeting of the Wendle County Board of Education", "Wendle County Board of Education"},
        {"Board of Trustees | Ashgrove Community College District | Thursday", "Ashgrove Community College District"},
        {"held at the City of Fernbrook Government Center", "City of Fernbrook"},
        {"CITY OF FERNBROOK STAFF REPORT To: Mayor and City Council", "City of Fernbrook"},
        {"CITY OF FERNBROOK NOTICE OF PUBLIC MEETING", "City of Fernbrook"},
        {"the town of several hundred people", ""},
        // A heading's lines read as one: the place stops where a body's name starts.
        {"CITY OF FERNBROOK LICENSING BOARD HEARING MINUTES", "City of Fernbrook"},
        {"City of Willowmere Planning Commission Meeting Agenda March 4, 2019", "City of Willowmere"},
        {"CITY OF WILLOWMERE CITY COUNCIL REGULAR MEETING MINUTES", "City of Willowmere"},
        {"City of Lake Forest Park Regular Meeting", "City of Lake Forest Park"},
        {"Licensing Board for the City of Fernbrook Voting Minutes Thursday, January 10, 2019", "City of Fernbrook"},
        {"Agenda - Special Meeting October 28, 2019 - Ashgrove Township", "Township of Ashgrove"},
        {"ASHGROVE TOWNSHIP COUNCIL", "Township of Ashgrove"},
        // The word before "Hearing" or "Session" says what kind of sitting it was (round 10).
        {"Licensing Board for the Town of Marblehaven Transactional Hearing Minutes April 2, 2019", "Town of Marblehaven"},
        {"CITY OF HOLLISTER FALLS BUDGET SESSION AGENDA", "City of Hollister Falls"},
        {"Town of Marblehaven Hearing Minutes", "Town of Marblehaven"},
        {"CITY OF HOLLISTER FALLS COMMITTEE OF THE WHOLE MINUTES June 17, 2019", "City of Hollister Falls"},
        // A body named for two things begins at the first of them (round 10).
        {"CITY OF HOLLISTER FALLS PARKS AND RECREATION ADVISORY BOARD MINUTES", "City of Hollister Falls"},
        {"City of Hollister Falls Health & Safety Committee", "City of Hollister Falls"},
        // A place name keeps one case: OCR of a letterhead's logo after it, or a state's code.
        {"The Corporation of the Township of Ashgrove ASHG I Beatty Street", "Township of Ashgrove"},
        {"City of Fernbrook MN 55401", "City of Fernbrook"},
        {"CITY OF LAKE FOREST PARK", "City of Lake Forest Park"},
    };
    for (const auto& r : rows) {
        INFO(r.text);
        const auto found = quorum::facets::council_util::find_authority_patterns(r.text);
        CHECK((found.empty() ? std::string() : found.front()) == r.first);
    }
}

TEST_CASE("detect_councils: bodies outside the UK and joint meetings", "[facets][councils]") {
    struct Row {
        const char* rule;
        Extraction extraction;
        const char* expected;
    };
    const Row rows[] = {
        {"a port district named in its front-matter subtitle; a UK acronym in US running text is no publisher",
         extraction_of({para("Wednesday, November 07, 2018 09:30 AM at the Port Office"), heading("CALL TO ORDER"),
                        para("The commissioners discussed the GMP proposal and the schedule for January 9th.")},
                       {{"subtitle", "Special Meeting of the Port of Wendle Board of Commissioners"}}, "November 2018 Minutes"),
         "Port of Wendle"},
        {"a county board of education from its heading",
         extraction_of({para("Tuesday, October 19, 2021"), para("Wendle County Board of Education Meeting Agenda at 6:30 p.m."),
                        para("1. Call to Order and Roll Call")}),
         "Wendle County Board of Education"},
        {"a joint meeting's heading names both councils though the metadata names one",
         extraction_of({para("Joint Meeting of Eastmere District Council and Harrowby Borough Council"), para("Present: Cllr A Weller")},
                       {{"Author", "Eastmere District Council"}}),
         "Eastmere District Council; Harrowby Borough Council"},
        {"the West of England's combined authority under its older name",
         extraction_of({heading("WEST OF ENGLAND COMBINED AUTHORITY COMMITTEE"), para("Report of the Director")}),
         "West of England Mayoral Combined Authority"},
    };
    for (const auto& r : rows) {
        INFO(r.rule);
        CHECK(publishers(r.extraction) == r.expected);
    }
}

TEST_CASE("detect_councils: a council named as a supporter, or in passing in running text, is not the publisher (round 10)",
          "[facets][councils]") {
    struct Row {
        const char* rule;
        Extraction extraction;
        const char* expected;
    };
    // Fictional organisations; the councils are the sample archive's invented ones.
    const std::string compared =
        "1. The aim of a workplace levy is to reduce congestion in the centre. Eastmere District Council (EDC) ran such a "
        "scheme for ten years, and its figures are given below for comparison with the scheme proposed here.";
    const std::string own = "5. This will enable Harrowby Borough Council to meet its transport targets. Harrowby has a "
                            "different layout from Eastmere, and the scheme proposed for Harrowby is smaller.";
    const Row rows[] = {
        {"a society's letterhead says which council supports it: the council is not its publisher",
         extraction_of({para("Wexcombe Reading Rooms Trading Society Limited, supported by Northvale County Council"),
                        heading("MINUTES"), para("1. Apologies: none")}),
         ""},
        {"the same council named as the author of the letterhead still publishes",
         extraction_of({para("Northvale County Council"), heading("MINUTES"), para("1. Apologies: none")}), "Northvale County Council"},
        {"a report names another council first in its running text, its own council more often",
         extraction_of({para("Committee Report PURPOSE: Decision Report COMMITTEE: Transport Committee DATE: 4 March 2025"),
                        para(compared), para("2. Background to the proposal in some detail."), para(own),
                        para("6. The business case for Harrowby Borough Council will follow. Harrowby residents were consulted.")}),
         "Harrowby Borough Council"},
        {"a council named once in the running text of a report that names no other stays the publisher",
         extraction_of({para("Committee Report COMMITTEE: Transport Committee DATE: 4 March 2025"), para(compared)}),
         "Eastmere District Council"},
    };
    for (const auto& r : rows) {
        INFO(r.rule);
        CHECK(publishers(r.extraction) == r.expected);
    }
}
