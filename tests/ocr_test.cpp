/** @file ocr_test.cpp @brief OCR of scanned PDF pages (issue 18): which pages are read, cache hints, time budgets, the CLI flags. */
#include <catch2/catch.hpp>

#include <cctype>
#include <cstdlib>
#include <iostream>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "extractors/extract_error.h"
#include "extractors/ocr/tesseract_ocr.h"
#include "extractors/pdf_ocr.h"
#include "extractors/registry.h"
#include "tests/process_util.h"
#include "tests/test_paths.h"

using quorum::extract::ExtractError;
using quorum::extract::FailureReason;
using quorum::extract::KnownOcrPages;
using quorum::extract::OcrMode;
using quorum::extract::OcrOptions;
using quorum::extract::PageSource;
using quorum::extract::Registry;

namespace {

// Like quorum::test::ocr_language_or_skip(), for Tesseract's orientation data (osd.traineddata,
// Debian's tesseract-ocr-osd): skips loudly (exit 4), or fails under CI=true.
void ocr_orientation_or_skip() {
    quorum::test::ocr_language_or_skip();
    if (quorum::extract::orientation_detection_available()) return;
    const char* ci = std::getenv("CI");
    if (ci && std::string(ci) == "true") FAIL("CI=true but Tesseract's orientation data (osd.traineddata) is missing");
    std::cerr << "SKIPPED: Tesseract's orientation data (osd.traineddata) is missing; this OCR test was not run "
                 "(scripts/install-deps installs tesseract-ocr-osd)\n";
    std::exit(4);
}

std::string fixture(const std::string& name) { return quorum::test::source_dir() + "/tests/ocr/" + name; }

// Budgets far above what a page needs: these tests are about which pages are read, and a
// loaded machine or a sanitizer build must not turn a slow page into an ocr-skipped one (the
// tests of the budgets set their own).
OcrOptions ocr_options(OcrMode mode) {
    OcrOptions o;
    o.mode = mode;
    o.page_seconds = 600;
    o.document_seconds = 1200;
    return o;
}

// "1:ocr 2:text-layer" style summary of where each page's text came from.
std::string sources(const quorum::extract::Extraction& e) {
    std::string out;
    for (const auto& p : e.page_sources)
        out += (out.empty() ? "" : " ") + std::to_string(p.page) + ":" + std::string(page_source_name(p.source)) +
               (p.cached ? "(cached)" : "");
    return out;
}

// Words as bench/ocr/word_recall.py counts them (ASCII is enough for the fixtures): runs of
// letters and digits, an apostrophe inside a word kept, lower-cased.
std::map<std::string, int> word_counts(const std::string& text) {
    std::map<std::string, int> counts;
    std::string word;
    for (size_t i = 0; i <= text.size(); ++i) {
        const unsigned char c = i < text.size() ? static_cast<unsigned char>(text[i]) : ' ';
        const bool inner_apostrophe = c == '\'' && !word.empty() && i + 1 < text.size() &&
                                      std::isalnum(static_cast<unsigned char>(text[i + 1]));
        if (std::isalnum(c) || inner_apostrophe) {
            word += static_cast<char>(std::tolower(c));
        } else if (!word.empty()) {
            ++counts[word];
            word.clear();
        }
    }
    return counts;
}

// The share of `known`'s words (with their repeats) that `found` holds.
double word_recall(const std::string& known, const std::string& found) {
    const auto want = word_counts(known), have = word_counts(found);
    int total = 0, hit = 0;
    for (const auto& [word, n] : want) {
        total += n;
        const auto it = have.find(word);
        hit += it == have.end() ? 0 : std::min(n, it->second);
    }
    return total ? static_cast<double>(hit) / total : 1.0;
}

std::string read_text(const std::string& path) {
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

TEST_CASE("word recall counts each known word as often as it occurs", "[ocr]") {
    struct Row {
        const char* known;
        const char* found;
        double expected;
    };
    const std::vector<Row> rows = {
        {"the clerk read the minutes", "The clerk read the minutes.", 1.0},
        {"the clerk read the minutes", "the clerk read minutes", 0.8},     // "the" twice, found once
        {"Cllr Quillfoot's motion", "Cllr Quill foot's motion", 2.0 / 3},  // a split word is missed
        {"", "anything", 1.0},
    };
    for (const auto& row : rows) {
        CAPTURE(row.known, row.found);
        CHECK(word_recall(row.known, row.found) == Approx(row.expected));
    }
}

TEST_CASE("OCR of the generated scan finds at least 97% of its words", "[ocr]") {
    // The scan (tests/ocr/make_scans.py) is the typeset page at 300 dpi with a little skew, blur
    // and speckle; scanned-minutes.txt is the typeset page's own text. bench/ocr_accuracy measures
    // the same on generated archives and on real scans.
    quorum::test::ocr_language_or_skip();
    const auto e = Registry(ocr_options(OcrMode::Auto)).extract_file(fixture("scanned-minutes.pdf"));
    const std::string known = read_text(fixture("scanned-minutes.txt"));
    REQUIRE(word_counts(known).size() > 50);
    CAPTURE(e.full_text());
    CHECK(word_recall(known, e.full_text()) >= 0.97);
}

TEST_CASE("a gray image turns a quarter, a half and three quarters clockwise", "[ocr]") {
    // 3 x 2:  a b c
    //         d e f
    const std::string source = "abcdef";
    const quorum::extract::GrayImage image{reinterpret_cast<const unsigned char*>(source.data()), 3, 2, 3, 300};
    struct Row {
        int degrees;
        std::string expected;  // rows joined by '/'
    };
    const std::vector<Row> rows = {{90, "da/eb/fc"}, {180, "fed/cba"}, {270, "cf/be/ad"}};
    for (const auto& row : rows) {
        std::vector<unsigned char> pixels;
        const auto turned = quorum::extract::turn_clockwise(image, row.degrees, pixels);
        std::string rendered;
        for (int y = 0; y < turned.height; ++y) {
            if (y) rendered += '/';
            for (int x = 0; x < turned.width; ++x) rendered += static_cast<char>(turned.pixels[y * turned.bytes_per_row + x]);
        }
        CAPTURE(row.degrees);
        CHECK(rendered == row.expected);
        CHECK(turned.dpi == 300);
    }
}

TEST_CASE("a page scanned sideways is turned upright and read as well as the upright scan", "[ocr]") {
    // sideways-minutes.pdf is scanned-minutes.pdf's image turned a quarter turn anticlockwise on a
    // landscape page (tests/ocr/make_scans.py): read as it lies, OCR finds fragments of letters.
    ocr_orientation_or_skip();
    const auto e = Registry(ocr_options(OcrMode::Auto)).extract_file(fixture("sideways-minutes.pdf"));
    const std::string known = read_text(fixture("scanned-minutes.txt"));
    CAPTURE(e.full_text());
    CHECK(word_recall(known, e.full_text()) >= 0.97);
    REQUIRE(e.page_sources.size() == 1);
    CHECK(e.page_sources[0].confidence >= 70);
}

TEST_CASE("a page is OCR'd when its text layer is missing or garbled, as the mode says", "[ocr]") {
    using quorum::extract::pdf::PageLines;
    const PageLines real = {"Minutes of the meeting of Little Wexcombe Parish Council held on 14 May 2024",
                            "Present: Cllr Pennyfeather (Chair), Cllr Quillfoot and the clerk."};
    const PageLines empty = {};
    const PageLines few = {"12"};
    std::string junk;
    for (int i = 0; i < 30; ++i) junk += "6',8 /398+74,8. ";
    const PageLines garbled = {junk};
    struct Row {
        OcrMode mode;
        std::vector<PageLines> pages;
        std::vector<bool> expected;
    };
    const std::vector<Row> rows = {
        {OcrMode::Auto, {real, empty, few, garbled}, {false, true, true, true}},
        {OcrMode::Auto, {real, real}, {false, false}},
        {OcrMode::Off, {real, empty, garbled}, {false, false, false}},
        {OcrMode::Force, {real, empty}, {true, true}},
    };
    for (const auto& row : rows) {
        CAPTURE(ocr_mode_name(row.mode), row.pages.size());
        CHECK(quorum::extract::pdf::pages_to_ocr(row.pages, row.mode) == row.expected);
    }
}

TEST_CASE("OCR modes and their names round-trip, and an unknown name is refused", "[ocr]") {
    for (const OcrMode m : {OcrMode::Off, OcrMode::Auto, OcrMode::Force})
        CHECK(quorum::extract::ocr_mode_from_name(quorum::extract::ocr_mode_name(m)) == m);
    CHECK_FALSE(quorum::extract::ocr_mode_from_name("sometimes").has_value());
}

TEST_CASE("an image-only PDF is read by OCR, and fails as no-text-layer with OCR off", "[ocr]") {
    quorum::test::ocr_language_or_skip();
    const Registry with_ocr(ocr_options(OcrMode::Auto));
    const auto e = with_ocr.extract_file(fixture("scanned-minutes.pdf"));
    CHECK(sources(e) == "1:ocr");
    CHECK(e.page_sources.at(0).confidence > 50);
    CHECK(e.new_ocr_pages.count(1) == 1);
    const std::string text = e.full_text();
    for (const char* word : {"Pennyfeather", "Brackenhurst", "Apologies", "brambles", "2024"}) {
        CAPTURE(word, text);
        CHECK(text.find(word) != std::string::npos);
    }

    const Registry without(ocr_options(OcrMode::Off));
    try {
        without.extract_file(fixture("scanned-minutes.pdf"));
        FAIL("expected no-text-layer");
    } catch (const ExtractError& err) {
        CHECK(err.reason() == FailureReason::NoTextLayer);
    }
}

TEST_CASE("in a mixed PDF only the image page is OCR'd, and --ocr force reads the text page too", "[ocr]") {
    quorum::test::ocr_language_or_skip();
    const auto e = Registry(ocr_options(OcrMode::Auto)).extract_file(fixture("mixed-minutes.pdf"));
    CHECK(sources(e) == "2:ocr");
    bool page1_text_layer = false, page2_ocr = false;
    for (const auto& b : e.blocks) {
        page1_text_layer = page1_text_layer || (b.page == 1 && b.text.find("Declarations of interest") != std::string::npos);
        page2_ocr = page2_ocr || (b.page == 2 && b.text.find("Brackenhurst") != std::string::npos);
    }
    CHECK(page1_text_layer);
    CHECK(page2_ocr);
    CHECK(sources(Registry(ocr_options(OcrMode::Force)).extract_file(fixture("mixed-minutes.pdf"))) == "1:ocr 2:ocr");
}

TEST_CASE("pages the caller has cached are not OCR'd again", "[ocr]") {
    // No Tesseract is needed: the only page to OCR is known.
    const KnownOcrPages known = {{2, {"Cached page: the Brackenhurst quote was accepted by the council.", 88}}};
    const Registry registry(ocr_options(OcrMode::Auto));
    const std::string bytes = quorum::extract::read_file_bytes(fixture("mixed-minutes.pdf"));
    const auto e = registry.extract_bytes(bytes, "mixed-minutes.pdf", known);
    CHECK(sources(e) == "2:ocr(cached)");
    CHECK(e.page_sources.at(0).confidence == 88);
    CHECK(e.new_ocr_pages.empty());
    CHECK(e.full_text().find("Cached page: the Brackenhurst quote") != std::string::npos);
}

TEST_CASE("a scan whose OCR runs out of time fails as timed-out, or keeps its other pages", "[ocr]") {
    quorum::test::ocr_language_or_skip();
    OcrOptions tight = ocr_options(OcrMode::Auto);
    tight.page_seconds = 0.001;
    try {
        Registry(tight).extract_file(fixture("scanned-minutes.pdf"));
        FAIL("expected timed-out");
    } catch (const ExtractError& err) {
        CHECK(err.reason() == FailureReason::TimedOut);
        CHECK_THAT(err.what(), Catch::Contains("ocr-skipped: page 1") && Catch::Contains("--ocr-page-seconds"));
    }
    // The document cap: nothing left for OCR, so page 2 is skipped and page 1's text stays.
    OcrOptions capped = ocr_options(OcrMode::Auto);
    capped.document_seconds = 0;
    const auto e = Registry(capped).extract_file(fixture("mixed-minutes.pdf"));
    CHECK(sources(e) == "2:ocr-skipped");
    REQUIRE_FALSE(e.warnings.empty());
    CHECK_THAT(e.warnings.back(), Catch::StartsWith("ocr-skipped: page 2") && Catch::Contains("--ocr-document-seconds"));
}

TEST_CASE("quorum extract OCRs in its isolated helper and says which pages were OCR'd", "[ocr][cli]") {
    quorum::test::ocr_language_or_skip();
    const auto bin = quorum::test::quorum_binary();
    const auto r = quorum::test::run_process({bin, "extract", fixture("mixed-minutes.pdf")});
    CHECK(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains("page 2: ocr (Tesseract mean confidence") && Catch::Contains("Brackenhurst"));
    const auto json = quorum::test::run_process({bin, "extract", "--format", "json", fixture("mixed-minutes.pdf")});
    CHECK_THAT(json.out, Catch::Contains("\"source\": \"ocr\"") && !Catch::Contains("new_ocr_pages"));
    const auto off = quorum::test::run_process({bin, "extract", "--ocr", "off", fixture("scanned-minutes.pdf")});
    CHECK(off.status == 1);
    CHECK_THAT(off.err, Catch::Contains("[no-text-layer]"));
    const auto lang = quorum::test::run_process({bin, "extract", "--ocr-lang", "zz-none", fixture("scanned-minutes.pdf")});
    CHECK(lang.status == 2);
    CHECK_THAT(lang.err, Catch::Contains("cannot load language \"zz-none\""));
}
