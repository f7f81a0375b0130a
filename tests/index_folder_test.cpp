/** @file index_folder_test.cpp @brief `quorum index` never harms what is not the index: a --db holding a user's files is refused, compaction keeps every byte it did not make, and the index folder is never indexed. */
#include <catch2/catch.hpp>

#include <xapian.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "indexer/compaction.h"
#include "indexer/database.h"
#include "indexer/index_folder.h"
#include "indexer/indexer.h"
#include "tests/process_util.h"
#include "tests/temp_dir.h"
#include "tests/test_paths.h"

using namespace quorum;
namespace fs = std::filesystem;

namespace {

// Every regular file under `root` (recursively, hidden ones too) and its bytes.
std::map<std::string, std::string> snapshot(const fs::path& root) {
    std::map<std::string, std::string> files;
    for (const auto& e : fs::recursive_directory_iterator(root)) {
        if (!e.is_regular_file()) continue;
        std::ifstream in(e.path(), std::ios::binary);
        std::ostringstream bytes;
        bytes << in.rdbuf();
        files[fs::relative(e.path(), root).string()] = bytes.str();
    }
    return files;
}

// Each file of `before` is still in `after` with the same bytes.
void require_all_kept(const std::map<std::string, std::string>& before, const std::map<std::string, std::string>& after) {
    for (const auto& [path, bytes] : before) {
        INFO("pre-existing file " << path);
        REQUIRE(after.count(path) == 1);
        CHECK(after.at(path) == bytes);
    }
}

// A small fictional archive (invented minutes of an invented parish).
void write_minutes(const test::TempDir& dir, const std::string& folder, int n) {
    for (int i = 0; i < n; ++i)
        dir.write(folder + "/m" + std::to_string(i) + ".txt",
                  "Nethercombe Parish Council (fictional)\n\nMinutes of the meeting held on 3 March 2021\n\n"
                  "1. Village green\n\nThe clerk reported on mowing of plot " + std::to_string(i) +
                  ".\n\nRESOLVED that the report be noted.\n");
}

test::ProcessResult run_quorum(const std::vector<std::string>& args, const std::string& cwd = "") {
    std::vector<std::string> argv;
    if (!cwd.empty()) argv = {"/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", cwd};
    argv.push_back(test::quorum_binary());
    argv.insert(argv.end(), args.begin(), args.end());
    return test::run_process(argv);
}

Xapian::doccount doc_count(const std::string& db) { return Xapian::Database(db).get_doccount(); }

}  // namespace

TEST_CASE("index folder kinds: missing, empty, an index, a folder of other files, a file", "[indexer][trust]") {
    test::TempDir dir;
    CHECK(index::inspect_index_folder((dir.path() / "none").string()).kind == index::IndexFolder::Kind::Missing);
    fs::create_directory(dir.path() / "empty");
    CHECK(index::inspect_index_folder((dir.path() / "empty").string()).kind == index::IndexFolder::Kind::Empty);
    dir.write("user/thesis.txt", "thesis");
    const auto user = index::inspect_index_folder((dir.path() / "user").string());
    CHECK(user.kind == index::IndexFolder::Kind::ForeignFiles);
    CHECK(user.foreign == std::vector<std::string>{"thesis.txt"});
    const std::string file = dir.write("a-file", "x");
    CHECK(index::inspect_index_folder(file).kind == index::IndexFolder::Kind::NotAFolder);
    { Xapian::WritableDatabase db((dir.path() / "db").string(), Xapian::DB_CREATE_OR_OPEN); db.commit(); }
    CHECK(index::inspect_index_folder((dir.path() / "db").string()).kind == index::IndexFolder::Kind::Index);

    for (const char* name : {"iamglass", "flintlock", "postlist.glass", "termlist.glass.tmp", "changes12", "v.tmp", "v.rtmp"})
        CHECK(index::is_index_file_name(name));
    for (const char* name : {"thesis.txt", "glass", "iamglass.bak", "notes.glass.txt", "changes", "v", "v.txt"})
        CHECK_FALSE(index::is_index_file_name(name));
}

TEST_CASE("an index whose first build was killed before its version file was in place is built on the next run",
          "[indexer][trust][crash]") {
    // What a SIGKILL between Xapian's writing v.tmp and renaming it to iamglass leaves: the
    // lock file, tables begun, and v.tmp, with no iamglass.
    test::TempDir dir;
    write_minutes(dir, "archive", 3);
    const std::string db = (dir.path() / "db").string();
    dir.write("db/flintlock", "");
    dir.write("db/postlist.glass", std::string(3000, '\x7f'));
    dir.write("db/v.tmp", std::string(60, '\x01'));
    CHECK(index::inspect_index_folder(db).kind == index::IndexFolder::Kind::Empty);
    const auto r = test::run_process({test::quorum_binary(), "index", "--quiet", "--db", db, (dir.path() / "archive").string()});
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(doc_count(db) == 3);
    CHECK(test::run_process({"xapian-check", db}).status == 0);
}

TEST_CASE("quorum index --db naming a folder of the user's files is refused with exit 2, and nothing in it changes",
          "[indexer][trust]") {
    test::TempDir dir;
    write_minutes(dir, "archive", 3);
    dir.write("d/thesis.txt", "thesis\n");
    dir.write("d/chapters/one.txt", "chapter one\n");
    const auto before = snapshot(dir.path());

    for (const std::vector<std::string>& extra : {std::vector<std::string>{}, std::vector<std::string>{"--compact"}}) {
        std::vector<std::string> args = {"index", "--db", (dir.path() / "d").string(), (dir.path() / "archive").string()};
        args.insert(args.end(), extra.begin(), extra.end());
        const auto run = run_quorum(args);
        INFO(run.out << run.err);
        CHECK(run.status == 2);
        CHECK(run.err.find("holds files that are not a Quorum index (chapters, thesis.txt)") != std::string::npos);
        CHECK(run.err.find("nothing was written") != std::string::npos);
    }
    const auto after = snapshot(dir.path());
    require_all_kept(before, after);
    CHECK(after.size() == before.size());  // and nothing was added
    CHECK(fs::directory_iterator(dir.path() / "d") != fs::directory_iterator());
    for (const auto& e : fs::directory_iterator(dir.path()))
        CHECK(e.path().filename().string().find("compacting") == std::string::npos);
}

TEST_CASE("quorum index --db . in a working folder of documents is refused and moves nothing", "[indexer][trust]") {
    test::TempDir dir;
    write_minutes(dir, "work", 2);
    dir.write("work/notes/todo.txt", "todo\n");
    const auto before = snapshot(dir.path());
    const auto run = run_quorum({"index", "--db", ".", "--compact", "."}, (dir.path() / "work").string());
    INFO(run.out << run.err);
    CHECK(run.status == 2);
    const auto after = snapshot(dir.path());
    require_all_kept(before, after);
    CHECK(after.size() == before.size());
}

TEST_CASE("cd archive && quorum index . keeps its default ./quorum-db out of the archive, run after run",
          "[indexer][trust]") {
    test::TempDir dir;
    write_minutes(dir, "archive", 4);
    const std::string archive = (dir.path() / "archive").string();
    const auto before = snapshot(dir.path());
    for (int run_no = 0; run_no < 3; ++run_no) {
        std::vector<std::string> args = {"index", "."};
        if (run_no == 2) args.push_back("--compact");
        const auto run = run_quorum(args, archive);
        INFO("run " << run_no << ": " << run.out << run.err);
        REQUIRE(run.status == 0);
        CHECK(run.out.find("4 files seen") != std::string::npos);
        CHECK(run.err.find("quorum-db") == std::string::npos);  // never read as a document
    }
    CHECK(doc_count(archive + "/quorum-db") == 4);
    require_all_kept(before, snapshot(dir.path()));
}

TEST_CASE("compaction keeps a file a user put into the index folder, and files named like old scratch folders",
          "[indexer][trust]") {
    test::TempDir dir;
    write_minutes(dir, "archive", 3);
    const std::string db = (dir.path() / "idx").string();
    REQUIRE(run_quorum({"index", "-q", "--db", db, (dir.path() / "archive").string()}).status == 0);
    dir.write("idx/README-mine.txt", "my notes about this index\n");
    dir.write("idx.compacting/keep.txt", "a folder of the user's that an older Quorum would have deleted\n");
    dir.write(".idx.quorum-compacting-notmine/keep.txt", "not a scratch folder: wrong name length\n");
    const auto before = snapshot(dir.path());

    const auto run = run_quorum({"index", "--compact", "--db", db, (dir.path() / "archive").string()});
    INFO(run.out << run.err);
    REQUIRE(run.status == 0);
    CHECK(run.out.find("Compacted:") != std::string::npos);
    const auto after = snapshot(dir.path());
    for (const auto& [path, bytes] : before) {
        if (path.starts_with("idx/") && index::is_index_file_name(fs::path(path).filename().string())) continue;
        INFO(path);
        REQUIRE(after.count(path) == 1);
        CHECK(after.at(path) == bytes);
    }
    CHECK(doc_count(db) == 3);
    CHECK(test::run_process({"xapian-check", db}).status == 0);
}

TEST_CASE("a scratch folder left by a killed compaction is removed only when it holds nothing but Xapian's files",
          "[indexer][trust]") {
    test::TempDir dir;
    const std::string db = (dir.path() / "idx").string();
    { Xapian::WritableDatabase w(db, Xapian::DB_CREATE_OR_OPEN); w.commit(); }
    { Xapian::WritableDatabase w((dir.path() / ".idx.quorum-compacting-abc123").string(), Xapian::DB_CREATE_OR_OPEN); w.commit(); }
    { Xapian::WritableDatabase w((dir.path() / ".idx.quorum-compacting-def456").string(), Xapian::DB_CREATE_OR_OPEN); w.commit(); }
    dir.write(".idx.quorum-compacting-def456/mine.txt", "mine\n");
    const auto left = index::remove_compaction_leftovers(db);
    CHECK_FALSE(fs::exists(dir.path() / ".idx.quorum-compacting-abc123"));
    REQUIRE(left.size() == 1);
    CHECK(left.front().ends_with("mine.txt"));
    CHECK(fs::exists(dir.path() / ".idx.quorum-compacting-def456/mine.txt"));
}

TEST_CASE("a first build of 1,000+ documents compacts automatically and keeps what else the folder holds",
          "[indexer][trust]") {
    test::TempDir dir;
    write_minutes(dir, "archive", 1000);
    const std::string db = (dir.path() / "idx").string();
    fs::create_directory(db);
    const auto before = snapshot(dir.path());
    index::IndexOptions options;
    options.db_path = db;
    options.roots = {(dir.path() / "archive").string()};
    options.threads = 2;
    const auto summary = index::run_index(options);
    CHECK(summary.indexed == 1000);
    CHECK(summary.bytes_after_compaction > 0);  // Auto compacted
    require_all_kept(before, snapshot(dir.path()));
    CHECK(doc_count(db) == 1000);
}

TEST_CASE("a path to index inside the index folder is refused, and a Xapian database Quorum did not make is left alone",
          "[indexer][trust]") {
    test::TempDir dir;
    write_minutes(dir, "archive", 2);
    const std::string db = (dir.path() / "idx").string();
    REQUIRE(run_quorum({"index", "-q", "--db", db, (dir.path() / "archive").string()}).status == 0);
    const auto inside = run_quorum({"index", "--db", db, db});
    CHECK(inside.status == 2);
    CHECK(inside.err.find("inside the index folder") != std::string::npos);

    const std::string other = (dir.path() / "omega-db").string();
    {
        Xapian::WritableDatabase w(other, Xapian::DB_CREATE_OR_OPEN);
        Xapian::Document doc;
        doc.add_term("Qsomething");
        w.add_document(doc);
        w.commit();
    }
    const auto before = snapshot(dir.path());
    const auto run = run_quorum({"index", "--db", other, (dir.path() / "archive").string()});
    INFO(run.err);
    CHECK(run.status == 2);
    CHECK(run.err.find("Quorum did not make") != std::string::npos);
    CHECK(run.err.find("rm ") == std::string::npos);
    const auto after = snapshot(dir.path());
    for (const auto& [path, bytes] : before)
        if (path.starts_with("omega-db/")) CHECK(after.at(path) == bytes);
}

TEST_CASE("reading commands never suggest indexing into a folder of the user's files", "[indexer][trust]") {
    test::TempDir dir;
    write_minutes(dir, "archive", 2);
    const std::string archive = (dir.path() / "archive").string();
    const auto run = run_quorum({"search", "--db", archive, "mowing"});
    INFO(run.err);
    CHECK(run.status == 2);
    CHECK(run.err.find("not a Quorum index") != std::string::npos);
    CHECK(run.err.find("--db " + archive) == std::string::npos);
    CHECK(run.err.find("quorum index --db quorum-db " + archive) != std::string::npos);
}
