/** @file councils_test.cpp @brief Publisher and mentioned-council detection: each rule on synthetic extractions, then the real documents. */
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "tests/block_builders.h"
#include "extractors/registry.h"
#include "facets/council_util.h"
#include "facets/councils.h"
#include "facets/gazetteer.h"
#include "tests/test_paths.h"

using quorum::FacetValue;
using quorum::extract::Block;
using quorum::extract::BlockKind;
using quorum::extract::Extraction;
using quorum::facets::detect_councils;
using quorum::facets::Gazetteer;

using quorum::test::extraction_of;
using quorum::test::heading;
using quorum::test::li;
using quorum::test::para;

namespace {



std::string render(const std::vector<FacetValue>& values) {
    std::string out;
    for (const auto& v : values) out += (out.empty() ? "" : "; ") + v.value;
    return out;
}

// A sentence long enough that a paragraph holding it is running text, not a title line.
constexpr const char* kRunningText =
    "Members discussed the report at length, asked questions about the figures in the appendix and the timetable "
    "for the work, and thanked the officers for their clear and helpful presentation of the options.";

// Each detection rule, and each trap, as one row.
struct Row {
    const char* rule;
    Extraction extraction;
    const char* publishers;
    const char* mentions;  // nullptr: not checked
};

std::vector<Row> rule_rows() {
    return {
        {"metadata DC.publisher", extraction_of({para("Minutes")}, {{"DC.publisher", "Northvale County Council"}}),
         "Northvale County Council", ""},
        {"PDF Author acronym", extraction_of({para("Membership: Councillors Angela Caldara")}, {{"Author", "LBM"}}),
         "London Borough of Merton", ""},
        {"a PDF Author that is a person is ignored", extraction_of({heading("KENT COUNTY COUNCIL")}, {{"Author", "Fiona Treveil"}}),
         "Kent County Council", ""},
        {"first heading names the council", extraction_of({heading("KENT COUNTY COUNCIL"), heading("CABINET"),
                                                  para("MINUTES of a meeting of the Cabinet held ... Medway Council attended.")}),
         "Kent County Council", "Medway Council"},
        {"police authority heading; districts listed later are mentions",
         extraction_of({heading("LEICESTERSHIRE POLICE AUTHORITY"), heading("Meeting **CONSULTATION AND COMMUNICATIONS COMMITTEE**"),
               para("2. CDRP meetings have taken place at Melton on 10 July 2009, Rutland on 22 July, Hinckley and "
                    "Bosworth on 23 July, Oadby and Wigston on 3 August, Blaby on 20 August and North West "
                    "Leicestershire on the 11 September.")}),
         "Leicestershire Police Authority",
         "Melton Borough Council; Rutland County Council; Hinckley and Bosworth Borough Council; Oadby and Wigston "
         "Borough Council; Blaby District Council; North West Leicestershire District Council"},
        {"a parish council not in the gazetteer is title-cased", extraction_of({heading("LITTLE SNORING PARISH COUNCIL"), para("Minutes")}),
         "Little Snoring Parish Council", ""},
        {"parish council inside a minutes heading", extraction_of({heading("MINUTES OF THE ASTON MAGNA PARISH COUNCIL MEETING")}),
         "Aston Magna Parish Council", ""},
        {"an annual parish meeting is the parish council's", extraction_of({heading("MINUTES OF THE ASTON MAGNA ANNUAL PARISH MEETING")}),
         "Aston Magna Parish Council", ""},
        {"non-UK: council of the city", extraction_of({para("COUNCIL OF THE CITY OF WINNIPEG"), para("Wednesday, November 6, 2013")}),
         "City of Winnipeg", ""},
        {"non-UK: city council heading", extraction_of({heading("*** DES MOINES CITY COUNCIL MEETING REPORT ***")}),
         "City of Des Moines", ""},
        {"non-UK: community board letterhead split over lines",
         extraction_of({heading("CITY OF NEW YORK"), heading("MANHATTAN COMMUNITY"), heading("BOARD No. 4")}),
         "Manhattan Community Board 4", ""},
        {"modern.gov decision page: the title line names both councils",
         extraction_of({para("Decision details"),
               para("Blaby DC and Hinckley & Bosworth BC Joint Community Safety Partnership Scrutiny Report"),
               para("Decision Maker: Joint Community Safety Partnership Overview & Scrutiny Committee"),
               para("The Blaby DC Strategic Director and the HBBC Community Services Manager spoke to the report.")}),
         "Blaby District Council; Hinckley and Bosworth Borough Council", ""},
        {"joint committee decision: the partnership's other council joins the site's",
         extraction_of({heading("Decision details"), heading("Joint Community Safety Partnership Annual Scrutiny Report 2023/24"),
               para("Decision Maker: Joint Community Safety Overview and Scrutiny Committee"),
               para("To scrutinise the performance of the Eastmere and Harrowby Community Safety Partnership during 2023/24.")},
              {}, "Decision details - Joint Community Safety Partnership Annual Scrutiny Report | Harrowby Borough Council"),
         "Harrowby Borough Council; Eastmere District Council", nullptr},
        {"a hosted board is published by its host council",
         extraction_of({para("Introductions. Minutes: The Chairman welcomed everyone to the meeting."),
               para("Minutes: The Board considered the Leicestershire Safer Communities Strategy Board Action Log.")}),
         "Leicestershire County Council", ""},
        {"attendance lists name members' councils, not the publisher",
         extraction_of({para("PRESENT: Cllr A Smith (Blaby District Council), Cllr B Jones (Charnwood Borough Council)"),
               para("1. Apologies were received.")}),
         "", "Blaby District Council; Charnwood Borough Council"},
        {"a heading deep in a newsletter names the parish council",
         extraction_of({para("over the wall"), para("The newsletter for Horsley villagers, with a Parish Council Report inside."),
               heading("HORSLEY HISTORY", 1), heading("HORSLEY PARISH COUNCIL", 19),
               para("Notes of the meeting held on 26th March 2013.", 19)}),
         "Horsley Parish Council", ""},
        {"text near the top is the last resort",
         extraction_of({para("Agenda item"), para("Performance Framework"),
               para("The Panel received a verbal overview of the quarter two performance tables and noted the report of "
                    "Rik Basra, Community Safety Co-ordinator, Leicestershire County Council, and a letter from Kent County "
                    "Council.")}),
         "Leicestershire County Council", "Kent County Council"},
        {"bare place names that are not mentions",
         extraction_of({heading("KENT COUNTY COUNCIL"),
               para("Mr Bolton said that Hackney carriage fees were set by the Duke of Edinburgh's panel in New York. "
                    "Reading the report, Members agreed. Councillor Preston and Ms Hart spoke.")}),
         "Kent County Council", ""},
        {"no letterhead: the authority the text names in full, repeatedly",
         extraction_of({para("Wednesday, November 6, 2013 The Council met at 9:31 a.m."), heading("ROLL CALL"),
               para("Clerk: His Worship Mayor Katz, Councillors Browaty and Eadie."),
               para(std::string(kRunningText) + " We are all motivated to do what is best for the City of Winnipeg. "
                    "Planners from the City of Regina visited."),
               para(std::string(kRunningText) + " The City of Winnipeg has a promising future.")}),
         "City of Winnipeg", nullptr},
        {"an authority named once in running text is not enough",
         extraction_of({para("The Council met at 9:31 a.m."), para(std::string(kRunningText) + " A visitor from the City of Regina spoke.")}),
         "", nullptr},
        {"two authorities named equally often: none",
         extraction_of({para("The Council met."),
               para(std::string(kRunningText) + " The City of Regina and the City of Winnipeg; the City of Regina and the "
                    "City of Winnipeg.")}),
         "", nullptr},
        {"running text that opens with an authority's name, read in full",
         extraction_of({para("We welcome you to the City of Winnipeg, for the organizational meeting of Council, where members of "
                    "standing policy committees and of other committees, boards and commissions are selected.")}),
         "City of Winnipeg", nullptr},
        {"a community board's abbreviated heading and the borough its minutes name most",
         extraction_of({heading("CB1 MONTHLY MEETING MINUTES: MAY 2013"), para("Tuesday, May 28, 2013"),
               para("WTC Healthcare Forum for Lower Manhattan; Manhattan Borough Board resolution; a Brooklyn visitor."),
               para(std::string(kRunningText) + " Busing the students will be expensive for the City of New York.")}),
         "Manhattan Community Board 1", nullptr},
        {"an abbreviated board heading without a borough in the text is not a board",
         extraction_of({heading("CB1 MONTHLY MEETING MINUTES"), para("Minutes of the meeting.")}), "", nullptr},
        {"nothing names an authority", extraction_of({para("Notes of a meeting of friends held in the garden.")}), "", ""},
        {"empty extraction", extraction_of({}), "", ""},
    };
}

// ---- real documents -------------------------------------------------------------------

struct ManifestRow {
    std::string path, council_or_body, meeting_date;
};

// Scanned or outline-only PDFs give (almost) no text; a broken font map gives garbage.
bool unreadable(const Extraction& x) {
    if (x.full_text().size() < 200) return true;
    return std::any_of(x.warnings.begin(), x.warnings.end(), [](const std::string& w) { return w.rfind("garbled", 0) == 0; });
}

std::vector<ManifestRow> read_manifest(const std::string& shared) {
    std::ifstream in(shared + "/corpus-real/MANIFEST.tsv");
    std::vector<ManifestRow> rows;
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
        std::vector<std::string> cols;
        std::stringstream s(line);
        for (std::string c; std::getline(s, c, '\t');) cols.push_back(c);
        if (cols.size() >= 6) rows.push_back({cols[0], cols[4], cols[5]});
    }
    return rows;
}

// "Kent County Council – Cabinet" -> "Kent County Council"; "Souldern Parish Council (Cherwell,
// Oxfordshire)" -> "Souldern Parish Council"; "Manhattan Community Board 1, New York City" -> ...
std::string manifest_publisher(const std::string& council_or_body) {
    size_t end = council_or_body.size();
    for (const char* stop : {" \u2013 ", " (", ", "}) end = std::min(end, council_or_body.find(stop));
    return council_or_body.substr(0, end);
}

std::string key(const std::string& name) {
    if (const auto* e = Gazetteer::builtin().find(name)) return e->canonical;
    return quorum::facets::normalise_name(name);
}

}  // namespace

TEST_CASE("detect_councils: each rule and trap", "[facets][council]") {
    for (const auto& r : rule_rows()) {
        INFO(r.rule);
        const auto f = detect_councils(r.extraction, Gazetteer::builtin());
        CHECK(render(f.publishers) == r.publishers);
        if (r.mentions) CHECK(render(f.mentions) == r.mentions);
    }
}

TEST_CASE("detect_councils: sources and confidence follow the evidence", "[facets][council]") {
    const auto from_metadata = detect_councils(extraction_of({para("x")}, {{"DC.publisher", "Kent County Council"}}), Gazetteer::builtin());
    REQUIRE(from_metadata.publishers.size() == 1);
    CHECK(from_metadata.publishers[0].source == "metadata");
    const auto from_heading = detect_councils(extraction_of({heading("KENT COUNTY COUNCIL")}), Gazetteer::builtin());
    REQUIRE(from_heading.publishers.size() == 1);
    CHECK(from_heading.publishers[0].source == "structure");
    const auto from_text =
        detect_councils(extraction_of({para(std::string(300, 'x') + " a report of Kent County Council was noted by all present here.")}),
                        Gazetteer::builtin());
    REQUIRE(from_text.publishers.size() == 1);
    CHECK(from_text.publishers[0].source == "text");
    CHECK(from_heading.publishers[0].confidence > from_text.publishers[0].confidence);
    CHECK(from_metadata.publishers[0].confidence > from_text.publishers[0].confidence);
}

TEST_CASE("title_case and authority patterns", "[facets][council]") {
    using quorum::facets::council_util::find_authority_patterns;
    using quorum::facets::council_util::title_case;
    CHECK(title_case("SOULDERN PARISH COUNCIL") == "Souldern Parish Council");
    CHECK(title_case("stoke fERRY parish council") == "Stoke Ferry Parish Council");
    CHECK(title_case("NEWCASTLE-UNDER-LYME BOROUGH COUNCIL") == "Newcastle-under-Lyme Borough Council");
    CHECK(title_case("CITY OF NEW YORK") == "City of New York");
    struct Row {
        const char* text;
        const char* expected;  // first pattern, or ""
    };
    const Row rows[] = {
        {"MINUTES FOR WRETTON PARISH COUNCIL MEETING", "Wretton Parish Council"},
        {"Stoke fERRY Parish Council - July meeting minutes", "Stoke Ferry Parish Council"},
        {"MINUTES OF PROCEEDINGS AT ONLINE MEETING OF LIMERICK CITY AND COUNTY COUNCIL HELD ON", "Limerick City and County Council"},
        {"CITY OF PORTLAND, OREGON OFFICIAL MINUTES", "City of Portland"},
        {"The City Record Official Publication of the City of Cleve l a n d", "City of Cleveland"},
        {"Dear Member COUNTY COUNCIL - THURSDAY, 13 MARCH 2025", ""},
        {"the District Council's deadline", ""},
        {"The Parish Council agreed", ""},
    };
    for (const auto& r : rows) {
        INFO(r.text);
        const auto found = find_authority_patterns(r.text);
        CHECK((found.empty() ? std::string() : found.front()) == r.expected);
    }
}

TEST_CASE("detect_councils on the real documents: publisher against MANIFEST.tsv", "[facets][council][real]") {
    const std::string shared = quorum::test::shared_dir_or_skip();
    const quorum::extract::Registry registry;
    int checked = 0, hits = 0;
    std::ostringstream table;
    for (const auto& row : read_manifest(shared)) {
        if (row.path.rfind("json/", 0) == 0) continue;
        Extraction x;
        try {
            x = registry.extract_file(shared + "/corpus-real/" + row.path);
        } catch (const std::exception&) {
            continue;  // scanned or outline-only PDFs: no text to read
        }
        if (unreadable(x)) continue;
        const std::string want = manifest_publisher(row.council_or_body);
        const auto f = detect_councils(x, Gazetteer::builtin());
        const std::string got = f.publishers.empty() ? "" : f.publishers.front().value;
        ++checked;
        const bool hit = key(got) == key(want);
        hits += hit;
        if (!hit) table << "  MISS " << row.path << "\n       manifest: " << want << "\n       detected: " << got << "\n";
    }
    std::cout << "council (first publisher) vs MANIFEST.tsv: " << hits << "/" << checked << "\n" << table.str();
    WARN("council accuracy " << hits << "/" << checked << "\n" << table.str());
    // Known misses: the Horsley working group and the Souldern electors' meeting are named as bodies
    // in the manifest; the Winnipeg PDF, a Limerick district meeting and one New York board never
    // name their authority in text.
    CHECK(hits * 100 >= checked * 80);
}

TEST_CASE("detect_councils on the UK real documents: exact publishers", "[facets][council][real]") {
    const std::string shared = quorum::test::shared_dir_or_skip();
    const quorum::extract::Registry registry;
    struct Row {
        const char* path;
        const char* publishers;
    };
    const Row rows[] = {
        {"corpus-real/pdf/uk_kent-cc_cabinet_2025-01-30_printed-minutes.pdf", "Kent County Council"},
        {"corpus-real/pdf/uk_kent-cc_record-of-decision_24-00093.pdf", "Kent County Council"},
        {"corpus-real/pdf/uk_merton_audit-committee_2009-10-22_agenda-with-minutes.pdf", "London Borough of Merton"},
        {"corpus-real/pdf/uk_souldern-pc_2012-06-28_minutes.pdf", "Souldern Parish Council"},
        {"corpus-real/pdf/uk_horsley-pc_2013-03-26_notes-inside-village-newsletter_multicolumn.pdf", "Horsley Parish Council"},
        {"corpus-real/html/uk_wretton-pc_2005-03-09_minutes.html", "Wretton Parish Council"},
        {"seeds/000_5ed2ca099737bd4b.txt", "Blaby District Council; Hinckley and Bosworth Borough Council"},
        {"seeds/001_0ecbadd0c18602a9.txt", "Leicestershire County Council"},
        {"seeds/003_35746f05c1b52c41.txt", "Leicestershire Police Authority"},
    };
    for (const auto& r : rows) {
        INFO(r.path);
        const auto f = detect_councils(registry.extract_file(shared + "/" + r.path), Gazetteer::builtin());
        CHECK(render(f.publishers) == r.publishers);
    }
}
