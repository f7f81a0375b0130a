/** @file shard_catalogue_test.cpp @brief Stub files read as Xapian reads them, and the shard catalogue's pruning: which shards a filter can match. */
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "indexer/database.h"
#include "indexer/shards/catalogue.h"
#include "indexer/shards/stub_file.h"

using namespace quorum;

namespace {

std::string render(const std::vector<index::StubShard>& shards) {
    std::string out;
    for (const auto& s : shards) {
        switch (s.kind) {
            case index::StubShard::Kind::Local: out += "local(" + s.path + ")"; break;
            case index::StubShard::Kind::Tcp: out += "tcp(" + s.host + "," + std::to_string(s.port) + ")"; break;
            case index::StubShard::Kind::Program: out += "prog(" + s.program + "|" + s.args + ")"; break;
        }
        out += " ";
    }
    return out;
}

}  // namespace

TEST_CASE("stub files are read line by line as Xapian reads them", "[shards]") {
    struct Row {
        std::string text, expected;
    };
    const std::vector<Row> rows = {
        {"auto shards/a\n", "local(/idx/shards/a) "},
        {"# comment\n\nglass /abs/b\nchert ../c\n", "local(/abs/b) local(/c) "},
        {"remote 10.0.0.5:33333\nremote localhost:1\n", "tcp(10.0.0.5,33333) tcp(localhost,1) "},
        {"remote :ssh search2 xapian-progsrv /srv/quorum/2025\n", "prog(ssh|search2 xapian-progsrv /srv/quorum/2025) "},
        {"  auto a  \r\n", "local(/idx/a) "},
    };
    for (const auto& row : rows) {
        INFO(row.text);
        CHECK(render(index::parse_stub(row.text, "/idx", "STUB")) == row.expected);
    }
    struct Bad {
        std::string text, message;
    };
    const std::vector<Bad> bad = {
        {"", "STUB lists no shards"},
        {"# only a comment\n", "STUB lists no shards"},
        {"remote host\n", "STUB:1: 'remote host' is neither HOST:PORT nor :PROGRAM ARGS"},
        {"auto a\nremote host:0\n", "STUB:2: 'remote host:0' is neither"},
        {"remote host:99999\n", "is neither HOST:PORT"},
        {"remote :\n", "STUB:1: 'remote :' needs a program"},
        {"inmemory\n", "STUB:1: 'inmemory' with nothing after it"},
        {"flint x\n", "STUB:1: unknown shard type 'flint'"},
    };
    for (const auto& row : bad) {
        INFO(row.text);
        CHECK_THROWS_WITH(index::parse_stub(row.text, "/idx", "STUB"), Catch::Contains(row.message));
    }
}

TEST_CASE("the catalogue prunes shards a council or date filter cannot match, and nothing it is unsure of", "[shards]") {
    index::Catalogue c;
    c.shard_by = "council";
    c.shards = {
        {"eastmere", "shards/eastmere", {"Eastmere District Council"}, {"2019", "2024"}, 0, 4, 4},
        {"harrowby", "shards/harrowby", {"Harrowby Borough Council", "Eastmere District Council"}, {"2023"}, 0, 3, 4},
        {"northvale", "shards/northvale", {"Northvale County Council"}, {"2021"}, 2, 5, 4},
    };
    // A round trip through the JSON file keeps every field.
    const index::Catalogue back = index::parse_catalogue(index::catalogue_json(c), "shards.json");
    REQUIRE(back.shards.size() == 3);
    CHECK(back.shard_by == "council");
    CHECK(back.shards[2].undated == 2);
    CHECK(back.shards[1].councils == c.shards[1].councils);

    struct Row {
        index::ShardFilter filter;
        std::string opened;
    };
    const std::vector<Row> rows = {
        {{}, "111"},
        {{{"Eastmere District Council"}, "", ""}, "110"},
        {{{"eastmere district council"}, "", ""}, "110"},
        {{{"Northvale County Council"}, "", ""}, "001"},
        {{{"Northvale County Council", "Harrowby Borough Council"}, "", ""}, "011"},
        // Not an exact council: the query resolves it loosely, so nothing is pruned.
        {{{"eastmere"}, "", ""}, "111"},
        {{{"Eastmere District Council", "KCC"}, "", ""}, "111"},
        // Dates: a shard with undated documents stays (the answer counts what the filter leaves out).
        {{{}, "2024", ""}, "101"},
        {{{}, "2024-03-01", "2024-12-31"}, "101"},
        {{{}, "", "2020"}, "101"},
        {{{}, "2022", "2022"}, "001"},
        {{{}, "01/01/2023", ""}, "111"},
        {{{}, "soon", ""}, "111"},
        {{{"Harrowby Borough Council"}, "2024", ""}, "000"},
    };
    for (const auto& row : rows) {
        const std::vector<bool> can = index::shards_that_can_match(c, row.filter);
        std::string opened;
        for (bool b : can) opened += b ? '1' : '0';
        INFO((row.filter.councils.empty() ? "" : row.filter.councils.front()) << " " << row.filter.from << ".." << row.filter.to);
        CHECK(opened == row.opened);
    }
    CHECK_THROWS_WITH(index::parse_catalogue("{}", "x/shards.json"), Catch::Contains("x/shards.json is not a Quorum shard catalogue"));
}
