/** @file fast_json_test.cpp @brief parse_json_fast gives what nlohmann::json::parse gives, and nothing for what is not JSON. */
#include <catch2/catch.hpp>

#include <string>

#include "schema/fast_json.h"
#include "schema/stored_record.h"

using quorum::schema::parse_json_fast;

TEST_CASE("the fast JSON parser gives the values nlohmann's parser gives", "[schema][json]") {
    const std::string documents[] = {
        R"({"id":"d1","n":0,"neg":-5,"big":18446744073709551615,"f":1.5e3,"t":true,"fa":false,"z":null})",
        R"({"text":"caf\u00e9 \ud83d\ude00 \"quoted\" back\\slash\nnew line\ttab","items":[{"text":[0,4],"position":12}]})",
        R"([1,[2,[3,{"a":[]}]],{},""])",
        R"({"b":1,"a":2,"a":3})",  // a repeated key: the last one wins in both
        R"(  {"spaces" : [ 1 , 2 ] }  )",
        R"("just a string")",
        R"(42)",
    };
    for (const auto& text : documents) {
        CAPTURE(text);
        const auto fast = parse_json_fast(text);
        REQUIRE(fast.has_value());
        const auto slow = nlohmann::json::parse(text);
        CHECK(*fast == slow);
        CHECK(fast->dump() == slow.dump());  // same types too: 0 is unsigned in both
    }
    // A long text with escapes all the way through, as a stored record's "text" is.
    std::string long_text;
    for (int i = 0; i < 20000; ++i) long_text += "Item " + std::to_string(i) + ": \"RESOLVED\" \u00a3" + std::to_string(i) + "\n";
    const nlohmann::json record = {{"text", long_text}, {"items", {{{"text", {0, 10}}}}}};
    const auto fast = parse_json_fast(record.dump());
    REQUIRE(fast.has_value());
    CHECK(*fast == record);
}

TEST_CASE("the fast JSON parser rejects what is not JSON and parse_stored gives an empty object for it", "[schema][json]") {
    const std::string bad[] = {"", "{", R"({"a":1} trailing)", R"({"a":01})", "{\"a\":\"\xff\xfe\"}", R"({'a':1})",
                               R"({"a":[1,2,]})", "nul", R"({"a":"unterminated)"};
    for (const auto& text : bad) {
        CAPTURE(text);
        CHECK_FALSE(parse_json_fast(text).has_value());
        CHECK_FALSE(nlohmann::json::accept(text));  // nlohmann agrees it is not JSON
        CHECK(quorum::schema::parse_stored(text) == nlohmann::json::object());
    }
    CHECK(quorum::schema::parse_stored("[1,2]") == nlohmann::json::object());  // JSON, but not a record
}

TEST_CASE("the fast JSON parser builds only the members a selection names", "[schema][json]") {
    const quorum::schema::JsonSelection selection{"id", "items.title", "items.pages", "facets.council.value", "facets.body"};
    const std::string text =
        R"({"id":"d1","hash":"ff","items":[{"title":"A","pages":[1,2],"text":[0,4]},{"text":[4,9]},7],)"
        R"("facets":{"council":[{"value":"X","source":"text"},{"source":"folder"}],"body":[{"value":"Cabinet","source":"text"}],"people":[]}})";
    const auto selected = parse_json_fast(text, selection);
    REQUIRE(selected.has_value());
    CHECK(selected->dump() ==
          R"({"facets":{"body":[{"source":"text","value":"Cabinet"}],"council":[{"value":"X"},{}]},"id":"d1","items":[{"pages":[1,2],"title":"A"},{},7]})");
    // Not JSON is not JSON, whatever is selected; a value that is not an object is kept as it is.
    CHECK_FALSE(parse_json_fast(R"({"id":"d1","hash":)", selection).has_value());
    CHECK(parse_json_fast("[1,{\"id\":2,\"x\":3}]", selection)->dump() == R"([1,{"id":2}])");
    // A path and a longer one under it: the whole member is kept.
    const quorum::schema::JsonSelection whole_items{"items.title", "items"};
    CHECK(*parse_json_fast(text, whole_items) == nlohmann::json{{"items", nlohmann::json::parse(text)["items"]}});
}
