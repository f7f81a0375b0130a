/** @file sharded_index_test.cpp @brief quorum index --shard-by: shards that answer as one index of the same files, incremental runs, a document moving shard when its council changes, removals, and pruning by the catalogue. */
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "indexer/shards/catalogue.h"
#include "tests/process_util.h"
#include "tests/temp_dir.h"
#include "tests/test_paths.h"

using namespace quorum;
namespace fs = std::filesystem;

namespace {

test::ProcessResult quorum_run(std::vector<std::string> args) {
    args.insert(args.begin(), test::quorum_binary());
    return test::run_process(args);
}

// corpus/text and corpus/html copied into a folder of the test's own, so files can change.
struct Archive {
    test::TempDir dir;
    std::string root = (dir.path() / "archive").string();
    std::string sharded = (dir.path() / "sharded").string();
    Archive() {
        fs::create_directories(root);
        for (const char* part : {"text", "html"})
            fs::copy(test::corpus_dir() + "/" + part, fs::path(root) / part, fs::copy_options::recursive);
    }
    test::ProcessResult index_sharded(const std::vector<std::string>& flags = {}) const {
        std::vector<std::string> args = {"index", "--db", sharded};
        args.insert(args.end(), flags.begin(), flags.end());
        args.push_back(root);
        return quorum_run(args);
    }
    std::string fresh_single() const {
        const std::string one = (dir.path() / ("one-" + std::to_string(++fresh_count))).string();
        REQUIRE(quorum_run({"index", "--quiet", "--db", one, root}).status == 0);
        return one;
    }
    index::Catalogue catalogue() const { return index::read_catalogue(sharded); }
    mutable int fresh_count = 0;
};

int count_before(const std::string& out, const std::string& label) {
    std::smatch m;
    if (std::regex_search(out, m, std::regex("(\\d+) " + label))) return std::stoi(m[1]);
    return -1;
}

const index::CatalogueEntry* entry(const index::Catalogue& c, const std::string& name) {
    for (const auto& e : c.shards)
        if (e.name == name) return &e;
    return nullptr;
}

void check_same_answers(const std::string& one, const std::string& sharded) {
    const std::vector<std::vector<std::string>> queries = {
        {"search", "council"},          {"search", "\"county lines\"", "--sort", "-date"},
        {"search", "police", "--sort", "date"}, {"decisions", "agreed"},
        {"mentions", "anti-social behaviour"},  {"facets", "council"},
    };
    for (const auto& q : queries) {
        std::vector<std::string> a = {q.front(), "--db", one, "--format", "json"}, b = a;
        b[2] = sharded;
        a.insert(a.end(), q.begin() + 1, q.end());
        b.insert(b.end(), q.begin() + 1, q.end());
        const auto ra = quorum_run(a), rb = quorum_run(b);
        INFO(q.front() << " " << q[1]);
        CHECK(ra.status == 0);
        CHECK(rb.out == ra.out);
    }
}

}  // namespace

TEST_CASE("each --shard-by scheme gives shards that answer as one index of the same files", "[shards][index]") {
    struct Row {
        std::string scheme;
        std::vector<std::string> some_shards;
    };
    const std::vector<Row> rows = {
        {"council", {"northvale-county-council", "harrowby-borough-council"}},
        {"year", {"2021", "undated"}},
        {"hash:3", {}},
    };
    for (const auto& row : rows) {
        INFO(row.scheme);
        Archive a;
        const auto first = a.index_sharded({"--shard-by", row.scheme});
        INFO(first.out << first.err);
        REQUIRE(first.status == 0);
        const index::Catalogue c = a.catalogue();
        CHECK(c.shard_by == row.scheme);
        unsigned long long documents = 0;
        for (const auto& e : c.shards) {
            documents += e.documents;
            CHECK(e.schema_version > 0);
            CHECK(fs::exists(fs::path(a.sharded) / e.path / "iamglass"));
        }
        for (const auto& name : row.some_shards) CHECK(entry(c, name) != nullptr);
        CHECK(documents == 9);  // every file in exactly one shard
        if (row.scheme == "hash:3")
            for (const auto& e : c.shards) CHECK_THAT(e.name, Catch::Matches("hash-[0-2]-of-3"));
        check_same_answers(a.fresh_single(), a.sharded);
    }
}

TEST_CASE("sharded runs are incremental, move a document whose council changed, and remove deleted files", "[shards][index]") {
    Archive a;
    REQUIRE(a.index_sharded({"--shard-by", "council"}).status == 0);

    // Nothing changed: nothing read, nothing written.
    const auto again = a.index_sharded();
    INFO(again.out << again.err);
    REQUIRE(again.status == 0);
    CHECK(count_before(again.out, "documents written") == 0);
    CHECK(count_before(again.out, "unchanged") == 9);

    // A folder default gives one file another council: it leaves its shard for a new one.
    const std::string file = "text/northvale-cc_cabinet_2021-07-15_minutes.txt";
    REQUIRE(entry(a.catalogue(), "northvale-county-council") != nullptr);
    const auto before = entry(a.catalogue(), "northvale-county-council")->documents;
    fs::create_directories(fs::path(a.root) / "moved");
    fs::rename(fs::path(a.root) / file, fs::path(a.root) / "moved/cabinet.txt");
    a.dir.write("archive/moved/.quorum-defaults", "council: Fenwold District Council\n");
    const auto moved = a.index_sharded();
    INFO(moved.out << moved.err);
    REQUIRE(moved.status == 0);
    CHECK(count_before(moved.out, "documents written") == 1);
    CHECK(count_before(moved.out, "removed \\(gone") == 1);
    const index::Catalogue c = a.catalogue();
    REQUIRE(entry(c, "fenwold-district-council") != nullptr);
    CHECK(entry(c, "fenwold-district-council")->documents == 1);
    CHECK(entry(c, "northvale-county-council")->documents == before - 1);
    check_same_answers(a.fresh_single(), a.sharded);

    // A deleted file leaves its shard.
    fs::remove(fs::path(a.root) / "moved/cabinet.txt");
    const auto removed = a.index_sharded();
    REQUIRE(removed.status == 0);
    CHECK(entry(a.catalogue(), "fenwold-district-council")->documents == 0);
    check_same_answers(a.fresh_single(), a.sharded);

    // Another scheme on the same folder is refused, and so is a folder of other files.
    const auto other = a.index_sharded({"--shard-by", "year"});
    CHECK(other.status == 2);
    CHECK_THAT(other.err, Catch::Contains("is sharded by council, not year"));
    a.dir.write("papers/notes.txt", "mine");
    const auto foreign = quorum_run({"index", "--db", (a.dir.path() / "papers").string(), "--shard-by", "council", a.root});
    CHECK(foreign.status == 2);
    CHECK(fs::exists(a.dir.path() / "papers/notes.txt"));
    CHECK(!fs::exists(a.dir.path() / "papers/staging"));
}

TEST_CASE("a query filtered to one council or a date range opens only the shards that can match", "[shards][prune]") {
    Archive a;
    REQUIRE(a.index_sharded({"--shard-by", "year"}).status == 0);
    struct Row {
        std::vector<std::string> flags;
        std::string searched;  // the stderr note, or "" when every shard is searched
    };
    const std::string all = std::to_string(a.catalogue().shards.size());
    const std::vector<Row> rows = {
        {{}, ""},
        {{"--from", "2023"}, "searched 4 of " + all + " shards (shards/2023, shards/2024, shards/2025, shards/undated)"},
        {{"--from", "2021-01-01", "--to", "2021-12-31"}, "searched 2 of " + all + " shards (shards/2021, shards/undated)"},
        {{"--to", "2019"}, "searched 2 of " + all + " shards (shards/2019, shards/undated)"},
        {{"--council", "eastmere"}, ""},  // not an exact council name: resolved loosely, nothing pruned
    };
    const std::string one = a.fresh_single();
    for (const auto& row : rows) {
        std::vector<std::string> args = {"search", "--db", a.sharded, "--format", "json", "council"};
        args.insert(args.end(), row.flags.begin(), row.flags.end());
        const auto r = quorum_run(args);
        INFO((row.flags.empty() ? "" : row.flags.front()));
        CHECK(r.status == 0);
        if (row.searched.empty())
            CHECK(r.err.find("searched") == std::string::npos);
        else
            CHECK_THAT(r.err, Catch::Contains(row.searched));
        // Pruned or not, the same matches and counts as the one index.
        args[2] = one;
        const auto single = quorum_run(args);
        const auto x = nlohmann::json::parse(r.out), y = nlohmann::json::parse(single.out);
        CHECK(x["total"] == y["total"]);
        CHECK(x["facets"] == y["facets"]);
    }

    Archive b;
    REQUIRE(b.index_sharded({"--shard-by", "council"}).status == 0);
    const auto r = quorum_run({"search", "--db", b.sharded, "police", "--council", "Harrowby Borough Council"});
    CHECK(r.status == 0);
    CHECK_THAT(r.err, Catch::Contains("searched 2 of") &&
                          Catch::Contains("(shards/eastmere-district-council, shards/harrowby-borough-council)"));
}
