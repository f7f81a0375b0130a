/** @file person_identities_test.cpp @brief One identity per person within a council across documents (facets/people/identities.cpp): forms merged, people kept apart, the fullest name shown, the user's names kept. Fictional councils and people. */
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "facets/people/identities.h"

using quorum::facets::DocumentNames;
using quorum::facets::person_identities;

namespace {

/// Each written name of the council with its identity, "written>identity; ..." in name order.
std::string rendered(const quorum::facets::IdentityMap& map) {
    std::string out;
    for (const auto& [written, identity] : map) out += (out.empty() ? "" : "; ") + written + ">" + identity;
    return out;
}

}  // namespace

TEST_CASE("person identities: forms of one name within a council become one person", "[people][identities]") {
    struct Row {
        std::vector<std::vector<std::string>> documents;  // the names of each document, one council
        std::string expected;
    };
    const std::vector<Row> rows = {
        // Initials, a full name and a bare surname in four documents: one person, the fullest name.
        {{{"R W Gough"}, {"Roger Gough"}, {"Gough"}, {"R Gough", "Ann Tilley"}},
         "Ann Tilley>Ann Tilley; Gough>Roger Gough; R Gough>Roger Gough; R W Gough>Roger Gough; Roger Gough>Roger Gough"},
        // Spelled-out names beat initials; more names beat fewer.
        {{{"R W Gough"}, {"Roger William Gough"}, {"Roger Gough"}},
         "R W Gough>Roger William Gough; Roger Gough>Roger William Gough; Roger William Gough>Roger William Gough"},
        // Different initials: two people.
        {{{"J Wright"}, {"L Wright"}, {"Jane Wright"}},
         "J Wright>Jane Wright; Jane Wright>Jane Wright; L Wright>L Wright"},
        // Both at one meeting: two people, although the initials fit.
        {{{"P Cole", "P T Cole"}, {"Peter Cole"}},
         "P Cole>P Cole; P T Cole>Peter Cole; Peter Cole>Peter Cole"},
        // A bare surname or an initial that fits two people is left alone.
        {{{"Roger Gough"}, {"Richard Gough"}, {"R Gough"}, {"Gough"}},
         "Gough>Gough; R Gough>R Gough; Richard Gough>Richard Gough; Roger Gough>Roger Gough"},
        // Short forms and case: "Sue" is "Susan", "MEADE" is "Meade".
        {{{"Sue Meade"}, {"Susan Meade"}, {"S MEADE"}},
         "S MEADE>Susan Meade; Sue Meade>Susan Meade; Susan Meade>Susan Meade"},
        // Surnames compared without hyphens, apostrophes or case.
        {{{"Tom O'Neill"}, {"T ONeill"}}, "T ONeill>Tom O'Neill; Tom O'Neill>Tom O'Neill"},
    };
    for (const auto& row : rows) {
        std::vector<DocumentNames> docs;
        for (const auto& names : row.documents) docs.push_back({"Fictional Borough Council", names});
        const auto identities = person_identities(docs);
        INFO("first document: " << row.documents.front().front());
        REQUIRE(identities.size() == 1);
        CHECK(rendered(identities.at("Fictional Borough Council")) == row.expected);
    }
}

TEST_CASE("person identities: councils and documents without one stay apart", "[people][identities]") {
    const std::vector<DocumentNames> docs = {{"Northmere Council", {"R Gough"}},
                                             {"Southmere Council", {"Roger Gough"}},
                                             {"", {"Gough"}},
                                             {"Northmere Council", {"Gough"}}};
    const auto identities = person_identities(docs);
    CHECK(rendered(identities.at("Northmere Council")) == "Gough>R Gough; R Gough>R Gough");
    CHECK(rendered(identities.at("Southmere Council")) == "Roger Gough>Roger Gough");
    CHECK(rendered(identities.at("")) == "Gough>Gough");
}

TEST_CASE("person identities: the people file's names are kept and never joined to each other", "[people][identities]") {
    const std::vector<DocumentNames> docs = {
        {"Fictional Borough Council", {"Bob Gough"}},  // the user's name for one person
        {"Fictional Borough Council", {"R Gough"}},    // another the user keeps apart
        {"Fictional Borough Council", {"Robert Gough"}}};
    const auto given = [](const std::string& n) { return n == "Bob Gough" || n == "R Gough"; };
    const auto identities = person_identities(docs, given);
    // "Robert Gough" fits both of the user's names: ambiguous, so its own identity.
    CHECK(identities.at("Fictional Borough Council").at("Bob Gough") == "Bob Gough");
    CHECK(identities.at("Fictional Borough Council").at("R Gough") == "R Gough");
    CHECK(identities.at("Fictional Borough Council").at("Robert Gough") == "Robert Gough");

    const auto one = person_identities({{"Fictional Borough Council", {"Bob Gough"}},
                                        {"Fictional Borough Council", {"Robert Gough"}},
                                        {"Fictional Borough Council", {"Gough"}}},
                                       [](const std::string& n) { return n == "Bob Gough"; });
    CHECK(rendered(one.at("Fictional Borough Council")) == "Bob Gough>Bob Gough; Gough>Bob Gough; Robert Gough>Bob Gough");
}
