/** @file remote_shards_test.cpp @brief corpus/ as one index and as 3 shards served by 3 xapian-tcpsrv processes answers every query alike; a shard that is down gives a partial answer naming it. */
#include <catch2/catch.hpp>

#include <filesystem>
#include <algorithm>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "query/match_census.h"
#include "query/shards/facet_spies.h"
#include "query/shards/page_fetch.h"
#include "tests/corpus_db.h"
#include "schema/document_id.h"
#include "schema/fields.h"
#include "tests/http_client.h"
#include "tests/process_util.h"
#include "tests/served_archive.h"
#include "tests/tcpsrv.h"
#include "tests/temp_dir.h"
#include "tests/test_paths.h"

using namespace quorum;

namespace {

// corpus/ indexed once as a whole and once as three shards (one per format folder), each shard
// an ordinary index built with plain `quorum index`, as on three machines (so each has its own
// identities of people: compared without them, see without_identities()).
struct CorpusShards {
    test::TempDir dir;
    std::string one = (dir.path() / "one").string();
    std::vector<std::string> shards;

    CorpusShards() {
        const std::string corpus = test::corpus_dir();
        const auto index = [](const std::string& db, const std::vector<std::string>& roots) {
            std::vector<std::string> argv = {test::quorum_binary(), "index", "--quiet", "--db", db};
            argv.insert(argv.end(), roots.begin(), roots.end());
            const auto r = test::run_process(argv);
            REQUIRE(r.status == 0);
        };
        index(one, {corpus + "/pdf", corpus + "/html", corpus + "/text"});
        for (const char* part : {"pdf", "html", "text"}) {
            shards.push_back((dir.path() / (std::string("shard-") + part)).string());
            index(shards.back(), {corpus + "/" + part});
        }
    }

    std::string write_stub(const std::string& name, const std::vector<std::string>& lines) const {
        const std::string path = (dir.path() / name).string();
        std::ofstream out(path);
        out << "# three shards of corpus/ (written by remote_shards_test)\n";
        for (const auto& l : lines) out << l << "\n";
        return path;
    }
};

// The name of the first file (by name) in `folder`.
std::string first_file_in(const std::string& folder) {
    std::vector<std::string> names;
    for (const auto& e : std::filesystem::directory_iterator(folder))
        if (e.is_regular_file()) names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names.at(0);
}

struct QueryRow {
    std::vector<std::string> args;  // after the subcommand; --db and --format json are added
};

std::vector<std::string> with_db(const std::string& db, const QueryRow& row) {
    std::vector<std::string> argv = {test::quorum_binary(), row.args.front(), "--db", db};
    argv.insert(argv.end(), row.args.begin() + 1, row.args.end());
    argv.push_back("--format");
    argv.push_back("json");
    return argv;
}

/// The output with what depends on the identities of people left out: each shard here is its own
/// index, so its identity step (docs/people.md, "Across documents") sees only its own documents
/// and may keep apart forms the one index merges. Person, officer and speaker facets and a
/// mention's speakers go; everything else must be the same.
std::string without_identities(const std::string& text) {
    nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded()) return text;
    std::vector<nlohmann::json*> stack{&j};
    while (!stack.empty()) {
        nlohmann::json* v = stack.back();
        stack.pop_back();
        if (v->is_object())
            for (const char* key : {"person", "officer", "speaker", "speakers"}) v->erase(key);
        if (v->is_object() || v->is_array())
            for (auto& child : *v) stack.push_back(&child);
    }
    return j.dump();
}

const std::vector<QueryRow> kQueries = {
    // free text, phrases, wildcards, boolean operators
    {{"search", "council"}},
    {{"search", "budget"}},
    {{"search", "\"anti-social behaviour\""}},
    {{"search", "\"county lines\""}},
    {{"search", "cctv OR licensing"}},
    {{"search", "budget -housing"}},
    // A wildcard's words are expanded shard by shard, so its weights differ (docs/scale-out.md,
    // "Limits"): compared newest first, where the order does not depend on them.
    {{"search", "licens*", "--sort", "-date"}},
    {{"search", "\"domestic abu*\"", "--sort", "date"}},
    {{"search", "title:budget"}},
    {{"search", "resolution:approved"}},
    // every facet, as a field and as a flag
    {{"search", "council:eastmere police"}},
    {{"search", "topic:county-lines"}},
    {{"search", "type:agenda"}},
    {{"search", "police", "--council", "harrowby"}},
    {{"search", "council", "--body", "cabinet"}},
    {{"search", "council", "--officer", "sharma"}},
    {{"search", "--topic", "fly-tipping"}},
    {{"search", "council", "--type", "minutes"}},
    // date ranges
    {{"search", "council", "--from", "2021", "--to", "2023"}},
    {{"search", "police", "--from", "2023-01"}},
    {{"search", "date:2019..2020 council"}},
    // each sort, and paging
    {{"search", "council", "--sort", "date"}},
    {{"search", "council", "--sort", "-date"}},
    {{"search", "crime", "--sort", "-date", "--limit", "3", "--offset", "2"}},
    {{"search", "council", "--limit", "3", "--offset", "3"}},
    {{"search", "council", "--limit", "4", "--offset", "12"}},
    {{"search", "council", "--all"}},
    {{"search", "council", "--count"}},
    // decisions, mentions, facets, show
    {{"decisions", "licence"}},
    {{"decisions", "budget", "--sort", "date"}},
    {{"decisions", "council", "--council", "eastmere"}},
    {{"mentions", "county lines"}},
    {{"mentions", "council", "--by", "month"}},
    {{"mentions", "anti-social*", "--from", "2020"}},
    {{"facets", "council"}},
    {{"facets", "topic", "police"}},
};

// Each shard folder served by its own xapian-tcpsrv, and a stub listing them (`stub_path`).
struct RemoteShards {
    std::vector<std::unique_ptr<test::TcpServer>> servers;
    std::string stub;

    RemoteShards(const std::vector<std::string>& shards, const std::string& stub_path) : stub(stub_path) {
        std::ofstream out(stub);
        out << "# shards served by xapian-tcpsrv (written by remote_shards_test)\n";
        for (const auto& shard : shards) {
            servers.push_back(std::make_unique<test::TcpServer>(shard));
            out << servers.back()->stub_line() << "\n";
        }
    }
    explicit RemoteShards(const CorpusShards& corpus)
        : RemoteShards(corpus.shards, (corpus.dir.path() / "remote.stub").string()) {}
};

}  // namespace

namespace {

/// Every query of kQueries answers alike on the one index and on `stub`: status, output (person
/// keys aside: shards compute identities apart) and messages.
void check_every_query_alike(const std::string& one_index, const std::string& stub) {
    for (const QueryRow& row : kQueries) {
        const auto one = test::run_process(with_db(one_index, row));
        const auto sharded = test::run_process(with_db(stub, row));
        INFO(row.args.front() << " " << (row.args.size() > 1 ? row.args[1] : ""));
        CHECK(one.status == 0);
        CHECK(sharded.status == one.status);
        CHECK(without_identities(sharded.out) == without_identities(one.out));
        CHECK(sharded.err == one.err);
        CHECK(!one.out.empty());
    }
}

}  // namespace

TEST_CASE("one index and three remote shards give the same JSON for every query", "[shards][remote]") {
    const CorpusShards corpus;
    const RemoteShards remote(corpus);
    const std::string& stub = remote.stub;

    check_every_query_alike(corpus.one, stub);
    // show: each file, from whichever shard holds it.
    for (const char* file : {"pdf/eastmere-dc_cabinet_2024-03-14_minutes.pdf",
                             "html/harrowby-bc_decision-details_2024-07-16.html",
                             "text/northvale-cc_cabinet_2021-07-15_minutes.txt"}) {
        const std::string path = test::corpus_dir() + "/" + file;
        const auto one = test::run_process({test::quorum_binary(), "show", "--db", corpus.one, "--format", "json", path});
        const auto sharded = test::run_process({test::quorum_binary(), "show", "--db", stub, "--format", "json", path});
        INFO(file);
        CHECK(one.status == 0);
        CHECK(sharded.out == one.out);
    }
}

TEST_CASE("a remote shard is told from a local or in-memory database, alone or in a stub", "[shards][remote]") {
    const Xapian::Database local(test::corpus_db());
    const test::TcpServer server(test::corpus_db());
    const Xapian::Database remote = Xapian::Remote::open("127.0.0.1", server.port());
    Xapian::Database mixed(local);
    mixed.add_database(remote);
    const Xapian::WritableDatabase in_memory(std::string(), Xapian::DB_BACKEND_INMEMORY);
    Xapian::Database two_local(local);
    two_local.add_database(local);

    struct Row {
        const char* what;
        const Xapian::Database& db;
        bool remote_reads, counted_by_spies;
    };
    for (const Row& row : {Row{"local", local, false, false}, Row{"in-memory", in_memory, false, false},
                           Row{"remote", remote, true, true}, Row{"local + remote", mixed, true, true},
                           Row{"two local", two_local, false, true}}) {
        INFO(row.what);
        CHECK(query::reads_remote_shard(row.db) == row.remote_reads);
        CHECK(query::counts_on_shards(row.db) == row.counted_by_spies);
    }

    // One remote shard alone is counted on its server (Xapian's spies), and past limits this small
    // samples the same documents as the local index (the documents' sampling-level terms, a
    // plain term query the server runs): the same estimates, to the unit.
    const Xapian::Query council("council");
    query::CensusLimits tiny;
    tiny.exact_up_to = 2;
    tiny.sample_candidates = 2;
    tiny.min_sample_matches = 1;
    const query::MatchCensus sampled = query::take_census(local, council, local.get_doccount(), true, false, tiny);
    const query::MatchCensus exact = query::take_census(local, council, local.get_doccount(), true, true);
    const query::MatchCensus counted = query::take_census(remote, council, remote.get_doccount(), true, false, tiny);
    const query::MatchCensus counted_exact = query::take_census(remote, council, remote.get_doccount(), true, true);
    CHECK_FALSE(sampled.exact);
    CHECK_FALSE(counted.exact);
    CHECK(counted.sampled == sampled.sampled);
    CHECK(counted.total == sampled.total);
    CHECK(counted.facets == sampled.facets);
    CHECK(counted_exact.exact);
    CHECK(counted_exact.total == exact.total);
    CHECK(counted_exact.facets.at("council") == exact.facets.at("council"));
    CHECK(counted_exact.facets.at("year") == exact.facets.at("year"));
}

TEST_CASE("a stub of local shard folders answers as the one index does", "[shards]") {
    const CorpusShards corpus;
    const std::string stub =
        corpus.write_stub("local.stub", {"auto shard-pdf", "auto shard-html", "glass " + corpus.shards[2]});
    for (const QueryRow& row : {kQueries[0], kQueries[2], kQueries[21], kQueries[31]}) {
        const auto one = test::run_process(with_db(corpus.one, row));
        const auto sharded = test::run_process(with_db(stub, row));
        INFO(row.args[1]);
        CHECK(without_identities(sharded.out) == without_identities(one.out));
    }
}

TEST_CASE("a shard that is down gives a partial answer naming it, and --require-all-shards makes it exit 3", "[shards][remote]") {
    const CorpusShards corpus;
    const RemoteShards remote(corpus);
    const auto& servers = remote.servers;
    const std::string& stub = remote.stub;
    const std::string down = servers[1]->name();  // the html shard
    servers[1]->kill();

    const auto r = test::run_process({test::quorum_binary(), "search", "--db", stub, "--format", "json", "council"});
    CHECK(r.status == 0);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j.value("partial", false));
    CHECK(j["missing_shards"] == nlohmann::json::array({down}));
    CHECK_THAT(r.err, Catch::Contains("partial answer, from 2 of 3 shards") && Catch::Contains(down));
    // The answer holds the other shards' documents and none of the missing one's.
    const auto all = nlohmann::json::parse(
        test::run_process({test::quorum_binary(), "search", "--db", corpus.one, "--format", "json", "council"}).out);
    CHECK(j["total"].get<int>() < all["total"].get<int>());
    for (const auto& hit : j["results"]) CHECK(hit["path"].get<std::string>().find("/html/") == std::string::npos);

    for (const char* command : {"search", "decisions", "mentions", "facets"}) {
        const auto strict = test::run_process(
            {test::quorum_binary(), command, "--db", stub, "--require-all-shards", "council"});
        INFO(command);
        CHECK(strict.status == 3);
        CHECK_THAT(strict.err, Catch::Contains(down) && Catch::Contains("--require-all-shards"));
        CHECK(strict.out.empty());
    }
    // Every shard down: an error, not an empty answer.
    servers[0]->kill();
    servers[2]->kill();
    const auto none = test::run_process({test::quorum_binary(), "search", "--db", stub, "council"});
    CHECK(none.status == 2);
    CHECK_THAT(none.err, Catch::Contains("no shard answered"));
}

TEST_CASE("quorum serve on a stub of remote shards answers the JSON API as on the one index", "[shards][remote][serve]") {
    const CorpusShards corpus;
    const RemoteShards remote(corpus);
    const std::string& stub = remote.stub;
    const auto one = test::start_server(corpus.one, 2);
    const auto sharded = test::start_server(stub, 2);
    for (const char* target : {"/api/search?q=council", "/api/search?q=police&sort=-date", "/api/search?q=budget&council=harrowby",
                               "/api/decisions?q=licence", "/api/mentions?q=county+lines"}) {
        const auto a = test::http_get(one->port(), target);
        const auto b = test::http_get(sharded->port(), target);
        INFO(target);
        CHECK(a.status == 200);
        CHECK(b.status == a.status);
        CHECK(without_identities(b.body) == without_identities(a.body));
    }
}

TEST_CASE("quorum serve on a stub with a shard down marks its pages and API answers partial, naming the shard", "[shards][remote][serve]") {
    const CorpusShards corpus;
    const RemoteShards remote(corpus);
    const auto& servers = remote.servers;
    const std::string& stub = remote.stub;
    const std::string down = servers[1]->name();  // the html shard
    const auto whole = test::start_server(stub, 1);
    const std::string html_meeting = schema::document_id(test::corpus_dir() + "/html/" + first_file_in(test::corpus_dir() + "/html"));
    // All shards answering: nothing is marked.
    CHECK(nlohmann::json::parse(test::http_get(whole->port(), "/api/search?q=council").body).count("partial") == 0);
    CHECK(test::http_get(whole->port(), "/search?q=council").body.find("class=\"partial\"") == std::string::npos);
    CHECK(test::http_get(whole->port(), "/feed/search.atom?q=council").body.find("quorum:partial") == std::string::npos);
    CHECK(test::http_get(whole->port(), "/api/meetings/" + html_meeting).status == 200);

    servers[1]->kill();
    const auto partial = test::start_server(stub, 1);
    const auto cli = nlohmann::json::parse(
        test::run_process({test::quorum_binary(), "search", "--db", stub, "--format", "json", "council"}).out);
    REQUIRE(cli.value("partial", false));

    // {target, what must be in the answer}: the API as the CLI marks its JSON; pages a notice.
    for (const auto* server : {partial.get(), whole.get()}) {  // down from the start, and down while serving
        INFO((server == partial.get() ? "shard down when the server started" : "shard went down while serving"));
        const auto search = nlohmann::json::parse(test::http_get(server->port(), "/api/search?q=council").body);
        CHECK(search["partial"] == cli["partial"]);
        CHECK(search["missing_shards"] == cli["missing_shards"]);
        CHECK(search["total"] == cli["total"]);
        for (const auto& hit : search["results"]) CHECK(hit["path"].get<std::string>().find("/html/") == std::string::npos);
        for (const std::string& target : std::vector<std::string>{"/api/decisions?q=council", "/api/mentions?q=council", "/api/facets/topic?q=council",
                                         "/api/meetings/" + schema::document_id(search["results"][0]["path"].get<std::string>())}) {
            INFO(target);
            const auto reply = test::http_get(server->port(), target);
            REQUIRE(reply.status == 200);
            const auto j = nlohmann::json::parse(reply.body);
            CHECK(j.value("partial", false));
            CHECK(j["missing_shards"] == nlohmann::json::array({down}));
        }
        const auto export_json = nlohmann::json::parse(test::http_get(server->port(), "/export/search.json?q=council").body);
        CHECK(export_json["missing_shards"] == nlohmann::json::array({down}));
        for (const std::string target : {"/search?q=council", "/decisions?q=council", "/mentions?q=council"}) {
            INFO(target);
            const auto page = test::http_get(server->port(), target);
            CHECK(page.status == 200);
            CHECK_THAT(page.body, Catch::Contains("<p class=\"partial\" role=\"status\" id=\"partial\"><strong>Partial answer:</strong> 1 shard "
                                                  "of the index did not answer (" + down + ")"));
        }
        // The Atom feed: a subtitle for feed readers, and the API's marks as extension elements.
        const auto feed = test::http_get(server->port(), "/feed/search.atom?q=council");
        CHECK(feed.status == 200);
        CHECK_THAT(feed.body, Catch::Contains("<subtitle>Partial answer: 1 shard of the index did not answer (" + down + ")") &&
                                  Catch::Contains("<quorum:partial>true</quorum:partial>\n<quorum:missing_shard>" + down +
                                                  "</quorum:missing_shard>"));
        CHECK(feed.body.find("<entry>") != std::string::npos);
        CHECK(feed.body.find("urn:quorum:meeting:" + html_meeting) == std::string::npos);
        // A meeting the missing shard holds: not found, and the answer says where it may be.
        const auto gone = test::http_get(server->port(), "/api/meetings/" + html_meeting);
        CHECK(gone.status == 404);
        CHECK_THAT(gone.body, Catch::Contains("or in a shard that did not answer: " + down));
    }
}

namespace {

// Fictional minutes (written for this test): `count` planning meetings in each of three folders,
// most of them on one date, a few on others and a few undated, with file names that do not
// follow the order the indexer adds them in.
struct SameDateArchive {
    test::TempDir dir;
    std::vector<std::string> folders;
    std::string one = (dir.path() / "one").string();
    std::vector<std::string> shards;

    explicit SameDateArchive(int count) {
        for (const char* part : {"north", "south", "west"}) {
            const std::string folder = (dir.path() / "archive" / part).string();
            folders.push_back(folder);
            for (int i = 0; i < count; ++i) {
                const int k = (i * 7) % count;  // names out of creation order
                const std::string date = i % 5 == 4 ? "" : i % 4 == 3 ? "2 May 2023" : "14 March 2024";
                std::string text = "WEXCOMBE PARISH COUNCIL (fictional test fixture)\n\nMinutes of the Planning Committee";
                if (!date.empty()) text += " meeting held on " + date + " at 7.00pm";
                text += "\n\n1. Planning applications\n\nThe committee considered planning application " + std::string(part) +
                        "/" + std::to_string(k) + " for a garden shed.\n";
                dir.write("archive/" + std::string(part) + "/minutes-" + std::string(1, static_cast<char>('a' + k % 26)) +
                              std::to_string(k) + ".txt",
                          text);
            }
        }
        const auto index = [](const std::string& db, const std::vector<std::string>& roots) {
            std::vector<std::string> argv = {test::quorum_binary(), "index", "--quiet", "--db", db};
            argv.insert(argv.end(), roots.begin(), roots.end());
            REQUIRE(test::run_process(argv).status == 0);
        };
        index(one, folders);
        for (const auto& folder : folders) {
            shards.push_back(folder + "-db");
            index(shards.back(), {folder});
        }
    }
};

std::vector<std::string> result_paths(const std::string& json) {
    std::vector<std::string> paths;
    const nlohmann::json answer = nlohmann::json::parse(json);
    for (const auto& hit : answer["results"]) paths.push_back(hit["path"].get<std::string>());
    return paths;
}

}  // namespace

TEST_CASE("date sorts order meetings on the same date by path, alike on one index and on remote shards", "[shards][remote]") {
    const SameDateArchive archive(12);
    const RemoteShards remote(archive.shards, (archive.dir.path() / "remote.stub").string());
    // The expected order: by date, then by path; newest first is the reverse.
    const auto all = test::run_process({test::quorum_binary(), "search", "--db", archive.one, "--format", "json",
                                        "planning", "--all"});
    REQUIRE(all.status == 0);
    std::vector<std::pair<std::string, std::string>> by_date;
    const nlohmann::json every = nlohmann::json::parse(all.out);
    for (const auto& hit : every["results"]) {
        std::string date = hit["date"].is_string() ? hit["date"].get<std::string>() : "";
        by_date.push_back({date, hit["path"].get<std::string>()});
    }
    REQUIRE(by_date.size() == 36);
    std::sort(by_date.begin(), by_date.end());
    std::vector<std::string> oldest_first;
    for (const auto& [date, path] : by_date) oldest_first.push_back(path);
    const std::vector<std::string> newest_first(oldest_first.rbegin(), oldest_first.rend());
    CHECK(std::count_if(by_date.begin(), by_date.end(), [](const auto& d) { return d.first == "2024-03-14"; }) == 21);

    struct Row {
        std::vector<std::string> args;
        std::vector<std::string> expected;
    };
    const auto slice = [](const std::vector<std::string>& v, size_t from, size_t n) {
        return std::vector<std::string>(v.begin() + static_cast<long>(from), v.begin() + static_cast<long>(std::min(v.size(), from + n)));
    };
    for (const Row& row : {Row{{"--sort", "date", "--limit", "40"}, oldest_first},
                           Row{{"--sort", "-date", "--limit", "40"}, newest_first},
                           Row{{"--sort", "date", "--limit", "7", "--offset", "10"}, slice(oldest_first, 10, 7)},
                           Row{{"--sort", "-date", "--limit", "9", "--offset", "5"}, slice(newest_first, 5, 9)},
                           Row{{"--sort", "-date", "--limit", "5", "--offset", "30"}, slice(newest_first, 30, 5)}}) {
        std::vector<std::string> one = {test::quorum_binary(), "search", "--db", archive.one, "--format", "json", "planning"};
        one.insert(one.end(), row.args.begin(), row.args.end());
        std::vector<std::string> sharded = one;
        sharded[3] = remote.stub;
        const auto a = test::run_process(one);
        const auto b = test::run_process(sharded);
        INFO(row.args[1] << " " << row.args.back());
        REQUIRE(a.status == 0);
        REQUIRE(b.status == 0);
        CHECK(result_paths(a.out) == row.expected);
        CHECK(result_paths(b.out) == row.expected);
        CHECK(without_identities(b.out) == without_identities(a.out));
    }
}

TEST_CASE("a later page's documents are asked of a remote shard at once, exactly those of the page", "[shards][remote]") {
    const Xapian::Database local(test::corpus_db());
    test::TcpServer server(test::corpus_db());
    const Xapian::Database remote = Xapian::Remote::open("127.0.0.1", server.port());
    const auto ranked = [](const Xapian::Database& db) {
        Xapian::Enquire enquire(db);
        enquire.set_query(Xapian::Query("council"));
        enquire.set_sort_by_relevance_then_value(static_cast<Xapian::valueno>(schema::field(schema::names::kSourcePath).slot), false);
        return enquire.get_mset(0, 9);
    };
    const Xapian::MSet expected = ranked(local);
    const Xapian::MSet mset = ranked(remote);
    REQUIRE(mset.size() == 9);
    constexpr Xapian::doccount kFrom = 5;  // the page: ranks 5 to 8
    CHECK(query::first_rank_to_rank(true, kFrom, 4) == 0);
    CHECK(query::first_rank_to_rank(false, kFrom, 4) == kFrom);

    query::prefetch_documents(mset, kFrom);
    CHECK(mset[kFrom].get_document().get_data() == expected[kFrom].get_document().get_data());  // waits for all of them
    server.kill();
    // The page's other documents came in the same exchange; the ranks before it were not asked for.
    for (Xapian::doccount rank = kFrom + 1; rank < mset.size(); ++rank) {
        INFO("rank " << rank);
        CHECK(mset[rank].get_document().get_data() == expected[rank].get_document().get_data());
    }
    for (Xapian::doccount rank = 0; rank < kFrom; ++rank) {
        INFO("rank " << rank);
        CHECK_THROWS_AS(mset[rank].get_document().get_data(), Xapian::NetworkError);
    }
}

TEST_CASE("three shards served by xapian-progsrv answer as the one index does, and a shard whose program fails is named", "[shards][remote][progsrv]") {
    const CorpusShards corpus;
    std::vector<std::string> lines;
    for (const auto& shard : corpus.shards) lines.push_back(test::progsrv_stub_line(shard));
    const std::string stub = corpus.write_stub("progsrv.stub", lines);
    check_every_query_alike(corpus.one, stub);
    const std::string path = test::corpus_dir() + "/html/harrowby-bc_decision-details_2024-07-16.html";
    CHECK(test::run_process({test::quorum_binary(), "show", "--db", stub, "--format", "json", path}).out ==
          test::run_process({test::quorum_binary(), "show", "--db", corpus.one, "--format", "json", path}).out);

    // The html shard's program cannot open its folder (a disk not mounted on that machine).
    const std::string gone = corpus.shards[1] + "-unmounted";
    const std::string broken = corpus.write_stub("progsrv-broken.stub", {lines[0], test::progsrv_stub_line(gone), lines[2]});
    const auto r = test::run_process({test::quorum_binary(), "search", "--db", broken, "--format", "json", "council"});
    CHECK(r.status == 0);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j.value("partial", false));
    CHECK(j["missing_shards"] == nlohmann::json::array({test::progsrv_stub_line(gone).substr(std::string("remote ").size())}));
    CHECK_THAT(r.err, Catch::Contains("partial answer, from 2 of 3 shards") && Catch::Contains(gone));
    for (const auto& hit : j["results"]) CHECK(hit["path"].get<std::string>().find("/html/") == std::string::npos);
    const auto strict = test::run_process({test::quorum_binary(), "search", "--db", broken, "--require-all-shards", "council"});
    CHECK(strict.status == 3);
}

TEST_CASE("a request's time limit stops a count on each remote shard's server, which runs no decider of ours", "[shards][remote][deadline]") {
    // A shard of many small documents, whose full count with facets takes far longer than 1 ms.
    test::TempDir dir;
    const std::string path = (dir.path() / "big").string();
    constexpr Xapian::doccount kDocuments = 150000;
    const auto council_slot = static_cast<Xapian::valueno>(schema::field(schema::names::kCouncil).slot);
    const auto date_slot = static_cast<Xapian::valueno>(schema::field(schema::names::kDate).slot);
    {
        Xapian::WritableDatabase w(path, Xapian::DB_CREATE_OR_OPEN);
        for (Xapian::doccount i = 0; i < kDocuments; ++i) {
            Xapian::Document doc;
            doc.add_boolean_term("council");
            doc.add_value(council_slot, "Fictional Council " + std::to_string(i % 40));
            doc.add_value(date_slot, std::to_string(2000 + i % 25) + "0301");
            w.add_document(doc);
        }
        w.commit();
    }
    const test::TcpServer server(path);
    const Xapian::Database remote = Xapian::Remote::open("127.0.0.1", server.port());
    const std::vector<query::CensusFacet> facets = {{"council", council_slot, 0}, {"year", date_slot, 4}};
    const Xapian::Query query("council");

    const query::MatchCensus whole = query::census_by_spies(remote, query, true, facets, query::Deadline::after(600));
    CHECK(whole.total == kDocuments);
    CHECK(whole.facets.at("year").size() == 25);
    CHECK_THROWS_AS(query::census_by_spies(remote, query, true, facets, query::Deadline::after(0.001)), query::TimeLimitExceeded);
    CHECK_THROWS_AS(query::census_by_spies(remote, query, true, facets, query::Deadline::after(-1)), query::TimeLimitExceeded);

    // What the deadline relies on: Enquire::set_time_limit reaches the server, whose count stops
    // early: its match spy saw fewer documents (the bounds of a one-term query stay exact, from
    // its term frequency).
    Xapian::Enquire enquire(remote);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    Xapian::ValueCountMatchSpy spy(council_slot);
    enquire.add_matchspy(&spy);
    enquire.set_time_limit(0.001);
    const Xapian::MSet cut = enquire.get_mset(0, 0, kDocuments);
    CHECK(spy.get_total() < kDocuments);
    CHECK(cut.get_matches_lower_bound() == kDocuments);
}
