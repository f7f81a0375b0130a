/** @file serve_http_test.cpp @brief `quorum serve` over HTTP: statuses, JSON shapes against the CLI's, escaping of hostile documents, limits, original files and traversal, searching while indexing. */
#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <set>
#include <thread>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "schema/document_id.h"
#include "tests/http_client.h"
#include "tests/process_util.h"
#include "tests/served_archive.h"
#include "tests/temp_dir.h"

using namespace quorum::test;
namespace fs = std::filesystem;

namespace {

std::set<std::string> keys(const nlohmann::json& j) {
    std::set<std::string> out;
    for (const auto& [k, v] : j.items()) out.insert(k);
    return out;
}

nlohmann::json cli_json(const std::vector<std::string>& args) {
    std::vector<std::string> argv = {QUORUM_BINARY};
    argv.insert(argv.end(), args.begin(), args.end());
    const ProcessResult r = run_process(argv);
    INFO(r.err);
    REQUIRE(r.status == 0);
    return nlohmann::json::parse(r.out);
}

std::string id_of(const std::string& path) { return quorum::schema::document_id(path); }

}  // namespace

TEST_CASE("serve: statuses for pages, API calls and limits", "[serve]") {
    const auto& a = served_archive();
    struct Row {
        std::string target;
        int status;
    };
    const std::string long_query(1001, 'a');
    const std::vector<Row> rows = {
        {"/", 200},
        {"/search?q=cctv", 200},
        {"/search?q=cctv&council=Eastmere+District+Council&sort=newest&page=1", 200},
        {"/decisions?q=zanzibarite", 200},
        {"/mentions?q=zanzibarite", 200},
        {"/mentions?q=zanzibarite&by=month", 200},
        {"/meetings/" + id_of(a.file("harrowby-bc_cabinet_2023-02-07_minutes.txt")), 200},
        {"/static/quorum.css", 200},
        {"/opensearch.xml", 200},
        {"/api", 200},
        {"/api/search?q=cctv", 200},
        {"/api/decisions?q=cctv", 200},
        {"/api/mentions?q=county+lines", 200},
        {"/api/facets/council?q=cctv", 200},
        {"/api/meetings/" + id_of(a.file("harrowby-bc_cabinet_2023-02-07_minutes.txt")), 200},
        {"/api/search?q=%22unclosed", 400},
        {"/search?q=%22unclosed", 400},
        {"/api/search?q=cctv&size=1000", 400},
        {"/api/search?q=cctv&page=0", 400},
        {"/api/search?q=cctv&page=two", 400},
        {"/api/search?q=cctv&page=99999", 400},
        {"/api/search?q=cctv&sort=sideways", 400},
        {"/api/mentions?q=", 400},
        {"/api/mentions?q=x&by=decade", 400},
        {"/api/search?q=%zz", 400},
        {"/api/search?q=" + long_query, 413},
        {"/search?q=" + long_query, 413},
        {"/api/search?q=" + std::string(9000, 'b'), 414},
        {"/no-such-page", 404},
        {"/api/no-such-call", 404},
        {"/api/meetings/d0000000000000000", 404},
        {"/api/meetings/../../etc/passwd", 404},
        {"/meetings/nonsense", 404},
        {"/api/facets/colour", 404},
        {"/api/facets/committee?type=minutes", 200},
        {"/api/facets/topic?sort=size", 400},
        {"/api/facets/topic?q=" + long_query, 413},
        {"/export/search.csv?q=" + long_query, 413},
        {"/export/search.csv?q=%22unclosed", 400},
        {"/feed/search.atom?q=" + long_query, 413},
    };
    for (const auto& row : rows) {
        INFO(row.target.substr(0, 120));
        const HttpReply r = http_get(a.port, row.target);
        CHECK(r.status == row.status);
        CHECK(r.headers.count("content-security-policy") == 1);
        if (row.target.rfind("/api", 0) == 0) {
            CHECK(r.header("content-type").rfind("application/json", 0) == 0);
            const auto j = nlohmann::json::parse(r.body, nullptr, false);
            REQUIRE_FALSE(j.is_discarded());
            if (row.status != 200) {
                CHECK(j["status"] == row.status);
                CHECK_FALSE(j["error"].get<std::string>().empty());
            }
        }
    }
}

TEST_CASE("serve: the search page's timeline draws years, and months when the matches span two years or less", "[serve]") {
    const auto& a = served_archive();
    struct Row {
        std::string target;
        std::string caption;
        std::vector<std::string> bars;  ///< linked periods that must be drawn
        std::vector<std::string> not_drawn;
    };
    const std::vector<Row> rows = {
        {"/search?q=", "per year", {"2019", "2023", "2024"}, {"2023-02"}},
        {"/search?q=&from=2023&to=2023", "per month", {"2023-02", "2023-03", "2023-06", "2023-11"}, {"2023", "2024-02"}},
        {"/search?q=&from=2023-01&to=2024-12", "per month", {"2023-02", "2024-07"}, {"2023", "2024"}},
        {"/search?q=&council=Eastmere+District+Council&from=2024&to=2025", "per month", {"2024-03", "2025-01"}, {"2024"}},
    };
    for (const auto& row : rows) {
        INFO(row.target);
        const HttpReply r = http_get(a.port, row.target);
        REQUIRE(r.status == 200);
        CHECK(r.body.find("Matching meetings " + row.caption) != std::string::npos);
        for (const auto& p : row.bars) {
            INFO(p);
            CHECK(r.body.find("data-period=\"" + p + "\"") != std::string::npos);
            // Each bar is a link that narrows the dates to its period, keeping the other filters.
            CHECK(r.body.find("from=" + p + "&amp;to=" + p) != std::string::npos);
        }
        for (const auto& p : row.not_drawn) CHECK(r.body.find("data-period=\"" + p + "\"") == std::string::npos);
    }
    // Following a month bar's link gives that month's meetings only.
    const auto month = nlohmann::json::parse(http_get(a.port, "/api/search?q=&from=2023-06&to=2023-06").body);
    REQUIRE(month["results"].size() == 1);
    CHECK(month["results"][0]["date"] == "2023-06-14");
}

TEST_CASE("serve: only GET and HEAD, and no request bodies", "[serve]") {
    const auto& a = served_archive();
    for (const std::string method : {"POST", "PUT", "DELETE", "PATCH"}) {
        INFO(method);
        const HttpReply r = http_request(a.port, method, "/api/search?q=cctv");
        CHECK(r.status == 405);
        CHECK(r.header("allow") == "GET, HEAD");
        CHECK(nlohmann::json::parse(r.body)["status"] == 405);
    }
    const HttpReply with_body = http_request(a.port, "GET", "/api/search?q=cctv", "Content-Length: 5\r\n", "hello");
    CHECK(with_body.status == 413);
    const HttpReply head = http_request(a.port, "HEAD", "/search?q=cctv");
    CHECK(head.status == 200);
    CHECK(head.body.empty());
    CHECK(std::stoul(head.header("content-length")) > 1000);
}

TEST_CASE("serve: a connection is kept open for the client's next request", "[serve]") {
    // Two requests on one connection: the first without "Connection: close" (HTTP/1.1 keeps it
    // open), the second with it (http_request adds it to the last). Both must be answered; a
    // server that closed after the first would leave the second unanswered, and wrk or a browser
    // would pay a new connection for every request.
    const auto& a = served_archive();
    const HttpReply r = http_request(a.port, "GET", "/api/search?q=cctv HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\nGET /static/quorum.css");
    CHECK(r.status == 200);
    CHECK(r.header("connection") != "close");
    CHECK(r.header("content-type") == "application/json; charset=utf-8");
    // The body read to the end of the connection holds the second answer after the first.
    const size_t second = r.body.find("HTTP/1.1 200 OK\r\n");
    REQUIRE(second != std::string::npos);
    CHECK(r.body.find("Content-Type: text/css", second) != std::string::npos);
    // A refused request (a body) still closes its connection.
    const HttpReply refused = http_request(a.port, "POST", "/api/search?q=cctv", "Content-Length: 5\r\n", "hello");
    CHECK(refused.status == 405);
}

TEST_CASE("serve: API JSON has the CLI's shapes and messages", "[serve]") {
    const auto& a = served_archive();
    SECTION("search and decisions") {
        for (const std::string kind : {"search", "decisions"}) {
            INFO(kind);
            const auto cli = cli_json({kind, "--db", a.db, "--format", "json", "cctv"});
            const auto api = nlohmann::json::parse(http_get(a.port, "/api/" + kind + "?q=cctv").body);
            std::set<std::string> api_keys = keys(api);
            for (const auto& k : keys(cli)) CHECK(api_keys.count(k) == 1);
            CHECK(api["total"] == cli["total"]);
            REQUIRE(!cli["results"].empty());
            REQUIRE(api["results"].size() == cli["results"].size());
            for (size_t i = 0; i < cli["results"].size(); ++i) {
                for (const auto& [k, v] : cli["results"][i].items()) CHECK(api["results"][i][k] == v);
            }
            CHECK(api["facets"] == cli["facets"]);
        }
    }
    SECTION("mentions") {
        const auto cli = cli_json({"mentions", "--db", a.db, "--format", "json", "county", "lines"});
        const auto api = nlohmann::json::parse(http_get(a.port, "/api/mentions?q=county+lines").body);
        CHECK(api["total"] == cli["total"]);
        CHECK(api["counts"] == cli["counts"]);
        REQUIRE(!cli["mentions"].empty());
        for (const auto& [k, v] : cli["mentions"][0].items()) CHECK(api["mentions"][0][k] == v);
    }
    SECTION("a meeting") {
        const std::string path = a.file("eastmere-dc_cabinet_2024-03-14_minutes.pdf");
        const auto cli = cli_json({"show", "--db", a.db, "--format", "json", path});
        const auto api = nlohmann::json::parse(http_get(a.port, "/api/meetings/" + id_of(path)).body);
        for (const auto& [k, v] : cli.items())
            if (k != "items") CHECK(api[k] == v);
        REQUIRE(api["items"].size() == cli["items"].size());
        CHECK(api["items"][0]["title"] == cli["items"][0]["title"]);
        CHECK(api["id"] == id_of(path));
    }
    SECTION("a facet: the JSON of quorum facets --format json") {
        const auto facet = nlohmann::json::parse(http_get(a.port, "/api/facets/council?q=cctv").body);
        CHECK(facet == cli_json({"facets", "--db", a.db, "council", "cctv", "--format", "json"}));
        CHECK(facet["values"].size() > 0);
        const auto filtered = nlohmann::json::parse(http_get(a.port, "/api/facets/committee?type=minutes").body);
        CHECK(filtered == cli_json({"facets", "--db", a.db, "committee", "--type", "minutes", "--format", "json"}));
        CHECK(filtered["field"] == "body");
        const auto by_value = nlohmann::json::parse(http_get(a.port, "/api/facets/topic?sort=value").body);
        CHECK(by_value == cli_json({"facets", "--db", a.db, "topic", "--sort", "value", "--format", "json"}));
        const HttpReply unknown = http_get(a.port, "/api/facets/colour");
        CHECK(unknown.status == 404);
        CHECK(nlohmann::json::parse(unknown.body)["error"].get<std::string>().find("no facet named colour; facets are council") == 0);
        CHECK(http_get(a.port, "/api/facets/topic?sort=size").status == 400);
    }
    SECTION("a malformed query: 400 with the CLI's message") {
        const ProcessResult cli = run_process({QUORUM_BINARY, "search", "--db", a.db, "cctv AND"});
        REQUIRE(cli.status == 2);
        const auto api = nlohmann::json::parse(http_get(a.port, "/api/search?q=cctv+AND").body);
        CHECK(api["status"] == 400);
        CHECK(cli.err == "quorum search: " + api["error"].get<std::string>() + "\n");
    }
}

TEST_CASE("serve: a meeting page shows each item's vote", "[serve]") {
    const auto& a = served_archive();
    const std::string path = a.file("northvale-cc_cabinet_2021-07-15_minutes.txt");
    const HttpReply page = http_get(a.port, "/meetings/" + id_of(path));
    REQUIRE(page.status == 200);
    const ProcessResult show = run_process({QUORUM_BINARY, "show", "--db", a.db, path});
    REQUIRE(show.status == 0);
    const size_t at = show.out.find("vote: ");
    REQUIRE(at != std::string::npos);
    const std::string vote = show.out.substr(at + 6, show.out.find('\n', at) - at - 6);
    CHECK(page.body.find("<p class=\"vote\">Vote: " + vote + "</p>") != std::string::npos);
}

TEST_CASE("serve: hostile documents and queries show as text", "[serve]") {
    const auto& a = served_archive();
    const std::vector<std::string> pages = {
        "/search?q=zanzibarite",
        "/decisions?q=zanzibarite",
        "/mentions?q=zanzibarite",
        "/meetings/" + id_of(a.file("gloomfield-tc_2023-05-09_minutes.html")),
        "/meetings/" + id_of(a.file("gloomfield-tc_2024-02-13_minutes.txt")),
        "/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "/search?q=zanzibarite&council=%22%3E%3Cimg+src%3Dx+onerror%3Dalert(1)%3E",
        "/no-such-page-%3Cscript%3E",
    };
    for (const auto& target : pages) {
        INFO(target);
        const HttpReply r = http_get(a.port, target);
        CHECK((r.status == 200 || r.status == 404));
        CHECK(r.body.find("<script") == std::string::npos);
        CHECK(r.body.find("<img") == std::string::npos);
        CHECK(r.body.find("href=\"javascript:") == std::string::npos);
        CHECK(r.header("content-security-policy").find("script-src 'none'") != std::string::npos);
    }
    const std::string search = http_get(a.port, "/search?q=zanzibarite").body;
    CHECK(search.find("&lt;script&gt;") != std::string::npos);
    CHECK(search.find("<mark>") != std::string::npos);
    const std::string mentions = http_get(a.port, "/mentions?q=onerror").body;
    CHECK(mentions.find("&quot;&gt;&lt;img src=x <mark>onerror</mark>=alert(&quot;text-img&quot;)&gt;") != std::string::npos);
    const std::string query_echo = http_get(a.port, "/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E").body;
    CHECK(query_echo.find("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"") != std::string::npos);
}

TEST_CASE("serve: original files only from the index, under an indexed root", "[serve]") {
    const auto& a = served_archive();
    SECTION("an indexed file is served as it is, and items link to #page=N") {
        const std::string path = a.file("eastmere-dc_cabinet_2024-03-14_minutes.pdf");
        const HttpReply r = http_get(a.port, "/files/" + id_of(path));
        REQUIRE(r.status == 200);
        CHECK(r.header("content-type") == "application/pdf");
        std::ifstream in(path, std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        CHECK(r.body == bytes);
        const std::string meeting = http_get(a.port, "/meetings/" + id_of(path)).body;
        CHECK(meeting.find("href=\"/files/" + id_of(path) + "#page=1\"") != std::string::npos);
        const HttpReply html = http_get(a.port, "/files/" + id_of(a.file("gloomfield-tc_2023-05-09_minutes.html")));
        REQUIRE(html.status == 200);
        CHECK(html.header("content-security-policy").rfind("sandbox", 0) == 0);
    }
    SECTION("traversal, absolute paths and files not in the index get 404") {
        TempDir outside;
        const std::string secret = outside.write("secret.txt", "not for the web\n");
        const std::vector<std::string> targets = {
            "/files/../../../../etc/passwd",
            "/files/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
            "/files/..%2f..%2f..%2fetc%2fpasswd",
            "/files/%252e%252e%252fetc%252fpasswd",
            "/files//etc/passwd",
            "/files/%2Fetc%2Fpasswd",
            "/files/" + secret,
            "/files/" + id_of(secret),
            "/files/" + id_of(a.root + "/../" + fs::path(a.root).filename().string() + "/harrowby-bc_cabinet_2023-02-07_minutes.txt"),
            "/files/" + id_of(a.file("harrowby-bc_cabinet_2023-02-07_minutes.txt")) + "/../../etc/passwd",
        };
        for (const auto& t : targets) {
            INFO(t);
            const HttpReply r = http_get(a.port, t);
            CHECK(r.status == 404);
            CHECK(r.body.find("not for the web") == std::string::npos);
            CHECK(r.body.find("root:") == std::string::npos);
        }
    }
    SECTION("symlinks out of the root get 404") {
        TempDir dir, outside;
        const std::string kept = dir.write("root/kept.txt", "Minutes of the Gloomfield Allotments Committee. Quinceberry plots.\n");
        const std::string swapped = dir.write("root/swapped.txt", "Minutes of the Gloomfield Harbour Board. Quinceberry moorings.\n");
        const std::string in_folder = dir.write("root/sub/inner.txt", "Minutes of the Gloomfield Lanterns Panel. Quinceberry lamps.\n");
        const std::string secret = outside.write("secret.txt", "not for the web\n");
        outside.write("sub/inner.txt", "not for the web either\n");
        index_folders(dir.str() + "/db", {dir.str() + "/root"});
        const auto server = start_server(dir.str() + "/db", 2);
        CHECK(http_get(server->port(), "/files/" + id_of(kept)).status == 200);
        REQUIRE(http_get(server->port(), "/files/" + id_of(swapped)).status == 200);
        REQUIRE(http_get(server->port(), "/files/" + id_of(in_folder)).status == 200);
        // The indexed file becomes a symlink to a file outside; the folder a symlink to a folder outside.
        fs::remove(swapped);
        fs::create_symlink(secret, swapped);
        fs::rename(dir.str() + "/root/sub", dir.str() + "/sub-moved");
        fs::create_directory_symlink(outside.str() + "/sub", dir.str() + "/root/sub");
        for (const auto& path : {swapped, in_folder}) {
            INFO(path);
            const HttpReply r = http_get(server->port(), "/files/" + id_of(path));
            CHECK(r.status == 404);
            CHECK(r.body.find("not for the web") == std::string::npos);
        }
        CHECK(http_get(server->port(), "/files/" + id_of(kept)).status == 200);
    }
}

TEST_CASE("serve: a search while the index is being written never fails", "[serve]") {
    TempDir dir;
    auto minutes = [&](int n) {
        return dir.write("root/m" + std::to_string(n) + ".txt",
                         "Minutes of the Gloomfield Ferry Committee meeting " + std::to_string(n) +
                             ".\n\n1. Ferry timetable\n\nThe committee discussed the marmalite ferry and its timetable.\n");
    };
    for (int n = 0; n < 5; ++n) minutes(n);
    index_folders(dir.str() + "/db", {dir.str() + "/root"});
    const auto server = start_server(dir.str() + "/db", 2);
    std::atomic<bool> indexing{true};
    std::thread indexer([&] {
        for (int n = 5; n < 45; ++n) {
            minutes(n);
            if (n % 2) index_folders(dir.str() + "/db", {dir.str() + "/root"});
        }
        index_folders(dir.str() + "/db", {dir.str() + "/root"});
        indexing = false;
    });
    size_t requests = 0, failures = 0;
    while (indexing) {
        const HttpReply r = http_get(server->port(), "/api/search?q=marmalite&size=50");
        ++requests;
        if (r.status != 200) {
            ++failures;
            UNSCOPED_INFO("status " << r.status << ": " << r.body);
        }
    }
    indexer.join();
    CHECK(requests > 0);
    CHECK(failures == 0);
    // The handles were reopened: the last commit is visible.
    const auto last = nlohmann::json::parse(http_get(server->port(), "/api/search?q=marmalite&size=50").body);
    CHECK(last["total"] == 45);
}

TEST_CASE("serve: exports stream every match as CSV or JSON, up to the limit", "[serve]") {
    const auto& a = served_archive();
    auto lines = [](const std::string& text) { return static_cast<size_t>(std::count(text.begin(), text.end(), '\n')); };
    for (const std::string kind : {"search", "decisions"}) {
        INFO(kind);
        const auto api = nlohmann::json::parse(http_get(a.port, "/api/" + kind + "?q=council").body);
        const size_t total = api["total"].get<size_t>();
        REQUIRE(total > (kind == "search" ? 10u : 0u));  // search: more than one page of the view
        const HttpReply csv = http_get(a.port, "/export/" + kind + ".csv?q=council");
        CHECK(csv.status == 200);
        CHECK(csv.header("content-type") == "text/csv; charset=utf-8");
        CHECK(csv.header("content-disposition") == "attachment; filename=\"quorum-" + kind + ".csv\"");
        CHECK(csv.body.rfind("id,path,item,title,date,council,", 0) == 0);
        const HttpReply json = http_get(a.port, "/export/" + kind + ".json?q=council");
        const auto j = nlohmann::json::parse(json.body);
        CHECK(j["exported"] == total);
        CHECK(j["results"].size() == total);
        CHECK(j["truncated"] == false);
        CHECK(j["results"][0] == api["results"][0]);
    }
    const auto mentions = nlohmann::json::parse(http_get(a.port, "/api/mentions?q=council").body);
    const HttpReply mentions_csv = http_get(a.port, "/export/mentions.csv?q=council");
    CHECK(mentions_csv.body.rfind("id,path,date,council,body,item,title,page,before,match,after,context,ocr_confidence,link\r\n", 0) == 0);
    const auto mentions_json = nlohmann::json::parse(http_get(a.port, "/export/mentions.json?q=council").body);
    CHECK(mentions_json["mentions"].size() == mentions["total"].get<size_t>());
    CHECK(http_get(a.port, "/export/search.xml?q=council").status == 404);
    CHECK(http_get(a.port, "/export/search.csv?q=%22council").status == 400);

    quorum::server::ServeLimits small;
    small.max_export_rows = 3;
    const auto limited = start_server(a.db, 2, small);
    const auto cut = nlohmann::json::parse(http_get(limited->port(), "/export/search.json?q=council").body);
    CHECK(cut["exported"] == 3);
    CHECK(cut["truncated"] == true);
    const std::string cut_csv = http_get(limited->port(), "/export/mentions.csv?q=council").body;
    CHECK(lines(cut_csv) == 5);  // header, 3 rows, the note
    CHECK(cut_csv.find("# stopped at 3 rows (the export limit)") != std::string::npos);
}

TEST_CASE("serve: a request over the time limit is answered 503", "[serve]") {
    quorum::server::ServeLimits instant;
    instant.max_seconds = 0;  // every search takes longer than no time at all
    const auto server = start_server(served_archive().db, 2, instant);
    const HttpReply api = http_get(server->port(), "/api/search?q=cctv");
    CHECK(api.status == 503);
    const std::string message = nlohmann::json::parse(api.body)["error"].get<std::string>();
    CHECK_THAT(message, Catch::Contains("reached the time limit of 0 s and was stopped (during ranking the page)") &&
                            Catch::Contains("narrow the query"));
    CHECK(http_get(server->port(), "/search?q=cctv").status == 503);
    CHECK(http_get(server->port(), "/mentions?q=cctv").status == 503);
    CHECK(http_get(server->port(), "/api/facets/topic?q=cctv").status == 503);
    CHECK(http_get(server->port(), "/export/search.csv?q=cctv").status == 503);
    CHECK(http_get(server->port(), "/export/mentions.json?q=cctv").status == 503);
    CHECK(http_get(server->port(), "/static/quorum.css").status == 200);  // no search, no limit
}

TEST_CASE("serve: work stopped at the time limit frees its worker for the next request", "[serve]") {
    // One worker thread, and a deadline the test passes or not: a request stopped part-way must
    // leave the worker (and its index handle) ready for the next request.
    auto stop = std::make_shared<std::atomic<bool>>(true);
    quorum::server::ServeLimits limits;
    limits.make_deadline = [stop] { return quorum::query::Deadline([stop] { return stop->load(); }); };
    const auto server = start_server(served_archive().db, 1, limits);
    const std::string expected = http_get(served_archive().port, "/api/search?q=council").body;
    for (const std::string target : {"/api/search?q=council", "/search?q=council&from=2023&to=2024", "/decisions?q=council",
                                     "/api/mentions?q=council", "/api/facets/body?q=council", "/export/search.json?q=council",
                                     "/feed/search.atom?q=council"}) {
        INFO(target);
        stop->store(true);
        const HttpReply stopped = http_get(server->port(), target);
        CHECK(stopped.status == 503);
        CHECK(stopped.body.find("was stopped (during ") != std::string::npos);
        stop->store(false);
        const HttpReply next = http_get(server->port(), "/api/search?q=council");
        CHECK(next.status == 200);
        CHECK(next.body == expected);
    }
}

TEST_CASE("serve: an export stopped at the time limit ends with a note saying so", "[serve]") {
    // Searched 2 rows at a time; the deadline passes at the 7th check of the export's work (each
    // page checks once when ranked and once before each hit): past the first page, before the end.
    quorum::server::ServeLimits limits;
    limits.export_page_rows = 2;
    limits.make_deadline = [] {
        auto checks = std::make_shared<unsigned>(0);
        return quorum::query::Deadline([checks] { return ++*checks >= 7; });
    };
    const auto server = start_server(served_archive().db, 1, limits);
    const auto data_rows = [](const std::string& csv) {
        size_t n = 0;
        for (size_t at = csv.find("\r\n"); at != std::string::npos; at = csv.find("\r\n", at + 2)) ++n;
        return n - 1 - (csv.find("\r\n# ") != std::string::npos ? 1 : 0);  // less the header and the note
    };
    const size_t all = data_rows(http_get(served_archive().port, "/export/search.csv?q=council").body);
    REQUIRE(all > 6);

    const HttpReply csv = http_get(server->port(), "/export/search.csv?q=council");
    CHECK(csv.status == 200);
    const size_t note = csv.body.rfind("# stopped after ");
    REQUIRE(note != std::string::npos);
    const size_t rows = std::stoul(csv.body.substr(note + 16));
    CHECK_THAT(csv.body.substr(note), Catch::Contains("rows: the export reached the time limit of 10 s (during "));
    CHECK(rows >= 2);
    CHECK(rows < all);
    CHECK(data_rows(csv.body) == rows);

    const nlohmann::json json = nlohmann::json::parse(http_get(server->port(), "/export/search.json?q=council").body);
    CHECK(json["truncated"] == true);
    CHECK(json["exported"] == json["results"].size());
    CHECK(json["results"].size() == rows);
    CHECK_THAT(json["stopped"].get<std::string>(), Catch::StartsWith("stopped after " + std::to_string(rows) + " rows"));
}

TEST_CASE("serve: an Atom feed of a search, the newest documents of the index first", "[serve]") {
    const auto& a = served_archive();
    const HttpReply r = http_get(a.port, "/feed/search.atom?q=zanzibarite");
    REQUIRE(r.status == 200);
    CHECK(r.header("content-type") == "application/atom+xml; charset=utf-8");
    CHECK(r.body.rfind("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" "
                       "xmlns:quorum=\"urn:quorum:atom\">", 0) == 0);
    CHECK(r.body.find("quorum:partial") == std::string::npos);  // one index: never partial
    size_t entries = 0;
    for (size_t at = r.body.find("<entry>"); at != std::string::npos; at = r.body.find("<entry>", at + 1)) ++entries;
    CHECK(entries == 2);  // the two hostile minutes
    CHECK(r.body.find("<script") == std::string::npos);
    CHECK(r.body.find("&lt;script&gt;") != std::string::npos);  // the HTML file's title, escaped
    for (const std::string name : {"gloomfield-tc_2023-05-09_minutes.html", "gloomfield-tc_2024-02-13_minutes.txt"})
        CHECK(r.body.find("<id>urn:quorum:meeting:" + id_of(a.file(name)) + "</id>") != std::string::npos);
    CHECK(http_get(a.port, "/feed/search.atom?q=%22zanzibarite").status == 400);
    CHECK(http_get(a.port, "/feed/decisions.atom?q=zanzibarite").status == 200);
}

TEST_CASE("serve: the Atom feed lists by when the index received a document, not by meeting date", "[serve]") {
    // Run 1 indexes an old meeting, run 2 a newer meeting, run 3 a changed text of the old one
    // (same document id, new content), run 4 only touches the newer one. The feed must list the
    // changed old meeting first: by meeting date or by document id it would come last.
    TempDir dir;
    const auto write = [&](const std::string& name, const std::string& extra) {
        return dir.write("root/" + name, "Minutes of the Gloomfield Ferry Committee.\n\n1. Ferry timetable\n\n"
                                         "The committee discussed the quillet ferry. " + extra + "\n");
    };
    const auto run_index = [&] { index_folders(dir.str() + "/db", {dir.str() + "/root"}); };
    const auto next_second = [] { std::this_thread::sleep_for(std::chrono::milliseconds(1100)); };
    const std::string old_meeting = write("gloomfield-ferry_2019-03-04_minutes.txt", "");
    run_index();
    next_second();
    const std::string new_meeting = write("gloomfield-ferry_2025-06-02_minutes.txt", "");
    run_index();
    next_second();
    write("gloomfield-ferry_2019-03-04_minutes.txt", "A late correction was added.");
    run_index();
    next_second();
    fs::last_write_time(new_meeting, fs::file_time_type::clock::now());
    run_index();
    const auto server = start_server(dir.str() + "/db");
    const HttpReply r = http_get(server->port(), "/feed/search.atom?q=quillet");
    REQUIRE(r.status == 200);
    const size_t first = r.body.find("urn:quorum:meeting:" + id_of(old_meeting));
    const size_t second = r.body.find("urn:quorum:meeting:" + id_of(new_meeting));
    REQUIRE(first != std::string::npos);
    REQUIRE(second != std::string::npos);
    CHECK(first < second);
    // Each entry's <updated> is when the index received it: the changed meeting's is the later.
    const auto updated_after = [&](size_t at) {
        const size_t open = r.body.find("<updated>", at);
        return r.body.substr(open + 9, r.body.find("</updated>", open) - open - 9);
    };
    CHECK(updated_after(first) > updated_after(second));
}

TEST_CASE("serve: Atom feed entries the index received in the same second are in meeting-id order", "[serve]") {
    // Xapian breaks ties in a sort value by document id, which differs between one index and the
    // same files in shards (issue 20); the feed orders such ties by the meeting's own id instead.
    // Eight files indexed in one run: most share a second, and their document ids (the order the
    // run met them) are not their meeting ids' order.
    TempDir dir;
    for (int i = 1; i <= 8; ++i)
        dir.write("root/gloomfield-ferry_2020-0" + std::to_string(i) + "-04_minutes.txt",
                  "Minutes of the Gloomfield Ferry Committee (fictional).\n\n1. Ferry timetable\n\n"
                  "The committee discussed the quillet ferry, meeting " + std::to_string(i) + ".\n");
    index_folders(dir.str() + "/db", {dir.str() + "/root"});
    const auto server = start_server(dir.str() + "/db");
    const HttpReply r = http_get(server->port(), "/feed/search.atom?q=quillet");
    REQUIRE(r.status == 200);
    std::vector<std::pair<std::string, std::string>> entries;  // (updated, id) in feed order
    for (size_t at = r.body.find("<entry>"); at != std::string::npos; at = r.body.find("<entry>", at + 1)) {
        const size_t id = r.body.find("urn:quorum:meeting:", at) + 19;
        const size_t updated = r.body.find("<updated>", at) + 9;
        entries.emplace_back(r.body.substr(updated, r.body.find('<', updated) - updated),
                             r.body.substr(id, r.body.find('<', id) - id));
    }
    REQUIRE(entries.size() == 8);
    size_t ties = 0;
    for (size_t i = 1; i < entries.size(); ++i) {
        CAPTURE(i, entries[i - 1].first, entries[i - 1].second, entries[i].first, entries[i].second);
        CHECK(entries[i - 1].first >= entries[i].first);
        if (entries[i - 1].first == entries[i].first) {
            ++ties;
            CHECK(entries[i - 1].second < entries[i].second);
        }
    }
    CHECK(ties > 0);
}

TEST_CASE("serve: a Xapian stub file is served like the index it names", "[serve]") {
    // serve opens the index with index::open_for_reading, as every other command does, so a stub
    // file (one line per database: "glass PATH") works for pages, the API, exports and files.
    const auto& a = served_archive();
    TempDir dir;
    const std::string stub = dir.write("archive.stub", "glass " + a.db + "\n");
    const auto server = start_server(stub);
    const auto direct = nlohmann::json::parse(http_get(a.port, "/api/search?q=cctv").body);
    const auto via_stub = nlohmann::json::parse(http_get(server->port(), "/api/search?q=cctv").body);
    CHECK(via_stub["total"] == direct["total"]);
    CHECK(via_stub["results"] == direct["results"]);
    const std::string pdf = a.file("eastmere-dc_cabinet_2024-03-14_minutes.pdf");
    const HttpReply file = http_get(server->port(), "/files/" + id_of(pdf));
    CHECK(file.status == 200);
    CHECK(file.body.size() == fs::file_size(pdf));
    CHECK(http_get(server->port(), "/export/search.csv?q=cctv").status == 200);
    CHECK(http_get(server->port(), "/search?q=cctv").status == 200);
}

TEST_CASE("serve: the command's errors", "[serve]") {
    TempDir dir;
    const ProcessResult missing = run_process({QUORUM_BINARY, "serve", "--db", dir.str() + "/none", "--port", "0"});
    CHECK(missing.status == 2);
    CHECK(missing.err.find("no index at") != std::string::npos);
    const ProcessResult bad_bind = run_process({QUORUM_BINARY, "serve", "--db", served_archive().db, "--bind", "localhost:80"});
    CHECK(bad_bind.status == 2);
    CHECK(bad_bind.err.find("not an IPv4 or IPv6 address") != std::string::npos);
    const ProcessResult port_taken =
        run_process({QUORUM_BINARY, "serve", "--db", served_archive().db, "--port", std::to_string(served_archive().port)});
    CHECK(port_taken.status == 2);
    CHECK(port_taken.err.find("cannot listen on 127.0.0.1 port") != std::string::npos);
}
