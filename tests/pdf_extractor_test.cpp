/** @file pdf_extractor_test.cpp @brief The PDF extractor: its text steps, the sample corpus and every real PDF in ../shared. */
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "extractors/extract_error.h"
#include "extractors/extractor.h"
#include "extractors/pdf_text.h"
#include "extractors/registry.h"
#include "extractors/text_cleanup.h"
#include "tests/test_paths.h"

namespace {

using quorum::extract::Block;
using quorum::extract::BlockKind;
using quorum::extract::Extraction;
using quorum::extract::ExtractError;
using quorum::extract::FailureReason;
using quorum::extract::Registry;
namespace pdf = quorum::extract::pdf;
namespace fs = std::filesystem;

std::string normalised(std::string_view text) { return quorum::extract::collapse_whitespace(text); }

std::string render(const std::vector<Block>& blocks) {
    std::string out;
    for (const auto& b : blocks)
        out += std::string(quorum::extract::block_kind_name(b.kind)) + " p" + std::to_string(b.page) + ": " + b.text + "\n";
    return out;
}

std::string render(const std::vector<pdf::PageLines>& pages) {
    std::string out;
    for (std::size_t p = 0; p < pages.size(); ++p) {
        out += "p" + std::to_string(p + 1) + ":";
        for (const auto& line : pages[p]) out += " [" + line + "]";
        out += "\n";
    }
    return out;
}

bool has_warning_starting(const Extraction& e, std::string_view prefix) {
    return std::any_of(e.warnings.begin(), e.warnings.end(), [&](const std::string& w) { return w.starts_with(prefix); });
}

// The block whose text contains `phrase` (whitespace-normalised), or nullptr.
const Block* block_with(const Extraction& e, const std::string& phrase) {
    for (const auto& b : e.blocks)
        if (normalised(b.text).find(normalised(phrase)) != std::string::npos) return &b;
    return nullptr;
}

// The reason an extraction failed, or nullopt when it succeeded.
std::optional<FailureReason> failure_of(const Registry& registry, const std::string& path) {
    try {
        registry.extract_file(path);
    } catch (const ExtractError& e) {
        return e.reason();
    }
    return std::nullopt;
}

// ---- the text steps, on synthetic pages -----------------------------------------------------

TEST_CASE("pdf: split_lines trims lines, keeps blank ones, drops form feeds", "[pdf]") {
    struct Row { std::string text; std::vector<std::string> lines; };
    const std::vector<Row> rows = {
        {"a\nb\n\n  c  \f", {"a", "b", "", "c"}},
        {"one\r\ntwo\r\n", {"one", "two"}},
        {"Jane\t  Archer\t  (JA)\n", {"Jane Archer (JA)"}},
        {"\f", {}},
        {"", {}},
    };
    for (const auto& row : rows) {
        CAPTURE(row.text);
        CHECK(pdf::split_lines(row.text) == row.lines);
    }
}

TEST_CASE("pdf: running_line_key normalises digits, case and spaces", "[pdf]") {
    const std::vector<std::pair<std::string, std::string>> rows = {
        {"Page 3 of 12", "page # of #"},
        {"  Souldern   Parish Council minutes February 2023 ", "souldern parish council minutes february #"},
        {"05-1104", "#-#"},
        {"1 |Page", "# |page"},
    };
    for (const auto& [line, key] : rows) {
        CAPTURE(line);
        CHECK(pdf::running_line_key(line) == key);
    }
}

TEST_CASE("pdf: is_page_number_line", "[pdf]") {
    const std::vector<std::pair<std::string, bool>> rows = {
        {"3", true},         {"182", true},       {"Page 3", true},       {"- 3 -", true},
        {"\xE2\x80\x93 3 \xE2\x80\x93", true},   {"\xE2\x88\x92" "2" "\xE2\x88\x92", true},
        {"3 of 12", true},   {"Page 3 of 12", true}, {"1 |Page", true},   {"Page |1", true},
        {"page 3/12", true}, {"p. 3", true},
        {"(3)", false},      {"2023 budget", false}, {"Page", false},     {"3. Minutes", false},
        {"Item 3", false},   {"", false},
    };
    for (const auto& [line, expected] : rows) {
        CAPTURE(line);
        CHECK(pdf::is_page_number_line(line) == expected);
    }
}

TEST_CASE("pdf: running headers, footers and page numbers are removed from the page zones", "[pdf]") {
    struct Row {
        const char* name;
        std::vector<pdf::PageLines> pages;
        std::string expected;
    };
    const std::string header = "Northvale County Council \xE2\x80\x94 Audit Committee \xE2\x80\x94 Minutes";
    const std::vector<Row> rows = {
        {"header and 'Page N of M' footer on every page, page 1 included",
         {{header, "Minutes of the meeting", "Body one.", "Page 1 of 3"},
          {header, "Body two.", "Page 2 of 3"},
          {header, "Body three.", "Page 3 of 3"}},
         "p1: [Minutes of the meeting] [Body one.]\np2: [Body two.]\np3: [Body three.]\n"},
        {"'1 |Page' and a title line on top of every page",
         {{"1 |Page", "Souldern Parish Council minutes February 2023", "Apologies"},
          {"2 |Page", "Souldern Parish Council minutes February 2023", "Finance"}},
         "p1: [Apologies]\np2: [Finance]\n"},
        {"continuous minute-book page numbers",
         {{"182", "", "Present: five members"}, {"183", "", "Planning"}, {"184", "", "Finance"}},
         "p1: [] [Present: five members]\np2: [] [Planning]\np3: [] [Finance]\n"},
        {"roll-call numbers in the margin repeat by shape but are content",
         {{"05-1104", "Licence approved."}, {"05-1105", "Licence refused."}},
         "p1: [05-1104] [Licence approved.]\np2: [05-1105] [Licence refused.]\n"},
        {"a short table cell at the top of several pages is content",
         {{"All", "Text one."}, {"All", "Text two."}, {"All", "Text three."}},
         "p1: [All] [Text one.]\np2: [All] [Text two.]\np3: [All] [Text three.]\n"},
        {"a line on only one page of three is not running",
         {{"Eastmere District Council", "Body one."}, {"Body two."}, {"Body three."}},
         "p1: [Eastmere District Council] [Body one.]\np2: [Body two.]\np3: [Body three.]\n"},
        {"a repeated line in the middle of the page is body text",
         {{"a", "b", "c", "RESOLVED that the report be noted.", "d", "e", "f"},
          {"g", "h", "i", "RESOLVED that the report be noted.", "j", "k", "l"}},
         "p1: [a] [b] [c] [RESOLVED that the report be noted.] [d] [e] [f]\n"
         "p2: [g] [h] [i] [RESOLVED that the report be noted.] [j] [k] [l]\n"},
        {"numbered resolution heads at page tops and bottoms are content: one page holds two of them",
         {{"R2031-101 A. Reeve, B. Hart:", "THAT the culvert be cleared. Carried.", "R2031-102 A. Reeve, B. Hart:"},
          {"THAT the hall roof be repaired. Carried.", "R2031-103 A. Reeve, B. Hart:", "THAT the report be received."}},
         "p1: [R2031-101 A. Reeve, B. Hart:] [THAT the culvert be cleared. Carried.] [R2031-102 A. Reeve, B. Hart:]\n"
         "p2: [THAT the hall roof be repaired. Carried.] [R2031-103 A. Reeve, B. Hart:] [THAT the report be received.]\n"},
        // Fictional Eastmere minutes: Word's list numbers laid out apart from their titles.
        {"an item number near a page break, its title after it, is content (not the page's number)",
         {{"4 Minutes", "Agreed.", "", "5", "", "Chair's Announcements", "There were none."},
          {"7", "", "Parking Charges Review", "The Committee considered a report."}},
         "p1: [4 Minutes] [Agreed.] [] [5] [] [Chair's Announcements] [There were none.]\n"
         "p2: [7] [] [Parking Charges Review] [The Committee considered a report.]\n"},
        {"a bare number that is its page's own number goes, even with a title after it",
         {{"Body one.", "Body two.", "Body three.", "Body four."}, {"2", "Finance Report", "Text."}},
         "p1: [Body one.] [Body two.] [Body three.] [Body four.]\np2: [Finance Report] [Text.]\n"},
        {"numbers that follow the document's page numbering go, whatever follows them",
         {{"12", "Planning", "Two plans."}, {"13", "Finance", "Accounts paid."}, {"14", "Highways", "Potholes."}},
         "p1: [Planning] [Two plans.]\np2: [Finance] [Accounts paid.]\np3: [Highways] [Potholes.]\n"},
        {"a bare number at a page's foot with nothing after it is a page number",
         {{"Body one.", "7"}, {"Body two.", "9"}},
         "p1: [Body one.]\np2: [Body two.]\n"},
        {"a one-page document keeps its header but loses its page number",
         {{"Parish Council", "Body.", "Page 1 of 1"}},
         "p1: [Parish Council] [Body.]\n"},
    };
    for (const auto& row : rows) {
        CAPTURE(row.name);
        auto pages = row.pages;
        pdf::remove_running_headers_footers(pages);
        CHECK(render(pages) == row.expected);
    }
}

TEST_CASE("pdf: the running header removed from page 1's top is handed back for facet detection", "[pdf]") {
    std::vector<pdf::PageLines> pages = {
        {"Eastmere District Council", "Cabinet", "Minutes of the meeting", "Body one.", "Thursday 14 March 2024 Page 1"},
        {"Eastmere District Council", "Cabinet", "Body two.", "Eastmere District Council", "Thursday 14 March 2024 Page 2"},
        {"Eastmere District Council", "Cabinet", "Body three.", "Thursday 14 March 2024 Page 3"}};
    std::vector<std::string> header;
    pdf::remove_running_headers_footers(pages, pdf::kHeaderFooterZone, &header);
    // Only page 1's top zone: not its footer, not the copy in page 2's text.
    CHECK(header == std::vector<std::string>{"Eastmere District Council", "Cabinet"});
    CHECK(render(pages) == "p1: [Minutes of the meeting] [Body one.]\np2: [Body two.]\np3: [Body three.]\n");
}

TEST_CASE("pdf: the sample PDFs with running headers keep page 1's as metadata", "[pdf]") {
    const Registry registry;
    const auto header = [&](const std::string& name) {
        const auto e = registry.extract_file(quorum::test::corpus_dir() + "/pdf/" + name);
        const auto it = e.metadata.find("running-header");
        return it == e.metadata.end() ? std::string("(none)") : it->second;
    };
    CHECK(header("eastmere-dc_cabinet_2024-03-14_minutes.pdf") == "Eastmere District Council — Cabinet — 14 March 2024");
    CHECK(header("northvale-cc_audit-committee_2022-11-01_minutes.pdf") ==
          "Northvale County Council — Audit Committee — Minutes");
}

TEST_CASE("pdf: group_into_blocks makes headings, paragraphs and list items", "[pdf]") {
    struct Row {
        const char* name;
        pdf::PageLines lines;
        std::string expected;
    };
    const std::vector<Row> rows = {
        {"heading, de-hyphenated paragraph, blank line",
         {"APOLOGIES FOR ABSENCE", "Apologies were received from Cllr Smith and the recom-", "mendation was noted.", "",
          "Next paragraph."},
         "heading p2: APOLOGIES FOR ABSENCE\n"
         "paragraph p2: Apologies were received from Cllr Smith and the recommendation was noted.\n"
         "paragraph p2: Next paragraph.\n"},
        {"bullets start list items that run on over wrapped lines",
         {"RESOLVED that:", "\xE2\x80\xA2 the report be noted;", "\xE2\x80\xA2 the budget be", "approved."},
         "paragraph p2: RESOLVED that:\nlist_item p2: the report be noted;\nlist_item p2: the budget be approved.\n"},
        {"a short line ending a sentence ends the paragraph",
         {"This is a long line of text that fills most of the width of the column.", "It ends here.",
          "A new paragraph starts on this line and goes on for a while longer."},
         "paragraph p2: This is a long line of text that fills most of the width of the column. It ends here.\n"
         "paragraph p2: A new paragraph starts on this line and goes on for a while longer.\n"},
        {"a numbered line that runs the full width is a paragraph, not a heading",
         {"10) The Chairman thanked all staff and Members who had supported this year\xE2\x80\x99s",
          "Corporate Parenting Christmas campaign."},
         "paragraph p2: 10) The Chairman thanked all staff and Members who had supported this year\xE2\x80\x99s "
         "Corporate Parenting Christmas campaign.\n"},
        {"a lone minute number is attached to its title",
         {"270.", "", "Apologies for Absence", "", "The Chairman reported apologies."},
         "paragraph p2: 270. Apologies for Absence\nparagraph p2: The Chairman reported apologies.\n"},
        {"a column of minute numbers is left alone",
         {"09.17.06", "", "09.17.07", "", "Updates"},
         "paragraph p2: 09.17.06\nparagraph p2: 09.17.07\nparagraph p2: Updates\n"},
    };
    for (const auto& row : rows) {
        CAPTURE(row.name);
        CHECK(render(pdf::group_into_blocks(row.lines, 2)) == row.expected);
    }
}

TEST_CASE("pdf: is_item_label", "[pdf]") {
    const std::vector<std::pair<std::string, bool>> rows = {
        {"5)", true},  {"(1)", true}, {"(iv)", true}, {"270.", true},     {"1.1", true},  {"09.17.06", true},
        {"a)", true},  {"NO", false}, {"CF", false},  {"Dec22.02", false}, {"(a", false}, {"2023 budget", false},
        {"", false},
    };
    for (const auto& [text, expected] : rows) {
        CAPTURE(text);
        CHECK(pdf::is_item_label(text) == expected);
    }
}

TEST_CASE("pdf: blocks broken at a column or page break are joined", "[pdf]") {
    struct Row {
        const char* name;
        std::vector<Block> blocks;
        std::string expected;
    };
    const auto para = [](std::string text, int page) { return Block{BlockKind::Paragraph, std::move(text), page}; };
    const std::vector<Row> rows = {
        {"sentence runs on to the next page", {para("three bikes had been seized. Members", 1), para("asked that", 2)},
         "paragraph p1: three bikes had been seized. Members asked that\n"},
        {"hyphenated word across the break", {para("the recom-", 1), para("mendation was agreed.", 1)},
         "paragraph p1: the recommendation was agreed.\n"},
        {"finished sentence", {para("It was agreed.", 1), para("next text", 2)},
         "paragraph p1: It was agreed.\nparagraph p2: next text\n"},
        {"capital after the break", {para("Members", 1), para("Asked", 2)}, "paragraph p1: Members\nparagraph p2: Asked\n"},
        {"heading before", {Block{BlockKind::Heading, "FINANCE", 1}, para("payments were approved", 1)},
         "heading p1: FINANCE\nparagraph p1: payments were approved\n"},
        {"pages apart", {para("Members", 1), para("asked", 3)}, "paragraph p1: Members\nparagraph p3: asked\n"},
    };
    for (const auto& row : rows) {
        CAPTURE(row.name);
        auto blocks = row.blocks;
        pdf::join_continued_blocks(blocks);
        CHECK(render(blocks) == row.expected);
    }
}

TEST_CASE("pdf: measure_text_layer counts characters, letters and word-like tokens", "[pdf]") {
    struct Row { std::string line; std::size_t non_space, letters, tokens, word_like; };
    const std::vector<Row> rows = {
        {"Hello world", 10, 10, 2, 2},
        {"6',8 /398+74,8.", 14, 0, 2, 0},
        {"\xC3\x87" "a va", 4, 4, 2, 2},  // "Ça va"
        {"CF 2023", 6, 2, 2, 0},
        {"", 0, 0, 0, 0},
    };
    for (const auto& row : rows) {
        CAPTURE(row.line);
        const pdf::TextLayerStats s = pdf::measure_text_layer({{row.line}});
        CHECK(s.pages == 1);
        CHECK(s.non_space_chars == row.non_space);
        CHECK(s.letters == row.letters);
        CHECK(s.tokens == row.tokens);
        CHECK(s.word_like_tokens == row.word_like);
    }
}

TEST_CASE("pdf: missing and garbled text layers", "[pdf]") {
    struct Row {
        const char* name;
        pdf::TextLayerStats stats;
        std::string missing;  // "" = has a text layer
        bool garbled;
    };
    const std::vector<Row> rows = {
        {"scan", {5, 0, 0, 0, 0}, "no text layer: 5 pages but only 0 characters of text (a scan or text drawn as outlines; needs OCR)", false},
        {"hybrid: a small real-text box", {3, 92, 80, 14, 12}, "no text layer: 3 pages but only 92 characters of text (a scan or text drawn as outlines; needs OCR)", false},
        {"one page, one character", {1, 1, 1, 1, 0}, "no text layer: 1 page but only 1 character of text (a scan or text drawn as outlines; needs OCR)", false},
        {"minutes", {3, 4500, 4200, 900, 800}, "", false},
        {"table-heavy minutes", {6, 12000, 11000, 3000, 1800}, "", false},
        {"broken font map", {3, 4886, 10, 223, 0}, "", true},
        {"letters but no words", {3, 4000, 3000, 1000, 200}, "", true},
    };
    for (const auto& row : rows) {
        CAPTURE(row.name);
        CHECK(pdf::missing_text_layer(row.stats).value_or("") == row.missing);
        const auto warning = pdf::garbled_text_layer(row.stats);
        CHECK(warning.has_value() == row.garbled);
        if (warning) CHECK(warning->starts_with("garbled-text-layer: "));
    }
}

TEST_CASE("pdf: clean_title drops junk and keeps real titles", "[pdf]") {
    const std::vector<std::pair<std::string, std::string>> rows = {
        {"Microsoft Word - 2014_10_19 Horsley NP Minutes.doc", "2014_10_19 Horsley NP Minutes"},
        {"Microsoft Word - foo.docx", "foo"},
        {"Microsoft Word - Souldern PC Minutes September 2022 draft - "
         "ACFrOgBFNczlBeIfFbvSQOJ9nzIRY-KuMNueaYzHmL-Kx33pPOLBxAqY9Q1-te7pQb2o6cuzfSVjtBPHuR182ASSjMvrOBwOY6UBwe1zQ2szNMRhUvkDGOKhfpVIaOc=",
         "Souldern PC Minutes September 2022 draft"},
        {"ACFrOgD4k84VlYh9jU6RymXT6vFvZ7LgksUTpxVAqr0l2tNUUUCu1oEOT1PoEY2k6zwyH54BCZgkwrYAVXzAEawSbvKljbQBHgYtXlqUxykLlOKOvR199Z5yEk1RRCA", ""},
        {"- as050905.pdf", ""},
        {"Untitled", ""},
        {"Document1", ""},
        {"Docket 2023", "Docket 2023"},
        {"Minutes", "Minutes"},
        {"  FULL BOARD   MINUTES ", "FULL BOARD MINUTES"},
        {"C:\\Users\\clerk\\Minutes March.docx", "Minutes March"},
        {"(Public Pack)Budget Amendments Agenda Supplement", "(Public Pack)Budget Amendments Agenda Supplement"},
        {"", ""},
    };
    for (const auto& [info, title] : rows) {
        CAPTURE(info);
        CHECK(pdf::clean_title(info) == title);
    }
}

TEST_CASE("pdf: iso8601_utc", "[pdf]") {
    CHECK(pdf::iso8601_utc(0) == "1970-01-01T00:00:00Z");
    CHECK(pdf::iso8601_utc(1414157091) == "2014-10-24T13:24:51Z");
    CHECK(pdf::iso8601_utc(1735689600) == "2025-01-01T00:00:00Z");
}

TEST_CASE("pdf: sniff accepts %PDF after a BOM or white space only", "[pdf]") {
    const auto extractor = quorum::extract::make_pdf_extractor();
    const std::vector<std::pair<std::string, bool>> rows = {
        {"%PDF-1.4\n", true},
        {"\xEF\xBB\xBF%PDF-1.7", true},
        {"\n\r\t %PDF-1.3", true},
        {std::string(1000, ' ') + "%PDF-1.4", true},
        {std::string(1100, ' ') + "%PDF-1.4", false},
        {"<html>%PDF-1.4", false},
        {"PDF-1.4", false},
        {"", false},
    };
    for (const auto& [head, expected] : rows) {
        CAPTURE(head.substr(0, 20));
        CHECK(extractor->sniff(head) == expected);
    }
}

// ---- the sample corpus (corpus/pdf, corpus/PHRASES.tsv) --------------------------------------

struct Phrase { std::string kind, text; };

std::map<std::string, std::vector<Phrase>> corpus_pdf_phrases() {
    std::ifstream in(quorum::test::corpus_dir() + "/PHRASES.tsv");
    REQUIRE(in);
    std::map<std::string, std::vector<Phrase>> phrases;
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
        const std::size_t tab1 = line.find('\t'), tab2 = line.find('\t', tab1 + 1);
        if (tab2 == std::string::npos || !line.starts_with("pdf/")) continue;
        phrases[line.substr(0, tab1)].push_back({line.substr(tab1 + 1, tab2 - tab1 - 1), line.substr(tab2 + 1)});
    }
    return phrases;
}

TEST_CASE("pdf: corpus PDFs hold their present phrases and not their absent ones", "[pdf][corpus]") {
    const Registry registry;
    const auto phrases = corpus_pdf_phrases();
    std::set<std::string> files;
    for (const auto& entry : fs::directory_iterator(quorum::test::corpus_dir() + "/pdf"))
        if (entry.path().extension() == ".pdf") files.insert("pdf/" + entry.path().filename().string());
    REQUIRE(!files.empty());
    for (const auto& file : files) {
        CAPTURE(file);
        REQUIRE(phrases.contains(file));  // every sample PDF has rows in PHRASES.tsv
        const Extraction e = registry.extract_file(quorum::test::corpus_dir() + "/" + file);
        const std::string text = normalised(e.full_text());
        CHECK(e.warnings.empty());
        for (const auto& p : phrases.at(file)) {
            CAPTURE(p.kind, p.text);
            CHECK((text.find(normalised(p.text)) != std::string::npos) == (p.kind == "present"));
        }
    }
}

TEST_CASE("pdf: corpus layout cases: hyphenation, two columns, page numbers, metadata", "[pdf][corpus]") {
    const Registry registry;
    const auto extract = [&](const std::string& name) { return registry.extract_file(quorum::test::corpus_dir() + "/pdf/" + name); };
    const std::string csp = "eastmere-harrowby-csp_board_2019-10-03_minutes.pdf";
    const std::string cabinet = "eastmere-dc_cabinet_2024-03-14_minutes.pdf";
    const std::string audit = "northvale-cc_audit-committee_2022-11-01_minutes.pdf";

    SECTION("words hyphenated at line ends are joined") {
        const std::string text = normalised(extract(csp).full_text());
        for (const char* joined : {"a dedicated off-road bike operation", "presented the performance dashboard",
                                   "accounting for most of the increase", "broadly unchanged",
                                   "the Community Safety Managers prepare", "The independent chair"}) {
            CAPTURE(joined);
            CHECK(text.find(joined) != std::string::npos);
        }
        for (const char* split : {"dedi- cated", "dash- board", "un- changed", "Man- agers"}) {
            CAPTURE(split);
            CHECK(text.find(split) == std::string::npos);
        }
    }
    SECTION("column 1 is read before column 2") {
        const std::string text = normalised(extract(csp).full_text());
        const std::vector<std::pair<std::string, std::string>> before_after = {
            {"Minutes taken by Alison Kerr", "Two addresses where vulnerable tenants had been"},
            {"Chief Inspector Delaney explained", "4. County lines and criminal exploitation"},
            {"Anti-social behaviour reports were broadly unchanged", "RESOLVED that the performance report be noted"},
        };
        for (const auto& [first, second] : before_after) {
            CAPTURE(first, second);
            const std::size_t a = text.find(first), b = text.find(second);
            REQUIRE(a != std::string::npos);
            REQUIRE(b != std::string::npos);
            CHECK(a < b);
        }
        CHECK(text.find("Councillor Marcus Treadwell (Chair, Eastmere District Council)") != std::string::npos);
    }
    SECTION("blocks carry the page they are on") {
        struct Row { std::string file, phrase; int page; };
        const std::vector<Row> rows = {
            {cabinet, "MINUTES of a meeting of the Cabinet", 1},
            {cabinet, "(b) an underspend of \xC2\xA3" "96,000 on staffing", 2},
            {cabinet, "118. Fly-tipping Enforcement Strategy", 3},
            {cabinet, "121. Date of Next Meeting", 4},
            {audit, "29. Apologies for absence", 1},
            {audit, "34. Counter fraud and corruption", 2},
            {audit, "36. Annual Governance Statement", 3},
            {csp, "6. Hate crime awareness week", 2},
        };
        for (const auto& row : rows) {
            CAPTURE(row.file, row.phrase);
            const Extraction e = extract(row.file);
            const Block* block = block_with(e, row.phrase);
            REQUIRE(block != nullptr);
            CHECK(block->page == row.page);
        }
    }
    SECTION("no block is its own page's number (\"3\", \"Page 3 of 4\", \"- 3 -\")") {
        for (const auto& file : {cabinet, audit, csp}) {
            CAPTURE(file);
            for (const auto& b : extract(file).blocks) {
                CAPTURE(b.text);
                const std::size_t digits = b.text.find_first_of("0123456789");
                const bool numbers_its_page =
                    pdf::is_page_number_line(b.text) && digits != std::string::npos &&
                    std::stoi(b.text.substr(digits)) == b.page;
                CHECK_FALSE(numbers_its_page);
                CHECK(b.text.find("Page " + std::to_string(b.page) + " of") == std::string::npos);
            }
        }
    }
    SECTION("metadata, title and page count") {
        const Extraction e = extract(audit);
        CHECK(e.format == quorum::extract::Format::Pdf);
        CHECK(e.pages == 3);
        CHECK(e.title == "Audit Committee - Minutes - 1 November 2022");
        CHECK(e.metadata.at("Title") == "Audit Committee - Minutes - 1 November 2022");
        CHECK(e.metadata.at("Author") == "Northvale County Council");
        CHECK(e.metadata.at("Keywords") == "audit, governance, risk, fraud, budget");
        CHECK(e.metadata.at("CreationDate") == "2025-01-01T00:00:00Z");
        CHECK(extract(cabinet).metadata.at("Subject") ==
              "Minutes of the meeting of the Cabinet of Eastmere District Council held on 14 March 2024");
    }
}

// ---- every real PDF in ../shared/corpus-real/pdf ---------------------------------------------

struct RealTextRow {
    std::string file;
    int pages;
    std::vector<std::string> present;  ///< body text a reader sees on the page
    std::vector<std::string> absent;   ///< running headers and footers
};

const std::vector<RealTextRow>& real_text_rows() {
    static const std::vector<RealTextRow> rows = {
        {"ca_winnipeg_council-special_2013-11-06_hansard.pdf", 7,
         {"The opening prayer was read by Councillor Gerbasi", "wishing Councillor Harvey Smith a very happy 77th birthday",
          "Winnipeg's economy is expected to create 31,000 jobs"},
         {"COUNCIL OF THE CITY OF WINNIPEG"}},
        {"uk_horsley-np-working-group_2014-10-19_minutes.pdf", 3,
         {"The group scrutinised a sample NP to find what the framework of the HNP would look like",
          "WGs to comprise two people who would be responsible for defining and delivering the required output"},
         {}},
        {"uk_horsley-pc_2013-03-26_notes-inside-village-newsletter_multicolumn.pdf", 20,
         {"Notes of the meeting held on 26th March 2013",
          "Javelin Park Incinerator - County Cllr Waddington reported that GCC Development Control committee had "
          "rejected the planning application",
          "The clerk had obtained an additional grit bin from Nailsworth Town Council at no cost"},
         {}},
        {"uk_kent-cc_cabinet_2025-01-30_printed-minutes.pdf", 17,
         {"Apologies were received from Mrs C Bell.",
          "RESOLVED that the minutes of the meeting on 9 January 2025 were a correct record",
          "IN ATTENDANCE VIRTUALLY: Mr S Jones (Corporate Director of Growth, Environment and Transport)"},
         {}},
        {"uk_kent-cc_corporate-parenting-panel_2024-12-10_minutes.pdf", 6,
         {"Sarah Hamilton, Lesley Game and Dan Bride were in attendance virtually.",
          "The Chair reminded the Panel of the Corporate Parenting Christmas campaign",
          "RESOLVED that the minutes of the meeting held on 29 October 2024 were a correct record and that they be "
          "signed by the Chair."},
         {}},
        {"uk_kent-cc_county-council_2024-12-19_minutes.pdf", 15,
         {"The Chairman held a one-minute silence in memory of Mr Richard Parry.",
          "The Remembrance Festival held in November raised \xC2\xA3" "5,000 for the Royal British Legion and the Army "
          "Benevolent Fund.",
          "The Chairman reported apologies from Mr Cooke."},
         {}},
        {"uk_kent-cc_county-council_2025-02-13_budget-amendments-pack.pdf", 48,
         {"To amend the budget proposed by the Administration in line with the Labour Group\xE2\x80\x99s Alternative Budget",
          "Increase all points within grades KSB to KSF by 5%.",
          "the Council\xE2\x80\x99s Revenue Support Grant has been reduced from \xC2\xA3" "250m to around \xC2\xA3" "15.7m"},
         {}},
        {"uk_kent-cc_county-council_2025-02-13_printed-minutes.pdf", 14,
         {"The Chairman drew Members\xE2\x80\x99 attention to the Section 25 Assurance Statement",
          "Mr Oakford proposed and Mr Gough Seconded the following motion:",
          "The 10-year Capital programme and investment proposals of \xC2\xA3" "1,419m"},
         {}},
        {"uk_kent-cc_county-council_2025-03-13_printed-minutes.pdf", 19,
         {"Tributes to Mr Spence OBE were made by Mrs Dean, Mr Gough, Mr Brady and Mr Lehmann.",
          "The Chairman held a one-minute silence in memory of Mr Matthew Balfour",
          "The Leader referred to Government\xE2\x80\x99s decision not to include Kent and Medway in the Devolution "
          "Priority Programme"},
         {}},
        {"uk_kent-cc_county-council_2025-03-13_questions-and-answers-pack.pdf", 20,
         {"Question by Paul Stepto to Rory Love, Cabinet Member for Education and Skills",
          "KCC currently monitors 4,798 pupils who are receiving education outside the school system",
          "Under current legislation, nearly all families are free to decide to educate their child at home."},
         {}},
        {"uk_kent-cc_record-of-decision_24-00093.pdf", 6,
         {"APPROVE the proposal to not re-commission the Family Hub services", "Seashells and Millmead Family Hubs",
          "In October 2023 the KCC Cabinet adopted \xE2\x80\x98Securing Kent\xE2\x80\x99s Future\xE2\x80\x99"},
         {"01/decision/glossaries/FormC"}},
        {"uk_merton_audit-committee_2009-10-22_agenda-with-minutes.pdf", 8,
         {"Apologies for absence were received from Councillors Rod Scott",
          "Danny Connellan indicated a personal interest as a leaseholder of a Merton property.",
          "The Chair declared a personal interests as a partner in Strover-Leader & Co"},
         {"All minutes are draft until agreed at the next meeting"}},
        {"uk_souldern-pc_2012-06-28_minutes.pdf", 5,
         {"The minutes of the Souldern Parish Council meeting held on 9th May 2012 were approved and signed.",
          "Mr Richard Deeley a local farmer had previously indicated that he was interested",
          "It was resolved to keep an eye on it."},
         {}},
        {"uk_souldern-pc_2017-09-14_minutes.pdf", 4,
         {"Diana Stevens reported that there has been no progress regarding the smell from the pig farm",
          "The big swing and the chain link bridge have been removed", "Seniors Christmas lunch. This will be held on 6th December"},
         {}},
        {"uk_souldern-pc_2019-05-23_minutes-MISLABELLED-2018-05-24.pdf", 7,
         {"JH proposed and KA seconded the proposal that Nick Oakhill be elected chairman for the forthcoming year and he "
          "accepted.",
          "NO signed the Declaration of Acceptance witnessed by the Clerk", "Laura How be elected RFO for the forthcoming year"},
         {}},
        {"uk_souldern-pc_2023-02-23_planning-meeting-minutes.pdf", 3,
         {"The minutes of the parish council meeting held on 26th January 2023 were checked for accuracy and content",
          "Apologies had been received from Heidi Dennison and Cllr Arash Fatemian",
          "members of the Solstice Group will be asked if they would be prepared to undertake the work as a temporary measure"},
         {"|Page", "Souldern Parish Council minutes February 2023"}},
        {"uk_souldern-pc_2024-05-23_annual-parish-meeting-minutes.pdf", 3,
         {"The minutes of the last Annual Parish meeting held on 24th May 2023 were checked for content and accuracy",
          "The village website continues to be maintained by David Carlisle",
          "A five year agreement was concluded with Brackley Town football club"},
         {"Page |"}},
        {"uk_souldern-pc_2024-06-27_minutes.pdf", 3,
         {"Cllr McHugh suggested getting a map of the drainage system within the village from OCC.",
          "He suggested that Souldern might consider creating a Neighbourhood Plan",
          // crosses a page break with the clerk's footer in between
          "McDonalds contract is with Anglian Water who in turn have a contract with Thames Water."},
         {"Page |"}},
        {"us_des-moines-ia_city-council_2005-05-09_meeting-report.pdf", 16,
         {"ROLL CALL: Present: Brooks, Coleman, Hensley, Kiernan, Mahaffey, and Vlassi",
          "Special Class C Beer/Wine License in conjunction with the Greek Food Fair on June 4, 2005.",
          "National Public Works Week"},
         {}},
        {"us_nyc-manhattan-cb1_2005-01-18_monthly-meeting-minutes.pdf", 5,
         {"The minutes of the monthly meeting held on November 16, 2004 were adopted.",
          "Joseph Lerner presented his quarterly report on the Board\xE2\x80\x99s budget.",
          "It was reported that there is a plan for the deconstruction of 4 Albany Street."},
         {}},
        {"us_nyc-manhattan-cb1_2012-06-26_monthly-meeting-minutes.pdf", 10,
         {"pronounced June 26, 2012 to be Julie Menin Appreciation Day in Manhattan",
          "Commended Julie for her seven years of service",
          "Gave update on the 9/11 bill and other illnesses that should be incorporated"},
         {}},
        {"us_nyc-manhattan-cb1_2013-05-28_monthly-meeting-minutes.pdf", 12,
         {"Busing the students to Chelsea will be expensive for the City of New York.",
          "Assembly passed New York State Dream Act.",
          "Working with Councilmember Margaret Chin on the Nassau Street Denny\xE2\x80\x99s issue."},
         {}},
        {"us_nyc-manhattan-cb1_2024-10-22_monthly-meeting-minutes.pdf", 4,
         {"Comments by members of the public (1-2 minutes per speaker)",
          "Community Input for City Expense & Capital Budget Priorities for CB1 FY 2025",
          "Motion to adopt was passed unanimously"},
         {}},
        {"us_nyc-manhattan-cb2_2023-11-16_full-board-minutes_long.pdf", 94,
         {"Leslie Clark and Renee Monrose appeared to testify with respect to the resolution concerning the DoT proposed "
          "rules for Dining Out NYC.",
          "Board Members Present \xE2\x80\x93 37", "Mark Diller, District Manager"},
         {}},
        {"us_nyc-manhattan-cb2_2024-12-19_full-board-minutes_long.pdf", 97,
         {"Meeting Date \xE2\x80\x93 December 19, 2024", "BOARD MEMBERS ABSENT WITH NOTIFICATION: William Benesh, Anita Brandt",
          "US Congressmember Dan Goldman (Tevin Williams)"},
         {}},
        {"us_nyc-manhattan-cb4_2020-02-05_full-board-minutes_tables.pdf", 6,
         {"Ms. Fisher represents the Elevator Action Group",
          "Little Island is the new 2.4-acre park being constructed at Pier 55",
          "Mr. Anthony has lived at 300 West 46th Street for five years"},
         {}},
    };
    return rows;
}

// Scans, text drawn as outlines, and the hybrid with one small real-text box (MANIFEST.tsv).
const std::vector<std::string>& real_no_text_layer_files() {
    static const std::vector<std::string> files = {
        "uk_souldern-pc_2018-08-23_minutes_mostly-vector-text.pdf",
        "uk_souldern-pc_2019-07-25_minutes_text-as-vector-outlines.pdf",
        "uk_souldern-pc_2020-11-25_minutes_scanned-colour.pdf",
        "uk_souldern-pc_2021-04-28_minutes_scanned.pdf",
        "uk_souldern-pc_2022-09-29_minutes_text-as-vector-outlines.pdf",
        "us_nyc-bronx-cb1_2022-01-27_full-board-minutes_scanned.pdf",
        "us_nyc-bronx-cb1_2023-09-28_full-board-minutes_scanned.pdf",
        "us_nyc-bronx-cb1_2024-02-29_general-board-minutes_scanned.pdf",
    };
    return files;
}

const std::string kGarbledFile = "uk_horsley-pc_2014-03-18_draft-minutes_garbled-text-layer.pdf";

std::string real_pdf_dir() { return quorum::test::shared_dir_or_skip() + "/corpus-real/pdf"; }

TEST_CASE("pdf: every real PDF has a row in one of the tables", "[pdf][real]") {
    std::set<std::string> covered = {kGarbledFile};
    for (const auto& row : real_text_rows()) covered.insert(row.file);
    for (const auto& file : real_no_text_layer_files()) covered.insert(file);
    std::size_t files = 0;
    for (const auto& entry : fs::directory_iterator(real_pdf_dir())) {
        if (entry.path().extension() != ".pdf") continue;
        ++files;
        CAPTURE(entry.path().filename().string());
        CHECK(covered.contains(entry.path().filename().string()));
    }
    CHECK(files == covered.size());
}

TEST_CASE("pdf: real text PDFs: phrases present, furniture absent, page count, not garbled", "[pdf][real]") {
    const Registry registry;
    const std::string dir = real_pdf_dir();
    for (const auto& row : real_text_rows()) {
        CAPTURE(row.file);
        const Extraction e = registry.extract_file(dir + "/" + row.file);
        CHECK(e.format == quorum::extract::Format::Pdf);
        CHECK(e.pages == row.pages);
        CHECK_FALSE(has_warning_starting(e, "garbled-text-layer"));
        const std::string text = normalised(e.full_text());
        for (const auto& phrase : row.present) {
            CAPTURE(phrase);
            CHECK(text.find(normalised(phrase)) != std::string::npos);
        }
        for (const auto& phrase : row.absent) {
            CAPTURE(phrase);
            CHECK(text.find(normalised(phrase)) == std::string::npos);
        }
    }
}

TEST_CASE("pdf: real scans, outline text and the hybrid fail as no-text-layer", "[pdf][real]") {
    const Registry registry;
    const std::string dir = real_pdf_dir();
    for (const auto& file : real_no_text_layer_files()) {
        CAPTURE(file);
        CHECK(failure_of(registry, dir + "/" + file) == FailureReason::NoTextLayer);
    }
    try {
        registry.extract_file(dir + "/uk_souldern-pc_2018-08-23_minutes_mostly-vector-text.pdf");
        FAIL("the hybrid extracted");
    } catch (const ExtractError& e) {
        CHECK(e.detail() == "no text layer: 3 pages but only 92 characters of text (a scan or text drawn as outlines; "
                            "needs OCR)");
        CHECK(std::string(e.what()).find("mostly-vector-text.pdf: no text layer") != std::string::npos);
    }
}

TEST_CASE("pdf: the real garbled text layer is flagged but still extracted", "[pdf][real]") {
    const Registry registry;
    const Extraction e = registry.extract_file(real_pdf_dir() + "/" + kGarbledFile);
    CHECK(e.pages == 3);
    CHECK(has_warning_starting(e, "garbled-text-layer: "));
    CHECK_FALSE(e.blocks.empty());
}

TEST_CASE("pdf: real metadata and titles", "[pdf][real]") {
    const Registry registry;
    const std::string dir = real_pdf_dir();
    struct Row { std::string file, title, info_title, creation_date; };
    const std::vector<Row> rows = {
        {"uk_horsley-np-working-group_2014-10-19_minutes.pdf", "2014_10_19 Horsley NP Minutes",
         "Microsoft Word - 2014_10_19 Horsley NP Minutes.doc", "2014-10-24T13:24:51Z"},
        {"us_nyc-manhattan-cb4_2020-02-05_full-board-minutes_tables.pdf", "", "Untitled", "2020-10-01T14:01:25Z"},
        {"us_des-moines-ia_city-council_2005-05-09_meeting-report.pdf", "", "- as050905.pdf", "2021-11-06T04:41:47Z"},
        {"ca_winnipeg_council-special_2013-11-06_hansard.pdf", "", "", "2013-11-20T20:57:21Z"},
        {"us_nyc-manhattan-cb2_2024-12-19_full-board-minutes_long.pdf", "FULL BOARD MINUTES", "FULL BOARD MINUTES",
         "2025-01-22T18:19:32Z"},
    };
    for (const auto& row : rows) {
        CAPTURE(row.file);
        const Extraction e = registry.extract_file(dir + "/" + row.file);
        CHECK(e.title == row.title);
        const auto title = e.metadata.find("Title");
        CHECK((title == e.metadata.end() ? "" : title->second) == row.info_title);
        CHECK(e.metadata.at("CreationDate") == row.creation_date);
    }
}

TEST_CASE("pdf: concurrent extractions keep their own poppler messages", "[pdf][real]") {
    const Registry registry;
    const std::string dir = real_pdf_dir();
    const std::string noisy = dir + "/uk_merton_audit-committee_2009-10-22_agenda-with-minutes.pdf";  // 1 syntax error
    const std::string clean = dir + "/uk_souldern-pc_2024-06-27_minutes.pdf";
    std::vector<int> noisy_warned(4, 0), clean_warned(4, 0);
    std::thread a([&] {
        for (auto& warned : noisy_warned) warned = has_warning_starting(registry.extract_file(noisy), "pdf-syntax-errors: 1 message");
    });
    std::thread b([&] {
        for (auto& warned : clean_warned) warned = has_warning_starting(registry.extract_file(clean), "pdf-syntax-errors");
    });
    a.join();
    b.join();
    CHECK(noisy_warned == std::vector<int>(4, 1));
    CHECK(clean_warned == std::vector<int>(4, 0));
}

}  // namespace
