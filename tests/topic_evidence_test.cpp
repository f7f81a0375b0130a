/** @file topic_evidence_test.cpp @brief Each topic's evidence (the phrases that triggered it, their mentions and the weight): per item, summed for the document, stored, and shown by `quorum show` in text and JSON, also for a user's --taxonomy topics. */
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "facets/taxonomy.h"
#include "schema/records.h"
#include "schema/stored_record.h"
#include "tests/process_util.h"
#include "tests/temp_dir.h"
#include "tests/test_paths.h"

using quorum::EvidenceWord;
using quorum::Item;
using quorum::TopicEvidenceSummary;
using quorum::facets::Taxonomy;
using quorum::facets::TopicEvidence;

namespace {

// A small taxonomy written for these tests (fictional phrases work as well as real ones).
const char* kTaxonomy =
    "# slug\tlabel\tphrases\tabbreviations\n"
    "highways\tHighways\tpothole|resurfacing|street lighting|~road\t\n"
    "anti-social-behaviour\tAnti-social behaviour\tanti-social behaviour\tASB\n";

// "pothole x3 title, resurfacing x1"
std::string render_words(const std::vector<EvidenceWord>& words) {
    std::string out;
    for (const auto& w : words)
        out += (out.empty() ? "" : ", ") + w.phrase + " x" + std::to_string(w.mentions) + (w.in_title ? " title" : "");
    return out;
}

// "highways 5: pothole x2, resurfacing x1; ..." for every topic the item has evidence for.
std::string render(const std::vector<TopicEvidence>& evidence) {
    std::string out;
    for (const auto& e : evidence)
        out += (out.empty() ? "" : "; ") + e.slug + " " + std::to_string(e.weight) + ": " + render_words(e.words);
    return out;
}

}  // namespace

TEST_CASE("an item's topic evidence names the phrases as the taxonomy writes them, with their mentions",
          "[facets][topics][evidence]") {
    const Taxonomy taxonomy = Taxonomy::parse(kTaxonomy);
    struct Row {
        const char* title;
        const char* text;
        const char* expected;
    };
    const Row rows[] = {
        // Text only: mentions 3 + one more distinct phrase = weight 4; plural "potholes" is "pothole".
        {"Village matters", "The clerk reported potholes on Mill Lane. A pothole by the green and the resurfacing of Church Street were noted.",
         "highways 4: pothole x2, resurfacing x1"},
        // A title mention weighs three and is marked; a broad word counts beside a specific phrase.
        {"Potholes", "The road by the school has a pothole again.", "highways 6: pothole x2 title, road x1"},
        // An abbreviation is written as the taxonomy writes it; beside its spelled-out phrase it is one mention.
        {"Anti-social behaviour", "Reports of ASB rose. Anti-social behaviour (ASB) in the park was discussed.",
         "anti-social-behaviour 6: anti-social behaviour x2 title, ASB x1"},
        // A single passing word: no topic, so no evidence.
        {"Allotments", "The allotment rents were agreed; a pothole was mentioned in passing.", ""},
        // Broad words alone never give the topic.
        {"Allotments", "The road and the road again.", ""},
    };
    for (const auto& row : rows) {
        CAPTURE(row.title, row.text);
        Item item;
        item.title = row.title;
        item.text = row.text;
        CHECK(render(quorum::facets::item_topic_evidence(item, taxonomy)) == row.expected);
    }
}

TEST_CASE("a document's topic evidence sums its items' weights and merges their phrases, most mentioned first",
          "[facets][topics][evidence]") {
    const std::vector<std::vector<TopicEvidence>> items = {
        {TopicEvidence{"highways", 4, {{"pothole", 2, false}, {"resurfacing", 1, false}}}},
        {TopicEvidence{"highways", 5, {{"pothole", 1, true}, {"street lighting", 1, false}}},
         TopicEvidence{"budget", 5, {{"precept", 3, true}}}},
        {},
    };
    const TopicEvidenceSummary highways = quorum::facets::document_topic_evidence(items, "highways");
    CHECK(highways.weight == 9);
    CHECK(highways.items == 2);
    CHECK(render_words(highways.words) == "pothole x3 title, resurfacing x1, street lighting x1");

    const TopicEvidenceSummary budget = quorum::facets::document_topic_evidence(items, "budget");
    CHECK(budget.weight == 5);
    CHECK(budget.items == 1);
    CHECK(render_words(budget.words) == "precept x3 title");

    CHECK(quorum::facets::document_topic_evidence(items, "licensing").empty());
}

TEST_CASE("a topic's evidence is stored with the record and read back, and other facets store none",
          "[schema][topics][evidence]") {
    quorum::DocumentRecord r;
    r.path = "/archive/minutes.txt";
    r.facets.topics.push_back({"highways", "text", 0.5, "", {9, 2, {{"pothole", 3, true}, {"resurfacing", 1, false}}}});
    r.facets.bodies.push_back({"Cabinet", "structure", 0.9, ""});
    const nlohmann::json stored = quorum::schema::record_to_json(r, "d1", {});
    CHECK(stored["facets"]["topics"][0]["evidence"].dump() ==
          R"({"items":2,"weight":9,"words":[{"in_title":true,"mentions":3,"phrase":"pothole"},{"mentions":1,"phrase":"resurfacing"}]})");
    CHECK_FALSE(stored["facets"]["body"][0].contains("evidence"));

    const quorum::DocumentRecord back = quorum::schema::record_from_json(stored);
    REQUIRE(back.facets.topics.size() == 1);
    const auto& e = back.facets.topics[0].evidence;
    CHECK(e.weight == 9);
    CHECK(e.items == 2);
    CHECK(render_words(e.words) == "pothole x3 title, resurfacing x1");
    CHECK(back.facets.bodies[0].evidence.empty());
}

namespace {

// Fictional minutes of a fictional council, written for these tests.
const char* kMinutes =
    "BRACKENFOLD PARISH COUNCIL\n\nMinutes of the Parish Council meeting held on 3 September 2019\n\n"
    "1. Potholes\n\nThe clerk reported potholes on Mill Lane and a pothole outside the village hall. "
    "Resurfacing of Church Street is planned by the county council.\n\n"
    "2. Bus shelter\n\nThe bus shelter on the green was damaged again; a new bus shelter will be priced "
    "and the bus shelter grant applied for.\n\n"
    "3. Allotments\n\nThe allotment waiting list was noted.\n";

struct ShownDocument {
    quorum::test::ProcessResult text, json;
};

ShownDocument show(const std::string& db, const std::string& path) {
    const std::string bin = quorum::test::quorum_binary();
    return {quorum::test::run_process({bin, "show", "--db", db, path}),
            quorum::test::run_process({bin, "show", "--db", db, "--format", "json", path})};
}

const nlohmann::json* topic(const nlohmann::json& shown, const std::string& slug) {
    for (const auto& t : shown["facets"]["topics"])
        if (t["value"] == slug) return &t;
    return nullptr;
}

}  // namespace

TEST_CASE("quorum show prints each topic's evidence, in text and JSON, and a --taxonomy topic's on the next run",
          "[cli][topics][evidence]") {
    quorum::test::TempDir dir;
    const std::string file = dir.write("archive/minutes.txt", kMinutes);
    const std::string db = (dir.path() / "db").string();
    const std::string bin = quorum::test::quorum_binary();
    REQUIRE(quorum::test::run_process({bin, "index", "--db", db, (dir.path() / "archive").string()}).status == 0);

    auto first = show(db, file);
    REQUIRE(first.json.status == 0);
    const auto shown = nlohmann::json::parse(first.json.out);
    const nlohmann::json* highways = topic(shown, "highways");
    REQUIRE(highways != nullptr);
    INFO(highways->dump());
    CHECK((*highways)["evidence"]["items"] == 1);
    CHECK((*highways)["evidence"]["words"][0]["phrase"] == "pothole");
    CHECK((*highways)["evidence"]["words"][0]["mentions"] == 4);  // the title, and the text's "1. Potholes", "potholes", "pothole"
    CHECK((*highways)["evidence"]["words"][0]["in_title"] == true);
    CHECK((*highways)["evidence"]["weight"].get<int>() >= 3);
    CHECK(topic(shown, "bus-shelters") == nullptr);

    REQUIRE(first.text.status == 0);
    CHECK_THAT(first.text.out, Catch::Contains("    highways  [text, confidence") &&
                                   Catch::Contains("evidence: weight ") && Catch::Contains(" (main topic) in 1 item: ") &&
                                   Catch::Contains("in 1 item: pothole (4, in a title), resurfacing (1)"));
    // Each item lists its own topics: the one the evidence came from.
    CHECK_THAT(first.text.out, Catch::Contains("  1  Potholes  (p1)\n      topics: highways\n  2  Bus shelter"));

    // A user's topic: on the next run (re-labelled from the cached extraction), with its own evidence.
    const std::string topics = dir.write("my-topics.tsv", "# slug\tlabel\tphrases\nbus-shelters\tBus shelters\tbus shelter\n");
    const auto second = quorum::test::run_process({bin, "index", "--db", db, "--taxonomy", topics, (dir.path() / "archive").string()});
    INFO(second.out << second.err);
    REQUIRE(second.status == 0);
    CHECK_THAT(second.out, Catch::Contains("Re-labelled 1"));
    auto next = show(db, file);
    REQUIRE(next.json.status == 0);
    const auto shown_next = nlohmann::json::parse(next.json.out);
    const nlohmann::json* shelters = topic(shown_next, "bus-shelters");
    REQUIRE(shelters != nullptr);
    CHECK((*shelters)["evidence"]["words"].dump() == R"([{"in_title":true,"mentions":5,"phrase":"bus shelter"}])");
    CHECK_THAT(next.text.out, Catch::Contains("    bus-shelters  [text, confidence") &&
                                  Catch::Contains("in 1 item: bus shelter (5, in a title)") &&
                                  Catch::Contains("% of the main topic's) in 1 item: bus shelter"));
}
