/** @file text_extractor_test.cpp @brief Plain-text extraction: line endings, pages, paragraphs, headings, lists, item dumps, charsets, real files and corpus/text. */
#include <catch2/catch.hpp>

#include <array>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "extractors/extract_error.h"
#include "extractors/extractor.h"
#include "extractors/registry.h"
#include "extractors/text_cleanup.h"
#include "extractors/text_layout.h"
#include "tests/corpus_phrases.h"
#include "tests/test_paths.h"

using namespace quorum::extract;
namespace fs = std::filesystem;

namespace {

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// "heading:Minutes|paragraph:Text"; with `pages`, each block is prefixed by its page ("2:paragraph:...").
std::string render(const Extraction& e, bool pages = false) {
    std::string out;
    for (const auto& b : e.blocks) {
        if (!out.empty()) out += "|";
        if (pages) out += std::to_string(b.page) + ":";
        out += std::string(block_kind_name(b.kind)) + ":" + b.text;
    }
    return out;
}

Extraction extract_text(const std::string& text) { return make_text_extractor()->extract(text); }

/// `text` wrapped at `width` columns.
std::vector<std::string> wrap(const std::string& text, size_t width) {
    std::vector<std::string> lines(1);
    std::istringstream words(text);
    for (std::string word; words >> word;) {
        if (!lines.back().empty() && lines.back().size() + 1 + word.size() > width) lines.emplace_back();
        lines.back() += (lines.back().empty() ? "" : " ") + word;
    }
    return lines;
}

}  // namespace

TEST_CASE("Text extraction turns lines into blocks", "[text]") {
    struct Row {
        std::string name, text, blocks;
    };
    const std::vector<Row> rows = {
        {"blank lines separate paragraphs", "First line\nsecond line\n\n\nNext paragraph\n",
         "paragraph:First line second line|paragraph:Next paragraph"},
        {"CRLF", "Line one\r\nline two\r\n\r\nNext para\r\n", "paragraph:Line one line two|paragraph:Next para"},
        {"CR only", "Line one\rline two\r\rNext para", "paragraph:Line one line two|paragraph:Next para"},
        {"whitespace-only and NBSP lines are blank", "Para one\n  \t\n\xC2\xA0\nPara two",
         "paragraph:Para one|paragraph:Para two"},
        {"hyphenation across a break is undone, real hyphens kept",
         "the recom-\nmendation of a well-known\nfirm was co-\nordinated by Stoke-\nFerry",
         "paragraph:the recommendation of a well-known firm was coordinated by Stoke- Ferry"},
        {"heading lines stand alone without blank lines",
         "MINUTES\nThe meeting opened.\n84. Apologies\nNone received.\n3. Minutes of the previous meeting\nAgreed.",
         "heading:MINUTES|paragraph:The meeting opened.|heading:84. Apologies|paragraph:None received.|"
         "heading:3. Minutes of the previous meeting|paragraph:Agreed."},
        {"a numbered line followed by a lower-case line is a wrapped sentence",
         "4. Members Feedback Form\nwas circulated to all.",
         "paragraph:4. Members Feedback Form was circulated to all."},
        {"numbered paragraphs after a finished sentence start new blocks",
         "2. Meetings took place at Melton on 10 July.\n3. Please note the change of membership.\n4. Feedback is\nattached.",
         "paragraph:2. Meetings took place at Melton on 10 July.|paragraph:3. Please note the change of membership.|"
         "paragraph:4. Feedback is attached."},
        {"an item number alone on its line joins its title", "1.\n\nAdoption of Minutes\n\nCirculated, copies.",
         "heading:1. Adoption of Minutes|paragraph:Circulated, copies."},
        {"wrapped capitals are one heading",
         "MINUTES OF PROCEEDINGS AT MEETING OF THE\nMUNICIPAL DISTRICT OF NEWCASTLE WEST\n\nPresent: all.",
         "heading:MINUTES OF PROCEEDINGS AT MEETING OF THE MUNICIPAL DISTRICT OF NEWCASTLE WEST|paragraph:Present: all."},
        {"separate capital headings stay apart", "APOLOGIES\n\nNone.\n\nDECLARATIONS\n\nNone.",
         "heading:APOLOGIES|paragraph:None.|heading:DECLARATIONS|paragraph:None."},
        {"markdown headings", "# Minutes of Council #\n\n## Present\nCllr A and Cllr B",
         "heading:Minutes of Council|heading:Present|paragraph:Cllr A and Cllr B"},
        {"setext heading", "Minutes of Council\n==================\nText follows.",
         "heading:Minutes of Council|paragraph:Text follows."},
        {"a rule ends a paragraph", "Text before\n\n---\n\nText after", "paragraph:Text before|paragraph:Text after"},
        {"bullets and lettered items",
         "Points raised:\n\xE2\x80\xA2 First point\n\xE2\x80\xA2 Second point\ncontinues here\n(a) lettered\n- dashed",
         "paragraph:Points raised:|list_item:First point|list_item:Second point continues here|list_item:(a) lettered|"
         "list_item:dashed"},
        {"a bullet or (b) alone on its line takes the next line",
         "\xE2\x80\xA2\n\nMs. Cowan, Chief Executive.\n\n(b)\n\nSpecial Meeting held.",
         "list_item:Ms. Cowan, Chief Executive.|list_item:(b) Special Meeting held."},
        {"markdown table rows are table cells", "| No | Item |\n| --- | --- |\n| 1. | Apologies |",
         "table_cell:No|table_cell:Item|table_cell:1.|table_cell:Apologies"},
        {"a |-separated item dump is one paragraph per item",
         "Item one. Minutes: text one |\nItem two. Minutes: text two | Item three |\nItem four starts\nand continues |\n",
         "paragraph:Item one. Minutes: text one|paragraph:Item two. Minutes: text two|paragraph:Item three|"
         "paragraph:Item four starts and continues"},
        {"a UTF-8 BOM is not text", "\xEF\xBB\xBFMinutes of the meeting", "paragraph:Minutes of the meeting"},
        {"UTF-16LE with a BOM", std::string("\xFF\xFEH\0i\0\n\0\xA3\0" "5\0", 12), "paragraph:Hi \xC2\xA3" "5"},
        {"JSON is text", "{\"title\": \"3rd Meeting\", \"present\": [\"E. Peloza\"]}",
         "paragraph:{\"title\": \"3rd Meeting\", \"present\": [\"E. Peloza\"]}"},
        {"only whitespace", " \n\t\n", ""},
    };
    for (const auto& row : rows) {
        CAPTURE(row.name);
        const Extraction e = extract_text(row.text);
        CHECK(e.format == Format::Text);
        CHECK(render(e) == row.blocks);
    }
}

TEST_CASE("Form feeds are page breaks and blocks carry their page", "[text]") {
    struct Row {
        std::string text;
        int pages;
        std::string blocks;
    };
    const std::vector<Row> rows = {
        {"One page", 1, "1:paragraph:One page"},
        {"Page one\fPage two\n\fPage three", 3, "1:paragraph:Page one|2:paragraph:Page two|3:paragraph:Page three"},
        {"Runs over\fthe break", 2, "1:paragraph:Runs over|2:paragraph:the break"},
        {"Page one\f", 1, "1:paragraph:Page one"},                 // a trailing form feed opens no page
        {"Page one\f\f\fPage four\f \n", 4, "1:paragraph:Page one|4:paragraph:Page four"},
        {"\fHEADING ON TWO\nText.", 2, "2:heading:HEADING ON TWO|2:paragraph:Text."},
    };
    for (const auto& row : rows) {
        CAPTURE(row.text);
        const Extraction e = extract_text(row.text);
        CHECK(e.pages == row.pages);
        CHECK(render(e, true) == row.blocks);
    }
}

TEST_CASE("Double-spaced wrapped text is re-joined into paragraphs", "[text]") {
    // As PDF-to-text tools write it: wrapped lines, each followed by a blank line, and a page break
    // ("---" and the page number) in the middle of a sentence.
    const std::string first =
        "Councillor Benson proposed that the Minutes of the Special Meeting on 5th February, 2021, reflect that she "
        "proposed the Motion for the Special Meeting on behalf of the signatories of the Requisition for the Meeting, "
        "which was seconded by Councillor Sheahan and agreed, and the Meetings Administrator advised that amendments "
        "to this motion were subsequently proposed and agreed and therefore the minutes reflected the outcome.";
    const std::string second =
        "Arising from the Meeting of 25th January, 2021, reference was made to the letter from the Minister for "
        "Planning and Local Government concerning the proposed Development Plan and on the proposal of Councillor "
        "Galvin, seconded by Councillor Ryan, it was agreed to write to the Minister again as the answers given did "
        "not provide adequate clarification on the process and its timetable for the county.";
    std::string text;
    for (const auto& line : wrap(first, 60)) text += line + "\n\n";
    const std::vector<std::string> lines = wrap(second, 60);
    for (size_t i = 0; i < lines.size(); ++i) text += lines[i] + (i == 3 ? "\n---\n2\n\n" : "\n\n");

    const TextLayout layout = analyse_layout(text);
    CHECK(layout.double_spaced);
    CHECK_FALSE(layout.item_dump);
    CHECK(render(extract_text(text)) == "paragraph:" + first + "|paragraph:" + second);

    // The same text single-spaced is not double-spaced, and blank lines end paragraphs.
    CHECK_FALSE(analyse_layout("a line\nanother line\n\nnext paragraph\n").double_spaced);
}

TEST_CASE("Very long lines and paragraphs are cut into bounded blocks", "[text]") {
    std::string one_line;
    while (one_line.size() < 200 * 1024) one_line += "The council resolved to approve the accounts. ";
    const Extraction e = extract_text(one_line);
    CHECK(e.blocks.size() >= 3);
    for (const auto& b : e.blocks) CHECK(b.text.size() <= 64 * 1024);
    CHECK(e.full_text().find("The council resolved to approve the accounts.") != std::string::npos);

    std::string many_lines;
    while (many_lines.size() < 200 * 1024) many_lines += "line of a csv file,with,fields\n";
    const Extraction csv = extract_text(many_lines);
    CHECK(csv.blocks.size() >= 3);
    for (const auto& b : csv.blocks) CHECK(b.text.size() <= 64 * 1024);
}

TEST_CASE("Text title is a short early heading of more than one word", "[text]") {
    struct Row {
        std::string text, title;
    };
    const std::vector<Row> rows = {
        {"LEICESTERSHIRE POLICE AUTHORITY\n\nMeeting of the committee.", "LEICESTERSHIRE POLICE AUTHORITY"},
        {"# Minutes of Council\n\nText.", "Minutes of Council"},
        {"Decision details\n\nNo heading anywhere.", ""},
        {"PAGE\n\nCity Council ... 3", ""},  // a one-word label, not a title
        {"A\n\nB\n\nC\n\nD\n\nE\n\nF\n\nLATE HEADING HERE", ""},
        {std::string(160, 'X') + "\n\ntext", ""},
    };
    for (const auto& row : rows) {
        CAPTURE(row.text.substr(0, 60));
        CHECK(extract_text(row.text).title == row.title);
    }
}

TEST_CASE("Text charsets: UTF-8, windows-1252 detected, mixed", "[text][charset]") {
    struct Row {
        std::string name, bytes, text, warning;
    };
    const std::vector<Row> rows = {
        {"UTF-8", "Caf\xC3\xA9 \xE2\x80\x93 \xC2\xA3" "5", "Caf\xC3\xA9 \xE2\x80\x93 \xC2\xA3" "5", ""},
        {"windows-1252", "The fee was \xA3" "250 \x96 \x93" "agreed\x94.",
         "The fee was \xC2\xA3" "250 \xE2\x80\x93 \xE2\x80\x9C" "agreed\xE2\x80\x9D.", "charset-undeclared"},
        {"windows-1252 apostrophe", "The council\x92s budget", "The council\xE2\x80\x99s budget", "charset-undeclared"},
        {"UTF-8 with a stray windows-1252 byte", "Caf\xC3\xA9 \xE2\x80\x99 fee \xA3" "5",
         "Caf\xC3\xA9 \xE2\x80\x99 fee \xC2\xA3" "5", "charset-mixed"},
    };
    for (const auto& row : rows) {
        CAPTURE(row.name);
        const Extraction e = extract_text(row.bytes);
        CHECK(e.full_text() == row.text);
        CHECK((e.warnings.empty() ? "" : e.warnings.front().substr(0, e.warnings.front().find(':'))) == row.warning);
    }
}

TEST_CASE("Binary content is refused as unsupported", "[text][bad-input]") {
    struct Row {
        std::string name, bytes;
    };
    std::string controls;
    for (int i = 0; i < 400; ++i) controls += static_cast<char>(1 + i % 8);
    const std::vector<Row> rows = {
        {"NUL bytes", std::string("PK\x03\x04\0\0\0\0binary", 14)},
        {"mostly control characters", controls},
    };
    const auto extractor = make_text_extractor();
    for (const auto& row : rows) {
        CAPTURE(row.name);
        try {
            extractor->extract(row.bytes);
            FAIL("expected ExtractError");
        } catch (const ExtractError& e) {
            CHECK(e.reason() == FailureReason::Unsupported);
            CHECK(std::string(e.what()).find("binary") != std::string::npos);
        }
    }
    // A stray NUL far into otherwise good text is dropped, with a warning.
    std::string padded(5000, 'a');
    padded += std::string("\0 tail", 6);
    const Extraction e = extractor->extract(padded);
    CHECK(e.full_text().find("tail") != std::string::npos);
    REQUIRE(e.warnings.size() == 1);
    CHECK(e.warnings.front().starts_with("stray-nul-bytes"));
    CHECK_FALSE(extractor->sniff("plain text"));  // the registry falls back to text by itself
}

TEST_CASE("Real text files: a reader's phrases survive extraction", "[text]") {
    const std::string shared = quorum::test::shared_dir_or_skip();
    struct Row {
        std::string file, title;
        int pages;
        std::vector<std::string> present;
        std::vector<std::string> headings;  // blocks that must be headings
    };
    const std::vector<Row> rows = {
        {"corpus-real/txt/ie_limerick-ccc_full-council_2021-03-22_minutes_pdf-extracted.txt",
         "MINUTES OF PROCEEDINGS AT ONLINE MEETING OF LIMERICK CITY AND COUNTY COUNCIL HELD ON MONDAY, 22ND MARCH, "
         "2021, AT 3PM",
         1,
         {"Councillor Benson proposed that the Minutes of the Special Meeting on 5th February, 2021, reflect that she "
          "proposed the Motion",
          "amendments to this motion were subsequently proposed and agreed",
          "Ms. Colette Cowan, Chief Executive Officer, UL Hospitals Group."},
         {"1. Adoption of Minutes", "2. UL Hospitals Group / HSE", "3. Disposal of Land"}},
        {"corpus-real/txt/ie_limerick-ccc_md-newcastle-west_2015-05-06_minutes_pdf-extracted.txt", "", 1,
         {"Draft letters to Mountcollins Development Association and Newcastle West Community Centre were reviewed, "
          "amended and agreed.",
          "Councillors Browne, Collins, Foley, Galvin and Sheahan."},
         {"1. Adoption of Minutes", "3. Annual Meeting of Municipal District", "MEMBERS PRESENT:"}},
        {"corpus-real/txt/us_cleveland-city-record_1996-01-03.txt", "", 6,
         {"January the Third, Nineteen Hundred and Ninety-Six", "Public Utilities Committee: Brady, Chairman"},
         {"OFFICIAL PROCEEDINGS CITY COUNCIL"}},
        {"corpus-real/txt/us_cleveland-city-record_2003-07-23_very-long.txt", "", 226,
         {"Attala Abboushi, d.b.a. One Stop Foods", "July the Twenty-Third, Two Thousand and Three"},
         {"STATEMENT OF WORK ACCEPTED"}},
        {"corpus-real/txt/us_cleveland-city-record_2010-01-06.txt", "", 15,
         {"Council Member Eugene Miller moved, pursuant to Rule 9", "January the Sixth, Two Thousand and Ten"},
         {"ELECTION OF TEMPORARY CHAIRMAN"}},
        {"corpus-real/txt/us_portland-or_city-council_2011-01-12_minutes_pdf-extracted.txt", "", 1,
         {"Commissioner Leonard arrived at 9:36 a.m.", "OFFICERS IN ATTENDANCE: Karla Moore-Love, Clerk of the Council"},
         {}},
        {"seeds/000_5ed2ca099737bd4b.txt", "", 1,
         {"Inspector Maxwell explained a sergeant now sits in the control room", "Decided at meeting: 08/03/2018",
          "Successes of work with children and young people"},
         {}},
        {"seeds/001_0ecbadd0c18602a9.txt", "", 1,
         {"Introductions. Minutes: The Chairman welcomed everyone to the meeting and introductions were made.",
          "The next meeting of the Board is scheduled to take place on 20 March 2020 at 10:00am."},
         {}},
        {"seeds/002_d9b32fe17937670d.txt", "", 1,
         {"Redditch Community Safety Partnership Performance Framework", "Operation STAYSAFE"},
         {}},
        {"seeds/003_35746f05c1b52c41.txt", "LEICESTERSHIRE POLICE AUTHORITY", 1,
         {"Members' feedback from the following meetings", "Sarah Hoare, Engagement and Communications Officer."},
         {"LEICESTERSHIRE POLICE AUTHORITY"}},
        {"seeds/004_419ffd5c63b2908a.txt", "", 1,
         {"Role with the Partnership \xE2\x80\x93 the Council currently chairs the Partnership",
          "Safer Chorley & South Ribble Community Safety Partnership"},
         {}},
    };

    const auto extractor = make_text_extractor();
    std::set<std::string> covered;
    for (const auto& row : rows) {
        CAPTURE(row.file);
        covered.insert(row.file);
        const Extraction e = extractor->extract(read_file(fs::path(shared) / row.file));
        CHECK(e.title == row.title);
        CHECK(e.pages == row.pages);
        const std::string text = e.full_text();
        for (const auto& phrase : row.present) {
            CAPTURE(phrase);
            CHECK(text.find(phrase) != std::string::npos);
        }
        for (const auto& heading : row.headings) {
            CAPTURE(heading);
            CHECK(std::any_of(e.blocks.begin(), e.blocks.end(),
                              [&](const Block& b) { return b.kind == BlockKind::Heading && b.text == heading; }));
        }
    }
    for (const char* dir : {"corpus-real/txt", "seeds"}) {
        for (const auto& entry : fs::directory_iterator(fs::path(shared) / dir)) {
            const std::string name = std::string(dir) + "/" + entry.path().filename().string();
            CAPTURE(name);
            CHECK(covered.count(name) == 1);  // every real text file has a row
        }
    }
}

TEST_CASE("The |-separated seed dump splits into its 13 items", "[text]") {
    const std::string shared = quorum::test::shared_dir_or_skip();
    const std::string data = read_file(fs::path(shared) / "seeds" / "001_0ecbadd0c18602a9.txt");
    CHECK(analyse_layout(data).item_dump);
    const Extraction e = make_text_extractor()->extract(data);
    REQUIRE(e.blocks.size() == 13);  // 14 lines; the 11th item runs over two lines
    for (const auto& b : e.blocks) {
        CHECK(b.kind == BlockKind::Paragraph);
        CHECK(b.text.find('|') == std::string::npos);
    }
    CHECK(e.blocks[2].text == "Matters arising Minutes: There were no matters arising.");
    CHECK(e.blocks[10].text.ends_with("CSP Response to SOC/Violent Crime- Charnwood/ Op Lionheart."));
}

TEST_CASE("Structured JSON files extract as text without error", "[text]") {
    const std::string shared = quorum::test::shared_dir_or_skip();
    const Registry registry;  // through the registry: .json is chosen as text by content
    size_t files = 0;
    for (const auto& entry : fs::directory_iterator(fs::path(shared) / "corpus-real" / "json")) {
        CAPTURE(entry.path().filename().string());
        ++files;
        const Extraction e = registry.extract_file(entry.path().string());
        CHECK(e.format == Format::Text);
        CHECK_FALSE(e.blocks.empty());
        CHECK(e.warnings.empty());
        for (const auto& b : e.blocks) CHECK(b.text.size() <= 64 * 1024);
    }
    CHECK(files == 6);
    const Extraction audit =
        registry.extract_file((fs::path(shared) / "corpus-real/json/ca_london-on_audit-committee_2025-06-18.json").string());
    CHECK(audit.full_text().find("3rd Meeting of the Audit Committee") != std::string::npos);
}

TEST_CASE("Layout helpers classify single lines", "[text]") {
    CHECK(is_bare_item_number("1."));
    CHECK(is_bare_item_number("12)"));
    CHECK(is_bare_item_number("3.1."));
    CHECK_FALSE(is_bare_item_number("2021."));
    CHECK_FALSE(is_bare_item_number("2"));
    CHECK(markdown_heading("## Present ##") == "Present");
    CHECK(markdown_heading("#hashtag").empty());
    CHECK(is_rule_line("---"));
    CHECK(is_rule_line("* * *"));
    CHECK_FALSE(is_rule_line("--"));
    CHECK(is_bare_list_marker("(a)"));
    CHECK(is_bare_list_marker("iv)"));
    CHECK_FALSE(is_bare_list_marker("(a) text"));
    CHECK(ends_sentence("agreed."));
    CHECK(ends_sentence("signed.\xE2\x80\x9D"));
    CHECK_FALSE(ends_sentence("Support Services (Mr. S."));
    CHECK_FALSE(ends_sentence("Castleconnell, Co."));
    CHECK_FALSE(ends_sentence("it was agreed to"));
    CHECK(ends_with_connecting_word("LIMERICK CITY AND"));
    CHECK(starts_numbered_paragraph("3. Please note"));
    CHECK_FALSE(starts_numbered_paragraph("2021 was a year"));
    CHECK(is_page_number("12"));
    CHECK_FALSE(is_page_number("12345"));
}

TEST_CASE("Sample archive text files (corpus/text): PHRASES.tsv present phrases", "[text]") {
    quorum::test::check_corpus_phrases("text", Format::Text);
}
