/** @file people_accuracy_test.cpp @brief People against hand-made labels (tests/labels/people.tsv on corpus-real-2, dev and test parts apart): attendance F1, role accuracy on matched people, floors; and a listing of every person value for judging. */
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "extractors/registry.h"
#include "facets/facet_detector.h"
#include "indexer/item_splitter.h"
#include "query/facet_match.h"
#include "query/person_match.h"
#include "tests/test_paths.h"

// Run: build/tests/quorum_tests "[people-accuracy]"   (figures in docs/accuracy.md, "People"); the
//      MISS, ROLE and EXTRA lines end with the document's part ("[test]": read only the figures)
//      build/tests/quorum_tests "[people-values]"     (every person value, for judging by hand)

namespace {

// FLOORS, set at the figures measured (docs/accuracy.md): a regression fails.
struct PeopleFloors {
    double attendance_f1 = 0.0;  // chair, member, officer, attending: micro F1 over names
    double role_accuracy = 0.0;  // same role, over the people matched (every role)
};
// Measured on branch s12-people (docs/accuracy.md, "People"): dev F1 0.872, roles 0.943; test F1
// 0.613, roles 0.761; corpus-real and seeds F1 0.893, roles 0.856.
const PeopleFloors kDevFloors{0.86, 0.93};
const PeopleFloors kTestFloors{0.61, 0.75};
const PeopleFloors kRealFloors{0.88, 0.85};  // corpus-real and seeds (rules were written on them)

const std::set<std::string> kAttendanceRoles = {"chair", "member", "officer", "attending"};

struct LabelledPerson {
    std::string name, role;
};

/// One labelled document: its people, and whether every person it names is labelled (a
/// `partial:` coverage row means only part was: people found beyond it are not counted wrong).
struct LabelledDocument {
    std::vector<LabelledPerson> people;
    bool partial = false;
};

std::vector<std::string> fields_of(const std::string& line) {
    std::vector<std::string> out;
    std::string part;
    std::stringstream in(line);
    while (std::getline(in, part, '\t')) out.push_back(part);
    return out;
}

/// path (relative to ../shared) -> labelled document, from a TSV of path, name, role, notes (a
/// header row and '#' lines skipped; a row with name `*` and role `coverage` gives the coverage).
std::map<std::string, LabelledDocument> read_people_labels(const std::string& file) {
    std::map<std::string, LabelledDocument> out;
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line.front() == '#') continue;
        const auto f = fields_of(line);
        if (f.size() < 3 || f[0] == "path") continue;
        if (f[2] == "coverage") {
            out[f[0]].partial = f.size() > 3 && f[3].starts_with("partial");
            continue;
        }
        out[f[0]].people.push_back({f[1], f[2]});
    }
    return out;
}

/// path -> "dev" or "test", from corpus-real-2's MANIFEST.tsv and tests/labels/real2-split.tsv.
std::map<std::string, std::string> parts_of(const std::string& manifest, const std::string& split) {
    std::map<std::string, std::string> publisher_part, out;
    std::ifstream s(split);
    std::string line;
    while (std::getline(s, line)) {
        const auto f = fields_of(line);
        if (f.size() >= 2 && !line.starts_with("#") && f[0] != "source_repository") publisher_part[f[0]] = f[1];
    }
    std::ifstream m(manifest);
    while (std::getline(m, line)) {
        const auto f = fields_of(line);
        if (f.size() >= 2 && f[0] != "path" && publisher_part.count(f[1])) out[f[0]] = publisher_part[f[1]];
    }
    return out;
}

bool same_person(const std::string& a, const std::string& b) {
    using quorum::query::facet_match_words;
    using quorum::query::person_name_matches;
    using quorum::query::person_name_words;
    const auto x = person_name_words(facet_match_words(a)), y = person_name_words(facet_match_words(b));
    return person_name_matches(x, y) || person_name_matches(y, x);
}

struct Tally {
    int tp = 0, fp = 0, fn = 0, matched = 0, same_role = 0, files = 0;
    double p() const { return tp + fp ? double(tp) / (tp + fp) : 1.0; }
    double r() const { return tp + fn ? double(tp) / (tp + fn) : 1.0; }
    double f1() const { return p() + r() > 0 ? 2 * p() * r() / (p() + r()) : 0.0; }
    double role_accuracy() const { return matched ? double(same_role) / matched : 1.0; }
};

/// Pairs predicted and labelled people one to one by name (same_person), first come first served.
template <typename OnPair>
int pair_people(const std::vector<quorum::FacetValue>& predicted, const std::vector<LabelledPerson>& labelled,
                OnPair on_pair) {
    std::vector<bool> used(labelled.size(), false);
    int pairs = 0;
    for (const auto& p : predicted)
        for (size_t k = 0; k < labelled.size(); ++k)
            if (!used[k] && same_person(p.value, labelled[k].name)) {
                used[k] = true;
                ++pairs;
                on_pair(p, labelled[k]);
                break;
            }
    return pairs;
}

void score(const std::vector<quorum::FacetValue>& predicted, const LabelledDocument& doc, Tally& t,
           std::vector<std::string>& misses, const std::string& path) {
    const std::vector<LabelledPerson>& labelled = doc.people;
    std::vector<quorum::FacetValue> p_att;
    std::vector<LabelledPerson> l_att;
    for (const auto& p : predicted)
        if (kAttendanceRoles.count(p.role)) p_att.push_back(p);
    for (const auto& l : labelled)
        if (kAttendanceRoles.count(l.role)) l_att.push_back(l);
    std::set<std::string> paired;
    const int tp = pair_people(p_att, l_att, [&](const quorum::FacetValue& p, const auto&) { paired.insert(p.value); });
    t.tp += tp;
    if (!doc.partial)
        for (const auto& p : p_att)
            if (!paired.count(p.value)) misses.push_back("EXTRA " + path + ": " + p.value + " (" + p.role + ")");
    if (!doc.partial) t.fp += static_cast<int>(p_att.size()) - tp;
    t.fn += static_cast<int>(l_att.size()) - tp;
    std::set<std::string> found;
    t.matched += pair_people(predicted, labelled, [&](const quorum::FacetValue& p, const LabelledPerson& l) {
        found.insert(l.name);
        if (p.role == l.role) ++t.same_role;
        else misses.push_back("ROLE  " + path + ": " + p.value + " is " + p.role + ", labelled " + l.role);
    });
    for (const auto& l : labelled)
        if (!found.count(l.name)) misses.push_back("MISS  " + path + ": " + l.name + " (" + l.role + ")");
}

std::vector<quorum::FacetValue> people_of_file(const quorum::extract::Registry& registry,
                                               const quorum::facets::FacetDetector& detector, const std::string& file) {
    quorum::extract::Extraction x = registry.extract_file(file);
    auto items = quorum::index::split_items(x);
    return detector.detect(x, items).people;
}

}  // namespace

TEST_CASE("people accuracy on labelled corpus-real-2 documents, dev and test parts", "[people-accuracy]") {
    const std::string shared = quorum::test::shared_dir_or_skip();
    const std::string labels_file = quorum::test::source_dir() + "/tests/labels/people.tsv";
    if (!std::filesystem::exists(labels_file)) {
        const char* ci = std::getenv("CI");
        if (ci && std::string(ci) == "true") FAIL("CI=true but the people labels are missing: " << labels_file);
        std::cerr << "SKIPPED: " << labels_file << " not found; people accuracy was not measured\n";
        std::exit(4);
    }
    const auto labels = read_people_labels(labels_file);
    REQUIRE_FALSE(labels.empty());
    const auto parts = parts_of(shared + "/corpus-real-2/MANIFEST.tsv",
                                quorum::test::source_dir() + "/tests/labels/real2-split.tsv");
    const quorum::extract::Registry registry;
    const quorum::facets::FacetDetector detector;
    std::map<std::string, Tally> tallies;
    std::vector<std::string> misses;
    for (const auto& [path, doc] : labels) {
        // corpus-real-2's documents are scored by their part; the others (corpus-real, seeds) as "real".
        const std::string in_real2 = path.starts_with("corpus-real-2/") ? path.substr(14) : "";
        const auto part = parts.find(in_real2);
        INFO("labelled path " << path);
        REQUIRE((in_real2.empty() || part != parts.end()));
        const std::string part_name = in_real2.empty() ? "real" : part->second;
        // A scan (no text layer; this harness does not OCR) is counted apart, as docs/accuracy.md does.
        std::vector<quorum::FacetValue> predicted;
        try {
            predicted = people_of_file(registry, detector, shared + "/" + path);
        } catch (const std::exception& e) {
            misses.push_back("UNREAD " + path + ": " + e.what() + " (not scored)");
            ++tallies[part_name + " unread"].files;
            continue;
        }
        Tally& t = tallies[part_name];
        ++t.files;
        score(predicted, doc, t, misses, path + " [" + part_name + "]");
    }
    for (const auto& m : misses) std::cout << m << "\n";
    for (const auto& [part, t] : tallies)
        std::cout << "people " << part << ": files " << t.files << ", attendance P " << t.p() << " R " << t.r()
                  << " F1 " << t.f1() << " (tp " << t.tp << ", fp " << t.fp << ", fn " << t.fn << "), role accuracy "
                  << t.role_accuracy() << " (" << t.same_role << "/" << t.matched << ")\n";
    for (const auto& [part, floors] : {std::pair{std::string("dev"), kDevFloors}, std::pair{std::string("test"), kTestFloors},
                                       std::pair{std::string("real"), kRealFloors}}) {
        if (!tallies.count(part)) continue;
        INFO("part " << part);
        CHECK(tallies[part].f1() >= floors.attendance_f1);
        CHECK(tallies[part].role_accuracy() >= floors.role_accuracy);
    }
}

TEST_CASE("every person value of the real documents, listed for judging", "[.][people-values]") {
    const std::string shared = quorum::test::shared_dir_or_skip();
    const quorum::extract::Registry registry;
    const quorum::facets::FacetDetector detector;
    const char* only = std::getenv("QUORUM_PEOPLE_CORPUS");  // "corpus-real", "corpus-real-2" or unset (both)
    const char* part = std::getenv("QUORUM_PEOPLE_PART");    // corpus-real-2's "dev" or "test" part only
    const auto parts = parts_of(shared + "/corpus-real-2/MANIFEST.tsv",
                                quorum::test::source_dir() + "/tests/labels/real2-split.tsv");
    int values = 0;
    for (const std::string corpus : {"corpus-real", "corpus-real-2"}) {
        if (only && corpus != only) continue;
        for (const auto& entry : std::filesystem::recursive_directory_iterator(shared + "/" + corpus)) {
            if (!entry.is_regular_file()) continue;
            const std::string name = entry.path().filename().string();
            if (name == "MANIFEST.tsv" || name == "README.md") continue;
            const std::string rel = std::filesystem::relative(entry.path(), shared + "/" + corpus).string();
            if (part && corpus == "corpus-real-2" && (!parts.count(rel) || parts.at(rel) != part)) continue;
            try {
                for (const auto& p : people_of_file(registry, detector, entry.path().string())) {
                    std::cout << corpus << "\t" << rel << "\t" << p.role << "\t" << p.value << "\n";
                    ++values;
                }
            } catch (const std::exception& e) {
                std::cout << corpus << "\t" << rel << "\tERROR\t" << e.what() << "\n";
            }
        }
    }
    CHECK(values > 0);
}

namespace {

// FLOOR, set at the figure measured (docs/accuracy.md, "People"): the share of labelled councils
// whose identities are within 10% of the true number of distinct people.
// Measured on branch s11-people: 19 of 36 councils (0.528; 17 on s10-people); most misses are
// councils whose documents Quorum finds too few people in (scans without OCR here, agenda
// rosters, report contact blocks), not merges.
constexpr double kIdentityCountFloor = 0.52;

/// council -> true number of distinct people, from tests/labels/people-identities.tsv.
std::map<std::string, int> read_identity_counts(const std::string& file) {
    std::map<std::string, int> out;
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line.front() == '#') continue;
        const auto f = fields_of(line);
        if (f.size() >= 2 && f[0] != "council") out[f[0]] = std::stoi(f[1]);
    }
    return out;
}

/// A council cell as people-identities.tsv names it: remarks in brackets dropped, and the two
/// spellings its header lists mapped to the label's name.
std::string labelled_council(std::string cell) {
    if (const size_t bracket = cell.find(" ("); bracket != std::string::npos) cell.erase(bracket);
    if (cell == "The Corporation of the Township of Nipissing") return "Township of Nipissing";
    if (cell == "West of England Combined Authority") return "West of England Mayoral Combined Authority";
    return cell;
}

/// path (relative to ../shared) -> council: corpus-real-2 from its MANIFEST.tsv, corpus-real and
/// seeds from tests/labels/real.tsv (status ok rows).
std::map<std::string, std::string> councils_of_documents(const std::string& shared) {
    std::map<std::string, std::string> out;
    std::string line;
    std::ifstream manifest(shared + "/corpus-real-2/MANIFEST.tsv");
    while (std::getline(manifest, line)) {
        const auto f = fields_of(line);
        if (f.size() >= 5 && f[0] != "path") out["corpus-real-2/" + f[0]] = labelled_council(f[4]);
    }
    std::ifstream real(quorum::test::source_dir() + "/tests/labels/real.tsv");
    while (std::getline(real, line)) {
        if (line.empty() || line.front() == '#') continue;
        const auto f = fields_of(line);
        if (f.size() >= 3 && f[0] != "path" && f[1] == "ok") out[f[0]] = f[2];
    }
    return out;
}

}  // namespace

TEST_CASE("identities per council against the true number of distinct people", "[people-identities]") {
    const std::string shared = quorum::test::shared_dir_or_skip();
    const std::string counts_file = quorum::test::source_dir() + "/tests/labels/people-identities.tsv";
    const auto truth = read_identity_counts(counts_file);
    REQUIRE_FALSE(truth.empty());
    const auto parts = parts_of(shared + "/corpus-real-2/MANIFEST.tsv",
                                quorum::test::source_dir() + "/tests/labels/real2-split.tsv");
    const quorum::extract::Registry registry;
    const quorum::facets::FacetDetector detector;
    std::vector<std::pair<std::string, std::vector<std::string>>> names;
    std::map<std::string, std::string> part_of_council;
    for (const auto& [path, council] : councils_of_documents(shared)) {
        if (!truth.count(council)) continue;  // a council no one counted (no people labels)
        const auto part = path.starts_with("corpus-real-2/") ? parts.find(path.substr(14)) : parts.end();
        part_of_council[council] = part == parts.end() ? "real" : part->second;
        std::vector<std::string> people;
        try {
            for (const auto& p : people_of_file(registry, detector, shared + "/" + path)) people.push_back(p.value);
        } catch (const std::exception& e) {
            std::cout << "UNREAD " << path << ": " << e.what() << " (names nobody here)\n";
        }
        names.emplace_back(council, std::move(people));
    }
    const auto identities = detector.person_identities(names);
    int councils = 0, within = 0;
    for (const auto& [council, true_count] : truth) {
        if (!part_of_council.count(council)) continue;
        std::set<std::string> distinct;
        size_t forms = 0;  // distinct written forms: the count without the identity step
        if (const auto it = identities.find(council); it != identities.end()) {
            forms = it->second.size();
            for (const auto& [written, identity] : it->second) distinct.insert(identity);
        }
        const int found = static_cast<int>(distinct.size());
        const bool close = true_count == 0 ? found == 0 : std::abs(found - true_count) <= 0.1 * true_count;
        ++councils;
        within += close;
        std::cout << "identities " << part_of_council[council] << "\t" << council << "\tfound " << found << "\ttrue "
                  << true_count << "\twritten forms " << forms << (close ? "\twithin 10%" : "") << "\n";
    }
    const double share = councils ? double(within) / councils : 0.0;
    std::cout << "identities: " << within << " of " << councils << " councils within 10% of the true count ("
              << share << ")\n";
    CHECK(councils == static_cast<int>(truth.size()));
    CHECK(share >= kIdentityCountFloor);
}
