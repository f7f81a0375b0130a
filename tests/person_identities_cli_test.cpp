/** @file person_identities_cli_test.cpp @brief One identity per person within a council across documents, end to end: quorum index merges the forms, facets and filters count the identity, a later run re-splits when a new document contradicts, and the people file's names are kept. Fictional councils and people. */
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include <xapian.h>

#include "schema/fields.h"
#include "schema/person_forms.h"
#include "tests/process_util.h"
#include "tests/temp_dir.h"
#include "tests/test_paths.h"

using namespace quorum;

namespace {

test::ProcessResult quorum_run(std::vector<std::string> args) {
    args.insert(args.begin(), test::quorum_binary());
    return test::run_process(args);
}

std::string minutes(const std::string& date, const std::string& present, const std::string& item) {
    return "Fictional test document: Northmere Borough Council\n\n"
           "Minutes of the meeting of the Cabinet of Northmere Borough Council held on " + date + "\n\n"
           "PRESENT: " + present + "\n\n1. Business\n\n" + item + "\n";
}

std::string csv(const test::ProcessResult& r) {
    std::string out = r.out;
    std::erase(out, '\r');
    return out;
}

}  // namespace

TEST_CASE("quorum index gives each person one identity within a council, the fullest name shown",
          "[people][identities][cli]") {
    test::TempDir dir;
    dir.write("archive/northmere_2025-01-10_minutes.txt",
              minutes("10 January 2025", "Mr R W Gough (Chairman), Mrs J Wright, Mr L Wright, Mr P Tallis",
                      "Mr Gough introduced the budget report. It was proposed by Mr Gough, seconded by Mr Tallis "
                      "and RESOLVED that the budget be approved."));
    dir.write("archive/northmere_2025-02-14_minutes.txt",
              minutes("14 February 2025", "Councillor Roger Gough (Chairman), Councillor Jane Wright, Councillor Peter Tallis",
                      "Councillor Wright asked about the budget for potholes."));
    dir.write("archive/northmere_2025-03-14_minutes.txt",
              minutes("14 March 2025", "Cllr Gough (Chairman), Cllr Tallis, Cllr Ann Mire",
                      "Cllr Mire presented the parks budget."));
    const std::string db = (dir.path() / "db").string();
    const std::string archive = (dir.path() / "archive").string();
    const auto first = quorum_run({"index", "--quiet", "--db", db, archive});
    INFO(first.err);
    REQUIRE(first.status == 0);

    // R W Gough, Roger Gough and Gough are one person; J Wright is Jane, L Wright (at the same
    // meeting as J Wright) another person.
    CHECK(csv(quorum_run({"facets", "--db", db, "person", "--format", "csv"})) ==
          "value,documents\nPeter Tallis,3\nRoger Gough,3\nJane Wright,2\nAnn Mire,1\nL Wright,1\n");
    CHECK(quorum_run({"search", "--db", db, "--count", "person:roger-gough"}).out == "3\n");
    CHECK(csv(quorum_run({"facets", "--db", db, "speaker", "--format", "csv"})) ==
          "value,documents\nAnn Mire,1\nJane Wright,1\nPeter Tallis,1\nRoger Gough,1\n");
    CHECK(csv(quorum_run({"mentions", "--db", db, "--by", "person", "--counts", "--format", "csv", "budget"})) ==
          "person,mentions\nAnn Mire,1\nJane Wright,1\nPeter Tallis,2\nRoger Gough,2\n");
    {
        // The mover printed "Mr Gough" is R W Gough of that meeting: his identity's name is a mover term too.
        const Xapian::Database index(db);
        CHECK(index.get_termfreq("XMOVERroger-gough") == 1);
        CHECK(index.get_termfreq("XMOVERmr-gough") == 1);  // as printed, kept
        CHECK(index.get_termfreq("XMOVERpeter-tallis") == 1);
    }

    // A new document with a Rachel Gough: "R W Gough" and "Gough" could now be either, and are
    // shown as written; the documents already indexed are rewritten without being read again.
    dir.write("archive/northmere_2025-04-11_minutes.txt",
              minutes("11 April 2025", "Cllr Rachel Gough (Chairman), Cllr Peter Tallis, Cllr Ann Mire",
                      "Cllr Mire reported."));
    const auto second = quorum_run({"index", "--quiet", "--db", db, archive});
    INFO(second.err);
    REQUIRE(second.status == 0);
    const std::string after = csv(quorum_run({"facets", "--db", db, "person", "--format", "csv"}));
    CHECK_THAT(after, Catch::Contains("Roger Gough,1\n") && Catch::Contains("R W Gough,1\n") &&
                          Catch::Contains("\nGough,1\n") && Catch::Contains("Rachel Gough,1\n") &&
                          Catch::Contains("Peter Tallis,4\n"));

    // The people file says R W Gough is Roger Gough: its name is kept, and joins him.
    const std::string people = dir.write("people.tsv", "variant\tname\nR W Gough\tRoger Gough\n");
    const auto third = quorum_run({"index", "--quiet", "--db", db, "--people", people, archive});
    INFO(third.err);
    REQUIRE(third.status == 0);
    const std::string named = csv(quorum_run({"facets", "--db", db, "person", "--format", "csv"}));
    CHECK_THAT(named, Catch::Contains("Roger Gough,2\n") && !Catch::Contains("R W Gough"));
}

TEST_CASE("the identity step runs only after a run that changed a document, or one killed before the step",
          "[people][identities][cli]") {
    test::TempDir dir;
    dir.write("archive/northmere_2025-01-10_minutes.txt",
              minutes("10 January 2025", "Mr R W Gough (Chairman), Mr P Tallis", "Mr Gough reported."));
    dir.write("archive/northmere_2025-02-14_minutes.txt",
              minutes("14 February 2025", "Councillor Roger Gough (Chairman), Councillor Peter Tallis", "Noted."));
    const std::string db = (dir.path() / "db").string();
    const std::string archive = (dir.path() / "archive").string();
    const auto index = [&] {
        const auto r = quorum_run({"index", "--quiet", "--db", db, archive});
        INFO(r.err);
        REQUIRE(r.status == 0);
    };
    const auto roger_gough = [&] { return Xapian::Database(db).get_termfreq("XPERSONroger-gough"); };
    index();
    REQUIRE(roger_gough() == 2);
    CHECK(Xapian::Database(db).get_metadata("quorum:identities-pending").empty());

    // Undo the step's work on the document that printed "R W Gough", as a run killed between its
    // last batch and the identity step leaves a new document: forms and terms as written.
    {
        Xapian::WritableDatabase w(db);
        const auto slot = schema::field(schema::names::kPersonForms).slot;
        int undone = 0;
        for (auto it = w.postlist_begin(""); it != w.postlist_end(""); ++it) {
            Xapian::Document doc = w.get_document(*it);
            auto forms = schema::decode_person_forms(doc.get_value(slot));
            bool merged = false;
            for (auto& f : forms)
                if (f.identity == "Roger Gough" && f.written != f.identity) {
                    f.identity = f.written;
                    merged = true;
                }
            if (!merged) continue;
            doc.add_value(slot, schema::encode_person_forms(forms));
            doc.remove_term("XPERSONroger-gough");
            doc.add_boolean_term("XPERSONr-w-gough");
            w.replace_document(*it, doc);
            ++undone;
        }
        w.commit();
        REQUIRE(undone == 1);
    }
    // A run that changes nothing leaves the index as it is: the step did not run.
    index();
    CHECK(roger_gough() == 1);
    // A run after a killed one finds the key and finishes the step, then clears the key.
    {
        Xapian::WritableDatabase w(db);
        w.set_metadata("quorum:identities-pending", "1");
        w.commit();
    }
    index();
    CHECK(roger_gough() == 2);
    CHECK(Xapian::Database(db).get_termfreq("XPERSONr-w-gough") == 0);
    CHECK(Xapian::Database(db).get_metadata("quorum:identities-pending").empty());

    // A run that changes a document commits once: its documents, the identity step and the
    // cleared key share the run's last commit (each commit is a revision a reader may lose).
    const auto revision = [&] { return Xapian::Database(db).get_revision(); };
    const auto before = revision();
    dir.write("archive/northmere_2025-03-14_minutes.txt",
              minutes("14 March 2025", "Mr R Gough (Chairman), Mr P Tallis", "Mr Tallis reported."));
    index();
    CHECK(revision() == before + 1);
    CHECK(roger_gough() == 3);
    CHECK(Xapian::Database(db).get_metadata("quorum:identities-pending").empty());
}
