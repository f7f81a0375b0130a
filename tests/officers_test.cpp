/** @file officers_test.cpp @brief detect_officers: attendance lists, titles, roles, contact blocks, merging one person's mentions, the not-a-person traps, bounded work, and named people in the real documents. */
#include <catch2/catch.hpp>


#include <chrono>
#include <set>
#include <string>
#include <vector>

#include "extractors/extraction.h"
#include "extractors/registry.h"
#include "facets/people/officer_roster.h"
#include "facets/people/officers.h"
#include "tests/test_paths.h"

using quorum::FacetValue;
using quorum::extract::Block;
using quorum::extract::BlockKind;
using quorum::extract::Extraction;
using quorum::facets::detect_officers;

namespace {

/// Blocks from strings: "h:" starts a heading, "c:" a table cell, anything else is a paragraph.
Extraction make(const std::vector<std::string>& blocks) {
    Extraction e;
    for (const auto& b : blocks) {
        if (b.rfind("h:", 0) == 0) e.blocks.push_back({BlockKind::Heading, b.substr(2), 1});
        else if (b.rfind("c:", 0) == 0) e.blocks.push_back({BlockKind::TableCell, b.substr(2), 1});
        else e.blocks.push_back({BlockKind::Paragraph, b, 1});
    }
    return e;
}

/// "Name (Role); Name" in detection order; the role is left out when empty.
std::string render(const std::vector<FacetValue>& officers) {
    std::string out;
    for (const auto& o : officers) {
        if (!out.empty()) out += "; ";
        out += o.value;
        if (!o.role.empty()) out += " (" + o.role + ")";
    }
    return out;
}

std::string officers_of(const std::vector<std::string>& blocks) { return render(detect_officers(make(blocks))); }

const FacetValue* find(const std::vector<FacetValue>& officers, const std::string& value) {
    for (const auto& o : officers)
        if (o.value == value) return &o;
    return nullptr;
}

struct Row {
    const char* name;
    std::vector<std::string> blocks;
    const char* expected;
};

void check_rows(const std::vector<Row>& rows) {
    for (const auto& r : rows) {
        INFO(r.name);
        CHECK(officers_of(r.blocks) == r.expected);
    }
}

}  // namespace

TEST_CASE("detect_officers reads attendance lists", "[facets][officers]") {
    check_rows({
        {"modern.gov PRESENT / IN ATTENDANCE with initials and roles",
         {"MINUTES of a meeting of the Cabinet held on Thursday, 30 January 2025. PRESENT: Mr R W Gough (Chairman), "
          "Mr N Baker, Mrs S Chandler and Mr R J Thomas IN ATTENDANCE: Dr A Ghosh (Director of Public Health), "
          "Mrs A Beer (Chief Executive) and McKay (Acting Chief Accountant)"},
         "R W Gough (Chairman); N Baker; S Chandler; R J Thomas; A Ghosh (Director of Public Health); "
         "A Beer (Chief Executive); McKay (Acting Chief Accountant)"},
        {"plural title before a list", {"Present: Cllrs A Smith, B Jones and C Brown."},
         "A Smith (Councillor); B Jones (Councillor); C Brown (Councillor)"},
        {"plural title with roles in parentheses",
         {"Members present:", "Councillors Robert Fenn (Chair), Anita Sharma (Vice-Chair), Deborah Lyle and Owen Marsh"},
         "Robert Fenn (Chair); Anita Sharma (Vice-Chair); Deborah Lyle (Councillor); Owen Marsh (Councillor)"},
        {"untitled names in a list",
         {"PRESENT: Shellina Prendergast (Chair), Paul Bartlett (Vice-Chair), David Brazier, Lesley Game ALSO PRESENT: "
          "Sue Chandler, Cabinet Member for Integrated Children’s Services."},
         "Shellina Prendergast (Chair); Paul Bartlett (Vice-Chair); David Brazier; Lesley Game; "
         "Sue Chandler (Cabinet Member for Integrated Children’s Services)"},
        {"two roles in parentheses; in the Chair",
         {"PRESENT: Cllr Jane Ashdown (Leader of the Council) (Chair), Cllr Richard Annesley (Leader of the Council, "
          "in the Chair) and Cllr Ben Castellan."},
         "Jane Ashdown (Leader of the Council, Chair); Richard Annesley (Leader of the Council, Chair); "
         "Ben Castellan (Councillor)"},
        {"organisation in the parentheses: the rank or the organisation is the role",
         {"Present Councillor Marcus Treadwell (Chair, Eastmere District Council); Chief Inspector Mark Delaney "
          "(District Commander, Northvale Police); PCSO Dan Okafor (Northvale Police); Jo Pettifer (Northvale "
          "Domestic Abuse Service)."},
         "Marcus Treadwell (Chair); Mark Delaney (Chief Inspector); Dan Okafor (PCSO); "
         "Jo Pettifer (Northvale Domestic Abuse Service)"},
        {"a list whose line breaks were lost",
         {"h:PRESENT",
          "Cllr Marcus Treadwell, Eastmere District Council (Chair) Daniel Whitlock, Community Safety Manager, "
          "Eastmere District Council Fiona Gatward, Community Services Manager, Harrowby Borough Council Ch Insp Mark "
          "Delaney, Northvale Police Dr Sunita Bhatt, Director of Public Health, Northvale County Council"},
         "Marcus Treadwell (Chair); Daniel Whitlock (Community Safety Manager); Fiona Gatward (Community Services "
         "Manager); Mark Delaney (Chief Inspector); Sunita Bhatt (Director of Public Health)"},
        {"name – role, the dashes only separating",
         {"Officers:", "Paul Garside – Chief Executive Leah Moreton – Director of Resources and Section 151 Officer "
                       "Fiona Gatward – Community Services Manager"},
         "Paul Garside (Chief Executive); Leah Moreton (Director of Resources and Section 151 Officer); "
         "Fiona Gatward (Community Services Manager)"},
        {"honours are not names", {"PRESENT: Sir Paul Carter, CBE, Mr R C Love, OBE, and Mrs T Dean, MBE"},
         "Paul Carter; R C Love; T Dean"},
        {"a surname that is also a word", {"IN ATTENDANCE: Mr B Watts (General Counsel), Mrs C Head (Head of Finance Operations)"},
         "B Watts (General Counsel); C Head (Head of Finance Operations)"},
        {"names followed by their initials",
         {"PRESENT (Five Councillors):- Pam Bullas (PB) Claire Cann (CC) - Chair, Tom Foy (TF)"},
         "Pam Bullas; Claire Cann (Chair); Tom Foy"},
        {"stacked labels of a layout table govern the lists in order",
         {"ON THURSDAY 14th September 2017 Present:", "Members of the Public:", "Apologies:",
          "Nick Oakhill (NO) CHAIR Bruce May (BM) Cathy Fleet (CF) CLERK", "Diana Stevens Barbara McGarry",
          "Katy Draper Kirsty Allpress"},
         "Nick Oakhill (Chair); Bruce May; Cathy Fleet (Clerk); Diana Stevens; Barbara McGarry"},
        {"an attendance table, one cell per block",
         {"h:Attendance", "c:Member", "c:Representing", "c:Attendance", "c:Councillor Margaret Oyelaran (Chair)",
          "c:Northvale County Council", "c:Present", "c:Councillor Hugh Tremlett", "c:Fenwold District Council",
          "c:Apologies", "c:Mrs Daphne Crewe", "c:Independent co-opted member", "c:Present"},
         "Margaret Oyelaran (Chair); Hugh Tremlett (Councillor); Daphne Crewe"},
        {"a role before the name in a list of officials",
         {"OFFICIALS IN ATTENDANCE:", "Operations Manager, West and South Division (Mr. B. Kennedy), Administrative "
                                      "Officer, Corporate Services (Ms. T. Knox)."},
         "B Kennedy (Operations Manager, West and South Division); T Knox (Administrative Officer)"},
        {"minute taker", {"Minute taker: Alison Kerr, Eastmere District Council"}, "Alison Kerr (Minute taker)"},
        {"a roster under a Name column heading, names run together",
         {"Ward 1 2 3 4 5", "Name Terrell H. Pruitt Zachary Reed Joe Cimperman Nelson Cintron, Jr. Merle R. Gordon"},
         "Terrell H Pruitt; Zachary Reed; Joe Cimperman; Nelson Cintron; Merle R Gordon"},
    });
}

TEST_CASE("detect_officers reads speakers' lines, presenters and councillors told apart by initial",
          "[facets][officers]") {
    check_rows({
        {"a speaker's line: name, dash, affiliation, whatever the given name",
         {"PRESENT: Cllr A Smith, Cllr B Jones, Cllr C Brown",
          "Celine Mizrahi - Congressman Nadler's rep Thanked the board for its work.",
          "The board voted. Thomas Hall - NYC Rescue Mission Thanked the chair."},
         "A Smith (Councillor); B Jones (Councillor); C Brown (Councillor); Celine Mizrahi; Thomas Hall"},
        {"a numbered speaker with an affiliation in brackets",
         {"PRESENT: Cllr A Smith, Cllr B Jones, Cllr C Brown", "1) Yume Kitasei (Pace University) spoke about schools."},
         "A Smith (Councillor); B Jones (Councillor); C Brown (Councillor); Yume Kitasei (Pace University)"},
        {"an agenda heading with a dash is not a speaker",
         {"PRESENT: Cllr A Smith, Cllr B Jones, Cllr C Brown", "2) High Stakes Testing - Resolution",
          "Car Park Ramp - Additional quotes will be obtained.", "Pier Lane - Report to follow."},
         "A Smith (Councillor); B Jones (Councillor); C Brown (Councillor)"},
        {"a presenter printed alone beside a report's heading, and after 'Report -'",
         {"PRESENT: Cllr A Smith, Cllr B Jones, Cllr C Brown", "Executive Committee", "T. Meltzer",
          "Treasurer's Report - L. Kopel Report was distributed."},
         "A Smith (Councillor); B Jones (Councillor); C Brown (Councillor); T Meltzer; L Kopel"},
        {"a licence class in a table is not a presenter", {"Applicant", "C Beer", "B Liquor"}, ""},
        {"'Collins (B)': an initial in brackets tells two councillors apart",
         {"MEMBERS PRESENT: Councillors Benson, Collins (B), Collins (J), Ryan (E)."},
         "Councillor Benson (Councillor); B Collins (Councillor); J Collins (Councillor); E Ryan (Councillor)"},
        {"a plural title's list broken over lines goes on in the next block",
         {"Councillors Benson, Butler, Novak U\u00ed Chonch\u00fair,", "O'Dea, Scanlan."},
         "Councillor Benson (Councillor); Councillor Butler (Councillor); Novak U\u00ed Chonch\u00fair (Councillor); "
         "Councillor O'Dea (Councillor); Councillor Scanlan (Councillor)"},
        {"a list that ends with a full stop does not go on",
         {"Councillors Benson, Butler.", "O'Dea, Scanlan agreed."}, "Councillor Benson (Councillor); Councillor Butler (Councillor)"},
    });
}

TEST_CASE("roster_mentions reads only a Name heading over nothing but names", "[facets][officers]") {
    using quorum::facets::officer::roster_mentions;
    CHECK(roster_mentions("Name Terrell H. Pruitt Zachary Reed Joe Cimperman").size() == 3);
    CHECK(roster_mentions("Name Terrell H. Pruitt Zachary Reed and the residents of Ward 1").empty());
    CHECK(roster_mentions("Name Zachary Reed Joe Cimperman").empty());  // fewer than three
    CHECK(roster_mentions("Names Terrell H. Pruitt Zachary Reed Joe Cimperman").empty());
    CHECK(roster_mentions("Terrell H. Pruitt Zachary Reed Joe Cimperman").empty());
    CHECK(roster_mentions("Name").empty());
    CHECK(roster_mentions("").empty());
    const auto m = roster_mentions("Name Nelson Cintron, Jr. Merle R. Gordon TJ Dow");
    REQUIRE(m.size() == 3);
    CHECK(m[0].surname == "Cintron");
    CHECK(m[1].given == std::vector<std::string>{"Merle", "R"});
    CHECK(m[2].given == std::vector<std::string>{"TJ"});
    CHECK(m[2].structural);
}

TEST_CASE("detect_officers reads titles, appositions and contact blocks", "[facets][officers]") {
    check_rows({
        {"police ranks", {"Supt Shane O’Neill, Leicestershire Police, gave a presentation. Det Supt Owen Brierley and "
                          "Sgt Amy Cole replied. PC Sam Whitfield and PCSO Dan Okafor attended."},
         "Shane O’Neill (Superintendent); Owen Brierley (Detective Superintendent); Amy Cole (Sergeant); "
         "Sam Whitfield (PC); Dan Okafor (PCSO)"},
        {"chief ranks", {"Chief Constable Rachel Swann and Assistant Chief Constable Rhys Mallender spoke; "
                         "Chief Superintendents Garry Forsyth and Rob Nixon gave presentations."},
         "Rachel Swann (Chief Constable); Rhys Mallender (Assistant Chief Constable); Garry Forsyth (Chief "
         "Superintendent); Rob Nixon (Chief Superintendent)"},
        {"Chief Executive only before a name", {"Chief Executive Paul Garside introduced the report of the Chief Executive."},
         "Paul Garside (Chief Executive)"},
        {"Name, Role, Organisation",
         {"The Board considered a report of Rik Basra, Community Safety Co-ordinator, Leicestershire County Council, "
          "which was noted."},
         "Rik Basra (Community Safety Co-ordinator)"},
        {"Title Name, Role,", {"Mr Thomas Brennan, Head of Finance, introduced the report."},
         "Thomas Brennan (Head of Finance)"},
        {"role, then title and name", {"The following suggestions were noted by the Neighbourhood Policing Area "
                                       "Commander, Inspector Emma Maxwell:-"},
         "Emma Maxwell (Inspector)"},
        {"the chair named", {"Introductions. Minutes: The Chair, Cllr Colin Varley, welcomed members."},
         "Colin Varley (Chair)"},
        {"Officer to Contact heading", {"h:Officer to Contact", "Sarah Hoare, Engagement and Communications Officer."},
         "Sarah Hoare (Engagement and Communications Officer)"},
        {"Contact Officer:", {"Contact Officer: Jack Fairley, Committee Officer, 01632 960241"},
         "Jack Fairley (Committee Officer)"},
        {"Person to Contact, stopping at the next field",
         {"Person to Contact Adrian Pell, Chief Executive, Office of the Police and Crime Commissioner Tel: 01632 960812"},
         "Adrian Pell (Chief Executive)"},
        {"Member attending, with and without a colon",
         {"Member attending: Sarah Hoare, Engagement and Communications Officer", "Member attending David Prince"},
         "Sarah Hoare (Engagement and Communications Officer); David Prince"},
        {"Report of: a person", {"Report of: Ruth Caldicott, Chief Executive"}, "Ruth Caldicott (Chief Executive)"},
        {"Report of: a post", {"Report of CHIEF EXECUTIVE", "Report of the Public Health Manager attached."}, ""},
        {"signatory and officer approval",
         {"Signed: Catherine Rowe, Police and Crime Commissioner Date of decision: 27 September 2021 Chief Finance "
          "Officer: Yvonne Stirling – 23 September 2021"},
         "Catherine Rowe (Police and Crime Commissioner); Yvonne Stirling (Chief Finance Officer)"},
        {"parish clerk field", {"Parish Clerk : Cathy Fleet Westfield Farm Cottage, Fenway, Steeple Aston"},
         "Cathy Fleet (Clerk)"},
        {"given name without a title", {"Lydia Patsalides offered to attend any meetings. Hannah Lowe presented."},
         "Lydia Patsalides; Hannah Lowe"},
    });
}

TEST_CASE("detect_officers merges one person's mentions", "[facets][officers]") {
    check_rows({
        {"rank and full name, then rank and surname",
         {"Inspector Maxwell explained the figures.", "The Neighbourhood Policing Area Commander, Inspector Emma "
                                                      "Maxwell:-", "Inspector Maxwell confirmed the recording."},
         "Emma Maxwell (Inspector)"},
        {"a rank and surname alone stays as written", {"Inspector Maxwell explained the figures."},
         "Inspector Maxwell (Inspector)"},
        {"initials and the spelled name", {"PRESENT: Mr T Brennan (Head of Finance) and Cllr Ann Lee.",
                                           "Mr Thomas Brennan said the outturn was on budget. Mr Brennan agreed."},
         "Thomas Brennan (Head of Finance); Ann Lee (Councillor)"},
        {"fewer initials are the same person", {"PRESENT: Mr R W Gough (Chairman), Mr N Baker, Mrs S Chandler.",
                                                "Mr R Gough, Leader of the Council provided an update."},
         "R W Gough (Chairman); N Baker; S Chandler"},
        {"honorific and surname merges into the listed name",
         {"Present: Fiona Gatward (Community Services Manager), Cllr Ann Lee and Cllr Tom Fry.",
          "Ms Gatward presented the dashboard."},
         "Fiona Gatward (Community Services Manager); Ann Lee (Councillor); Tom Fry (Councillor)"},
        {"Mr and Mrs with one initial are two people",
         {"PRESENT: Mr P Cole, Mrs P T Cole and Mr N Baker.", "Mrs Cole asked about the budget."},
         "P Cole; P T Cole; N Baker"},
        {"a short given name", {"IN ATTENDANCE: Joanne Carpenter (Participation and Engagement Manager), Mr A Bee and "
                                "Mr C Dee.", "Jo Carpenter explained the survey results."},
         "Joanne Carpenter (Participation and Engagement Manager); A Bee; C Dee"},
        {"a rank does not merge into an untitled namesake",
         {"Chris Brown told the meeting that resources would move.", "I had met with Insp. Brown, the new commander."},
         "Chris Brown; Inspector Brown (Inspector)"},
        {"two people share a surname: the surname alone is ambiguous",
         {"PRESENT: Mr S Jones, Mr D Jones and Mrs A Beer.", "Mr Jones asked a question."}, "S Jones; D Jones; A Beer"},
    });
}

TEST_CASE("detect_officers leaves out what is not a person taking part", "[facets][officers]") {
    check_rows({
        {"committees, places, posts, months",
         {"The Audit Committee met in May 2024. Hinckley and Bosworth Borough Council agreed. The Chief Executive "
          "said the Chairman and Members noted the report. Mr Chairman thanked everyone on 3 June."},
         ""},
        {"a given name that is a place or a building",
         {"The briefing on Glen Parva prison was postponed. Parking on Victoria Road and in the Dan Carpenter Room."},
         ""},
        {"abbreviations defined in parentheses", {"Anti-Social Behaviour (ASB) and Domestic Violence (DV) rose."}, ""},
        {"a title before an ordinary word", {"The Councillor Development Programme and the Inspector Report.",
                                             "h:Councillor Distribution:"},
         ""},
        {"words after Mr that are not names", {"Mr Speaker, the Mayor and the Chief Constable of Northvale Police."}, ""},
        {"a firm that looks like a name", {"Grant Thornton presented the audit findings; Grant Thornton agreed."}, ""},
        {"apologies are not attendance",
         {"Present: Cllr Brian Hollis (Chairman) and Cllr Pamela Daunt.",
          "Apologies were received from Cllr Tom Harker (work commitments). The Chair reported that Cllr Harker was "
          "recovering."},
         "Brian Hollis (Chairman); Pamela Daunt (Councillor)"},
        {"with an attendance list, people merely mentioned are left out",
         {"PRESENT: Cllr Ann Lee, Cllr Tom Fry and Cllr Sam Hall.",
          "A letter from David Lammy was noted. Lydia Patsalides gave a presentation on Crimestoppers."},
         "Ann Lee (Councillor); Tom Fry (Councillor); Sam Hall (Councillor); Lydia Patsalides"},
        {"a recorded vote is not a name",
         {"PRESENT: Mrs R Binks, Ms L Wright and Mr J Wright.", "For (2) Mrs Binks, Ms Wright Against (1) Mr Wright"},
         "R Binks; L Wright; J Wright"},
        {"empty and punctuation-only text", {"", "(((", ":-", "Mr", "Cllr."}, ""},
    });
}

TEST_CASE("detect_officers reports where each person came from", "[facets][officers]") {
    const auto officers = detect_officers(make({"PRESENT: Cllr Ann Lee (Chair) and Cllr Tom Fry.",
                                                "Inspector Emma Maxwell reported. Inspector Baker agreed."}));
    REQUIRE(officers.size() == 4);
    CHECK(officers[0].source == "structure");
    CHECK(officers[0].confidence >= 0.85);
    CHECK(officers[2].value == "Emma Maxwell");
    CHECK(officers[2].source == "text");
    CHECK(officers[3].value == "Inspector Baker");
    CHECK(officers[3].confidence < officers[2].confidence);  // a surname alone is weaker evidence
}

TEST_CASE("detect_officers finishes on enormous and hostile text", "[facets][officers]") {
    struct Case {
        const char* name;
        std::string text;
    };
    std::string minutes, names, titles, parens, nested;
    while (minutes.size() < 300'000)
        minutes += "PRESENT: Mr R W Gough (Chairman), Mr N Baker and Mrs S Chandler. Inspector Emma Maxwell said the "
                   "burglary figures had fallen; Rik Basra, Community Safety Co-ordinator, agreed. ";
    while (names.size() < 300'000) names += "Aaa Bbb Ccc Ddd Eee Fff ";
    while (titles.size() < 300'000) titles += "Mr Cllr Inspector Mr. ";
    parens = std::string(150'000, '(') + std::string(150'000, ')');
    while (nested.size() < 300'000) nested += "(Mr Aaron Smith, Cllr Bee, ";
    const Case cases[] = {{"300k of minutes", minutes}, {"capitalised words", names}, {"titles", titles},
                          {"parentheses", parens}, {"unclosed parentheses around names", nested}};
    for (const auto& c : cases) {
        INFO(c.name);
        const auto start = std::chrono::steady_clock::now();
        const auto officers = detect_officers(make({c.text}));
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        WARN(c.name << ": " << officers.size() << " people in " << seconds << " s");
        // No wall-clock assertion (speed belongs to bench/): a quadratic scan shows as a ctest TIMEOUT.
        CHECK(officers.size() < 100);  // repeated text never multiplies people
    }
    // The repeated minutes still name each person once.
    CHECK(render(detect_officers(make({minutes}))) ==
          "R W Gough (Chairman); N Baker; S Chandler; Emma Maxwell (Inspector); Rik Basra (Community Safety "
          "Co-ordinator)");
}

TEST_CASE("detect_officers on the real documents", "[facets][officers][real]") {
    const std::string shared = quorum::test::shared_dir_or_skip();
    const quorum::extract::Registry registry;
    struct Expect {
        const char* file;
        std::vector<std::pair<std::string, std::string>> people;  ///< value, role ("*" = any role)
        std::vector<std::string> absent;                          ///< values that must not appear
    };
    const std::vector<Expect> files = {
        {"seeds/000_5ed2ca099737bd4b.txt", {{"Emma Maxwell", "Inspector"}, {"Lee Breckon", "*"}}, {"Inspector Maxwell"}},
        {"seeds/001_0ecbadd0c18602a9.txt",
         {{"Rik Basra", "Community Safety Co-ordinator"}, {"Shane O’Neill", "Superintendent"},
          {"Lydia Patsalides", "Regional Manager"}, {"Rachel Burgess", "*"}},
         {"Glen Parva", "Anti-Social Behaviour"}},
        {"seeds/002_d9b32fe17937670d.txt", {}, {}},
        // Members' feedback: the "Member attending" entries took part; people they write about
        // (Insp Nigel Peters, Chief Superintendents Forsyth and Nixon) are only mentioned.
        {"seeds/003_35746f05c1b52c41.txt",
         {{"Sarah Hoare", "Engagement and Communications Officer"}, {"David Prince", ""}, {"Bernard Greaves", ""},
          {"David Snartt", "Councillor"}},
         {"Nigel Peters", "Garry Forsyth", "Inspector Brown"}},
        {"seeds/004_419ffd5c63b2908a.txt", {}, {}},
        {"corpus-real/pdf/uk_kent-cc_cabinet_2025-01-30_printed-minutes.pdf",
         {{"R W Gough", "Chairman"}, {"A Ghosh", "Director of Public Health"}, {"A Beer", "Chief Executive"},
          {"C Head", "Head of Finance Operations"}, {"Joe McKay", "Acting Chief Accountant"},
          {"Mike Gogarty", "Interim Strategic Lead for Public Health"}},  // "Dr M Gogarty" + "Mike Gogarty"
         {"C Bell", "R Gough", "Katie Lam"}},
        {"corpus-real/pdf/uk_kent-cc_corporate-parenting-panel_2024-12-10_minutes.pdf",
         {{"Shellina Prendergast", "Chair"}, {"Joanne Carpenter", "*"}, {"Sue Chandler", "*"}},
         {"Jo Carpenter", "Dylan Jeffrey"}},
        {"corpus-real/pdf/uk_kent-cc_county-council_2024-12-19_minutes.pdf",
         {{"B J Sweetland", "Chairman"}, {"A M Ridgers", "Vice-Chairman"}, {"J Cook", "Democratic Services Manager"}},
         {"Wright Against", "Mr Baldock"}},
        {"corpus-real/pdf/uk_kent-cc_record-of-decision_24-00093.pdf",
         {{"Sue Chandler", "Cabinet Member for Integrated Children’s Services"}},
         {}},
        {"corpus-real/pdf/uk_souldern-pc_2017-09-14_minutes.pdf",
         {{"Nick Oakhill", "Chair"}, {"Cathy Fleet", "Clerk"}, {"Bruce May", "*"}},
         {"Katy Draper"}},
        {"corpus-real/html/uk_west-dereham-pc_2018-11-08_draft-minutes.html",
         {{"Claire Cann", "Chair"}, {"Peter King", "Parish Clerk"}},
         {"Claire Williams"}},
    };
    for (const auto& f : files) {
        const std::string path = shared + "/" + f.file;
        INFO(path);
        const auto officers = detect_officers(registry.extract_file(path));
        std::string listing;
        for (const auto& o : officers)
            listing += "\n  " + o.value + " | " + o.role + " | " + o.source + " " + std::to_string(o.confidence).substr(0, 4);
        WARN(f.file << ": " << officers.size() << " people" << listing);
        for (const auto& [value, role] : f.people) {
            INFO("expected " << value << " (" << role << ")");
            const FacetValue* o = find(officers, value);
            REQUIRE(o != nullptr);
            if (role != "*") CHECK(o->role == role);
        }
        for (const auto& value : f.absent) {
            INFO("must not find " << value);
            CHECK(find(officers, value) == nullptr);
        }
        if (f.people.empty()) CHECK(officers.empty());
    }
}
