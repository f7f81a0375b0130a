/** @file serve_html_test.cpp @brief The server's escaping, match marking and URL handling, row by row. */
#include <catch2/catch.hpp>

#include "query/snippet_text.h"
#include "server/html.h"
#include "server/pages.h"
#include "server/url.h"

using namespace quorum::server;
namespace query = quorum::query;

TEST_CASE("serve: escape_html escapes every character that can break out of text or an attribute", "[serve][html]") {
    struct Row {
        std::string in, out;
    };
    const std::vector<Row> rows = {
        {"plain", "plain"},
        {"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
        {"\"><img src=x onerror=alert(1)>", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"},
        {"it's & more", "it&#39;s &amp; more"},
        {"&amp;", "&amp;amp;"},
    };
    for (const auto& r : rows) CHECK(escape_html(r.in) == r.out);
}

TEST_CASE("serve: snippets become marked, escaped HTML", "[serve][html]") {
    struct Row {
        query::Snippet snippet;
        std::string html;
    };
    // Snippets arrive as plain text with their matches as byte ranges (query/snippet_text.h).
    const std::vector<Row> rows = {
        {{"the cctv cameras", {{4, 8}}}, "the <mark>cctv</mark> cameras"},
        {{"<script> x", {{9, 10}}}, "&lt;script&gt; <mark>x</mark>"},
        {{"a & b", {}}, "a &amp; b"},
        {{"open", {{0, 4}}}, "<mark>open</mark>"},
        {{"\"quoted\"", {}}, "&quot;quoted&quot;"},
    };
    for (const auto& r : rows) {
        Html h;
        h.marked(query::marked_snippet(r.snippet, kMatchStart, kMatchEnd));
        CHECK(h.str() == r.html);
    }
}

TEST_CASE("serve: request targets are split and decoded", "[serve][url]") {
    struct Row {
        std::string target;
        bool ok;
        std::string path;
        std::string params;  // name=value;...
    };
    const std::vector<Row> rows = {
        {"/search?q=county+lines&council=Eastmere%20DC", true, "/search", "q=county lines;council=Eastmere DC;"},
        {"/search?q=a%2Bb&q=c", true, "/search", "q=a+b;q=c;"},
        {"/files/%2e%2e%2fetc", true, "/files/../etc", ""},
        {"/search?q=%zz", false, "", ""},
        {"/search?q=%4", false, "", ""},
        {"/search?q=%00", false, "", ""},
        {"/a?&&x=&y", true, "/a", "x=;y=;"},
    };
    for (const auto& r : rows) {
        INFO(r.target);
        const auto t = split_target(r.target);
        REQUIRE(t.has_value() == r.ok);
        if (!t) continue;
        CHECK(t->path == r.path);
        std::string params;
        for (const auto& [n, v] : t->params) params += n + "=" + v + ";";
        CHECK(params == r.params);
    }
    CHECK(query_string({{"q", "\"county lines\" & more"}, {"empty", ""}, {"council", "Eastmere"}}) ==
          "q=%22county%20lines%22%20%26%20more&council=Eastmere");
}

TEST_CASE("serve: the timeline draws a linked bar per period and fills the gaps", "[serve][html]") {
    struct Row {
        std::vector<std::pair<std::string, unsigned long long>> counts;
        std::vector<std::string> linked, empty;
    };
    const std::vector<Row> rows = {
        {{{"2019", 1}, {"2021", 4}}, {"2019", "2021"}, {"2020"}},
        {{{"2023-11", 2}, {"2024-02", 1}}, {"2023-11", "2024-02"}, {"2023-12", "2024-01"}},
        {{{"2024", 3}}, {"2024"}, {}},
    };
    for (const auto& r : rows) {
        Html h;
        timeline_svg(h, r.counts, [](const std::string& p) { return "/search?from=" + p + "&to=" + p; }, false, "per period");
        INFO(h.str());
        for (const auto& p : r.linked)
            CHECK(h.str().find("<a class=\"bar\" href=\"/search?from=" + p + "&amp;to=" + p + "\" data-period=\"" + p + "\">") !=
                  std::string::npos);
        for (const auto& p : r.empty) CHECK(h.str().find("<g class=\"empty\"><title>" + p + ": 0</title>") != std::string::npos);
        CHECK(h.str().find("<script") == std::string::npos);
    }
    // Months are labelled by name, years in full.
    Html months;
    timeline_svg(months, {{"2023-11", 2}, {"2024-02", 1}}, [](const std::string& p) { return "/?from=" + p; }, false, "per month");
    for (const char* name : {">Nov</text>", ">Dec</text>", ">Jan</text>", ">Feb</text>"}) CHECK(months.str().find(name) != std::string::npos);
    Html years;
    timeline_svg(years, {{"2019", 1}, {"2020", 1}}, [](const std::string& p) { return "/?from=" + p; }, true, "per year");
    CHECK(years.str().find(">2019</text>") != std::string::npos);
    CHECK(years.str().find("2020: about 1") != std::string::npos);
    CHECK(years.str().find("per year (estimated)") != std::string::npos);
}
