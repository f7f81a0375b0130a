/** @file text_cleanup_test.cpp @brief Tables for each text clean-up step: whitespace, de-hyphenation, headings, list items, bullets, pipe cells. */
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extractors/text_cleanup.h"

using namespace quorum::extract;

namespace {

std::string render(const std::vector<std::string>& parts) {
    std::string out;
    for (const auto& p : parts) out += "[" + p + "]";
    return out;
}

}  // namespace

TEST_CASE("collapse_whitespace turns every run of whitespace into one space", "[text]") {
    struct Row {
        std::string input, expected;
    };
    const std::vector<Row> rows = {
        {"", ""},
        {"   \t\n ", ""},
        {"  Apologies  for\tabsence \n", "Apologies for absence"},
        {"a\r\nb\fc\vd", "a b c d"},
        {"\xC2\xA0\xC2\xA0Item\xC2\xA0" "4", "Item 4"},                     // NBSP
        {"x\xE2\x80\x83y\xE2\x80\xAFz\xE3\x80\x80w", "x y z w"},          // em space, narrow NBSP, ideographic
        {"line\xE2\x80\xA8next", "line next"},                            // line separator
        {"caf\xC3\xA9  \xC2\xA3" "250", "caf\xC3\xA9 \xC2\xA3" "250"},      // other UTF-8 untouched
        {"\xC2\xA9 2013", "\xC2\xA9 2013"},                                // C2 but not NBSP
    };
    for (const auto& row : rows) {
        CAPTURE(row.input);
        CHECK(collapse_whitespace(row.input) == row.expected);
    }
}

TEST_CASE("join_wrapped_lines rejoins hard-wrapped lines and undoes hyphenation", "[text]") {
    struct Row {
        std::vector<std::string> lines;
        std::string expected;
    };
    const std::vector<Row> rows = {
        {{}, ""},
        {{"The Council agreed", "to proceed."}, "The Council agreed to proceed."},
        {{"the recom-", "mendation was approved"}, "the recommendation was approved"},
        {{"a well-known", "fact"}, "a well-known fact"},                        // mid-line hyphen kept
        {{"Stoke-", "Ferry"}, "Stoke- Ferry"},                                  // capital after: a real hyphen
        {{"budget 2011-", "12 agreed"}, "budget 2011- 12 agreed"},              // digit before: not a word break
        {{"Smith -", "Jones"}, "Smith - Jones"},                                // spaced dash
        {{"  indented  ", "", "   ", "text  "}, "indented text"},               // blank lines skipped
        {{"caf\xC3\xA9-", "\xC3\xA9tude"}, "caf\xC3\xA9- \xC3\xA9tude"},        // only after an ASCII letter
        {{"mod-", "\xC3\xA9le"}, "mod\xC3\xA9le"},                              // lower-case accented start
    };
    for (const auto& row : rows) {
        CAPTURE(render(row.lines));
        CHECK(join_wrapped_lines(row.lines) == row.expected);
    }
}

TEST_CASE("looks_like_heading accepts capitals and short numbered titles only", "[text]") {
    struct Row {
        std::string line;
        bool heading;
    };
    const std::vector<Row> rows = {
        {"APOLOGIES FOR ABSENCE", true},
        {"  MINUTES  ", true},
        {"84. Apologies", true},
        {"3. Minutes of the previous meeting", true},
        {"09.17.01 Planning", true},
        {"4) Finance", true},
        {"10.3 Planning Application - 18/02125/LDE", true},
        {"8. The Authority is recommended to:", true},
        {"The Council agreed.", false},                // ends with a full stop
        {"APOLOGIES,", false},
        {"ab", false},                                 // too short
        {"Minutes of the meeting held on 5 May", false},  // neither capitals nor numbered
        {"3. the minutes were read", false},           // title must start with a capital
        {"2028. On the proposal of Councillor Galvin it was agreed to", false},  // a year, not an item
        {"4. Members feedback from the following meetings can be found at", false},  // stops on a connector
        {"1. Please note that due to changes in membership at the time of the meeting there was no", false},
        {"1 of 18", false},
        {std::string(130, 'A'), false},                // too long
    };
    for (const auto& row : rows) {
        CAPTURE(row.line);
        CHECK(looks_like_heading(row.line) == row.heading);
    }
}

TEST_CASE("looks_like_list_item recognises bullets and (a)-style markers", "[text]") {
    struct Row {
        std::string line;
        bool item;
    };
    const std::vector<Row> rows = {
        {"\xE2\x80\xA2 Successes of work", true},       // •
        {"  \xE2\x80\xA2 indented bullet", true},
        {"\xC2\xB7 middle dot", true},
        {"\xEF\x82\xB7 Symbol-font bullet", true},
        {"\xE2\x97\x8F black circle", true},
        {"\xE2\x80\x93 en dash item", true},
        {"- dash item", true},
        {"* star item", true},
        {"o Word's o bullet", true},
        {"(a) That the contents be noted", true},
        {"(iv) fourth", true},
        {"(12) twelfth", true},
        {"-dash without space", false},
        {"Ordinary sentence", false},
        {"(a b) not a marker", false},
        {"(abcdefg) too long", false},
        {"", false},
    };
    for (const auto& row : rows) {
        CAPTURE(row.line);
        CHECK(looks_like_list_item(row.line) == row.item);
    }
}

TEST_CASE("strip_bullet removes the bullet glyph and keeps lettered markers", "[text]") {
    struct Row {
        std::string line, expected;
    };
    const std::vector<Row> rows = {
        {"\xE2\x80\xA2   Successes of work", "Successes of work"},
        {"\xC2\xB7       Listen to and action", "Listen to and action"},
        {"\xEF\x82\xB7 Symbol bullet", "Symbol bullet"},
        {"- dash item", "dash item"},
        {"* star item", "star item"},
        {"(a) lettered", "(a) lettered"},
        {"  plain text  ", "plain text"},
        {"\xE2\x80\xA2", ""},
    };
    for (const auto& row : rows) {
        CAPTURE(row.line);
        CHECK(strip_bullet(row.line) == row.expected);
    }
}

TEST_CASE("split_pipe_cells splits markdown table fragments into non-empty cells", "[text]") {
    struct Row {
        std::string text, expected;
    };
    const std::vector<Row> rows = {
        {"| No | Item | Action by |", "[No][Item][Action by]"},
        {"| --- | :---: | --- |", ""},
        {"|   |   |   |   |", ""},
        {"PAG |", "[PAG]"},
        {"| 2. | Minutes of the Meeting  \n | DHO | 2/8/13 |", "[2.][Minutes of the Meeting][DHO][2/8/13]"},
        {"no bars at all", "[no bars at all]"},
        {"", ""},
    };
    for (const auto& row : rows) {
        CAPTURE(row.text);
        CHECK(render(split_pipe_cells(row.text)) == row.expected);
    }
}

TEST_CASE("split_at_spaces cuts long text at spaces, never inside a character", "[text]") {
    struct Row {
        std::string text;
        size_t max;
        std::string expected;
    };
    const std::vector<Row> rows = {
        {"aaa bbb ccc", 7, "[aaa bbb][ccc]"},
        {"short", 64, "[short]"},
        {"abcdefghij", 4, "[abcd][efgh][ij]"},                                        // no space: hard cut
        {"\xC3\xA9\xC3\xA9\xC3\xA9", 5, "[\xC3\xA9\xC3\xA9][\xC3\xA9]"},  // not inside "é"
        {"   ", 4, ""},
        {"", 4, ""},
    };
    for (const auto& row : rows) {
        CAPTURE(row.text, row.max);
        CHECK(render(split_at_spaces(row.text, row.max)) == row.expected);
    }
}
