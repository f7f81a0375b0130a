/** @file body_and_type_test.cpp @brief The body that met and the document type: each rule on synthetic extractions, then real documents. */
#include <catch2/catch.hpp>

#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "tests/block_builders.h"
#include "extractors/registry.h"
#include "facets/body_and_type.h"
#include "tests/test_paths.h"

using quorum::Item;
using quorum::extract::Block;
using quorum::extract::BlockKind;
using quorum::extract::Extraction;
using quorum::facets::detect_body;
using quorum::facets::detect_doc_type;

using quorum::test::heading;
using quorum::test::li;
using quorum::test::para;

namespace {


Extraction make(std::vector<Block> blocks, std::string title = "", std::map<std::string, std::string> metadata = {}) {
    Extraction e;
    e.blocks = std::move(blocks);
    e.title = std::move(title);
    e.metadata = std::move(metadata);
    return e;
}

std::string body_of(const Extraction& x) {
    const auto b = detect_body(x);
    return b.empty() ? "" : b.front().value;
}

std::string type_of(const Extraction& x, const std::vector<Item>& items = {}) {
    const auto t = detect_doc_type(x, items);
    return t.empty() ? "" : t.front().value;
}

struct Row {
    const char* rule;
    Extraction extraction;
    const char* expected;
};

}  // namespace

TEST_CASE("detect_body: each rule and trap", "[facets][body]") {
    const Row rows[] = {
        {"modern.gov 'Decision Maker:'",
         make({para("Decision details"), para("Blaby DC and Hinckley & Bosworth BC Joint Community Safety Partnership Scrutiny Report"),
               para("Decision Maker: Joint Community Safety Partnership Overview & Scrutiny Committee")}),
         "Joint Community Safety Partnership Overview & Scrutiny Committee"},
        {"report cover sheet 'Meeting' row, title-cased",
         make({heading("LEICESTERSHIRE POLICE AUTHORITY"), heading("Meeting **CONSULTATION AND COMMUNICATIONS COMMITTEE**"),
               heading("Date **THURSDAY 1 OCTOBER 2009 \u2013 2.00 P.M.**")}),
         "Consultation and Communications Committee"},
        {"council heading then committee heading",
         make({heading("KENT COUNTY COUNCIL"), heading("CABINET"), para("MINUTES of a meeting of the Cabinet held in ...")}),
         "Cabinet"},
        {"'MINUTES of a meeting of the X held' without headings",
         make({para("MINUTES of a meeting of the Cabinet held in the Council Chamber on Thursday, 30 January 2025.")}), "Cabinet"},
        {"'of <council>' is dropped from the body",
         make({para("Minutes of the meeting of the Audit Committee of Eastmere District Council held on 1 May 2024 in the Chamber.")}),
         "Audit Committee"},
        {"'A meeting of the X will be held'",
         make({para("Merton Council Membership: Councillors: Angela Caldara"),
               para("A meeting of the Audit Committee will be held: Date: 22 October 2009 Time: 19:15")}),
         "Audit Committee"},
        {"panel heading with the date after a dash",
         make({para("CORPORATE PARENTING PANEL \u2013 10th December 2024 MINUTES of the meeting held in the Darent Room.")}),
         "Corporate Parenting Panel"},
        {"council name before the committee in one heading",
         make({para("Harrowby Borough Council Licensing Committee \u2013 Minutes Date:"), para("2023-06-14")}), "Licensing Committee"},
        {"full council", make({heading("KENT COUNTY COUNCIL"), heading("COUNTY COUNCIL")}), "Full Council"},
        {"parish council: the council itself",
         make({heading("MINUTES OF THE SOULDERN PARISH COUNCIL MEETING"), heading("HELD IN THE VILLAGE HALL"), para("ON 28th JUNE 2012")}),
         "Full Council"},
        {"parish council: the annual meeting of the council is still the council",
         make({heading("MINUTES OF THE ANNUAL MEETING OF SOULDERN PARISH COUNCIL")}), "Full Council"},
        {"parish: the electors' annual parish meeting keeps its name",
         make({heading("MINUTES OF THE SOULDERN ANNUAL PARISH MEETING"), heading("HELD IN THE VILLAGE HALL")}),
         "Annual Parish Meeting"},
        {"parish: a planning meeting keeps its name",
         make({heading("MINUTES OF THE SOULDERN PARISH COUNCIL PLANNING MEETING")}), "Planning Meeting"},
        {"town council", make({heading("Minutes of the Meeting of Wells Town Council")}), "Full Council"},
        {"a partnership's board", make({heading("EASTMERE AND HARROWBY COMMUNITY SAFETY PARTNERSHIP"),
                                        heading("PARTNERSHIP BOARD \u2013 MINUTES")}),
         "Eastmere and Harrowby Community Safety Partnership Board"},
        {"a hosted panel named in full", make({heading("Minutes"), heading("Northvale Police and Crime Panel")}),
         "Northvale Police and Crime Panel"},
        {"a hosted board named in an item dump",
         make({para("Introductions. Minutes: The Chairman welcomed everyone."),
               para("Minutes: The Board considered the Leicestershire Safer Communities Strategy Board Action Log.")}),
         "Leicestershire Safer Communities Strategy Board"},
        {"a record of decision names the office that decides",
         make({heading("KENT COUNTY COUNCIL \u2013 RECORD OF DECISION"), heading("DECISION TO BE TAKEN BY:"),
               heading("DECISION NUMBER:"), para("Mrs Sue Chandler, Cabinet Member for Integrated Children's Services")}),
         "Cabinet Member for Integrated Children's Services"},
        {"a commissioner's record of decision",
         make({para("Office of the Police and Crime Commissioner for Northvale"), heading("RECORD OF DECISION")}),
         "Police and Crime Commissioner"},
        {"the title when the text names no body", make({para("Date: 22 January 2025")}, "Agenda for Licensing Committee on Wednesday, 22nd January, 2025"),
         "Licensing Committee"},
        {"modern.gov pack title", make({para("Dear Member")}, "(Public Pack)Agenda Supplement for County Council, 13/03/2025 10:00"),
         "Full Council"},
        {"a US community board's own meeting", make({heading("MINUTES OF THE MONTHLY MEETING OF"), heading("MANHATTAN COMMUNITY BOARD #1")}),
         "Full Board"},
        {"a council of a city", make({para("COUNCIL OF THE CITY OF WINNIPEG"), para("Wednesday, November 6, 2013")}), "Full Council"},
        {"an item title on an 'Agenda item' page is not the body",
         make({para("Agenda item"), para("Safer Chorley & South Ribble Community Safety Partnership"),
               para("Report of the Public Health Manager attached.")}),
         ""},
        {"a list item is not a heading",
         make({para("Minutes:"), li("Role with the Partnership \u2013 the Council currently chairs the Partnership.")}), ""},
        {"nothing names a body", make({para("Notes from the garden.")}), ""},
        {"empty extraction", make({}), ""},
    };
    for (const auto& r : rows) {
        INFO(r.rule);
        CHECK(body_of(r.extraction) == r.expected);
    }
}

TEST_CASE("detect_doc_type: each cue", "[facets][doctype]") {
    const Row rows[] = {
        {"modern.gov decision page", make({para("Decision details"), para("Decision Maker: Cabinet")}), "decision"},
        {"record of decision", make({heading("KENT COUNTY COUNCIL \u2013 RECORD OF DECISION")}, "Record of Decision"), "decision"},
        {"report cover sheet",
         make({heading("LEICESTERSHIRE POLICE AUTHORITY"), heading("Meeting CONSULTATION AND COMMUNICATIONS COMMITTEE"),
               para("Report of CHIEF EXECUTIVE"), para("Purpose of Report")}),
         "report"},
        {"minutes heading and attendance",
         make({heading("KENT COUNTY COUNCIL"), heading("CABINET"), para("MINUTES of a meeting of the Cabinet held in ... PRESENT: Mr R W Gough")}),
         "minutes"},
        {"notes of the meeting", make({heading("Notes of the meeting held on 26th March 2013")}), "minutes"},
        {"agenda", make({heading("Agenda"), heading("Licensing Committee"), para("Date: Wednesday, 22nd January, 2025")}), "agenda"},
        {"summons without minutes", make({para("You are hereby summoned to attend a meeting of the Council which will be held on 5 May.")}),
         "agenda"},
        {"agenda pack enclosing the previous minutes",
         make({para("A meeting of the Audit Committee will be held: Date: 22 October 2009"),
               para("Minutes of the meeting held on 24 September 2009. RESOLVED that the report be noted.")},
              "Minutes"),
         "agenda"},
        {"summons and minutes on one page",
         make({heading("Boughton Parish Council Minutes"), para("Councillors are summoned to a meeting on 2nd August 2013."),
               para("Date held: 2nd August 2013 Venue: All Saints"), para("Present: Frank Reid")}),
         "minutes"},
        {"modern.gov item page with minutes", make({para("Agenda item"), para("Performance Framework"), para("Minutes:"),
                                                    para("The Panel received an overview. RESOLVED that the report be noted.")}),
         "minutes"},
        {"public pack", make({para("Dear Member")}, "(Public Pack)Budget Amendments Agenda Supplement for County Council"), "agenda"},
        {"a verbatim transcript counts as minutes", make({para("The Council met at 9:31 a.m."), heading("ROLL CALL")}), "minutes"},
        {"no cue at all", make({para("Village news and walks.")}), ""},
    };
    for (const auto& r : rows) {
        INFO(r.rule);
        CHECK(type_of(r.extraction) == r.expected);
    }
}

TEST_CASE("detect_doc_type: items with resolutions count as minutes evidence", "[facets][doctype]") {
    Item resolved;
    resolved.resolution = "RESOLVED that the report be noted.";
    const Extraction x = make({heading("Minutes")});
    CHECK(type_of(x, {resolved}) == "minutes");
    CHECK(detect_doc_type(x, {resolved}).front().confidence > detect_doc_type(make({heading("Minutes")}), {}).front().confidence);
}

TEST_CASE("detect_body and detect_doc_type on real documents", "[facets][body][doctype][real]") {
    const std::string shared = quorum::test::shared_dir_or_skip();
    const quorum::extract::Registry registry;
    struct RealRow {
        const char* path;
        const char* body;
        const char* type;
    };
    const RealRow rows[] = {
        {"corpus-real/pdf/uk_kent-cc_cabinet_2025-01-30_printed-minutes.pdf", "Cabinet", "minutes"},
        {"corpus-real/pdf/uk_kent-cc_corporate-parenting-panel_2024-12-10_minutes.pdf", "Corporate Parenting Panel", "minutes"},
        {"corpus-real/pdf/uk_kent-cc_county-council_2024-12-19_minutes.pdf", "Full Council", "minutes"},
        {"corpus-real/pdf/uk_kent-cc_county-council_2025-02-13_budget-amendments-pack.pdf", "Full Council", "agenda"},
        {"corpus-real/pdf/uk_kent-cc_record-of-decision_24-00093.pdf", "Cabinet Member for Integrated Children\u2019s Services",
         "decision"},
        {"corpus-real/pdf/uk_merton_audit-committee_2009-10-22_agenda-with-minutes.pdf", "Audit Committee", "agenda"},
        {"corpus-real/pdf/uk_souldern-pc_2012-06-28_minutes.pdf", "Full Council", "minutes"},
        {"corpus-real/pdf/uk_souldern-pc_2023-02-23_planning-meeting-minutes.pdf", "Planning Meeting", "minutes"},
        {"corpus-real/pdf/uk_souldern-pc_2024-05-23_annual-parish-meeting-minutes.pdf", "Annual Parish Meeting", "minutes"},
        {"corpus-real/html/uk_boughton-pc_2013-08-02_summons-and-minutes.html", "Full Council", "minutes"},
        {"seeds/000_5ed2ca099737bd4b.txt", "Joint Community Safety Partnership Overview & Scrutiny Committee", "decision"},
        {"seeds/003_35746f05c1b52c41.txt", "Consultation and Communications Committee", "report"},
    };
    std::ostringstream table;
    int hits = 0;
    for (const auto& r : rows) {
        INFO(r.path);
        const Extraction x = registry.extract_file(shared + "/" + r.path);
        const std::string body = body_of(x), type = type_of(x);
        CHECK(body == r.body);
        CHECK(type == r.type);
        hits += body == r.body && type == r.type;
        table << "  " << (body == r.body && type == r.type ? "ok   " : "MISS ") << r.path << ": " << body << " / " << type << "\n";
    }
    std::cout << "body and type on real documents: " << hits << "/" << std::size(rows) << "\n" << table.str();
}
