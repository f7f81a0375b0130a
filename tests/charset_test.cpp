/** @file charset_test.cpp @brief Tables for UTF-8 validation, charset detection, conversion and decode_to_utf8's choices and warnings. */
#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>
#include <vector>

#include "extractors/charset.h"

using namespace quorum::extract;

namespace {

/// Test bytes written readably: "<A3>250" is the byte 0xA3 then "250".
std::string bytes(std::string_view spec) {
    std::string out;
    for (size_t i = 0; i < spec.size(); ++i) {
        if (spec[i] == '<' && i + 3 < spec.size() && spec[i + 3] == '>') {
            out += static_cast<char>(std::stoi(std::string(spec.substr(i + 1, 2)), nullptr, 16));
            i += 3;
        } else {
            out += spec[i];
        }
    }
    return out;
}

std::string first_warning_kind(const std::vector<std::string>& warnings) {
    if (warnings.empty()) return "";
    return warnings.front().substr(0, warnings.front().find(':'));
}

}  // namespace

TEST_CASE("is_valid_utf8 rejects truncated, overlong, surrogate and out-of-range sequences", "[charset]") {
    struct Row {
        std::string spec;
        bool valid;
    };
    const std::vector<Row> rows = {
        {"", true},
        {"plain ASCII minutes", true},
        {"caf<C3><A9>", true},                       // é
        {"<E2><80><99>", true},                       // ’
        {"<F0><9F><98><80>", true},                   // 4-byte character
        {"<EF><BB><BF>BOM", true},
        {"<F4><8F><BF><BF>", true},                   // U+10FFFF, the last code point
        {"<C3>", false},                              // truncated
        {"<E2><80>", false},                          // truncated
        {"<80>", false},                              // continuation byte without a lead
        {"<FF>", false},
        {"<F8><88><80><80><80>", false},              // 5-byte form
        {"<C0><AF>", false},                          // overlong '/'
        {"<C1><BF>", false},                          // overlong
        {"<E0><80><AF>", false},                      // overlong 3-byte '/'
        {"<F0><80><80><AF>", false},                  // overlong 4-byte '/'
        {"<ED><A0><80>", false},                      // surrogate U+D800
        {"<ED><BF><BF>", false},                      // surrogate U+DFFF
        {"<F4><90><80><80>", false},                  // above U+10FFFF
        {"<E2>(<A1>", false},                         // lead byte followed by ASCII
        {"<A3>250", false},                           // windows-1252 pound sign
    };
    for (const auto& row : rows) {
        CAPTURE(row.spec);
        CHECK(is_valid_utf8(bytes(row.spec)) == row.valid);
    }
}

TEST_CASE("detect_charset: UTF-8, western windows-1252, and other scripts left to uchardet", "[charset]") {
    struct Row {
        std::string spec, expected;
    };
    const std::vector<Row> rows = {
        {"plain ASCII", "UTF-8"},
        {"caf<C3><A9> <E2><80><93> <C2><A3>5", "UTF-8"},
        {"The cost was <A3>250 and the chairman said <93>yes<94> <96> agreed.", "WINDOWS-1252"},
        {"The council<92>s budget of <A3>1,200 was approved.", "WINDOWS-1252"},  // uchardet alone says MAC-CENTRALEUROPE
        {"<E9>t<E9>", "WINDOWS-1252"},                                          // uchardet alone says WINDOWS-1250
        {"Gemeinderat: Die Sitzung <FC>ber den Haushalt wurde er<F6>ffnet. Der B<FC>rgermeister begr<FC><DF>te alle.",
         "WINDOWS-1252"},
        // Russian in windows-1251 and Polish in windows-1250 are not forced into windows-1252.
        {"<C7><E0><F1><E5><E4><E0><ED><E8><E5> <E3><EE><F0><EE><E4><F1><EA><EE><E3><EE> <F1><EE><E2><E5><F2><E0> "
         "<F1><EE><F1><F2><EE><FF><EB><EE><F1><FC> <E2> <EF><EE><ED><E5><E4><E5><EB><FC><ED><E8><EA>. "
         "<CF><F0><E8><F1><F3><F2><F1><F2><E2><EE><E2><E0><EB><E8> <E2><F1><E5> <E4><E5><EF><F3><F2><E0><F2><FB>, "
         "<EA><F0><EE><EC><E5> <E4><E2><F3><F5>.",
         "WINDOWS-1251"},
        {"Rada gminy zatwierdzi<B3>a bud<BF>et. Przewodnicz<B9>cy podzi<EA>kowa<B3> wszystkim cz<B3>onkom za "
         "udzia<B3> w posiedzeniu.",
         "WINDOWS-1250"},
    };
    for (const auto& row : rows) {
        CAPTURE(row.spec);
        CHECK(detect_charset(bytes(row.spec)) == row.expected);
    }
}

TEST_CASE("convert_to_utf8 decodes with iconv, widening Latin-1 to windows-1252", "[charset]") {
    struct Row {
        std::string spec, charset, expected;
    };
    const std::vector<Row> rows = {
        {"<A3>250", "WINDOWS-1252", "\xC2\xA3" "250"},
        {"<93>quoted<94> <96> <97>", "windows-1252", "\xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x80\x93 \xE2\x80\x94"},
        {"caf<E9>", "ISO-8859-1", "caf\xC3\xA9"},
        {"<80>", "ISO-8859-1", "\xE2\x82\xAC"},              // widened: 0x80 is the euro sign
        {"<80>", "latin1", "\xE2\x82\xAC"},
        {"a<81>b", "WINDOWS-1252", "a\xEF\xBF\xBD" "b"},     // undefined in windows-1252
        {"<A4>", "ISO-8859-15", "\xC2\xA4"},                  // treated as windows-1252, as browsers do
        {"abc<C3>", "UTF-8", "abc\xEF\xBF\xBD"},              // truncated sequence replaced
        {"", "WINDOWS-1252", ""},
    };
    for (const auto& row : rows) {
        CAPTURE(row.spec, row.charset);
        CHECK(convert_to_utf8(bytes(row.spec), row.charset) == row.expected);
    }
    CHECK_THROWS_AS(convert_to_utf8("abc", "no-such-charset"), std::invalid_argument);
}

TEST_CASE("append_windows1252 maps single bytes", "[charset]") {
    struct Row {
        unsigned char byte;
        std::string expected;
    };
    const std::vector<Row> rows = {
        {'A', "A"},
        {0x80, "\xE2\x82\xAC"},
        {0x92, "\xE2\x80\x99"},
        {0x96, "\xE2\x80\x93"},
        {0xA3, "\xC2\xA3"},
        {0xE9, "\xC3\xA9"},
        {0x81, "\xEF\xBF\xBD"},
        {0x9D, "\xEF\xBF\xBD"},
    };
    for (const auto& row : rows) {
        CAPTURE(static_cast<int>(row.byte));
        std::string out;
        append_windows1252(out, row.byte);
        CHECK(out == row.expected);
    }
}

TEST_CASE("decode_to_utf8 honours BOMs and fitting declarations, detects the rest and says why", "[charset]") {
    struct Row {
        std::string name, spec, declared;
        std::string expected, used, warning;  // warning: the first warning's kind, "" for none
    };
    const std::vector<Row> rows = {
        {"utf-8 BOM", "<EF><BB><BF>caf<C3><A9>", "", "caf\xC3\xA9", "UTF-8", ""},
        {"utf-16le BOM", "<FF><FE>h<00>i<00>", "", "hi", "UTF-16LE", ""},
        {"utf-16be BOM", "<FE><FF><00>h<00>i", "", "hi", "UTF-16BE", ""},
        {"BOM beats a wrong declaration", "<EF><BB><BF><C2><A3>5", "windows-1252", "\xC2\xA3" "5", "UTF-8", ""},
        {"plain ASCII", "Apologies", "", "Apologies", "UTF-8", ""},
        {"declared windows-1252", "<A3>250 <93>ok<94>", "windows-1252", "\xC2\xA3" "250 \xE2\x80\x9Cok\xE2\x80\x9D",
         "windows-1252", ""},
        {"declared ISO-8859-1 is windows-1252", "<A3>250 <96> 2013", "ISO-8859-1", "\xC2\xA3" "250 \xE2\x80\x93 2013",
         "ISO-8859-1", ""},
        {"ASCII under a Latin-1 declaration", "Minutes", "ISO-8859-1", "Minutes", "ISO-8859-1", ""},
        {"declared Latin-1 but UTF-8", "caf<C3><A9> <E2><80><93> x", "ISO-8859-1", "caf\xC3\xA9 \xE2\x80\x93 x", "UTF-8",
         "charset-mismatch"},
        {"declared UTF-8 but windows-1252", "<93>Hello<94> <A3>5", "UTF-8", "\xE2\x80\x9CHello\xE2\x80\x9D \xC2\xA3" "5",
         "WINDOWS-1252", "charset-mismatch"},
        {"declared UTF-8 with a stray byte", "Caf<C3><A9> <E2><80><99> and a stray <A3>5", "UTF-8",
         "Caf\xC3\xA9 \xE2\x80\x99 and a stray \xC2\xA3" "5", "UTF-8", "charset-mismatch"},
        {"undeclared UTF-8 with a stray byte", "Caf<C3><A9> <E2><80><99> and a stray <A3>5", "",
         "Caf\xC3\xA9 \xE2\x80\x99 and a stray \xC2\xA3" "5", "UTF-8", "charset-mixed"},
        {"surrogate inside UTF-8", "caf<C3><A9> <ED><A0><80> na<C3><AF>ve", "UTF-8",
         "caf\xC3\xA9 \xEF\xBF\xBD na\xC3\xAFve", "UTF-8", "charset-mismatch"},
        {"overlong inside UTF-8", "caf<C3><A9> <C0><AF> na<C3><AF>ve", "",
         "caf\xC3\xA9 \xEF\xBF\xBD na\xC3\xAFve", "UTF-8", "charset-mixed"},
        {"undeclared windows-1252", "The council<92>s budget of <A3>1,200", "",
         "The council\xE2\x80\x99s budget of \xC2\xA3" "1,200", "WINDOWS-1252", "charset-undeclared"},
        {"unknown declaration", "Minutes", "no-such-charset", "Minutes", "UTF-8", "charset-unknown"},
    };
    for (const auto& row : rows) {
        CAPTURE(row.name);
        std::vector<std::string> warnings;
        std::string used;
        CHECK(decode_to_utf8(bytes(row.spec), row.declared, warnings, &used) == row.expected);
        CHECK(used == row.used);
        CHECK(first_warning_kind(warnings) == row.warning);
    }
}

TEST_CASE("a declared charset name that is not ASCII appears in warnings as '?' (warnings stay UTF-8)", "[charset]") {
    // Regression: found by fuzz_html (tests/fuzz-regressions/html/charset-name-not-utf8.html); the raw
    // bytes in the warning made `quorum extract --format json` abort and the file fail to index.
    struct Row {
        std::string name, spec, declared, warning;
    };
    const std::vector<Row> rows = {
        {"unknown name with high bytes", "Minutes", "\x92\x96\x91" "1251", "charset-unknown: declared '???1251' is not a "
                                                                       "known charset; decoded as UTF-8"},
        {"long name", "Minutes", std::string(60, 'x'), "charset-unknown: declared '" + std::string(40, 'x') +
                                                         "...' is not a known charset; decoded as UTF-8"},
        {"a UTF-8 page under a garbled Latin name", "caf<C3><A9>", "latin\xff", "charset-mismatch: declared latin? but "
                                                                               "the bytes are UTF-8; decoded as UTF-8"},
    };
    for (const auto& row : rows) {
        CAPTURE(row.name);
        std::vector<std::string> warnings;
        decode_to_utf8(bytes(row.spec), row.declared, warnings);
        REQUIRE(warnings.size() == 1);
        CHECK(warnings[0] == row.warning);
    }
}
