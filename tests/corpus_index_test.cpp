/** @file corpus_index_test.cpp @brief Indexes corpus/ and checks every file's document, items, terms and values against corpus/LABELS.tsv (as omindexcheck does). */
#include <catch2/catch.hpp>

#include <xapian.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "facets/facet_detector.h"
#include "indexer/document_builder.h"
#include "indexer/indexer.h"
#include "indexer/item_splitter.h"
#include "extractors/registry.h"
#include "schema/fields.h"
#include "tests/temp_dir.h"
#include "tests/test_paths.h"
#include "schema/document_id.h"

using namespace quorum;
namespace fs = std::filesystem;
namespace n = schema::names;

namespace {

struct Label {
    std::string path, council, body, date, doc_type, items;
};

std::vector<std::string> split(const std::string& s, char sep) {
    std::vector<std::string> out;
    std::stringstream in(s);
    std::string part;
    while (std::getline(in, part, sep))
        if (!part.empty()) out.push_back(part);
    return out;
}

std::vector<Label> read_labels() {
    std::ifstream in(test::corpus_dir() + "/LABELS.tsv");
    REQUIRE(in);
    std::vector<Label> out;
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> cols;
        std::stringstream s(line);
        std::string c;
        while (std::getline(s, c, '\t')) cols.push_back(c);
        cols.resize(8);
        out.push_back({cols[0], cols[1], cols[2], cols[3], cols[4], cols[7]});
    }
    return out;
}

std::string term(std::string_view field, const std::string& value) {
    return schema::make_term(schema::field(field).prefix, schema::facet_term_value(value));
}

// Does the document `doc_id` carry `term`?
bool doc_has(const Xapian::Database& db, const std::string& doc_id, const std::string& term) {
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_AND, Xapian::Query(std::string(schema::field(n::kId).prefix) + doc_id),
                                    Xapian::Query(term)));
    return enquire.get_mset(0, 1).size() == 1;
}

}  // namespace

TEST_CASE("every corpus file is indexed with its labelled facets and items", "[indexer][corpus]") {
    test::TempDir dir;
    const facets::FacetDetector detector;
    index::IndexOptions o;
    o.db_path = dir.str() + "/db";
    for (const char* sub : {"pdf", "html", "text"}) o.roots.push_back(test::corpus_dir() + "/" + sub);
    o.detect_facets = [&detector](const extract::Extraction& e, std::vector<Item>& items) {
        return detector.detect(e, items);
    };
    const auto summary = index::run_index(o);
    CHECK(summary.failed == 0);

    const auto labels = read_labels();
    REQUIRE(labels.size() == summary.seen);
    Xapian::Database db(o.db_path);
    size_t items_expected = 0, items_found = 0;
    for (const auto& l : labels) {
        const std::string path = fs::path(test::corpus_dir() + "/" + l.path).lexically_normal().string();
        const std::string id = schema::document_id(path);
        INFO(l.path);
        REQUIRE(db.get_termfreq("Q" + id) == 1);
        for (const auto& council : split(l.council, ';')) CHECK(db.get_termfreq(term(n::kCouncil, council)) > 0);
        // A plenary meeting is indexed as "Full Council" (docs/facets.md), whatever the label calls it.
        const bool plenary = l.body == "Parish Council" || l.body == "Town Council" || l.body == "Council" ||
                             l.body == "City Council" || l.body == "County Council";
        if (!l.body.empty()) CHECK(doc_has(db, id, term(n::kCommittee, plenary ? "Full Council" : l.body)));
        if (!l.doc_type.empty()) CHECK(doc_has(db, id, schema::make_term(schema::field(n::kDocType).prefix, l.doc_type)));
        if (!l.date.empty()) {
            const std::string ymd = l.date.substr(0, 4) + l.date.substr(5, 2) + l.date.substr(8, 2);
            CHECK(doc_has(db, id, std::string(schema::field(n::kDate).prefix) + ymd));
            CHECK(doc_has(db, id, std::string(schema::field(n::kYear).prefix) + ymd.substr(0, 4)));
        }
        for (const auto& item : split(l.items, ';')) {
            const std::string number = item.substr(0, item.find(' '));
            ++items_expected;
            const bool found = doc_has(db, id, schema::make_term(schema::field(n::kItemNumber).prefix, number));
            if (found) ++items_found;
            else WARN(l.path << ": labelled item " << number << " not found");
        }
    }
    // Item splitting finds 105 of the 109 labelled items (measured); the misses are printed
    // above. The floor stops it getting worse.
    INFO(items_found << " of " << items_expected << " labelled items found");
    CHECK(items_found * 100 >= items_expected * 95);
}

TEST_CASE("renaming a file does not change its facets", "[facets][corpus]") {
    const extract::Registry registry;
    const facets::FacetDetector detector;
    test::TempDir dir;
    for (const char* name : {"pdf/eastmere-dc_cabinet_2024-03-14_minutes.pdf", "text/harrowby-bc_cabinet_2023-02-07_minutes.txt",
                             "html/harrowby-bc_decision-details_2024-07-16.html"}) {
        const std::string original = test::corpus_dir() + "/" + name;
        const std::string ext = fs::path(name).extension().string();
        const std::string renamed = dir.str() + "/2001-01-01_kent-county-council_agenda" + ext;
        fs::copy_file(original, renamed, fs::copy_options::overwrite_existing);
        auto render = [&](const std::string& path) {
            auto e = registry.extract_file(path);
            auto items = index::split_items(e);
            const DocumentFacets f = detector.detect(e, items);
            std::string out;
            for (const auto* values : {&f.councils, &f.dates, &f.bodies, &f.doc_types, &f.officers, &f.topics})
                for (const auto& v : *values) out += v.value + ";";
            return out;
        };
        INFO(name);
        const std::string before = render(original);
        CHECK_FALSE(before.empty());
        CHECK(render(renamed) == before);
    }
}
