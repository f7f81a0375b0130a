/** @file ocr_date_repair_test.cpp @brief Dates misread by OCR are repaired next to a month name, and nothing else is touched (issue 18). */
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extractors/ocr/ocr_date_repair.h"
#include "extractors/registry.h"
#include "facets/facet_detector.h"
#include "schema/records.h"
#include "tests/test_paths.h"

using quorum::extract::repair_ocr_dates;

namespace {

struct Row {
    const char* input;
    const char* expected;
};

}  // namespace

TEST_CASE("OCR date repair: superscript ordinals read as marks become the ordinal", "[ocr-dates]") {
    const std::vector<Row> rows = {
        {"MEETING OF QUILLBROOK PARISH COUNCIL ON 29\" September 2022", "MEETING OF QUILLBROOK PARISH COUNCIL ON 29th September 2022"},
        {"held on 26\"\" January", "held on 26th January"},
        {"23\"? February", "23rd February"},
        {"30\xC2\xB0\" March", "30th March"},            // 30°" March
        {"25'\" May 2023", "25th May 2023"},
        {"31\xC2\xB0 august", "31st august"},             // 31° august
        {"General Meeting Minutes February 29\", 2024 Outline", "General Meeting Minutes February 29th, 2024 Outline"},
        {"March 22\xE2\x80\x9D.", "March 22nd."},         // March 22”.
        {"12\" December", "12th December"},
        {"1\xE2\x80\x99 April 2021", "1st April 2021"},    // 1’ April
    };
    for (const auto& row : rows) {
        INFO(row.input);
        CHECK(repair_ocr_dates(row.input) == row.expected);
    }
}

TEST_CASE("OCR date repair: letters read for digits in a day or year next to a month", "[ocr-dates]") {
    const std::vector<Row> rows = {
        {"Tuesday, March 1O, 2O19", "Tuesday, March 10, 2019"},
        {"held on l9th June 2O2l", "held on 19th June 2021"},
        {"lst October 2020", "1st October 2020"},
        {"Ist October", "1st October"},
        {"2lst November l998", "21st November 1998"},
        {"June 3, 2OI8.", "June 3, 2018."},
        {"l5 May 2O16", "15 May 2016"},
    };
    for (const auto& row : rows) {
        INFO(row.input);
        CHECK(repair_ocr_dates(row.input) == row.expected);
    }
}

TEST_CASE("OCR date repair: spaced years, broken month names and glued days", "[ocr-dates]") {
    const std::vector<Row> rows = {
        {"January 14, 2 0 1 9", "January 14, 2019"},
        {"14 January 20 19 at 7pm", "14 January 2019 at 7pm"},
        {"Janu ary 14, 2019", "January 14, 2019"},
        {"the 3rd of Sept ember 2020", "the 3rd of September 2020"},
        {"Thurs28 Nov Thurs 19 Dec", "Thurs 28 Nov Thurs 19 Dec"},
        {"28Nov 2019", "28 Nov 2019"},
        {"4thMarch 2021", "4th March 2021"},
        {"November2020 precept", "November 2020 precept"},
    };
    for (const auto& row : rows) {
        INFO(row.input);
        CHECK(repair_ocr_dates(row.input) == row.expected);
    }
}

TEST_CASE("OCR date repair: a whole date broken over lines is joined, numeric dates repaired", "[ocr-dates]") {
    const std::vector<Row> rows = {
        {"Wednesday, February 12,\n2O20\nMinutes", "Wednesday, February 12, 2020\nMinutes"},
        {"held on Tuesday 14 May\n2024\nPresent:", "held on Tuesday 14 May 2024\nPresent:"},
        {"held on Tuesday 14\nMay 2024\nPresent:", "held on Tuesday 14 May 2024\nPresent:"},
        {"MEETING HELD ON l4.O5.2024", "MEETING HELD ON 14.05.2024"},
        {"Date: 14/05/2O24,", "Date: 14/05/2024,"},
        {"Date: O1/04/2l", "Date: 01/04/21"},
        {"on 3-l2-1998 at", "on 3-12-1998 at"},
    };
    for (const auto& row : rows) {
        INFO(row.input);
        CHECK(repair_ocr_dates(row.input) == row.expected);
    }
    const std::vector<const char*> unchanged = {
        "Item 14\nMay the council agree",  // no year: the lines stay apart
        "held in March\n2024 budget",      // no day: a month and year alone are not joined
        "lO/lO/2O2O",                       // a part with no real digit
        "ref 13/14/2O2O",                   // neither 13 nor 14 is a month
        "version 1.O5.2",                   // a year of one digit
        "14/05/2024 and 1/2/3",             // nothing misread
        "5/O5/3O24",                        // 3024 is no year
    };
    for (const char* text : unchanged) {
        INFO(text);
        CHECK(repair_ocr_dates(text) == text);
    }
}

TEST_CASE("OCR date repair: text that is not a misread date is left as it was", "[ocr-dates]") {
    const std::vector<const char*> unchanged = {
        "The board may 5 times ask for IO reports",  // "may" in lower case is no month
        "Item 12\" pipe to be laid in Mill Lane",      // inch mark with no month beside it
        "In March I said the lO lamps were out",       // "I" alone is no day: no real digit, no ordinal
        "Action Nov20.01 and Sept22.02 carried over",  // action references, not dates
        "ON March 3 the council met",                  // "ON" is a word, not 0N
        "May 20 residents signed",                     // a clean day is kept, "residents" is no year
        "Marching band 12 2019",                       // "Marching" is no month
        "  leading space and\ttabs\n\nkept  ",
        "",
        "12 March 2019, 3 April 2020",
        "5 May 2S16",  // 2516 is outside 1800-2099: no year, kept
    };
    for (const char* text : unchanged) {
        INFO(text);
        CHECK(repair_ocr_dates(text) == text);
    }
}

TEST_CASE("OCR'd pages reach the date rules repaired, from the OCR cache too", "[ocr-dates]") {
    // The committed one-page scan (fictional Little Wexcombe Parish Council), its page given as
    // cached OCR text with the misreads of real scans: no Tesseract is needed. Without the repair,
    // none of these is dated (a year alone on its line is dropped as if a page number).
    const std::vector<const char*> pages = {
        "LITTLE WEXCOMBE PARISH COUNCIL\nMinutes of the meeting held on 14\" May 2O24\n"
        "Present: Cllr Marjorie Pennyfeather (Chair), Cllr Desmond Quillfoot.\n"
        "41. The clerk reported that the bus shelter would be repaired by 3l\" July.\n",
        "LITTLE WEXCOMBE PARISH COUNCIL\nMinutes of the meeting held on Tuesday 14 May\n2024\n"
        "Present: Cllr Marjorie Pennyfeather (Chair).\n",
        "LITTLE WEXCOMBE PARISH COUNCIL\nMinutes of the meeting held on\nTuesday, May 14,\n2024\n\n"
        "Present: Cllr Marjorie Pennyfeather (Chair).\n",
        "LITTLE WEXCOMBE PARISH COUNCIL MINUTES OF MEETING HELD ON l4.O5.2024\n"
        "Present: Cllr Marjorie Pennyfeather (Chair).\n",
    };
    quorum::extract::OcrOptions ocr;
    ocr.mode = quorum::extract::OcrMode::Auto;
    const quorum::extract::Registry registry(ocr);
    const std::string pdf = quorum::test::source_dir() + "/tests/ocr/scanned-minutes.pdf";
    const std::string bytes = quorum::extract::read_file_bytes(pdf);
    const quorum::facets::FacetDetector detector;
    for (const char* page : pages) {
        INFO(page);
        const auto e = registry.extract_bytes(bytes, "scanned-minutes.pdf", {{1, {page, 91}}});
        REQUIRE(e.page_sources.size() == 1);
        CHECK(e.page_sources.front().cached);
        std::vector<quorum::Item> items;
        const quorum::DocumentFacets f = detector.detect(e, items);
        REQUIRE(f.dates.size() == 1);
        CHECK(f.dates.front().value == "2024-05-14");
    }
    const auto first = registry.extract_bytes(bytes, "scanned-minutes.pdf", {{1, {pages.front(), 91}}});
    CHECK(first.full_text().find("held on 14th May 2024") != std::string::npos);
    CHECK(first.full_text().find("by 31st July.") != std::string::npos);
}

TEST_CASE("a real scan whose date OCR reads with a superscript as a mark is dated (../shared)", "[ocr-dates][ocr]") {
    // Bronx Community Board 1's scan: Tesseract reads its title date `February 29", 2024`
    // (the superscript "th" as a mark); repaired, the date rules find the meeting date.
    const std::string shared = quorum::test::shared_dir_or_skip();
    quorum::test::ocr_language_or_skip();
    quorum::extract::OcrOptions ocr;
    ocr.mode = quorum::extract::OcrMode::Auto;
    ocr.page_seconds = 600;
    ocr.document_seconds = 3600;
    const quorum::extract::Registry registry(ocr);
    // Only its first page (the title) is OCR'd: the other four are given as known, empty.
    const quorum::extract::KnownOcrPages rest = {{2, {"", 0}}, {3, {"", 0}}, {4, {"", 0}}, {5, {"", 0}}};
    const std::string path = shared + "/corpus-real/pdf/us_nyc-bronx-cb1_2024-02-29_general-board-minutes_scanned.pdf";
    const auto e = registry.extract_bytes(quorum::extract::read_file_bytes(path), path, rest);
    REQUIRE(e.page_sources.size() == 5);
    CHECK_FALSE(e.page_sources.front().cached);
    const quorum::facets::FacetDetector detector;
    std::vector<quorum::Item> items;
    const quorum::DocumentFacets f = detector.detect(e, items);
    REQUIRE(f.dates.size() == 1);
    CHECK(f.dates.front().value == "2024-02-29");
}
