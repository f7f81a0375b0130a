/** @file changes_of_mind_test.cpp @brief Corrections take effect on the next run: re-labelling from the extraction cache, moved and vanished roots, quorum remove, --rebuild, remembered failures (issue 14, section 2). */
#include <catch2/catch.hpp>

#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>

#include "schema/fields.h"
#include "schema/index_data_codec.h"
#include "schema/sample_level.h"
#include "tests/process_util.h"
#include "tests/index_fingerprint.h"
#include "tests/temp_dir.h"
#include "tests/test_paths.h"

using namespace quorum;
namespace fs = std::filesystem;

namespace {

// Fictional minutes of fictional councils, written for these tests.
const char* kCabinet =
    "EASTMERE DISTRICT COUNCIL\n\nMINUTES OF THE CABINET held on 3 March 2021\n\n"
    "1. Apologies for absence\n\nApologies were received from Cllr Brown.\n\n"
    "2. Fly-tipping enforcement\n\nThe Cabinet discussed fly-tipping in rural lanes and fly-tipping fines.\n\n"
    "RESOLVED that the enforcement plan be approved.\n";
const char* kParish =
    "WESTBROOK PARISH COUNCIL\n\nMinutes of the Parish Council meeting held on 04/05/2021\n\n"
    "1. Bus shelter\n\nThe clerk reported that the bus shelter and the village bus service were discussed.\n\n"
    "2. Allotments\n\nThe allotment waiting list was noted.\n";
const char* kPanel =
    "NORTHFIELD BOROUGH COUNCIL\n\nPOLICE AND CRIME PANEL held on 12 June 2022\n\n"
    "1. Community safety\n\nThe panel heard about bus shelter vandalism and bus shelter repairs.\n";

std::string quorum_bin() { return test::quorum_binary(); }

test::ProcessResult run_quorum(std::vector<std::string> args) {
    args.insert(args.begin(), quorum_bin());
    return test::run_process(args);
}

// The count before `label` in the index summary ("3 re-labelled" -> 3), or -1.
int summary_count(const std::string& out, const std::string& label) {
    std::smatch m;
    if (std::regex_search(out, m, std::regex("(\\d+) " + label + "[,;]"))) return std::stoi(m[1]);
    return -1;
}


struct Archive {
    test::TempDir dir;
    std::string root, db;
    Archive() {
        root = (dir.path() / "archive").string();
        db = (dir.path() / "db").string();
        dir.write("archive/eastmere/cabinet.txt", kCabinet);
        dir.write("archive/westbrook/parish.txt", kParish);
        dir.write("archive/northfield/panel.txt", kPanel);
    }
    std::string path(const std::string& relative) const { return (fs::path(root) / relative).string(); }
    test::ProcessResult index(std::vector<std::string> extra = {}, const std::string& db_path = "") const {
        std::vector<std::string> args{"index", "--db", db_path.empty() ? db : db_path, "-j", "2"};
        args.insert(args.end(), extra.begin(), extra.end());
        if (std::find(extra.begin(), extra.end(), "--no-root") == extra.end()) args.push_back(root);
        else args.erase(std::find(args.begin(), args.end(), "--no-root"));
        return run_quorum(args);
    }
    nlohmann::json show(const std::string& relative) const {
        const auto r = run_quorum({"show", "--db", db, "--format", "json", path(relative)});
        REQUIRE(r.status == 0);
        return nlohmann::json::parse(r.out);
    }
};

}  // namespace

TEST_CASE("a manifest, defaults file, taxonomy or date order added after the first build re-labels, as a fresh build would",
          "[index][relabel]") {
    struct Row {
        const char* change;
        std::vector<std::pair<std::string, std::string>> files;  // written before the second run
        std::vector<std::string> flags;                          // given to the second run
        int relabelled;
        const char* file;   // whose facet is checked
        const char* facet;  // "council", "body", "date", "doc_type" or "topics"
        const char* expected;
    };
    const Row rows[] = {
        {"manifest added", {{"facts.tsv", "path\tcouncil\tnote\narchive/eastmere/*\tKent County Council\tfixed\n"}},
         {"--manifest", "@facts.tsv"}, 1, "eastmere/cabinet.txt", "council", "Kent County Council"},
        {"defaults file added", {{"archive/westbrook/.quorum-defaults", "body: Allotments Committee\ndoc_type: minutes\n"}},
         {}, 1, "westbrook/parish.txt", "body", "Allotments Committee"},
        {"taxonomy added", {{"topics.tsv", "slug\tlabel\tphrases\tabbreviations\nbus-shelters\tBus shelters\tbus shelter\t\n"}},
         {"--taxonomy", "@topics.tsv"}, 3, "northfield/panel.txt", "topics", "bus-shelters"},
        {"date order changed", {}, {"--date-order", "mdy"}, 3, "westbrook/parish.txt", "date", "2021-04-05"},
    };
    for (const auto& row : rows) {
        CAPTURE(row.change);
        Archive a;
        REQUIRE(a.index().status == 0);
        for (const auto& [file, text] : row.files) a.dir.write(file, text);
        std::vector<std::string> flags;
        for (const auto& f : row.flags) flags.push_back(f[0] == '@' ? (a.dir.path() / f.substr(1)).string() : f);

        const auto second = a.index(flags);
        INFO(second.out << second.err);
        REQUIRE(second.status == 0);
        CHECK(summary_count(second.out, "re-labelled") == row.relabelled);
        CHECK(summary_count(second.out, "indexed") == 0);  // nothing extracted again
        CHECK(second.out.find("Re-labelled " + std::to_string(row.relabelled)) != std::string::npos);

        const nlohmann::json shown = a.show(row.file);
        const std::string value = shown[row.facet].is_array() ? shown[row.facet].dump() : shown[row.facet].get<std::string>();
        CHECK_THAT(value, Catch::Contains(row.expected));

        // Exactly what a fresh build with the new configuration gives.
        const std::string fresh = (a.dir.path() / "fresh").string();
        REQUIRE(a.index(flags, fresh).status == 0);
        CHECK(test::document_fingerprints(a.db) == test::document_fingerprints(fresh));

        // And a third run with the same configuration changes nothing.
        CHECK(summary_count(a.index(flags).out, "re-labelled") == 0);
    }
}

TEST_CASE("re-labelling reads the cached extraction, not the file, and edits and removals of a manifest row apply",
          "[index][relabel]") {
    Archive a;
    const std::string manifest = a.dir.write("facts.csv", "path,council\narchive/eastmere/cabinet.txt,Kent County Council\n");
    REQUIRE(a.index({"--manifest", manifest}).status == 0);
    CHECK(a.show("eastmere/cabinet.txt")["council"].dump() == "[\"Kent County Council\"]");

    // Same size and mtime but other bytes: Quorum trusts the stamp and does not read the file,
    // so the re-labelled document still holds the text it was indexed with.
    const std::string cabinet = a.path("eastmere/cabinet.txt");
    const auto mtime = fs::last_write_time(cabinet);
    std::string swapped = kCabinet;
    std::replace(swapped.begin(), swapped.end(), 'f', 'g');
    std::ofstream(cabinet, std::ios::binary) << swapped;
    fs::last_write_time(cabinet, mtime);

    a.dir.write("facts.csv", "path,council\narchive/eastmere/cabinet.txt,Norfolk County Council\n");
    const auto edited = a.index({"--manifest", manifest});
    CHECK(summary_count(edited.out, "re-labelled") == 1);
    CHECK(a.show("eastmere/cabinet.txt")["council"].dump() == "[\"Norfolk County Council\"]");
    CHECK(Xapian::Database(a.db).get_termfreq("fly") >= 1);  // the old text: the file was not read

    // Without the manifest, the detected council comes back.
    const auto dropped = a.index();
    CHECK(summary_count(dropped.out, "re-labelled") == 1);
    CHECK(a.show("eastmere/cabinet.txt")["council"].dump() == "[\"Eastmere District Council\"]");
}

TEST_CASE("an index built before sampling-level terms gets them on its next run, from the extraction cache",
          "[index][relabel][census]") {
    Archive a;
    REQUIRE(a.index().status == 0);
    const std::string prefix(schema::field(schema::names::kSampleLevel).prefix);
    const auto sample_terms = [&](const Xapian::Document& doc) {
        std::vector<std::string> out;
        for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t)
            if ((*t).rfind(prefix, 0) == 0) out.push_back(*t);
        return out;
    };
    {
        // What an index of an earlier Quorum holds: no sampling-level term, and the facet
        // configuration of older rules.
        Xapian::WritableDatabase db(a.db, Xapian::DB_OPEN);
        const auto config_slot = static_cast<Xapian::valueno>(schema::field(schema::names::kFacetConfig).slot);
        for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
            Xapian::Document doc = db.get_document(*it);
            for (const auto& t : sample_terms(doc)) doc.remove_term(t);
            doc.add_value(config_slot, std::string(16, '\0'));
            db.replace_document(*it, doc);
        }
        db.commit();
        CHECK(db.allterms_begin(prefix) == db.allterms_end(prefix));
    }
    const auto next = a.index();
    INFO(next.out << next.err);
    REQUIRE(next.status == 0);
    CHECK(summary_count(next.out, "re-labelled") == 3);
    CHECK(summary_count(next.out, "indexed") == 0);  // nothing extracted again
    const Xapian::Database db(a.db);
    REQUIRE(db.get_doccount() == 3);
    const std::string id_prefix(schema::field(schema::names::kId).prefix);
    for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
        const Xapian::Document doc = db.get_document(*it);
        std::string id;
        for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t)
            if ((*t).rfind(id_prefix, 0) == 0 && (*t).size() == id_prefix.size() + 17) id = (*t).substr(id_prefix.size());
        INFO("document " << id);
        CHECK(sample_terms(doc) == std::vector<std::string>{schema::sample_level_term(schema::sample_level(id))});
    }
    const std::string fresh = (a.dir.path() / "fresh").string();
    REQUIRE(a.index({}, fresh).status == 0);
    CHECK(test::document_fingerprints(a.db) == test::document_fingerprints(fresh));
}

TEST_CASE("a moved or renamed archive gives each document once, and a second folder indexed later is kept",
          "[index][roots]") {
    Archive a;
    REQUIRE(a.index().status == 0);
    const auto before = test::document_fingerprints(a.db).size();

    SECTION("the archive's top folder renamed") {
        const std::string renamed = (a.dir.path() / "minutes-2021").string();
        fs::rename(a.root, renamed);
        const auto r = run_quorum({"index", "--db", a.db, renamed});
        INFO(r.out << r.err);
        CHECK(r.status == 0);
        CHECK(summary_count(r.out, "moved") == 3);
        CHECK(summary_count(r.out, "indexed") == 0);
        CHECK(r.out.find(a.root + " (indexed earlier) no longer exists") != std::string::npos);
        Xapian::Database db(a.db);
        CHECK(db.get_doccount() == before);
        CHECK(db.get_termfreq("P" + a.root) == 0);
        CHECK(db.get_termfreq("P" + renamed) == 3);
        CHECK(run_quorum({"search", "--db", a.db, "fly-tipping"}).out.find(a.root + "/") == std::string::npos);
    }
    SECTION("one file of the first folder deleted while indexing another folder") {
        a.dir.write("other/council.txt", kPanel);
        fs::remove(a.path("westbrook/parish.txt"));
        const auto r = run_quorum({"index", "--db", a.db, (a.dir.path() / "other").string()});
        INFO(r.out << r.err);
        CHECK(summary_count(r.out, "removed") == 1);
        CHECK(r.out.find("Kept 2 files under " + a.root) != std::string::npos);
        CHECK(Xapian::Database(a.db).get_doccount() == 3);  // two kept, one new
        // With no PATH, the index updates every folder it remembers.
        const auto update = run_quorum({"index", "--db", a.db});
        CHECK(update.status == 0);
        CHECK(summary_count(update.out, "files seen") == 3);
        CHECK(summary_count(update.out, "unchanged") == 3);
    }
}

TEST_CASE("quorum remove takes files and folders out of the index and never touches them", "[index][remove]") {
    Archive a;
    REQUIRE(a.index().status == 0);
    const auto r = run_quorum({"remove", "--db", a.db, a.path("eastmere"), a.path("northfield/panel.txt"), a.path("nowhere")});
    INFO(r.out << r.err);
    CHECK(r.status == 1);  // one PATH was not in the index
    CHECK(r.out.find("Removed 1 document at or under " + a.path("eastmere")) != std::string::npos);
    CHECK(r.err.find(a.path("nowhere") + " is not in the index") != std::string::npos);
    CHECK(r.err.find("lies under " + a.root) != std::string::npos);
    CHECK(Xapian::Database(a.db).get_doccount() == 1);
    std::ifstream in(a.path("eastmere/cabinet.txt"));
    CHECK(std::string(std::istreambuf_iterator<char>(in), {}) == kCabinet);
    CHECK(fs::exists(a.path("northfield/panel.txt")));

    // Removing the root itself forgets it: an update with no PATH has nothing to do.
    CHECK(run_quorum({"remove", "--db", a.db, a.root}).status == 0);
    CHECK(Xapian::Database(a.db).get_doccount() == 0);
    const auto update = run_quorum({"index", "--db", a.db});
    CHECK(update.status == 2);
    CHECK(update.err.find("remembers none") != std::string::npos);
    CHECK(run_quorum({"remove", "--db", (a.dir.path() / "no-index").string(), a.root}).status == 2);
    CHECK(run_quorum({"index", "--db", (a.dir.path() / "no-index").string()}).status == 2);
    CHECK_FALSE(fs::exists(a.dir.path() / "no-index"));  // neither created an index
}

TEST_CASE("quorum index --rebuild extracts everything again into the same index, keeping nothing stale",
          "[index][rebuild]") {
    Archive a;
    a.dir.write("old/gone.txt", kPanel);
    REQUIRE(run_quorum({"index", "--db", a.db, (a.dir.path() / "old").string()}).status == 0);
    REQUIRE(a.index().status == 0);
    CHECK(Xapian::Database(a.db).get_doccount() == 4);

    const auto r = a.index({"--rebuild"});
    INFO(r.out << r.err);
    CHECK(r.status == 0);
    CHECK(summary_count(r.out, "indexed") == 3);
    CHECK(r.out.find("Rebuilt") != std::string::npos);
    const std::string fresh = (a.dir.path() / "fresh").string();
    REQUIRE(a.index({}, fresh).status == 0);
    CHECK(test::document_fingerprints(a.db) == test::document_fingerprints(fresh));
    CHECK(fs::exists(a.dir.path() / "old/gone.txt"));
    // The rebuilt index remembers only the folder it was rebuilt from.
    CHECK(summary_count(run_quorum({"index", "--db", a.db}).out, "files seen") == 3);

    SECTION("an index of another schema version is rebuilt, as its error message suggests") {
        {
            Xapian::WritableDatabase db(a.db, Xapian::DB_OPEN);
            db.set_metadata(std::string(schema::kSchemaVersionKey), "999");
            db.commit();
        }
        const auto refused = run_quorum({"search", "--db", a.db, "budget"});
        CHECK(refused.status == 2);
        CHECK(refused.err.find("quorum index --rebuild --db " + a.db + " FOLDER") != std::string::npos);
        CHECK(refused.err.find("rm -r") == std::string::npos);
        CHECK(a.index({"--rebuild"}).status == 0);
        CHECK(test::document_fingerprints(a.db) == test::document_fingerprints(fresh));
    }
    SECTION("a folder that is not a Quorum index is refused and left as it was") {
        const std::string thesis = a.dir.write("papers/thesis.txt", "my thesis\n");
        const auto refused = a.index({"--rebuild"}, (a.dir.path() / "papers").string());
        CHECK(refused.status == 2);
        CHECK(refused.err.find("not a Quorum index") != std::string::npos);
        std::ifstream in(thesis);
        CHECK(std::string(std::istreambuf_iterator<char>(in), {}) == "my thesis\n");
        CHECK(std::distance(fs::directory_iterator(a.dir.path() / "papers"), fs::directory_iterator{}) == 1);
    }
}

TEST_CASE("failures are listed by quorum failures and by --failures on every run, not only the first",
          "[index][failures]") {
    Archive a;
    a.dir.write("archive/eastmere/empty.txt", "");
    const std::string manifest = a.dir.write("facts.csv", "path,council,date\narchive/eastmere/*,Kent County Council,2021-03-03\n");
    const auto first = a.index({"--manifest", manifest});
    CHECK(first.status == 1);

    const std::string failures_file = (a.dir.path() / "failed.jsonl").string();
    const auto second = a.index({"--manifest", manifest, "--failures", failures_file});
    CHECK(second.status == 0);
    std::ifstream in(failures_file);
    std::string line;
    REQUIRE(std::getline(in, line));
    const auto row = nlohmann::json::parse(line);
    CHECK(row["path"] == a.path("eastmere/empty.txt"));
    CHECK(row["reason"] == "empty");
    CHECK(row["remembered"] == true);
    CHECK(row["facets"]["council"] == "Kent County Council");
    CHECK_FALSE(std::getline(in, line));

    const auto json = run_quorum({"failures", "--db", a.db, "--format", "json"});
    CHECK(json.status == 0);
    const auto listed = nlohmann::json::parse(json.out);
    REQUIRE(listed.size() == 1);
    CHECK(listed[0]["path"] == a.path("eastmere/empty.txt"));
    CHECK(listed[0]["reason"] == "empty");
    CHECK(listed[0]["facets"]["date"] == "2021-03-03");
    CHECK(json.err.find("1 file remembered as failed") != std::string::npos);

    const auto csv = run_quorum({"failures", "--db", a.db, "--format", "csv"});
    CHECK(csv.out.rfind("path,reason,message,council,body,date,doc_type", 0) == 0);
    CHECK(csv.out.find(a.path("eastmere/empty.txt") + ",empty,") != std::string::npos);
    CHECK(csv.out.find(",Kent County Council,,2021-03-03,") != std::string::npos);

    const auto text = run_quorum({"failures", "--db", a.db});
    CHECK(text.out.find(a.path("eastmere/empty.txt") + "  [empty]") != std::string::npos);

    // Fixed: it is indexed and forgotten as a failure.
    a.dir.write("archive/eastmere/empty.txt", "Now the notes say the bus shelter was mended.\n");
    fs::last_write_time(a.path("eastmere/empty.txt"), fs::last_write_time(a.path("eastmere/empty.txt")) + std::chrono::seconds(5));
    CHECK(a.index({"--manifest", manifest}).status == 0);
    CHECK(nlohmann::json::parse(run_quorum({"failures", "--db", a.db, "--format", "json"}).out).empty());
}
