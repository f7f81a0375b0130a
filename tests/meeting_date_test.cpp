/** @file meeting_date_test.cpp @brief Date parsing in every written form, the meeting-date rules and their traps, and the real documents against MANIFEST.tsv. */
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "tests/block_builders.h"
#include "extractors/registry.h"
#include "facets/meeting_date.h"
#include "tests/test_paths.h"

using quorum::extract::Block;
using quorum::extract::BlockKind;
using quorum::extract::Extraction;
using quorum::facets::detect_meeting_date;
using quorum::facets::parse_date;

using quorum::test::extraction_of;
using quorum::test::heading;
using quorum::test::li;
using quorum::test::para;

namespace {



std::string detected(const Extraction& x, bool prefer_mdy = false) {
    const auto d = detect_meeting_date(x, prefer_mdy);
    return d.empty() ? "" : d.front().value;
}

std::vector<Block> filler(size_t n, int page) {
    std::vector<Block> out;
    for (size_t i = 0; i < n; ++i)
        out.push_back(para("Village news, walks, recipes and history from the spring issue of the newsletter, page text "
                           "that goes on for a while without naming any date at all.",
                           page));
    return out;
}

}  // namespace

TEST_CASE("parse_date reads every common written form", "[facets][date]") {
    struct Row {
        const char* text;
        const char* expected;  // YYYY-MM-DD or "" for none
    };
    const Row rows[] = {
        // A superscript ordinal a PDF gives as a word of its own (round 10); not before a non-month.
        {"Thursday 2 nd April 2020", "2020-04-02"},
        {"23 rd March, 2019", "2019-03-23"},
        {"2 nd floor, 4 April 2020", ""},
        // day month year, with weekdays, ordinals, commas, capitals and times after
        {"8 March 2018", "2018-03-08"},
        {"Thursday, 30 January 2025", "2025-01-30"},
        {"THURSDAY 1 OCTOBER 2009 \u2013 2.00 P.M.", "2009-10-01"},
        {"**THURSDAY 1 OCTOBER 2009 \u2013 2.00 P.M.**", "2009-10-01"},
        {"1st October 2009", "2009-10-01"},
        {"22nd January, 2025 6.30 pm", "2025-01-22"},
        {"Wednesday, 22nd November, 2023, 10.00 am", "2023-11-22"},
        {"Thursday 28th June 2012 at 7.30pm", "2012-06-28"},
        {"3rd May 2013", "2013-05-03"},
        {"2ND AUGUST 2013", "2013-08-02"},
        {"the 16th November 2000 at 7.30pm", "2000-11-16"},
        {"Thurs. 5 Sept 2019", "2019-09-05"},
        {"Thursday\u00a01\u00a0October\u00a02009", "2009-10-01"},
        {"12TH DAY OF JANUARY, 2011", "2011-01-12"},
        {"6th of May 2015", "2015-05-06"},
        {"13th-Feb-2025", "2025-02-13"},
        {"13-Feb-2025", "2025-02-13"},
        // a superscript ordinal read by OCR as a mark, only before a month
        {"6\" MAY, 2015", "2015-05-06"},
        {"22\u201d April, 2015", "2015-04-22"},
        {"1* April, 2015", "2015-04-01"},
        {"6\" 2015", ""},
        // month first: unambiguous in words
        {"January 18, 2005", "2005-01-18"},
        {"JANUARY 18, 2005", "2005-01-18"},
        {"Tuesday, May 28, 2013", "2013-05-28"},
        {"March 8th 2018", "2018-03-08"},
        {"Sept. 5, 2019", "2019-09-05"},
        // numeric: day first
        {"08/03/2018", "2018-03-08"},
        {"8/3/18", "2018-03-08"},
        {"10.12.24", "2024-12-10"},
        {"08-03-2018", "2018-03-08"},
        {"17/1/2025", "2025-01-17"},
        {"1/19/2011", ""},  // month 19: a US date, read only with prefer_mdy
        // ISO
        {"2018-03-08", "2018-03-08"},
        {"2018/03/08", "2018-03-08"},
        {"2023-06-14T10:00:00Z", "2023-06-14"},
        // spelled out (the Cleveland City Record)
        {"January the Third, Nineteen Hundred and Ninety-Six", "1996-01-03"},
        {"July the Twenty-Third, Two Thousand and Three", "2003-07-23"},
        {"January the Sixth, Two Thousand and Ten", "2010-01-06"},
        // impossible dates
        {"31 April 2018", ""},
        {"29 February 2023", ""},
        {"29 February 2024", "2024-02-29"},
        {"29 February 1900", ""},
        {"29/02/2000", "2000-02-29"},
        {"30/02/2020", ""},
        {"2018-13-01", ""},
        {"0 March 2018", ""},
        {"32 March 2018", ""},
        {"1 January 1850", ""},
        // not dates, or not at the start
        {"March 2018", ""},
        {"18 March", ""},
        {"1 Smarch 2018", ""},
        {"2.00 P.M.", ""},
        {"7.30pm", ""},
        {"8 March 20185", ""},
        {"08/03/20189", ""},
        {"held on Thursday 28th June 2012", ""},
        {"May the Council agree", ""},
        {"", ""},
    };
    for (const auto& r : rows) {
        INFO(r.text);
        CHECK(parse_date(r.text).value_or("") == r.expected);
    }
}

TEST_CASE("parse_date reads numeric dates month first only when asked", "[facets][date]") {
    struct Row {
        const char* text;
        const char* day_first;
        const char* month_first;
    };
    const Row rows[] = {
        {"08/03/2018", "2018-03-08", "2018-08-03"},
        {"1/19/2011", "", "2011-01-19"},
        {"19/1/2011", "2011-01-19", ""},
        {"2/5/2020", "2020-05-02", "2020-02-05"},
        {"January 18, 2005", "2005-01-18", "2005-01-18"},  // words are never ambiguous
        {"2018-03-08", "2018-03-08", "2018-03-08"},
        // A weekday written before it decides when only one order falls on it (round 10).
        {"Thursday, 4/11/2019", "2019-04-11", "2019-04-11"},
        {"Monday 4/11/2019", "2019-11-04", "2019-11-04"},
        {"Friday 08/03/2018", "2018-08-03", "2018-08-03"},
        {"Thursday 08/03/2018", "2018-03-08", "2018-03-08"},
        {"Wednesday 1/19/2011", "2011-01-19", "2011-01-19"},
        {"Sunday 08/03/2018", "2018-03-08", "2018-08-03"},  // neither order is a Sunday: as asked
    };
    for (const auto& r : rows) {
        INFO(r.text);
        CHECK(parse_date(r.text, false).value_or("") == r.day_first);
        CHECK(parse_date(r.text, true).value_or("") == r.month_first);
    }
}

TEST_CASE("detect_meeting_date: each rule and trap", "[facets][date]") {
    struct Row {
        const char* rule;
        Extraction extraction;
        const char* expected;
        bool prefer_mdy = false;
    };
    std::vector<Block> newsletter = filler(12, 1);
    newsletter.push_back(heading("HORSLEY PARISH COUNCIL", 19));
    newsletter.push_back(para("Notes of the meeting held on 26th March 2013. Highways - Cllr Mrs Kay raised potholes.", 19));
    const Row rows[] = {
        {"'held on' in the opening sentence; the previous and next meetings are ignored",
         extraction_of({heading("KENT COUNTY COUNCIL"), heading("CABINET"),
               para("MINUTES of a meeting of the Cabinet held in the Council Chamber, Sessions House, County Hall, "
                    "Maidstone on Thursday, 30 January 2025. PRESENT: Mr R W Gough (Chairman)"),
               para("86. Minutes of the Meeting held on 9th January 2025 (Item 3) RESOLVED that the minutes of the "
                    "meeting on 9 January 2025 were a correct record"),
               para("It would first be reconsidered by the next meeting of the Cabinet (scheduled to be held on 4th March 2025).")},
              {{"CreationDate", "2004-08-05T12:30:00Z"}}),
         "2025-01-30"},
        {"only the previous and next meetings: not stated",
         extraction_of({para("Minutes of previous meeting. Minutes: The minutes of the meeting held on 20 September 2019 were "
                    "taken as read and confirmed as a correct record."),
               para("Minutes: The briefing had been postponed until the Board meeting on 20 March 2020."),
               para("Date of the next meeting. The next meeting of the Board is scheduled to take place on 20 March 2020.")}),
         ""},
        {"an item heading naming the last meeting",
         extraction_of({heading("2. MINUTES OF THE LAST MEETING (3 OCTOBER 2019)"),
               para("The minutes of the meeting held on 3 October 2019 were agreed as an accurate record.")}),
         ""},
        {"'Date of decision:' beats 'Publication date:'",
         extraction_of({para("Decision details"), para("Decision Maker: Joint Community Safety Partnership Overview & Scrutiny Committee"),
               para("Publication date: 19/07/2024"), para("Date of decision: 16/07/2024"),
               para("Decided at meeting: 16/07/2024 - Joint Community Safety Overview and Scrutiny Committee")}),
         "2024-07-16"},
        {"a publication date only when nothing else exists",
         extraction_of({para("Decision details"), para("Publication date: 19/07/2024")}), "2024-07-19"},
        {"PDF CreationDate never", extraction_of({para("Minutes of the Board.")}, {{"CreationDate", "2024-12-02T11:23:00Z"}}), ""},
        {"parish minutes heading over 'ON 28th JUNE 2012'",
         extraction_of({heading("MINUTES OF THE SOULDERN PARISH COUNCIL MEETING"), heading("HELD IN THE VILLAGE HALL"),
               para("ON 28th JUNE 2012"), para("Present: Mr A Martin (Chairman)"),
               para("Minutes of previous meeting The minutes of the Souldern Parish Council meeting held on 9th May "
                    "2012 were approved and signed.")}),
         "2012-06-28"},
        {"parish minutes 'held on Thursday ... at 7.30pm'",
         extraction_of({para("Minutes of the meeting of Souldern Parish Council held on Thursday 28th June 2012 at 7.30pm in the Village Hall")}),
         "2012-06-28"},
        {"'Date held:' after a summons naming the next meeting",
         extraction_of({heading("Boughton Parish Council Minutes"), heading("September 2013"),
               para("Boughton Parish Council. Councillors are summoned to a meeting on 2nd August 2013, at 7pm in the Church."),
               para("Date of Next Meeting 1st November 2013 \u2013 19:00"), para("Date held: 2nd August 2013 Venue: All Saints")}),
         "2013-08-02"},
        {"report cover sheet 'Date' row; dates in the commentary are ignored",
         extraction_of({heading("LEICESTERSHIRE POLICE AUTHORITY"), heading("Meeting **CONSULTATION AND COMMUNICATIONS COMMITTEE**"),
               heading("Date **THURSDAY 1 OCTOBER 2009 \u2013 2.00 P.M.**"), para("Report of **CHIEF EXECUTIVE**"),
               para("2. Between 3 July and 20 September 2009 CDRP meetings have taken place at Melton on 10 July 2009.")}),
         "2009-10-01"},
        {"US month-first words after 'HELD'",
         extraction_of({heading("MINUTES OF THE MONTHLY MEETING OF"), heading("MANHATTAN COMMUNITY BOARD #1"), heading("HELD"),
               heading("JANUARY 18, 2005"), para("The minutes of the monthly meeting held on November 16, 2004 were adopted.")}),
         "2005-01-18"},
        {"US numeric date read month first when asked", extraction_of({para("Meeting Date"), para("2/5/2020")}), "2020-02-05", true},
        {"the same numeric date is day first by default", extraction_of({para("Meeting Date"), para("2/5/2020")}), "2020-05-02"},
        {"dates inside the discussion only: not stated",
         extraction_of({para("The Chairman welcomed Members."),
               para("Members asked what had improved the abandonment rate from 23% in mid 2017 to 3.2% by 12 January 2018, "
                    "and officers referred to figures published on 3 March 2018.")}),
         ""},
        {"draft minutes 'subject to approval at the next meeting' name their own meeting after",
         extraction_of({heading("Stoke Ferry Parish Council - July meeting minutes"), heading("September 2018"),
               para("STOKE FERRY PARISH COUNCIL Draft Minutes Subject to the Approval at the next Meeting Ordinary Meeting "
                    "of the Parish Council Wednesday 4 July 2018 at 7.00 pm Stoke Ferry Village Hall")}),
         "2018-07-04"},
        {"a listing page of many meetings: none",
         extraction_of({para("52 Contained Records"), para("January 5, 2011"), para("January 12, 2011"), para("January 19, 2011"),
               para("January 26-27, 2011"), para("February 2, 2011"), para("February 9, 2011")}),
         ""},
        {"letter date versus the meeting heading of an agenda pack",
         extraction_of({para("Ask for: Date:"), para("03000416892 joel.cook@kent.gov.uk Joel Cook"), heading("27 February 2025"),
               para("Dear Member"), heading("COUNTY COUNCIL - THURSDAY, 13 FEBRUARY 2025"),
               para("Enclosed are the Budget amendments that were proposed during the meeting on 13 February 2025.")}),
         "2025-02-13"},
        {"the title when the text gives no date", extraction_of({para("PRESENT: Cllr Jane Ashdown")}, {}, "Cabinet \u2013 Minutes \u2013 14 March 2024"),
         "2024-03-14"},
        {"minutes deep inside a newsletter", extraction_of(newsletter), "2013-03-26"},
        {"a record of decision's signature date",
         extraction_of({heading("KENT COUNTY COUNCIL \u2013 RECORD OF DECISION"), para("Contract End Date 31/03/2025"),
               para("...................... signed"), para("17/1/2025"), para(".................... date")}),
         "2025-01-17"},
        {"a weekly City Record: the council meeting, not the issue date",
         extraction_of({para("The City Record Official Publication of the Council of the City of Cleveland"),
               para("January the Sixth, Two Thousand and Ten"), heading("DIRECTORY OF CITY OFFICIALS", 2),
               heading("CITY COUNCIL MONDAY, JANUARY 4, 2010", 3)}),
         "2010-01-04"},
        {"a heading broken inside its date joins the next line",
         extraction_of({heading("MINUTES OF PROCEEDINGS AT MEETING OF THE MUNICIPAL DISTRICT HELD ON WEDNESDAY, 6\""),
               para("MAY, 2015, AT 10.00 A.M."), para("PRESENT IN THE CHAIR: Councillor J. Scanlan")}),
         "2015-05-06"},
        {"a heading that repeats the date of the minutes the meeting confirms: not stated",
         extraction_of({para("DRAFT MINUTES OF THE PARISH COUNCIL MEETING HELD AT THE VILLAGE HALL AT 7.30 pm ON THURSDAY 08 NOVEMBER 2018"),
               para("PRESENT: Pam Bullas, Claire Cann"),
               para("5. Minutes of the Parish Council meeting held on 08 November 2018"),
               para("The Councillors agreed that the minutes should be signed as a true record.")}),
         ""},
        {"last year's heading before minutes that confirm a later meeting's: the later heading",
         extraction_of({heading("MINUTES OF THE ANNUAL MEETING OF THE PARISH COUNCIL"), para("ON 24th May 2018 Present:"),
               para("1. To elect a chairman for the forthcoming year"),
               heading("MINUTES OF THE PARISH COUNCIL MEETING", 3), para("ON 23rd May 2019 Present:", 3),
               para("05.19.03 To receive the minutes of the last meeting The minutes of the parish council meeting held on "
                    "28th March 2019 were checked for accuracy and agreed as a true record.", 3)}),
         "2019-05-23"},
        {"a body's dated heading followed by NO MEETING: not a meeting date",
         extraction_of({para("The City Record Official Publication of the City of Cleveland"),
               para("January the Third, Nineteen Hundred and Ninety-Six"), heading("DIRECTORY OF CITY OFFICIALS", 2),
               heading("CITY COUNCIL MONDAY, JANUARY 1, 1996", 3), heading("OFFICIAL PROCEEDINGS CITY COUNCIL", 3),
               heading("NO MEETING", 3)}),
         ""},
        {"HTML DC.date as a last resort", extraction_of({para("Minutes")}, {{"DC.date", "2022-10-01"}}), "2022-10-01"},
        {"no blocks at all", extraction_of({}), ""},
    };
    for (const auto& r : rows) {
        INFO(r.rule);
        CHECK(detected(r.extraction, r.prefer_mdy) == r.expected);
    }
}

TEST_CASE("detect_meeting_date gives one value with its source and confidence", "[facets][date]") {
    const auto label = detect_meeting_date(extraction_of({para("Date of decision: 08/03/2018")}));
    REQUIRE(label.size() == 1);
    CHECK(label[0].source == "structure");
    CHECK(label[0].confidence > 0.9);
    const auto title = detect_meeting_date(extraction_of({para("x")}, {}, "Audit Committee - Minutes - 1 November 2022"));
    REQUIRE(title.size() == 1);
    CHECK(title[0].source == "metadata");
    CHECK(title[0].confidence < label[0].confidence);
    const auto publication = detect_meeting_date(extraction_of({para("Publication date: 19/07/2024")}));
    REQUIRE(publication.size() == 1);
    CHECK(publication[0].confidence < label[0].confidence);
}

namespace {

struct ManifestRow {
    std::string path, meeting_date;
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
        if (cols.size() >= 6) rows.push_back({cols[0], cols[5]});
    }
    return rows;
}

// Manifest dates the document does not state as its meeting date, with the reason.
const std::map<std::string, std::string>& not_stated() {
    static const std::map<std::string, std::string> rows = {
        {"txt/us_cleveland-city-record_1996-01-03.txt",
         "weekly City Record: the manifest gives the issue date; the council held no meeting (\"NO MEETING\")"},
        {"txt/us_cleveland-city-record_2003-07-23_very-long.txt",
         "weekly City Record: the manifest gives the issue date; the council met on 16 July 2003"},
        {"txt/us_cleveland-city-record_2010-01-06.txt",
         "weekly City Record: the manifest gives the issue date; the council met on 4 January 2010"},
        {"html/uk_west-dereham-pc_2018-11-08_draft-minutes.html",
         "the heading repeats 08 November 2018, but item 5 confirms the minutes of the 8 November meeting: "
         "these are the next meeting's minutes, whose date is not printed"},
        {"pdf/uk_souldern-pc_2019-05-23_minutes-MISLABELLED-2018-05-24.pdf",
         "page 1 is headed 24th May 2018, but pages 3-7 are the meeting of 23rd May 2019, which confirms "
         "the minutes of 28th March 2019 (docs/accuracy.md, known traps)"},
    };
    return rows;
}

}  // namespace

TEST_CASE("detect_meeting_date on the real documents matches MANIFEST.tsv", "[facets][date][real]") {
    const std::string shared = quorum::test::shared_dir_or_skip();
    const quorum::extract::Registry registry;
    int checked = 0, hits = 0;
    std::ostringstream table;
    for (const auto& row : read_manifest(shared)) {
        if (row.path.rfind("json/", 0) == 0 || row.meeting_date.empty()) continue;
        Extraction x;
        try {
            x = registry.extract_file(shared + "/corpus-real/" + row.path);
        } catch (const std::exception&) {
            table << "  no text  " << row.path << "\n";  // scanned or outline-only PDFs
            continue;
        }
        if (unreadable(x)) {
            table << "  no text  " << row.path << "\n";  // or a garbled text layer that needs OCR
            continue;
        }
        const std::string got = detected(x);
        if (auto it = not_stated().find(row.path); it != not_stated().end()) {
            table << "  skipped  " << row.path << " (manifest " << row.meeting_date << ", detected " << (got.empty() ? "-" : got)
                  << "): " << it->second << "\n";
            continue;
        }
        ++checked;
        const bool hit = got == row.meeting_date;
        hits += hit;
        if (!hit) table << "  MISS     " << row.path << ": manifest " << row.meeting_date << ", detected " << (got.empty() ? "-" : got) << "\n";
        CHECK(got == row.meeting_date);
    }
    std::cout << "meeting date vs MANIFEST.tsv: " << hits << "/" << checked << "\n" << table.str();
    WARN("meeting date accuracy " << hits << "/" << checked << "\n" << table.str());
    CHECK(checked >= 25);
}

TEST_CASE("detect_meeting_date on the seed pages", "[facets][date][real]") {
    const std::string shared = quorum::test::shared_dir_or_skip();
    const quorum::extract::Registry registry;
    struct Row {
        const char* path;
        const char* expected;
    };
    const Row rows[] = {
        {"seeds/000_5ed2ca099737bd4b.txt", "2018-03-08"},  // Date of decision, not Publication date
        {"seeds/001_0ecbadd0c18602a9.txt", ""},            // item dump: only previous and next meetings
        {"seeds/002_d9b32fe17937670d.txt", ""},
        {"seeds/003_35746f05c1b52c41.txt", "2009-10-01"},  // not the CDRP meetings it reports on
        {"seeds/004_419ffd5c63b2908a.txt", ""},
    };
    for (const auto& r : rows) {
        INFO(r.path);
        CHECK(detected(registry.extract_file(shared + "/" + r.path)) == r.expected);
    }
}

TEST_CASE("the fitted meeting-date weights name each candidate feature once", "[facets][date]") {
    auto features = quorum::facets::meeting_date_feature_names();
    auto weights = quorum::facets::meeting_date_weight_names();
    std::sort(features.begin(), features.end());
    std::sort(weights.begin(), weights.end());
    CHECK(weights == features);  // refit with tools/fit_meeting_date_weights.py after adding a feature
}

TEST_CASE("meeting_date_candidates lists each date with its features and score", "[facets][date]") {
    const auto x = extraction_of({heading("Ashcombe Parish Council"), para("Minutes of the meeting held on 3 May 2022 at 7pm"),
                                  para("The minutes of the meeting held on 5 April 2022 were approved as a correct record.")});
    const auto candidates = quorum::facets::meeting_date_candidates(x);
    REQUIRE_FALSE(candidates.empty());
    const auto& names = quorum::facets::meeting_date_feature_names();
    for (const auto& c : candidates) {
        CHECK(c.features.size() == names.size());
        CHECK(c.iso != "2022-04-05");  // the previous meeting is never a candidate
    }
    const auto held = std::find(names.begin(), names.end(), "held_word") - names.begin();
    CHECK(candidates.front().iso == "2022-05-03");
    CHECK(candidates.front().features[static_cast<size_t>(held)] == 1);
    CHECK(detected(x) == "2022-05-03");
}
