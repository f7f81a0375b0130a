/** @file taxonomy_test.cpp @brief The topic taxonomy: TSV parsing and its errors, the built-in table, merging a user taxonomy, the evidence rule of item_topics, bounded work, and topics of real documents. */
#include <catch2/catch.hpp>


#include <algorithm>
#include <chrono>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "extractors/registry.h"
#include "facets/nil_item.h"
#include "facets/taxonomy.h"
#include "indexer/item_splitter.h"
#include "schema/records.h"
#include "tests/test_paths.h"

using quorum::Item;
using quorum::facets::item_topics;
using quorum::facets::Taxonomy;
using quorum::facets::Topic;

namespace {

/// "slug:label:phrase|phrase:ABBR|ABBR" per topic, joined with "; ".
std::string render(const Taxonomy& t) {
    std::string out;
    for (const Topic& topic : t.topics()) {
        if (!out.empty()) out += "; ";
        out += topic.slug + ":" + topic.label + ":";
        for (size_t i = 0; i < topic.phrases.size(); ++i) out += (i ? "|" : "") + topic.phrases[i];
        out += ":";
        for (size_t i = 0; i < topic.abbreviations.size(); ++i) out += (i ? "|" : "") + topic.abbreviations[i];
    }
    return out;
}

std::string joined(const std::vector<std::string>& v) {
    std::string out;
    for (const auto& s : v) out += (out.empty() ? "" : " ") + s;
    return out;
}

std::string topics_of(const std::string& title, const std::string& text) {
    Item item;
    item.title = title;
    item.text = text;
    return joined(item_topics(item, Taxonomy::builtin()));
}

/// `words` words of neutral minutes prose.
std::string filler(size_t words) {
    static const char* vocabulary[] = {"the", "meeting", "noted", "report", "members", "agreed", "that", "officers",
                                       "would", "consider", "matter", "further", "at", "next", "session"};
    std::string out;
    for (size_t i = 0; i < words; ++i) out += std::string(vocabulary[i % 15]) + " ";
    return out;
}

std::string repeat(const std::string& s, size_t n) {
    std::string out;
    for (size_t i = 0; i < n; ++i) out += s;
    return out;
}

}  // namespace

TEST_CASE("Taxonomy::parse reads the TSV format", "[facets][topics]") {
    struct Row {
        const char* name;
        const char* tsv;
        const char* expected;
    };
    const Row rows[] = {
        {"one topic", "asb\tAnti-social behaviour\tanti-social behaviour|ASB nuisance\tASB",
         "asb:Anti-social behaviour:anti-social behaviour|asb nuisance:ASB"},
        {"comments, blank lines and CRLF", "# header\r\n\r\n  \r\nknife-crime\tKnife crime\tknife|knives\r\n",
         "knife-crime:Knife crime:knife|knives:"},
        {"empty abbreviation column", "cctv\tCCTV\tclosed circuit television\t", "cctv:CCTV:closed circuit television:"},
        {"abbreviations only", "soc\tOrganised crime\t\tSOC|OCG", "soc:Organised crime::SOC|OCG"},
        {"entries trimmed, empty entries dropped", "a-1\t Label \t x || y |\t A ||",
         "a-1:Label:x|y:A"},
        {"two topics in order", "b\tB\tbee\na\tA\tay", "b:B:bee:; a:A:ay:"},
        {"empty input", "", ""},
    };
    for (const auto& r : rows) {
        INFO(r.name);
        CHECK(render(Taxonomy::parse(r.tsv)) == r.expected);
    }
}

TEST_CASE("Taxonomy::parse names the line of malformed input", "[facets][topics]") {
    struct Row {
        const char* name;
        const char* tsv;
        const char* error;
    };
    const Row rows[] = {
        {"too few columns", "# c\n\nburglary\tBurglary",
         "taxonomy line 3: expected 3 or 4 tab-separated columns (slug, label, phrases, abbreviations), found 2"},
        {"too many columns", "a\tA\tx\tX\textra", "taxonomy line 1: expected 3 or 4 tab-separated columns"},
        {"spaces instead of tabs", "burglary Burglary burglary", "taxonomy line 1: expected 3 or 4"},
        {"slug with capitals and spaces", "ok\tOK\tok\nAnti Social\tASB\tasb",
         "taxonomy line 2: slug 'Anti Social' must be lower-case letters, digits and single hyphens"},
        {"slug with a double hyphen", "anti--social\tASB\tasb", "taxonomy line 1: slug 'anti--social'"},
        {"slug ending in a hyphen", "asb-\tASB\tasb", "taxonomy line 1: slug 'asb-'"},
        {"empty label", "asb\t \tasb", "taxonomy line 1: topic 'asb' has an empty label"},
        {"no phrases and no abbreviations", "asb\tASB\t | \t", "taxonomy line 1: topic 'asb' has no phrases and no abbreviations"},
        {"a phrase of punctuation", "asb\tASB\t--", "taxonomy line 1: topic 'asb': phrase '--' has no words"},
        {"duplicate slug", "a\tA\tx\n# c\na\tA again\ty", "taxonomy line 3: duplicate slug 'a' (first on line 1)"},
    };
    for (const auto& r : rows) {
        INFO(r.name);
        try {
            Taxonomy::parse(r.tsv);
            FAIL("no error for: " << r.tsv);
        } catch (const std::runtime_error& e) {
            CHECK_THAT(e.what(), Catch::Matchers::StartsWith(r.error));
        }
    }
}

TEST_CASE("The built-in taxonomy has every required topic", "[facets][topics]") {
    const Taxonomy& t = Taxonomy::builtin();
    CHECK(&t == &Taxonomy::builtin());  // parsed once
    const std::set<std::string> required = {
        "anti-social-behaviour", "burglary", "vehicle-crime", "domestic-abuse", "hate-crime", "cyber-crime",
        "child-sexual-exploitation", "modern-slavery", "county-lines", "substance-misuse", "road-safety",
        "night-time-economy", "serious-organised-crime", "reoffending", "youth-diversion", "cctv", "fly-tipping",
        "knife-crime", "violence-reduction", "counter-terrorism", "rural-crime", "police-contact",
        "victims-and-witnesses", "arson", "funding", "budget", "planning", "housing", "highways", "adult-social-care",
        "children-and-education", "public-health", "environment", "licensing", "governance", "audit"};
    std::set<std::string> slugs;
    for (const Topic& topic : t.topics()) {
        INFO(topic.slug);
        slugs.insert(topic.slug);
        CHECK(!topic.label.empty());
        CHECK(topic.phrases.size() >= 5);
        for (const auto& p : topic.phrases) CHECK(p == Catch::toLower(p));
    }
    for (const auto& slug : required) {
        INFO(slug);
        CHECK(slugs.count(slug) == 1);
    }
    const auto asb = std::find_if(t.topics().begin(), t.topics().end(),
                                  [](const Topic& x) { return x.slug == "anti-social-behaviour"; });
    REQUIRE(asb != t.topics().end());
    CHECK(std::count(asb->abbreviations.begin(), asb->abbreviations.end(), "ASB") == 1);
}

TEST_CASE("Taxonomy::merged_with adds user topics and replaces same slugs", "[facets][topics]") {
    const Taxonomy base = Taxonomy::parse("a\tA\tay\nb\tB\tbee\nc\tC\tsea");
    const Taxonomy user = Taxonomy::parse("b\tBees\thoney|hive\tBZZ\nd\tD\tdee");
    CHECK(render(base.merged_with(user)) == "a:A:ay:; b:Bees:honey|hive:BZZ; c:C:sea:; d:D:dee:");
    CHECK(render(base) == "a:A:ay:; b:B:bee:; c:C:sea:");  // unchanged
    CHECK(render(base.merged_with(Taxonomy::parse(""))) == render(base));

    const Taxonomy merged = Taxonomy::builtin().merged_with(Taxonomy::parse("burglary\tBurglary\tscrumping"));
    Item item;
    item.text = "Scrumping in the orchards rose again; scrumping was discussed. Burglary fell, burglary fell.";
    CHECK(joined(item_topics(item, merged)) == "burglary");  // the user's phrase, twice
    item.text = "Burglary fell and burglaries fell again.";
    CHECK(joined(item_topics(item, merged)).empty());
}

TEST_CASE("item_topics needs real evidence", "[facets][topics]") {
    struct Row {
        const char* name;
        std::string title, text;
        const char* expected;
    };
    const std::vector<Row> rows = {
        {"one passing word is not a topic", "Performance", "The Board noted the burglary figures.", ""},
        {"two mentions are", "Performance", "Burglary fell. House burglary in the north was discussed.", "burglary"},
        {"plural forms count", "", "Burglaries rose: two burglaries in Quay Street.", "burglary"},
        {"one mention in the title is enough", "Burglary update", "The report was noted.", "burglary"},
        {"anti-social behaviour, hyphenated", "", "Anti-social behaviour fell; anti-social behaviour patrols continue.",
         "anti-social-behaviour"},
        {"anti social behaviour, two words", "", "Anti Social Behaviour fell; anti social behaviour patrols continue.",
         "anti-social-behaviour"},
        {"antisocial behaviour, one word", "", "Antisocial behaviour fell; antisocial behaviour patrols continue.",
         "anti-social-behaviour"},
        {"the three spellings together", "", "anti-social behaviour, anti social behaviour and antisocial behaviour",
         "anti-social-behaviour"},
        {"ASB abbreviation counts", "", "ASB incidents fell. ASB patrols continue.", "anti-social-behaviour"},
        {"ASB matched as a phrase and an abbreviation counts once", "", "ASB was noted.", ""},
        {"abbreviations are whole words", "", "Asbestos removal and an ASBESTOS survey; ASBESTOS again.", ""},
        {"Prevent the programme, not the verb", "", "Prevent referrals rose and Prevent training continues.",
         "counter-terrorism"},
        {"prevent the verb", "", "To prevent crime and prevent harm, officers patrolled.", ""},
        {"hyphen and space insensitive", "", "Fly tipping in Hollow Lane; flytipping and fly-tipping elsewhere.",
         "fly-tipping"},
        {"different phrases add up", "", "County lines activity rose and two homes were cuckooed.", "county-lines"},
        {"a phrase inside a longer one counts once", "", "A domestic homicide review was commissioned.", ""},
        {"an abbreviation beside its spelled-out phrase is one mention", "",
         "The Multi Agency Risk Assessment Conference (MARAC) met.", ""},
        {"the abbreviation again later is a second mention", "",
         "The Multi Agency Risk Assessment Conference (MARAC) met; MARAC cases rose.", "domestic-abuse"},
        {"job titles are not subjects", "",
         "The Director of Public Health and the Cabinet Member for Housing attended; the Public Health Manager "
         "reported and the Director of Public Health agreed.",
         ""},
        {"attendance lists are not subjects", "Minutes",
         "PRESENT: Cllr A Smith (Cabinet Member for Housing and Homelessness), Dr B Jones (Director of Public "
         "Health, Public Health)\n\nThe minutes were agreed.",
         ""},
        {"a phrase inside a longer phrase of another topic counts for the longer one only", "",
         "Children's social care costs rose; children's social care placements were reviewed.", "children-and-education"},
        {"the shorter phrase alone still counts for its own topic", "",
         "Social care costs rose; social care placements were reviewed.", "adult-social-care"},
        {"several topics in one item", "Community Safety Update",
         "Knife crime rose; knife surrender bins were placed. Domestic abuse referrals and MARAC cases rose.",
         "domestic-abuse knife-crime"},
        {"empty item", "", "", ""},
    };
    for (const auto& r : rows) {
        INFO(r.name);
        CHECK(topics_of(r.title, r.text) == r.expected);
    }
}

TEST_CASE("broad words count only beside a specific phrase or in a title, not in a heading", "[facets][topics]") {
    const Taxonomy t = Taxonomy::parse("money\tMoney\tgrant funding|~funding|~budget\n");
    REQUIRE(t.topics().size() == 1);
    CHECK(joined(t.topics()[0].phrases) == "grant funding");
    CHECK(joined(t.topics()[0].broad) == "funding budget");
    auto of = [&](const std::string& title, const std::string& text) {
        Item item;
        item.title = title;
        item.text = text;
        return joined(item_topics(item, t));
    };
    CHECK(of("", "Funding was discussed; funding rose; the budget and more funding.").empty());  // broad alone
    CHECK(of("", "Grant funding was awarded; the funding covers two years.") == "money");       // beside a phrase
    CHECK(of("Funding", "The report was noted.") == "money");                                   // in the title
    // A section heading is not the title: a broad word there counts as in the text ...
    CHECK(of("", "Funding Committee\n\nThe report was noted.").empty());
    CHECK(of("", "Funding Committee\n\nThe report and the budget were noted.").empty());
    // ... while a specific phrase in a heading still counts like one in the title,
    CHECK(of("", "Grant Funding\n\nThe report was noted.") == "money");
    // and beside a specific phrase in the text the broad heading adds to it.
    CHECK(of("", "Funding Committee\n\nThe grant funding was noted.") == "money");
    CHECK_THROWS_WITH(Taxonomy::parse("money\tMoney\t~funding\n"),
                      Catch::Contains("line 1") && Catch::Contains("broad"));

    // The built-in table: generic words no longer make a topic on their own ...
    CHECK(topics_of("Public Session", "Spoke about the burden on our schools, education and housing; more "
                                      "education funding and housing were asked for, and funding again.")
              .empty());
    // ... while the subject's own phrases still do, broad words adding to them.
    CHECK(topics_of("", "The primary school expansion and education provision were discussed; education "
                        "officers will report.") == "children-and-education");
    CHECK(topics_of("", "The environment was discussed; the environment matters.").empty());
    CHECK(topics_of("", "Climate change and the environment: net zero targets were agreed.") == "environment");
    CHECK(topics_of("", "Sale of cannabis: the cannabis dispensary's licence and cannabis hours.") != "substance-misuse");
}

TEST_CASE("planning and licensing phrases of US minutes", "[facets][topics]") {
    CHECK(topics_of("", "A rezoning from R-3 to C-2; the Plan and Zoning Commission recommended the rezoning.") ==
          "planning");
    CHECK(topics_of("", "The Landmarks Preservation Commission and the ULURP application were reviewed.") ==
          "planning");
    CHECK(topics_of("", "Application for a liquor license for Om Sai LLC; a wine and beer license for Yummy LLC.") ==
          "licensing");
}

TEST_CASE("governance, highways, housing, environment and schools phrases", "[facets][topics]") {
    // How a council runs itself: its procedure rules, its chair and committees, how members meet.
    CHECK(topics_of("Appointment of Speaker and Deputy Speaker", "The report was noted.") == "governance");
    CHECK(topics_of("", "The Rules of Council were amended; the revised standing orders were adopted.") ==
          "governance");
    CHECK(topics_of("", "The consultation on remote meetings and proxy voting was noted.") == "governance");
    // A standing order is also how a parish pays its bills: only the council's own rules count.
    CHECK(topics_of("", "Paid by standing order: clerk's salary; paid by standing order: HMRC.").empty());
    // Streets as US and Canadian minutes say it; a sidewalk cafe is still licensing.
    CHECK(topics_of("", "2005 Sidewalk Replacement Program and paving improvements on 3rd Street.") == "highways");
    CHECK(topics_of("", "Two sidewalk cafes and the sidewalk café renewal for Café Casano were approved.") ==
          "licensing");
    CHECK(topics_of("", "Approving alcoholic beverage applications: C Liquor, B Beer, C Liquor.") == "licensing");
    CHECK(topics_of("", "The housing authority's public housing and supportive housing were discussed.") ==
          "housing");
    CHECK(topics_of("", "The incinerator and landfill tax, and solar panels on the pavilion.") == "environment");
    CHECK(topics_of("", "Parents asked the Department of Education about school overcrowding.") ==
          "children-and-education");
    // Sewage beside flooding is the water environment; a village without mains sewage is not.
    CHECK(topics_of("", "Residents reported flooding on Mill Lane and sewage in the brook.") == "environment");
    CHECK(topics_of("", "The hamlet has no mains sewage and the precept was agreed.").empty());
    // Parish minutes write the volunteers' speed checks as two words.
    CHECK(topics_of("Community Speed Watch", "The volunteers' rota was agreed.") == "road-safety");
    // A speed monitor (a sign that shows drivers their speed) is road safety, as a speed indicator device is.
    CHECK(topics_of("Speed Monitor", "The handyman moved the post to Quarry Lane and changed its battery.") ==
          "road-safety");
    CHECK(topics_of("", "Readings from the speed monitoring on Orchard Road were circulated; the speed monitor "
                        "will be moved next month.") == "road-safety");
    // Litter bins are street cleaning, not fly-tipping.
    CHECK(topics_of("Litter bins", "A new litter bin was placed by the playing field; litter picks continue.").empty());
}

TEST_CASE("item_topics asks more of long items", "[facets][topics]") {
    // A 3,000-word item needs one mention per 300 words: ten.
    const std::string long_text = filler(3000);
    CHECK(topics_of("", long_text + repeat("burglary rose. ", 2)).empty());
    CHECK(topics_of("", long_text + repeat("burglary rose. ", 6)).empty());
    CHECK(topics_of("", long_text + repeat("burglary rose. ", 10)) == "burglary");
    CHECK(topics_of("Burglary", long_text) == "burglary");  // the title still decides
}

TEST_CASE("document_topics drops a passing subject beside the document's main topic", "[facets][topics]") {
    using quorum::facets::document_topics;
    auto render = [](const std::vector<std::string>& v) { return joined(v); };
    // weights summed over items; kept when at least 15% of the main topic's weight
    CHECK(render(document_topics({{{"budget", 30}}, {{"budget", 10}, {"highways", 2}}, {{"housing", 6}}})) == "budget housing");
    CHECK(render(document_topics({{{"budget", 3}}, {{"highways", 2}}})) == "budget highways");  // two small topics both stay
    CHECK(render(document_topics({{{"audit", 20}}, {{"audit", 20}, {"funding", 4}}, {{"funding", 1}}})) == "audit");
    CHECK(render(document_topics({{{"audit", 20}}, {{"funding", 3}}})) == "audit funding");  // exactly 15%
    CHECK(render(document_topics({})).empty());
    CHECK(render(document_topics({{}, {}})).empty());
}

TEST_CASE("item_topics finishes and stays right on an enormous item", "[facets][topics]") {
    Item item;
    item.title = "Partnership performance";
    while (item.text.size() < 300'000)
        item.text += "Anti-social behaviour, ASB and county lines were discussed, with burglary, CCTV, knife crime and "
                     "the precept; officers noted the community safety grant. ";
    const auto start = std::chrono::steady_clock::now();
    const auto topics = item_topics(item, Taxonomy::builtin());
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    WARN("300k-character item: " << joined(topics) << " in " << seconds << " s");
    // No wall-clock assertion (speed is measured in bench/, not asserted in unit tests): a quadratic
    // scan would turn this into a ctest TIMEOUT failure that names the test.
    CHECK(joined(topics) == "anti-social-behaviour burglary county-lines cctv knife-crime funding budget");
}

TEST_CASE("item_topics on the real documents", "[facets][topics][real]") {
    const std::string shared = quorum::test::shared_dir_or_skip();
    const quorum::extract::Registry registry;
    struct Expect {
        const char* file;
        std::vector<std::string> topics;  ///< must be among the document's topics
        std::vector<std::string> absent;  ///< must not be
    };
    const std::vector<Expect> files = {
        {"seeds/000_5ed2ca099737bd4b.txt", {"police-contact"}, {"public-health", "children-and-education"}},
        {"seeds/001_0ecbadd0c18602a9.txt", {"anti-social-behaviour", "serious-organised-crime"}, {}},
        {"seeds/003_35746f05c1b52c41.txt", {"anti-social-behaviour", "burglary", "substance-misuse"}, {}},
        {"seeds/004_419ffd5c63b2908a.txt", {"child-sexual-exploitation", "burglary"}, {"public-health"}},
        {"corpus-real/pdf/uk_kent-cc_cabinet_2025-01-30_printed-minutes.pdf", {"budget", "children-and-education"},
         {"anti-social-behaviour"}},
        {"corpus-real/pdf/uk_merton_audit-committee_2009-10-22_agenda-with-minutes.pdf", {"audit"}, {}},
    };
    for (const auto& f : files) {
        const std::string path = shared + "/" + f.file;
        INFO(path);
        const auto items = quorum::index::split_items(registry.extract_file(path));
        std::set<std::string> doc;
        std::string listing;
        for (const auto& item : items) {
            const auto topics = item_topics(item, Taxonomy::builtin());
            doc.insert(topics.begin(), topics.end());
            listing += "\n  [" + item.number + "] " + item.title.substr(0, 50) + ": " + joined(topics);
        }
        WARN(f.file << ": " << doc.size() << " topics" << listing);
        for (const auto& t : f.topics) {
            INFO("expected " << t);
            CHECK(doc.count(t) == 1);
        }
        for (const auto& t : f.absent) {
            INFO("must not have " << t);
            CHECK(doc.count(t) == 0);
        }
    }
}

TEST_CASE("an item that records nothing is no evidence of its topic", "[facets][topics]") {
    CHECK(topics_of("Planning", "09.23.11 Planning There were no planning applications this month").empty());
    CHECK(topics_of("Planning applications", "Planning applications None received.").empty());
    CHECK(topics_of("Highways", "Highways No update this time").empty());
    // A decision on an application is planning business, however short.
    CHECK(topics_of("Planning", "Planning There were no objections to application 23/0451/F for a rear extension at "
                                "Holly Barn.") == "planning");
    CHECK(quorum::facets::records_nothing("Village upkeep Nothing to report"));
    CHECK_FALSE(quorum::facets::records_nothing("Speeding Residents said there was no enforcement of the 20mph limit on "
                                                "Mill Lane and asked for a speed indicator device."));
}

TEST_CASE("budget and governance phrases of municipal minutes in North America and societies", "[facets][topics]") {
    struct Row {
        const char* name;
        std::string title, text;
        const char* expected;
    };
    const std::vector<Row> rows = {
        {"a budget amendment item", "Budget amendment", "The board adopted the amendment to the parks line.", "budget"},
        {"accounts to pay", "Accounts to pay", "Council approved the list of cheques.", "budget"},
        {"a tax levy", "Tax levy for 2020", "The commissioners set the rate.", "budget"},
        {"a treasurer's standing report is not a budget topic", "Treasurer's Report", "The report was received.", ""},
        {"the election of officers", "Election of officers", "A chair and secretary were elected.", "governance"},
    };
    for (const auto& r : rows) {
        INFO(r.name);
        CHECK(topics_of(r.title, r.text) == r.expected);
    }
}
