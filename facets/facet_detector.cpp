/** @file facet_detector.cpp @brief Combines the detectors in order of precedence: user (manifest, folder defaults), structure, text. */
#include "facets/facet_detector.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <stdexcept>

#include "facets/body_and_type.h"
#include "facets/councils.h"
#include "facets/meeting_date.h"
#include "facets/people/officers.h"
#include "facets/people/people.h"
#include "facets/people/identities.h"
#include "facets/people/people_file.h"
#include "facets/people/person_merge.h"
#include "facets/user_facets.h"
#include "extractors/data_file.h"
#include "schema/data_tables.h"

namespace quorum::facets {
namespace {

std::vector<FacetValue> user_values(const std::string& joined, const std::string& source) {
    std::vector<FacetValue> out;
    std::stringstream in(joined);
    std::string part;
    while (std::getline(in, part, ';')) {
        const size_t a = part.find_first_not_of(' ');
        const size_t b = part.find_last_not_of(' ');
        if (a != std::string::npos) out.push_back({part.substr(a, b - a + 1), source, 1.0, ""});
    }
    return out;
}

// The user's council may be a short form: map it to the gazetteer's canonical name.
std::vector<FacetValue> canonical_councils(std::vector<FacetValue> values, const Gazetteer& gazetteer) {
    for (auto& v : values)
        if (const GazetteerEntry* e = gazetteer.find(v.value)) v.value = e->canonical;
    return values;
}

std::string read_text_file(const std::string& user_path, const std::string& what) {
    if (user_path.empty()) return "";
    std::ifstream in(user_path);
    if (!in) throw std::runtime_error("cannot read " + what + " " + user_path);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

Taxonomy load_taxonomy(const std::string& user_path, const std::string& user_text) {
    if (user_path.empty()) return Taxonomy::builtin();
    try {
        return Taxonomy::builtin().merged_with(Taxonomy::parse(user_text));
    } catch (const std::runtime_error& e) {
        throw std::runtime_error(user_path + ": " + e.what());
    }
}

/// Each item's speakers, and its mover and seconder, as the person facet names them; the
/// mover and seconder speak on the item too.
void link_item_people(std::vector<Item>& items, const std::vector<FacetValue>& people) {
    for (Item& item : items) {
        item.speakers = item_speakers(item.text, people);
        item.vote.mover_person = resolve_person(item.vote.mover, people);
        item.vote.seconder_person = resolve_person(item.vote.seconder, people);
        for (const std::string* p : {&item.vote.mover_person, &item.vote.seconder_person})
            if (!p->empty() && std::find(item.speakers.begin(), item.speakers.end(), *p) == item.speakers.end())
                item.speakers.push_back(*p);
    }
}

}  // namespace

struct FacetDetector::Impl {
    FacetOptions options;
    const Gazetteer& gazetteer = Gazetteer::builtin();
    Taxonomy taxonomy;
    std::string user_taxonomy_text;
    PeopleFile people_file;
    std::string people_text;  ///< the people file's rows, part of the configuration
    std::optional<Manifest> manifest;
    FolderDefaults folder_defaults;

    std::optional<UserFacets> user_facets(const std::string& path) const {
        std::error_code ec;
        const std::string abs = std::filesystem::absolute(path, ec).lexically_normal().string();
        std::optional<UserFacets> out;
        if (manifest) out = manifest->lookup(abs);
        if (auto d = folder_defaults.lookup(abs)) {
            if (!out) out = UserFacets{};
            d->fill_missing(*out);
        }
        return out;
    }
};

FacetDetector::FacetDetector(const FacetOptions& options) : impl_(std::make_unique<Impl>()) {
    impl_->options = options;
    impl_->user_taxonomy_text = read_text_file(options.taxonomy_path, "taxonomy");
    impl_->taxonomy = load_taxonomy(options.taxonomy_path, impl_->user_taxonomy_text);
    if (!options.manifest_path.empty()) impl_->manifest = Manifest::load(options.manifest_path);
    if (!options.people_path.empty()) {
        impl_->people_text = read_text_file(options.people_path, "people file");
        impl_->people_file = PeopleFile::parse(impl_->people_text, options.people_path);
    }
}

FacetDetector::~FacetDetector() = default;

std::string FacetDetector::shared_configuration() const {
    return "rules " + std::to_string(kFacetRulesVersion) + "\ndate-order " + (impl_->options.prefer_mdy ? "mdy" : "dmy") +
           "\ntaxonomy\n" + std::string(schema::taxonomy_tsv()) + "\nuser taxonomy\n" + impl_->user_taxonomy_text +
           "\ngazetteer\n" + std::string(schema::gazetteer_tsv()) +
           (impl_->people_text.empty() ? "" : "\npeople\n" + impl_->people_text);
}

std::optional<UserFacets> FacetDetector::stated_facets(const std::string& path) const { return impl_->user_facets(path); }

std::map<std::string, std::map<std::string, std::string>> FacetDetector::person_identities(
    const std::vector<std::pair<std::string, std::vector<std::string>>>& names_by_document) const {
    std::vector<DocumentNames> documents;
    documents.reserve(names_by_document.size());
    for (const auto& [council, names] : names_by_document) documents.push_back({council, names});
    const PeopleFile& file = impl_->people_file;
    return facets::person_identities(documents, [&file](const std::string& name) { return file.gives(name); });
}

std::vector<std::string> FacetDetector::notes() const {
    std::vector<std::string> out;
    if (!impl_->manifest || impl_->manifest->ignored_columns().empty()) return out;
    std::string columns;
    bool mixed = false;
    for (const auto& c : impl_->manifest->ignored_columns()) {
        columns += (columns.empty() ? "" : ", ") + c;
        mixed = mixed || c == "council_or_body";
    }
    out.push_back("manifest " + impl_->options.manifest_path + ": columns not read: " + columns +
                  " (Quorum reads path, council, body, date or meeting_date, doc_type, url)" +
                  (mixed ? "; split 'council_or_body' into 'council' and 'body' to use it" : ""));
    return out;
}

namespace {

// A data table or export (MANIFEST.tsv, a CSV, a JSON dump) is type "other": its rows name other
// meetings' councils, bodies and dates, so it has only what a manifest or defaults file states.
DocumentFacets data_file_facets(const std::optional<UserFacets>& user, const Gazetteer& gazetteer) {
    DocumentFacets f;
    f.doc_types = {{"other", "structure", 0.95, ""}};
    if (!user) return f;
    if (!user->council.empty()) f.councils = canonical_councils(user_values(user->council, user->source), gazetteer);
    if (!user->date.empty()) f.dates = {{user->date, user->source, 1.0, ""}};
    if (!user->body.empty()) f.bodies = {{user->body, user->source, 1.0, ""}};
    if (!user->doc_type.empty()) f.doc_types = {{user->doc_type, user->source, 1.0, ""}};
    return f;
}

// Where the file was published: the manifest's url, else an HTML page's canonical link or
// og:url when it is a web address.
std::string published_url(const extract::Extraction& extraction, const std::optional<UserFacets>& user) {
    if (user && !user->url.empty()) return user->url;
    for (const char* key : {"canonical", "og:url"}) {
        const auto it = extraction.metadata.find(key);
        if (it != extraction.metadata.end() && (it->second.starts_with("https://") || it->second.starts_with("http://")) &&
            it->second.find_first_of(" ;") == std::string::npos)
            return it->second;
    }
    return "";
}

}  // namespace

DocumentFacets FacetDetector::detect(const extract::Extraction& extraction, std::vector<Item>& items) const {
    DocumentFacets f;
    const std::optional<UserFacets> user = extraction.path.empty() ? std::nullopt : impl_->user_facets(extraction.path);

    if (extract::is_data_file(extraction)) {
        DocumentFacets data = data_file_facets(user, impl_->gazetteer);
        data.source_url = published_url(extraction, user);
        return data;
    }

    CouncilFacets councils = detect_councils(extraction, impl_->gazetteer);
    f.mentions = std::move(councils.mentions);
    if (user && !user->council.empty())
        f.councils = canonical_councils(user_values(user->council, user->source), impl_->gazetteer);
    else
        f.councils = std::move(councils.publishers);

    if (user && !user->date.empty()) f.dates = {{user->date, user->source, 1.0, ""}};
    else f.dates = detect_meeting_date(extraction, impl_->options.prefer_mdy);

    if (user && !user->body.empty()) f.bodies = {{user->body, user->source, 1.0, ""}};
    else f.bodies = detect_body(extraction);

    if (user && !user->doc_type.empty()) f.doc_types = {{user->doc_type, user->source, 1.0, ""}};
    else f.doc_types = detect_doc_type(extraction, items);

    const officer::ScannedPeople scanned = officer::scan_people(extraction);  // one scan, two facets
    f.officers = officers_from(scanned);
    f.people = people_from(scanned);
    impl_->people_file.apply(f.people);
    link_item_people(items, f.people);
    for (Item& item : items) impl_->people_file.apply(item.speakers);
    f.source_url = published_url(extraction, user);

    // Topics per item; the document's topics come from their evidence, with the share of items
    // that have the topic as confidence, and keep that evidence for `quorum show`.
    std::vector<std::vector<TopicEvidence>> evidence;
    for (auto& item : items) {
        evidence.push_back(item_topic_evidence(item, impl_->taxonomy));
        item.topics.clear();
        for (const auto& e : evidence.back()) item.topics.push_back(e.slug);
    }
    for (const auto& slug : document_topics(evidence)) {
        TopicEvidenceSummary why = document_topic_evidence(evidence, slug);
        const double share = static_cast<double>(why.items) / items.size();
        f.topics.push_back({slug, "text", share, "", std::move(why)});
    }
    return f;
}

}  // namespace quorum::facets
