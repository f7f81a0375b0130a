/** @file people_test.cpp @brief The person facet: roles from attendance blocks, passing mentions left out, speakers per item, movers linked, the people file, and person filters matched forgivingly. Fictional councils and people. */
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "facets/people/attendance_prose.h"
#include "facets/people/people.h"
#include "facets/people/people_file.h"
#include "query/facet_match.h"
#include "query/person_match.h"
#include "tests/block_builders.h"

using quorum::FacetValue;
using quorum::test::extraction_of;
using quorum::test::para;

namespace {

/// "Name=role; Name=role" in detection order.
std::string rendered(const std::vector<FacetValue>& people) {
    std::string out;
    for (const auto& p : people) out += (out.empty() ? "" : "; ") + p.value + "=" + p.role;
    return out;
}

std::string people_of(const std::vector<std::string>& blocks) {
    std::vector<quorum::extract::Block> b;
    for (const auto& t : blocks) b.push_back(para(t));
    return rendered(quorum::facets::detect_people(extraction_of(b)));
}

}  // namespace

TEST_CASE("person facet: each person of the meeting once, with the role the document states", "[people]") {
    struct Row {
        std::vector<std::string> blocks;
        std::string expected;
    };
    const std::vector<Row> rows = {
        // A UK attendance block: the chair beside a name, members, officers by label, apologies.
        {{"PRESENT: Cllr Anna Varley (Chair), Cllr Tom Benson, Cllr Ruth Okafor",
          "Officers present: Mark Ellery (Head of Finance), Jane Quill (Democratic Services Officer)",
          "Apologies: Cllr Peter Hallam", "1. Minutes. Cllr Benson asked about the bins."},
         "Anna Varley=chair; Tom Benson=member; Ruth Okafor=member; Mark Ellery=officer; Jane Quill=officer; "
         "Peter Hallam=apologies"},
        // "In attendance": a job title makes an officer, a rank an attending partner.
        {{"Present: Councillors Dale Rudd, Mia Sorensen and Ivo Brandt", "In attendance: Inspector Lena Marsh, "
          "Sam Tiller (Town Clerk)"},
         "Dale Rudd=member; Mia Sorensen=member; Ivo Brandt=member; Lena Marsh=attending; Sam Tiller=officer"},
        // Absent, members of the public; a person named in passing (an author) is not listed.
        {{"Present: Cllr Ada Finch, Cllr Bo Penrose, Cllr Cy Ormond", "Absent: Cllr Di Yarrow",
          "Members of the public: Edna Fairweather", "The clerk read a poem by Daphne du Maurier."},
         "Ada Finch=member; Bo Penrose=member; Cy Ormond=member; Di Yarrow=absent; Edna Fairweather=public"},
        // Labels in one paragraph: remote attendance, staff as "Role Name; Role Name", guests (their
        // firm is not a person); the name before the next label ends at it. The Mayor presides.
        {{"Present: Mayor Ned Orrin and Councillors Lu Vance, Bea Tolley and Mo Fairlie. Zoom: Councillor Ida "
          "Quenby Staff: Operations Manager Hal Roper; Fire Chief-CEMC Jo Tarrant; Road Superintendent Ken Dabney",
          "Guests: Rita Coombe and Sol Ferris, Fictional Engineering."},
         "Ned Orrin=chair; Lu Vance=member; Bea Tolley=member; Mo Fairlie=member; Ida Quenby=member; "
         "Hal Roper=officer; Jo Tarrant=officer; Ken Dabney=officer; Rita Coombe=attending; Sol Ferris=attending"},
        // A named vote: who voted was at the meeting.
        {{"Motion to approve. Yes: Trustee Una Pell, Trustee Vic Amsel, Trustee Wes Dorian", "No: None"},
         "Una Pell=member; Vic Amsel=member; Wes Dorian=member"},
        // Attendance written as prose: each "... were present." sentence is a list.
        {{"Board President Ada Pell called the meeting to order.",
          "Commissioners Pell, Bo Wren and Cy Holt were present. Harbour Manager Di Vance was present. A quorum "
          "was present."},
         "Ada Pell=chair; Bo Wren=member; Cy Holt=member; Di Vance=officer"},
        // A roll call table: the "Attendee Name" column, and its "Status" column in a later block.
        {{"The meeting was called to order by Commissioner Ivy Marsh at 7:01 p.m. Attendee Name Ivy Marsh Owen "
          "Tully Paula Dreyer Quinn Abbott",
          "Status Present Present Absent Present", "Title Commissioner Commissioner Commissioner Alternate"},
         "Ivy Marsh=chair; Owen Tully=member; Paula Dreyer=absent; Quinn Abbott=member"},
        // "Staff Report:" is a heading, not a list of staff.
        {{"Staff Report: Short Term Rentals from the Administrator."}, ""},
        // Where the public speaks: a speaker for a firm or group is the public, one for an office
        // (a title, a board word) attends; the next part's heading ends it.
        {{"Present: Cllr Ada Finch (Chair), Cllr Bo Penrose, Cllr Cy Ormond", "Public Session",
          "Nancy Ware - Harbour Rescue Mission Thanked the board for the moorings.",
          "Oscar Brandt - Assemblymember Vale Gave an update on the ferry.",
          "Karen Dutton - Fictional Board Member Spoke about the pier.", "Business Session",
          "Helen Marsh - Fictional Rowing Club Gave the regatta dates."},
         "Ada Finch=chair; Bo Penrose=member; Cy Ormond=member; Nancy Ware=public; Oscar Brandt=attending; "
         "Karen Dutton=attending; Helen Marsh=attending"},
        // A numbered item's heading that is an attendance label, its names straight after it.
        {{"2. Apologies for Absence Anne Corby – Ashby, Eileen Drew – Barton, Kevin Hume – Colby Market",
          "3. Annual Report The report was noted."},
         "Anne Corby=apologies; Eileen Drew=apologies; Kevin Hume=apologies"},
        // An agenda's presenters, named after each item's title, are staff; a titled name there
        // (an applicant) is not shown taking part.
        {{"A. Approval of Consent Agenda Items - Ada Vance", "B. Report on Staff Changes – Coleen Quarry",
          "C. Awards – John Orme/Mary Dunn", "D. Planning Application 24/01 – Mr Ned Pike"},
         "Ada Vance=officer; Coleen Quarry=officer; John Orme=officer; Mary Dunn=officer"},
        // A sentence about someone, their job beside them, is not their signature.
        {{"Present: Trustee Una Pell, Trustee Vic Amsel, Trustee Wes Dorian",
          "Ada Lirio, Nurse, Fictional Elementary School, was nominated for her work."},
         "Una Pell=member; Vic Amsel=member; Wes Dorian=member"},
        // A roll call's lines ("Name - present"), and the minutes' writer after "Respectfully
        // submitted" with a job title that begins with the body's kind ("City Recorder").
        {{"ROLL CALL Mayor Dana Ellis - present Councilor Rick Vane - present Councilor Jo Marsh - absent",
          "Respectfully submitted, Ellen Frost, City Recorder"},
         "Dana Ellis=chair; Rick Vane=member; Jo Marsh=absent; Ellen Frost=officer"},
        // Numbered question headings name their questioners, whatever the given name.
        {{"Public Questions and Responses (fictional)", "Question 1 – Mary Quorn Will the ferry run on Sundays?",
          "Question 2 A,B - CJ Tarrow Why was the pier closed?",
          "Question 3 – Councillor Ivo Brandt What does the survey cost?",
          "Question 4 – Simon Vell Hi, could the bus run later?", "Question 5 – Simon Martin Hi, and the ferry?",
          "Response: The ferry will run."},
         "Mary Quorn=public; CJ Tarrow=public; Ivo Brandt=public; Simon Vell=public; Simon Martin=public"},
        // A heading about the public keeps the public's part open; an affiliation's first two
        // words decide whether a speaker speaks for an office.
        {{"Public Forum", "Question 1 - Nigel Vance - Ferry fares",
          "Public Transport Those who attended asked supplementary questions:",
          "Ruth Pole - Bus Gates Officers confirmed the signs were lawful.",
          "Owen Lake - Outreach office - Mayor's office - Updated the board."},
         "Nigel Vance=public; Ruth Pole=public; Owen Lake=attending"},
        // An honorary office beside a name is the board's own: a member.
        {{"Present: Trustee Una Pell, Trustee Vic Amsel, Trustee Wes Dorian",
          "4. Accounts Peter Lund (Honorary Treasurer) presented the accounts."},
         "Una Pell=member; Vic Amsel=member; Wes Dorian=member; Peter Lund=member"},
        // A public forum's table of speakers ("Ref No / Name"), rows numbered, past its header.
        {{"Members Present: Councillors: Ed Quill (Chair), Jo Rusk, Al Tamm", "6 Public Forum",
          "Public Statements were received as follows:", "Ref No 01 02 03",
          "Name Vera Lind Simon Pratt Gwen Holt", "04 Councillor Iris Dunne", "7 Parking Policy Update",
          "Irene Vale - Fictional Cycling Campaign asked about the lanes."},
         "Ed Quill=chair; Jo Rusk=member; Al Tamm=member; Vera Lind=public; Simon Pratt=public; Gwen Holt=public; "
         "Irene Vale=attending"},
        // A job's field before a name ("Finance Business Partner: ..."), whatever the given name,
        // is a report's sign-off: staff ("IT Team Leader" too). "Ask for:" on a summons names the
        // officer to contact; an applicant's, agent's or mortgage holder's field names no one.
        {{"Finance Business Partner: Kevin Jarrow, Finance Manager 14 August 2024.",
          "IT Team Leader: Alex Quarry – Lead Architect", "HR Partner: Celia Wrenn, HR Business Partner",
          "Democratic Services Officer: Ivo Brandt", "Direct Dial: 01632 960000 Ask for: Joel Quist",
          "Planning Agent: Ned Pike", "Mortgage Holder: Fictional Finance"},
         "Kevin Jarrow=officer; Alex Quarry=officer; Celia Wrenn=officer; Ivo Brandt=officer; Joel Quist=officer"},
        // A letter's writer signs the block after "Yours sincerely"; "Question by X to Y, Cabinet
        // Member ..." is a member's question to a member.
        {{"Dear Member", "Yours sincerely", "Benedict Vatts General Counsel",
          "Question by Paul Stebbing to Rory Lund, Cabinet Member for Ferries", "Answer The ferry runs daily."},
         "Benedict Vatts=officer; Paul Stebbing=member; Rory Lund=member"},
        // Movers and seconders, in a field, a phrase or on lines of their own: at a council's
        // meeting members of it ...
        {{"Present: Cllr Ada Finch (Chair), Cllr Bo Penrose, Cllr Cy Ormond",
          "4. Budget Proposed by Ivo Brandt, seconded by Cy Ormond and carried.", "Moved: Wyn Tasker",
          "Seconded: Bo Penrose", "5. Fees A motion was made by Una Pell and carried."},
         "Ada Finch=chair; Bo Penrose=member; Cy Ormond=member; Ivo Brandt=member; Wyn Tasker=member; "
         "Una Pell=member"},
        // A sign-off "Name, Job Date" opening a line: the date is not the job's, and a job may
        // follow an organisation's word ("Team Manager").
        {{"Joan Mantle, Team Manager Legal Services 23 August 2024."}, "Joan Mantle=officer"},
        // A roster's line broken between a name and its initials is one line.
        {{"Title of Meeting Date Attendees", "Board Meeting 3 May 2012 Nia Brook (NB)(Chair), Olly Dane (OD), Colm Owen",
          "(CO), Sal Tormey (ST), Uma Vesey (UV)"},
         "Nia Brook=chair; Olly Dane=member; Colm Owen=member; Sal Tormey=member; Uma Vesey=member"},
        // ... and at a society's annual general meeting its members, the public.
        {{"Fictional Ferry Society Annual General Meeting (fictional)",
          "3. Accounts The accounts were accepted. Proposed: Lynne Vane (Ashby) Seconded: Gordon Orr (Barton) Carried.",
          "4. Auditor Proposed by Ada Quell, seconded by Bo Fenwick and carried.",
          "5. Rules Bo Fenwick proposed and Ada Quell seconded the new rules.", "Moved: Cy Holt", "Seconded: Di Marr"},
         "Lynne Vane=public; Gordon Orr=public; Ada Quell=public; Bo Fenwick=public; Cy Holt=public; Di Marr=public"},
    };
    for (const auto& r : rows) {
        INFO(r.blocks.front());
        CHECK(people_of(r.blocks) == r.expected);
    }
}

TEST_CASE("person facet: the chair by label, and never a word, heading or sum", "[people]") {
    CHECK(people_of({"Chair: Cllr Nora Quist", "Present: Cllr Ola Brisk, Cllr Pip Strand, Cllr Rhys Tarrant"}) ==
          "Nora Quist=chair; Ola Brisk=member; Pip Strand=member; Rhys Tarrant=member");
    CHECK(people_of({"Budget: £12,500 for Roads and Water", "Fleet Services report noted"}).empty());
    // A vote list's word run into a surname is not a name.
    CHECK(people_of({"Present: Cllr Kit Kerr, Cllr Lea Lund", "Ayes: Kerr Nays Lund"}) ==
          "Kit Kerr=member; Lea Lund=member");
}

TEST_CASE("speakers per item, and movers linked to the same person", "[people]") {
    const std::vector<FacetValue> people = {{"Roger Gough", "structure", 0.9, "chair"},
                                            {"Anna Whitlock", "structure", 0.9, "officer"},
                                            {"Tom Gough", "structure", 0.9, "member"}};
    using quorum::facets::item_speakers;
    using quorum::facets::resolve_person;
    CHECK(item_speakers("Mrs Whitlock introduced the report. Members noted it.", people) ==
          std::vector<std::string>{"Anna Whitlock"});
    CHECK(item_speakers("Cllr T Gough asked about potholes and Mrs Whitlock confirmed the dates.", people) ==
          std::vector<std::string>{"Tom Gough", "Anna Whitlock"});
    CHECK(item_speakers("The report was noted.", people).empty());
    CHECK(resolve_person("Councillor R. Gough", people) == "Roger Gough");
    CHECK(resolve_person("Mrs Whitlock", people) == "Anna Whitlock");
    CHECK(resolve_person("Councillor Gough", people).empty());  // two Goughs: ambiguous
    CHECK(resolve_person("Councillor Zed", people).empty());
}

TEST_CASE("people file: variants renamed, people who become one merged, bad rows named", "[people]") {
    using quorum::facets::PeopleFile;
    const PeopleFile file = PeopleFile::parse("variant\tname\n# comment\nR W Gough\tRoger Gough\nMr. Gough\tRoger Gough\n",
                                              "people.tsv");
    std::vector<FacetValue> people = {{"R W Gough", "structure", 0.9, "member"},
                                      {"Gough", "text", 0.5, "chair"},
                                      {"Anna Whitlock", "structure", 0.9, "officer"}};
    file.apply(people);
    CHECK(rendered(people) == "Roger Gough=member; Gough=chair; Anna Whitlock=officer");
    std::vector<FacetValue> twice = {{"R W Gough", "structure", 0.9, "member"}, {"mr gough", "text", 0.5, "chair"}};
    file.apply(twice);
    CHECK(rendered(twice) == "Roger Gough=chair");
    CHECK_THROWS_WITH(PeopleFile::parse("R Gough Roger Gough\n", "p.tsv"),
                      "p.tsv:1: expected two tab-separated fields, a variant and the name it stands for");
    CHECK_THROWS_WITH(PeopleFile::parse("Gough\tRoger Gough\ngough\tTom Gough\n", "p.tsv"),
                      "p.tsv:2: \"gough\" is already given as \"Roger Gough\"");
    CHECK_THROWS_WITH(PeopleFile::load("/nonexistent/people.tsv"), "cannot read people file /nonexistent/people.tsv");
}

TEST_CASE("person filters: titles ignored, a surname alone, initials", "[people]") {
    using quorum::query::facet_match_words;
    using quorum::query::person_name_matches;
    using quorum::query::person_name_words;
    struct Row {
        std::string wanted, indexed;
        bool matches;
    };
    const std::vector<Row> rows = {
        {"Mr Gough", "roger-william-gough", true},      {"Cllr R W Gough", "roger-william-gough", true},
        {"R. Gough", "roger-william-gough", true},      {"RW Gough", "roger-william-gough", true},
        {"Roger Gough", "r-w-gough", true},             {"Inspector Maxwell", "emma-maxwell", true},
        {"Dr Emma Maxwell OBE", "emma-maxwell", true},  {"T Gough", "roger-william-gough", false},
        {"Gough", "goughton", false},                   {"Councillor Wyatt", "wyatt", true},
        {"Roger", "roger-william-gough", false},
    };
    for (const auto& r : rows) {
        INFO(r.wanted << " against " << r.indexed);
        CHECK(person_name_matches(person_name_words(facet_match_words(r.wanted)), facet_match_words(r.indexed)) ==
              r.matches);
    }
}

TEST_CASE("attendance prose becomes a labelled list, and other text is left alone", "[people]") {
    using quorum::facets::officer::attendance_prose_as_lists;
    struct Row {
        std::string text, expected;
    };
    const std::vector<Row> rows = {
        {"Cllrs A Bell and C Dunn were present.", "Present: Cllrs A Bell and C Dunn."},
        {"The meeting opened. Mr. R. Gough and Ms Tay were also present.", "The meeting opened. Also present: Mr. R. Gough and Ms Tay."},
        {"Ann Lee, Fictional Surveys, was in attendance. Bob Ray attended the meeting.",
         "In attendance: Ann Lee, Fictional Surveys. Present: Bob Ray."},
        {"The plans were presented by the architect.", "The plans were presented by the architect."},
        {"all members were present.", "all members were present."},
        {"Mayor Al Pine called the meeting to order at 7 pm.", "Chair: Mayor Al Pine at 7 pm."},
        {"The meeting was called to order by Commissioner Lu Hart at 7:02 p.m. Roll call followed.",
         "Chair: Commissioner Lu Hart at 7:02 p.m. Roll call followed."},
        {"Commissioner Di Marr was absent.", "Absent: Commissioner Di Marr."},
        {"Members of the Public: Ann Lee was present.", "Members of the Public: Ann Lee."},
    };
    for (const auto& r : rows) CHECK(attendance_prose_as_lists(r.text) == r.expected);
}

TEST_CASE("person facet: attendance labels by their layout, whatever words the body uses", "[people][people-labels]") {
    struct Row {
        std::vector<std::string> blocks;
        std::string expected;
    };
    const std::vector<Row> rows = {
        // A label is any short capitalised phrase ending in "present" or "absent" before a colon;
        // "Regrets:" sends apologies; guests beside staff attend, and a job title written later
        // makes an officer.
        {{"Present: Mayor Nell Ashby, Councillors Owen Pratt and Ivy Lorne. Regrets: Councillors Ray Dunmore and "
          "Tess Hale Staff and visitors present: Gil Norcott, Pia Sandell, Rex Tovey and Ula Brine. The meeting was "
          "called to order at 7:00 p.m.",
          "Staff Reports: Gil Norcott, Public Works Manager - written report."},
         "Nell Ashby=chair; Owen Pratt=member; Ivy Lorne=member; Ray Dunmore=apologies; Tess Hale=apologies; "
         "Gil Norcott=officer; Pia Sandell=attending; Rex Tovey=attending; Ula Brine=attending"},
        {{"Council Members Absent: Councillor Moe Tarrant", "Department Heads Present: Lia Brandt, Fire Chief"},
         "Moe Tarrant=absent; Lia Brandt=officer"},
        // An absence with notice is an apology, whatever it is called; representatives attend.
        {{"BOARD MEMBERS PRESENT: Ana Birch, Cal Dorsey, Eli Fenwick BOARD MEMBERS ABSENT WITH NOTIFICATION: Gus "
          "Harlow, Ida Jessup BOARD MEMBERS ABSENT: Kip Lomax BOARD STAFF PRESENT: Mo Nyland, District Manager "
          "ELECTED OFFICIALS AND REPRESENTATIVES: Pat Quarry, Senator Ro Sterne's Office",
          "Excused: Councilmember Tu Varga"},
         "Ana Birch=member; Cal Dorsey=member; Eli Fenwick=member; Gus Harlow=apologies; Ida Jessup=apologies; "
         "Kip Lomax=absent; Mo Nyland=officer; Pat Quarry=attending; Tu Varga=apologies"},
        // A members' label keeps the board's own officers members; "Members of the Public and Media:".
        {{"Commissioners Present: President Ada Pell, Vice-President Bo Wren, Secretary / Treasurer Cy Holt, Di "
          "Marr and Jo Ruddle were present.",
          "Management and Staff: Eve Lund, Harbour Manager", "Members of the Public and Media: Fay Orme was present."},
         "Ada Pell=chair; Bo Wren=member; Cy Holt=member; Di Marr=member; Jo Ruddle=member; Eve Lund=officer; "
         "Fay Orme=public"},
        // A plural title's list holds the board's officers by their office; "Staff and Committee
        // Reports:" is a heading, not a staff list.
        {{"Commissioners Pell, Vice-President Bo Wren, Secretary/ Treasurer Cy Holt, and Di Marr were present. "
          "Commissioner Jo Ruddle was absent. Harbour Manager Eve Lund was present.",
          "Staff and Committee Reports: Commissioner Bo Wren: the dredging permit."},
         "Pell=member; Bo Wren=member; Cy Holt=member; Di Marr=member; Jo Ruddle=absent; Eve Lund=officer"},
        // A roster of names each followed by their initials is the attendance, whatever heads it;
        // an abbreviation defined in prose is not a person.
        {{"Title of Meeting Date Place Attendees",
          "Board Meeting 3 May 2012 Fictional Library Nia Brook (NB)(Chair), Olly Dane (OD)(Hon. Secretary), Quin "
          "Ravel (QR)(General Manager), Sal Tormey (ST), Uma Vesey (UV)",
          "1. Apologies: None", "2. The Domestic Violence (DV) report and the Fire Safety (FS) report were noted."},
         "Nia Brook=chair; Olly Dane=member; Quin Ravel=officer; Sal Tormey=member; Uma Vesey=member"},
        // Who "made a statement" took part (nothing else says so); who only "wrote" is a passing mention.
        {{"Present: Commissioners Ivo Quell, Ros Tanner and Uli Wend.",
          "1. Stipends. The item was introduced. Mr Tomas Wren made a statement on the stipends. Mr Abe Lusk "
          "wrote to the Commission."},
         "Ivo Quell=member; Ros Tanner=member; Uli Wend=member; Tomas Wren=attending"},
        // A job title before a given name that is also a word ("Will", "May") stands as a title.
        {{"Present: Mayor Ned Orrin. Staff: Fire Chief-CEMC Will Darrow; Road Superintendent May Tolley and Clerk "
          "Ken Dabney.", "Will Members attend? May Day plans were noted."},
         "Ned Orrin=chair; Will Darrow=officer; May Tolley=officer; Ken Dabney=officer"},
        // A name followed by its own e-mail address is a report's contact officer; an address of
        // someone else's does not make a person.
        {{"For further information please contact:", "Oliver Quist Oliver.quist@fictional-ca.gov.uk",
          "Send comments to Planning Policy planning@fictional-ca.gov.uk"},
         "Oliver Quist=officer"},
    };
    for (const auto& r : rows) {
        INFO(r.blocks.front());
        CHECK(people_of(r.blocks) == r.expected);
    }
}
