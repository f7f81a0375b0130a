/** @file gazetteer_test.cpp @brief The gazetteer: name normalisation, the shipped table, lookups by alias and short form, and malformed tables. */
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>

#include "facets/gazetteer.h"
#include "tests/test_paths.h"

using quorum::facets::Gazetteer;
using quorum::facets::normalise_name;

namespace {

// The canonical name `name` resolves to, or "-" when it resolves to nothing.
std::string canonical(const Gazetteer& g, const std::string& name) {
    const auto* e = g.find(name);
    return e ? e->canonical : "-";
}

// The error text parse() gives for `tsv`, or "ok".
std::string parse_error(const std::string& tsv) {
    try {
        Gazetteer::parse(tsv);
        return "ok";
    } catch (const std::runtime_error& e) {
        return e.what();
    }
}

}  // namespace

TEST_CASE("normalise_name folds case, '&', punctuation and spacing", "[facets][gazetteer]") {
    struct Row {
        const char* name;
        const char* expected;
    };
    const Row rows[] = {
        {"Hinckley & Bosworth BC", "hinckley and bosworth bc"},
        {"  KENT   County\tCouncil ", "kent county council"},
        {"King's Lynn and West Norfolk", "kings lynn and west norfolk"},
        {"King\u2019s Lynn", "kings lynn"},
        {"Stoke-on-Trent City Council", "stoke on trent city council"},
        {"St. Helens", "st helens"},
        {"Bournemouth, Christchurch and Poole Council", "bournemouth christchurch and poole council"},
        {"Kent County Council \u2013 Cabinet", "kent county council cabinet"},
        {"Cyngor Sir Ynys M\u00f4n", "cyngor sir ynys m\u00f4n"},
        {"B&NES", "b and nes"},
        {"", ""},
        {"&", "and"},
        {"...", ""},
    };
    for (const auto& r : rows) {
        INFO(r.name);
        CHECK(normalise_name(r.name) == r.expected);
    }
}

TEST_CASE("the built-in gazetteer finds authorities by name, alias and short form", "[facets][gazetteer]") {
    const Gazetteer& g = Gazetteer::builtin();
    struct Row {
        const char* name;
        const char* expected;  // canonical name, or "-" for no match
    };
    const Row rows[] = {
        // listed names and aliases, any case, '&' == "and"
        {"London Borough of Merton", "London Borough of Merton"},
        {"Merton Council", "London Borough of Merton"},
        {"LBM", "London Borough of Merton"},
        {"KCC", "Kent County Council"},
        {"kent county council", "Kent County Council"},
        {"KENT CC", "Kent County Council"},
        {"HBBC", "Hinckley and Bosworth Borough Council"},
        {"Hinckley & Bosworth BC", "Hinckley and Bosworth Borough Council"},
        {"Hinckley and Bosworth Borough Council", "Hinckley and Bosworth Borough Council"},
        {"Blaby DC", "Blaby District Council"},
        {"Blaby District", "Blaby District Council"},
        {"Blaby", "Blaby District Council"},
        {"NWLDC", "North West Leicestershire District Council"},
        {"North West Leicestershire DC", "North West Leicestershire District Council"},
        {"Leicestershire Police", "Leicestershire Police"},
        {"Leicestershire Constabulary", "Leicestershire Police"},
        {"Leicestershire Police Authority", "Leicestershire Police Authority"},
        {"Office of the Police and Crime Commissioner for Leicestershire", "Leicestershire Police and Crime Commissioner"},
        {"Leicestershire PCC", "Leicestershire Police and Crime Commissioner"},
        {"Leicestershire Safer Communities Strategy Board", "Leicestershire Safer Communities Strategy Board"},
        {"Blaby and Hinckley & Bosworth Joint Community Safety Partnership",
         "Blaby and Hinckley & Bosworth Joint Community Safety Partnership"},
        // derived short forms
        {"Bolton MBC", "Bolton Metropolitan Borough Council"},
        {"Bolton Council", "Bolton Metropolitan Borough Council"},
        {"Merton LBC", "London Borough of Merton"},
        {"LB Merton", "London Borough of Merton"},
        {"Greenwich Council", "Royal Borough of Greenwich"},
        {"York Council", "City of York Council"},
        {"King's Lynn and West Norfolk BC", "Borough Council of King's Lynn and West Norfolk"},
        {"Kings Lynn & West Norfolk Borough Council", "Borough Council of King's Lynn and West Norfolk"},
        {"St Albans Council", "St Albans City and District Council"},
        {"Wrexham CBC", "Wrexham County Borough Council"},
        {"Cumbria Police", "Cumbria Constabulary"},
        // a current unitary keeps the bare name its abolished county council shared with it
        {"Cornwall", "Cornwall Council"},
        {"Durham", "Durham County Council"},
        // a short form two councils share names neither; bare counties are not their police
        {"Durham CC", "-"},
        {"Nowhere District Council", "-"},
        {"Council", "-"},
        {"", "-"},
        // the sample archive's fictional councils
        {"Eastmere District Council", "Eastmere District Council"},
        {"Office of the Northvale Police and Crime Commissioner", "Northvale Police and Crime Commissioner"},
    };
    for (const auto& r : rows) {
        INFO(r.name);
        CHECK(canonical(g, r.name) == r.expected);
    }
}

TEST_CASE("the built-in gazetteer covers the UK's principal councils", "[facets][gazetteer]") {
    std::map<std::string, int> kinds;
    for (const auto& e : Gazetteer::builtin().entries()) ++kinds[e.kind];
    const int england = kinds["county"] + kinds["district"] + kinds["unitary"] + kinds["metropolitan"] + kinds["london-borough"];
    INFO("england=" << england << " welsh=" << kinds["welsh"] << " scottish=" << kinds["scottish"]
                    << " ni=" << kinds["northern-ireland"] << " police=" << kinds["police"]);
    CHECK(england >= 317);  // 317 in 2024, plus councils abolished since 2009
    CHECK(kinds["london-borough"] == 32);
    CHECK(kinds["metropolitan"] == 36);
    CHECK(kinds["welsh"] == 22);
    CHECK(kinds["scottish"] == 32);
    CHECK(kinds["northern-ireland"] == 11);
    CHECK(kinds["police"] >= 43);
    CHECK(kinds["police-commissioner"] >= 40);
    CHECK(kinds["fire"] >= 40);
}

TEST_CASE("joint bodies list member councils that are themselves entries", "[facets][gazetteer]") {
    const Gazetteer& g = Gazetteer::builtin();
    const auto* csp = g.find("Blaby and Hinckley & Bosworth Joint Community Safety Partnership");
    REQUIRE(csp);
    CHECK(csp->members == std::vector<std::string>{"Blaby District Council", "Hinckley and Bosworth Borough Council"});
    for (const auto& e : g.entries())
        for (const auto& m : e.members) {
            INFO(e.canonical << " -> " << m);
            CHECK(canonical(g, m) == m);
        }
}

TEST_CASE("every council named in the sample archive's labels is in the gazetteer", "[facets][gazetteer]") {
    std::ifstream in(quorum::test::corpus_dir() + "/LABELS.tsv");
    if (!in) return;  // the sample archive is optional while it is being written
    std::string line;
    std::getline(in, line);  // header: path, council, ...
    while (std::getline(in, line)) {
        std::stringstream row(line);
        std::string path, councils, council;
        std::getline(row, path, '\t');
        std::getline(row, councils, '\t');
        std::stringstream list(councils);
        while (std::getline(list, council, ';')) {
            INFO(path << ": " << council);
            CHECK(canonical(Gazetteer::builtin(), council) != "-");
        }
    }
}

TEST_CASE("Gazetteer::parse reads comments, CRLF and derived forms, and rejects malformed tables", "[facets][gazetteer]") {
    struct Row {
        const char* tsv;
        const char* expected;  // "ok" or the start of the error message
    };
    const Row rows[] = {
        {"# comment\n\nBlaby District Council\tdistrict\n", "ok"},
        {"Blaby District Council\tdistrict\tBlaby DC\r\nCharnwood Borough Council\tdistrict\r\n", "ok"},
        {"", "ok"},
        {"Blaby District Council\n", "gazetteer line 1: expected 2 to 4 TAB-separated columns"},
        {"# header\nA Council\tunitary\t\t\textra\n", "gazetteer line 2: expected 2 to 4 TAB-separated columns"},
        {"\tdistrict\n", "gazetteer line 1: empty canonical name"},
        {"Blaby District Council\t\n", "gazetteer line 1: empty kind"},
        {"Blaby District Council\tdistrict\tBDC\nBasildon District Council\tdistrict\tBDC\n",
         "gazetteer line 2: \"BDC\" is already a name of another entry"},
        {"Joint Board\tpartnership\t\tNowhere Council\n",
         "gazetteer line 1: member \"Nowhere Council\" of \"Joint Board\" is not a canonical name"},
        {"Name\tdistrict\t!!!\n", "gazetteer line 1: name \"!!!\" has no letters or digits"},
    };
    for (const auto& r : rows) {
        INFO(r.tsv);
        CHECK(parse_error(r.tsv).rfind(r.expected, 0) == 0);
    }
}

TEST_CASE("a derived short form shared by two entries names neither", "[facets][gazetteer]") {
    const Gazetteer g = Gazetteer::parse(
        "Durham County Council\tcounty\n"
        "Durham City Council\tdistrict\n"
        "Kent County Council\tcounty\tKCC\n");
    struct Row {
        const char* name;
        const char* expected;
    };
    const Row rows[] = {
        {"Durham County Council", "Durham County Council"},
        {"Durham City Council", "Durham City Council"},
        {"Durham Council", "-"},  // both derive it
        {"Durham CC", "-"},
        {"Durham", "-"},
        {"Kent CC", "Kent County Council"},
        {"Kent", "Kent County Council"},
        {"KCC", "Kent County Council"},
    };
    for (const auto& r : rows) {
        INFO(r.name);
        CHECK(canonical(g, r.name) == r.expected);
    }
}
