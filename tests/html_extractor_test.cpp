/** @file html_extractor_test.cpp @brief HTML extraction: sniffing, charset declarations, boilerplate, blocks, metadata, real published pages and corpus/html. */
#include <catch2/catch.hpp>

#include <array>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "extractors/extractor.h"
#include "extractors/registry.h"
#include "extractors/html_boilerplate.h"
#include "extractors/html_prescan.h"
#include "tests/corpus_phrases.h"
#include "tests/test_paths.h"

using namespace quorum::extract;
namespace fs = std::filesystem;

namespace {

/// Test bytes written readably: "{A3}250" is the byte 0xA3 then "250".
std::string bytes(std::string_view spec) {
    std::string out;
    for (size_t i = 0; i < spec.size(); ++i) {
        if (spec[i] == '{' && i + 3 < spec.size() && spec[i + 3] == '}') {
            out += static_cast<char>(std::stoi(std::string(spec.substr(i + 1, 2)), nullptr, 16));
            i += 3;
        } else {
            out += spec[i];
        }
    }
    return out;
}

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// "heading:Minutes|paragraph:Text|table_cell:Item"
std::string render(const Extraction& e) {
    std::string out;
    for (const auto& b : e.blocks) {
        if (!out.empty()) out += "|";
        out += std::string(block_kind_name(b.kind)) + ":" + b.text;
    }
    return out;
}

std::string warning_kinds(const Extraction& e) {
    std::string out;
    for (const auto& w : e.warnings) out += (out.empty() ? "" : ",") + w.substr(0, w.find(':'));
    return out;
}

Extraction extract_html(const std::string& html) { return make_html_extractor()->extract(html); }

}  // namespace

TEST_CASE("HTML sniffing looks at the first markup after BOM, whitespace and comments", "[html]") {
    struct Row {
        std::string head;
        bool html;
    };
    const std::vector<Row> rows = {
        {"<!DOCTYPE html><html lang=\"en\">", true},
        {"<!doctype HTML>", true},
        {"<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">", true},
        {"\xEF\xBB\xBF  \r\n<html>", true},
        {"<!-- saved from url=(0014)about:internet -->\n<HTML>", true},
        {"<HEAD><TITLE>x</TITLE>", true},
        {"<body bgcolor=white>", true},
        {"<meta charset=\"utf-8\"><title>Minutes</title>", true},
        {"<title>Minutes</title>", true},
        {"<div class=\"minutes\">", true},
        {"<p>Minutes of the meeting", true},
        {"<P>", true},
        {"<table border=0>", true},
        {"<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\">", true},
        {"<?xml version=\"1.0\" encoding=\"utf-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">", true},
        {"<font face=Arial><center><title>Minutes</title>", true},  // another tag first, a title early
        {std::string("\xFF\xFE<\0h\0t\0m\0l\0>\0", 14), true},      // UTF-16LE with BOM
        {"<?xml version=\"1.0\"?><rss version=\"2.0\">", false},
        {"<pre>", false},
        {"<param name=x>", false},
        {"%PDF-1.7", false},
        {"Minutes of the meeting <html>", false},
        {"{ \"title\": \"<p>not html</p>\" }", false},
        {"<!-- unterminated comment", false},
        {"", false},
    };
    const auto extractor = make_html_extractor();
    for (const auto& row : rows) {
        CAPTURE(row.head);
        CHECK(extractor->sniff(row.head) == row.html);
    }
}

TEST_CASE("The declared charset is found in meta tags and the XML declaration", "[html][charset]") {
    struct Row {
        std::string html, declared;
    };
    const std::vector<Row> rows = {
        {"<meta charset=\"windows-1252\">", "windows-1252"},
        {"<meta charset=utf-8>", "utf-8"},
        {"<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-1\">", "ISO-8859-1"},
        {"<meta content='text/html;charset=windows-1252' http-equiv='content-type'>", "windows-1252"},
        {"<meta http-equiv=Content-Type content=\"text/html; charset = 'koi8-r'\">", "koi8-r"},
        {"<?xml version=\"1.0\" encoding=\"windows-1252\"?><html>", "windows-1252"},
        {"<!-- <meta charset=\"koi8-r\"> --><meta charset=\"utf-8\">", "utf-8"},
        {"<meta name=\"description\" content=\"charset=latin1 is mentioned\">", ""},  // not http-equiv
        {"<meta http-equiv=\"Content-Type\" content=\"text/html\">", ""},
        {"<meta charset=\"utf-16\">", "UTF-8"},  // a readable declaration cannot be UTF-16
        {"<meta charset=\"x-user-defined\">", "WINDOWS-1252"},
        {"\xEF\xBB\xBF<meta charset=\"windows-1252\">", ""},  // the BOM decides
        {"<p>" + std::string(5000, ' ') + "<meta charset=windows-1252>", ""},  // beyond the first 4 KiB
        {"<html><head><title>No declaration</title>", ""},
    };
    for (const auto& row : rows) {
        CAPTURE(row.html.substr(0, 80));
        CHECK(declared_html_charset(row.html) == row.declared);
    }
}

TEST_CASE("declare_utf8 rewrites every declaration of the decoded text", "[html][charset]") {
    struct Row {
        std::string html, expected;
    };
    const std::vector<Row> rows = {
        {"<meta charset=\"windows-1252\"><p>x", "<meta charset=\"UTF-8\"><p>x"},
        {"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">",
         "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">"},
        {"<?xml version=\"1.0\" encoding=\"windows-1252\"?><meta charset=latin1>",
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><meta charset=UTF-8>"},
        {"<p>no declaration</p>", "<p>no declaration</p>"},
    };
    for (const auto& row : rows) {
        CAPTURE(row.html);
        CHECK(declare_utf8(row.html) == row.expected);
    }
}

TEST_CASE("Boilerplate names match whole words, and header/footer only outside the content", "[html]") {
    struct Row {
        std::string attribute;
        bool inside_content, boilerplate;
    };
    const std::vector<Row> rows = {
        {"site-header", false, true},
        {"site-header", true, false},  // an article's own header holds its title
        {"header-content-main", false, false},
        {"entry-header", true, false},
        {"page-footer", false, true},
        {"masthead", false, true},
        {"navbar navbar-expand-md navbar-dark", true, true},
        {"navbarNavDropdown", true, true},  // camelCase words
        {"menu-item", true, true},
        {"dropdown-menu", true, true},
        {"nav-tabs", true, false},          // tabs inside content are content
        {"sidebar-left", true, true},
        {"has-sidebar", false, false},      // a state class on the content container
        {"cookie-banner", true, true},
        {"cookieConsent", true, true},
        {"gdpr", true, true},
        {"breadcrumb", true, true},
        {"skip-to-content", true, true},
        {"social-share-buttons", true, true},
        {"iframe_reclist_header", false, true},
        {"iframe_reclist_header_count", false, false},
        {"col-md-8 main-content", false, false},
        {"minutes-item", false, false},
        {"row p-4 text-muted", false, false},
        {"", false, false},
    };
    for (const auto& row : rows) {
        CAPTURE(row.attribute, row.inside_content);
        CHECK(names_boilerplate_region(row.attribute, row.inside_content) == row.boilerplate);
    }
    CHECK(is_boilerplate_role("navigation"));
    CHECK(is_boilerplate_role("presentation NAVIGATION"));
    CHECK(is_boilerplate_role("banner"));
    CHECK(is_boilerplate_role("contentinfo"));
    CHECK(is_boilerplate_role("search"));
    CHECK_FALSE(is_boilerplate_role("main"));
    CHECK_FALSE(is_boilerplate_role(""));
}

TEST_CASE("HTML blocks: kinds, order, breaks, entities, tables and regions", "[html]") {
    struct Row {
        std::string name, html, blocks;
    };
    const std::vector<Row> rows = {
        {"headings, paragraphs, list items",
         "<html><body><h1>Minutes</h1><h2>Present</h2><p>Cllr <b>Smith</b> and <a href='#'>Jones</a>.</p>"
         "<ul><li>First</li><li><p>Second</p></li></ul><h6>End</h6></body></html>",
         "heading:Minutes|heading:Present|paragraph:Cllr Smith and Jones.|list_item:First|list_item:Second|heading:End"},
        {"table cells, empty cells skipped",
         "<table><tr><th>Item</th><th>Action</th></tr><tr><td>Grit bin</td><td>&nbsp;</td></tr></table>",
         "table_cell:Item|table_cell:Action|table_cell:Grit bin"},
        {"paragraphs inside a cell stay table cells",
         "<table><tr><td><p>4.1</p><p>4.2</p></td><td><p><b>Declared</b> an interest</p></td></tr></table>",
         "table_cell:4.1|table_cell:4.2|table_cell:Declared an interest"},
        {"one <br> is a space, two end a block",
         "<p>Proposed: Cllr A<br>Seconded: Cllr B<br><br>\n<br>All in favour</p>",
         "paragraph:Proposed: Cllr A Seconded: Cllr B|paragraph:All in favour"},
        {"entities and numeric references",
         "<p>&pound;250 &amp; &lt;b&gt; &#8217;&#x2019; a&nbsp;b &#150; &eacute;</p>",
         "paragraph:\xC2\xA3" "250 & <b> \xE2\x80\x99\xE2\x80\x99 a b \xE2\x80\x93 \xC3\xA9"},
        {"soft hyphens removed", "<p>recom&shy;mendation</p>", "paragraph:recommendation"},
        {"text between blocks is a paragraph", "<div>Loose text<p>inner</p>tail</div>",
         "paragraph:Loose text|paragraph:inner|paragraph:tail"},
        {"definition lists, quotes, pre",
         "<dl><dt>Date</dt><dd>2 May</dd></dl><blockquote>Quoted</blockquote><pre>a   b\n c</pre>",
         "paragraph:Date|paragraph:2 May|paragraph:Quoted|paragraph:a b c"},
        {"upper-case HTML 4 tags", "<HTML><BODY><H2>ITEM 1</H2><P>Text<BR>more</P><TABLE><TR><TD>Cell</TD></TR></TABLE>",
         "heading:ITEM 1|paragraph:Text more|table_cell:Cell"},
        {"markdown pipe table left in a paragraph",
         "<p>| <strong>1.</strong> | <strong>Apologies</strong> |   |\n|   | None received |   |</p><p>PAG |</p>",
         "table_cell:1.|table_cell:Apologies|table_cell:None received|table_cell:PAG"},
        {"scripts, styles, embedded things are not text",
         "<p>Kept</p><script>var x = 'script text';</script><style>p { color: red }</style>"
         "<noscript>Enable JavaScript</noscript><template><p>template text</p></template>"
         "<svg><title>svg title</title><text>svg text</text></svg><iframe>frame text</iframe>"
         "<button>Click me</button><select><option>Choose</option></select>",
         "paragraph:Kept"},
        {"page furniture removed",
         "<body><header class='site-header'><a href='/'>Home</a></header>"
         "<nav><ul><li>Village</li><li>Year</li></ul></nav>"
         "<div id='cookie-banner'>We use cookies <button>Accept</button></div>"
         "<div class='breadcrumb'>Home &gt; Minutes</div>"
         "<ul role='navigation'><li>Menu entry</li></ul>"
         "<form action='/search'><input name='q'><label>Search this site</label></form>"
         "<div class='minutes'><h1>Minutes</h1><p>The Council met.</p></div>"
         "<aside>Related news</aside><div class='social-share'>Share on Facebook</div>"
         "<footer>Copyright 2024</footer></body>",
         "heading:Minutes|paragraph:The Council met."},
        {"a class naming content is not furniture",
         "<div class='header-content-main'><p>Item 5: planning</p></div><div class='has-sidebar'><p>Item 6</p></div>",
         "paragraph:Item 5: planning|paragraph:Item 6"},
        {"a form holding the whole page (ASP.NET) is kept",
         "<body><form id='aspnetForm'><div><h1>Decision details</h1><p>The Committee resolved.</p></div></form></body>",
         "heading:Decision details|paragraph:The Committee resolved."},
        {"<main> is the region; its own header and footer stay",
         "<body><div class='top'>Welcome to the council website</div>"
         "<main><header><h1>Minutes of Council</h1></header><p>The meeting opened at 7pm and the Chairman welcomed "
         "members.</p><footer>Posted 3 May</footer></main><div>Contact us on 01234 567890</div></body>",
         "heading:Minutes of Council|paragraph:The meeting opened at 7pm and the Chairman welcomed "
         "members.|paragraph:Posted 3 May"},
        {"a single <article> beats <main>",
         "<main><article><h1>Minutes</h1><p>The Council agreed the budget for the coming year after debate.</p>"
         "</article><div class='row text-muted'>Copyright remains with the providers</div></main>",
         "heading:Minutes|paragraph:The Council agreed the budget for the coming year after debate."},
        {"role=main and id=content are regions",
         "<div>Unmarked masthead text</div><div role='main'><p>Minute 12: the Clerk reported on the accounts in "
         "detail.</p></div>",
         "paragraph:Minute 12: the Clerk reported on the accounts in detail."},
        {"id=content is a region",
         "<div>Unmarked site name</div><div id='content'><p>Minute 12: the Clerk reported on the accounts.</p></div>",
         "paragraph:Minute 12: the Clerk reported on the accounts."},
        {"a region with too little of the page's text is ignored",
         "<body><article><p>Teaser</p></article><div><p>Minute 1. The Council discussed the drainage works on "
         "Church Road at length and agreed to write to the Highways department.</p></div></body>",
         "paragraph:Teaser|paragraph:Minute 1. The Council discussed the drainage works on Church Road at length and "
         "agreed to write to the Highways department."},
        {"everything looked like furniture: keep the text rather than lose it",
         "<body><div class='sidebar'><p>Minutes of the parish meeting</p></div></body>",
         "paragraph:Minutes of the parish meeting"},
        {"an empty page", "<html><head><title>Nothing</title></head><body></body></html>", ""},
    };
    for (const auto& row : rows) {
        CAPTURE(row.name);
        const Extraction e = extract_html(row.html);
        CHECK(render(e) == row.blocks);
        CHECK(e.pages == 1);
        for (const auto& b : e.blocks) CHECK(b.page == 1);
    }
}

TEST_CASE("HTML charset: declared, undeclared, wrong and invalid", "[html][charset]") {
    struct Row {
        std::string name, html, text, warnings;
    };
    const std::vector<Row> rows = {
        {"windows-1252 declared",
         "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head>"
         "<body><p>A grant of {A3}250 was agreed {96} {93}unanimously{94}.</p></body></html>",
         "A grant of \xC2\xA3" "250 was agreed \xE2\x80\x93 \xE2\x80\x9Cunanimously\xE2\x80\x9D.", ""},
        {"ISO-8859-1 declared is read as windows-1252",
         "<meta charset=\"iso-8859-1\"><p>Caf{E9} {93}Wretton{94} {A3}1400</p>",
         "Caf\xC3\xA9 \xE2\x80\x9CWretton\xE2\x80\x9D \xC2\xA3" "1400", ""},
        {"XML declaration",
         "<?xml version=\"1.0\" encoding=\"windows-1252\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" "
         "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\"><html xmlns=\"http://www.w3.org/1999/xhtml\"><body>"
         "<p>{A3}5 fee</p></body></html>",
         "\xC2\xA3" "5 fee", ""},
        {"UTF-8 declared, windows-1252 bytes",
         "<meta charset=\"utf-8\"><p>The fee is {A3}250 {96} {93}agreed{94}</p>",
         "The fee is \xC2\xA3" "250 \xE2\x80\x93 \xE2\x80\x9C" "agreed\xE2\x80\x9D", "charset-mismatch"},
        {"UTF-8 declared, mostly UTF-8 with a stray byte",
         "<meta charset=\"utf-8\"><p>Chairman{E2}{80}{99}s report {E2}{80}{93} fee {A3}5</p>",
         "Chairman\xE2\x80\x99s report \xE2\x80\x93 fee \xC2\xA3" "5", "charset-mismatch"},
        {"windows-1252 declared, UTF-8 bytes",
         "<meta charset=\"windows-1252\"><p>Caf{C3}{A9} {E2}{80}{93} {C2}{A3}5</p>",
         "Caf\xC3\xA9 \xE2\x80\x93 \xC2\xA3" "5", "charset-mismatch"},
        {"undeclared windows-1252 is detected",
         "<html><body><p>The council{92}s budget of {A3}1,200 was approved.</p></body></html>",
         "The council\xE2\x80\x99s budget of \xC2\xA3" "1,200 was approved.", "charset-undeclared"},
        {"undeclared UTF-8", "<p>Caf{C3}{A9}</p>", "Caf\xC3\xA9", ""},
        {"UTF-16LE with a BOM",
         std::string("\xFF\xFE<\0p\0>\0H\0i\0 \0\xA3\0<\0/\0p\0>\0", 24), "Hi \xC2\xA3", ""},
    };
    for (const auto& row : rows) {
        CAPTURE(row.name);
        const Extraction e = extract_html(bytes(row.html));
        CHECK(e.full_text() == row.text);
        CHECK(warning_kinds(e) == row.warnings);
    }
}

TEST_CASE("HTML title and metadata", "[html]") {
    const Extraction e = extract_html(
        "<html><head><title>\n  Minutes of the\n   Parish Council  </title>"
        "<meta name=\"description\" content=\"Minutes of the  May meeting\">"
        "<meta name=\"keywords\" content=\"minutes, council\">"
        "<meta name=\"DC.date\" content=\"2013-08-02\"><meta name=\"DC.title\" content=\"Boughton PC\">"
        "<meta name=\"author\" content=\"Parish Clerk\"><meta property=\"og:title\" content=\"OG Title\">"
        "<meta name=\"keywords\" content=\"parish\"></head><body><h1>Heading</h1></body></html>");
    CHECK(e.format == Format::Html);
    CHECK(e.title == "Minutes of the Parish Council");
    const std::map<std::string, std::string> expected = {
        {"title", "Minutes of the Parish Council"}, {"description", "Minutes of the May meeting"},
        {"keywords", "minutes, council; parish"},   {"DC.date", "2013-08-02"},
        {"DC.title", "Boughton PC"},                {"author", "Parish Clerk"},
        {"og:title", "OG Title"}};
    CHECK(e.metadata == expected);

    struct Row {
        std::string html, title;
    };
    const std::vector<Row> rows = {
        {"<html><head><meta name=\"DC.title\" content=\"From Dublin Core\"></head><body><h1>H</h1></body></html>",
         "From Dublin Core"},
        {"<html><body><nav>Menu</nav><h1>Minutes  of  Council</h1><p>x</p></body></html>", "Minutes of Council"},
        {"<html><body><p>No heading</p></body></html>", ""},
        {"<TITLE>Created by BCL easyConverter SDK 3 (HTML Version)</TITLE><P>Text",
         "Created by BCL easyConverter SDK 3 (HTML Version)"},
    };
    for (const auto& row : rows) {
        CAPTURE(row.html);
        CHECK(extract_html(row.html).title == row.title);
    }
}

TEST_CASE("Real published HTML pages: visible text in, site furniture out", "[html]") {
    const std::string shared = quorum::test::shared_dir_or_skip();
    struct Row {
        std::string file, title;
        std::vector<std::string> present, absent;
    };
    const std::vector<std::string> stokeferry_furniture = {
        "Broad Norfolk", "WI Scrapbook", "Minutes of meetings 2001-2021", "stokeferry.com",
        "Copyright remains with independent content providers", "bootstrap", "Toggle navigation"};
    const std::vector<Row> rows = {
        {"ca_winnipeg_council-special_2013-11-06_hansard_pdf2html.htm",
         "Created by BCL easyConverter SDK 3 (HTML Version)",
         {"The Deputy City Clerk advised the Mayor that a quorum was present.",
          "wishing Councillor Harvey Smith a very happy 77th birthday",
          "WHEREAS City Organization By-law 7100/97 requires",  // <NOBR> flows inline
          "APPOINTMENT OF SPEAKER AND DEPUTY SPEAKER"},
         {"position:relative", "#page_1", "easyConverter", "nHeight"}},
        {"uk_boughton-pc_2013-08-02_summons-and-minutes.html",
         "Boughton Parish Council Minutes - September 2013 - Stoke Ferry, Norfolk, UK",
         {"Councillors are summoned to a meeting on 2nd August 2013",
          "A further four Willow shrubs have been removed from pond",
          "None received",
          "Date and Venue of Next Meetings:1st November 2013"},
         stokeferry_furniture},
        {"uk_stoke-ferry-pc_2000-11-16_minutes.html",
         "Minutes of the Stoke Ferry Parish Council Meeting - February 2001 - Stoke Ferry, Norfolk, UK",
         {"Held on the 16th November 2000 at 7.30pm",
          "A vote was taken, the result being three to two in favour of Mandy Leamon",
          "Mrs. Henderson, \"Voice of the Village\" requested a litterbin"},
         stokeferry_furniture},
        {"uk_stoke-ferry-pc_2018-07-04_draft-minutes.html",
         "Stoke fERRY Parish Council - July meeting minutes - September 2018 - Stoke Ferry, Norfolk, UK",
         {"Draft Minutes Subject to the Approval at the next Meeting", "146/18 Village Sign",
          "Cllr Kit Hesketh-Harvey"},
         stokeferry_furniture},
        {"uk_wereham-pc_2014-01-14_minutes_table-layout.html",
         "Wereham Parish Council - January - March 2014 - Stoke Ferry, Norfolk, UK",
         {"Minutes of the Ordinary Parish Council Meeting",
          "Declarations of Interest on Agenda Items and Dispensation Requirements",
          "Grit bin moved back into place", "Confirmed as a true and accurate record of the meeting"},
         stokeferry_furniture},
        {"uk_west-dereham-pc_2018-11-08_draft-minutes.html",
         "West Dereham Parish Council Minutes November 2018 - March 2019 - Stoke Ferry, Norfolk, UK",
         {"DRAFT MINUTES OF THE WEST DEREHAM PARISH COUNCIL MEETING",
          "Will anyone present be filming, recording, blogging, or tweeting during this meeting?",
          "The Chairman welcomed everyone present to the Parish Council Meeting"},
         stokeferry_furniture},
        {"uk_wretton-pc_2005-03-09_minutes.html",
         "MINUTES FOR WRETTON PARISH COUNCIL - June 2005 - Stoke Ferry, Norfolk, UK",
         {"HELD AT STOKE FERRY COMMUNITY SCHOOL", "the cost of a 5ft fence would be \xC2\xA3" "1400",
          "Business Reserve Account \xC2\xA3" "29,764.34"},
         stokeferry_furniture},
        {"us_portland-or_council-minutes-2011_listing-page.html",
         "Efiles - Records - Contained Within is '11/EF/2175' - Sorted and Filtered - 52 Records Found",
         {"52 Contained Records", "January 26-27, 2011", "December 28, 2011"},
         {"document.write", "Expand List Window", "resizeIframe"}},
    };

    const fs::path dir = fs::path(shared) / "corpus-real" / "html";
    std::set<std::string> covered;
    const auto registry_extractor = make_html_extractor();
    for (const auto& row : rows) {
        CAPTURE(row.file);
        covered.insert(row.file);
        const std::string data = read_file(dir / row.file);
        REQUIRE(!data.empty());
        CHECK(registry_extractor->sniff(std::string_view(data).substr(0, 4096)));
        const Extraction e = registry_extractor->extract(data);
        CHECK(e.title == row.title);
        CHECK(e.warnings.empty());
        const std::string text = e.full_text();
        for (const auto& phrase : row.present) {
            CAPTURE(phrase);
            CHECK(text.find(phrase) != std::string::npos);
        }
        for (const auto& phrase : row.absent) {
            CAPTURE(phrase);
            CHECK(text.find(phrase) == std::string::npos);
        }
    }
    for (const auto& entry : fs::directory_iterator(dir)) {
        CAPTURE(entry.path().filename().string());
        CHECK(covered.count(entry.path().filename().string()) == 1);  // every real page has a row
    }
}

TEST_CASE("Real pages keep their structure: Wereham's layout table and Boughton's pipe table", "[html]") {
    const std::string shared = quorum::test::shared_dir_or_skip();
    const fs::path dir = fs::path(shared) / "corpus-real" / "html";
    const auto extractor = make_html_extractor();

    const Extraction wereham = extractor->extract(read_file(dir / "uk_wereham-pc_2014-01-14_minutes_table-layout.html"));
    auto has_block = [](const Extraction& e, BlockKind kind, const std::string& text) {
        for (const auto& b : e.blocks)
            if (b.kind == kind && b.text == text) return true;
        return false;
    };
    CHECK(has_block(wereham, BlockKind::Heading, "Wereham Parish Council - January"));
    CHECK(has_block(wereham, BlockKind::TableCell, "Welcome and Introductions"));
    CHECK(has_block(wereham, BlockKind::TableCell, "None received."));

    const Extraction boughton = extractor->extract(read_file(dir / "uk_boughton-pc_2013-08-02_summons-and-minutes.html"));
    CHECK(has_block(boughton, BlockKind::TableCell, "None received"));
    CHECK(has_block(boughton, BlockKind::TableCell, "Minutes of the Meeting \xE2\x80\x93 15th February 2013"));
    CHECK(has_block(boughton, BlockKind::ListItem, "Matters Arising"));
    for (const auto& b : boughton.blocks) {
        CAPTURE(b.text);
        CHECK(b.text.find("| ---") == std::string::npos);
    }
}

TEST_CASE("Sample archive pages (corpus/html): PHRASES.tsv present and absent phrases", "[html]") {
    quorum::test::check_corpus_phrases("html", Format::Html);
}
