/** @file document_builder.cpp @brief Schema-driven term, value and data generation for files and items. */
#include "indexer/document_builder.h"

#include <xxhash.h>

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <set>

#include "schema/fields.h"

namespace quorum::index {
namespace {

namespace n = schema::names;

std::string prefix_of(std::string_view field) { return std::string(schema::field(field).prefix); }
Xapian::valueno slot_of(std::string_view field) { return static_cast<Xapian::valueno>(schema::field(field).slot); }

constexpr size_t kMaxTermBytes = 240;

void add_boolean(Xapian::Document& doc, std::string_view field, std::string_view value) {
    if (value.empty()) return;
    std::string term = schema::make_term(schema::field(field).prefix, value);
    if (term.size() <= kMaxTermBytes) doc.add_boolean_term(term);
}

std::string join_values(const std::vector<FacetValue>& values) {
    std::string out;
    for (const auto& v : values) {
        if (!out.empty()) out += '\n';
        out += v.value;
    }
    return out;
}

std::string hex_to_bytes(std::string_view hex) {
    std::string out;
    for (size_t i = 0; i + 1 < hex.size(); i += 2) out += static_cast<char>(std::stoi(std::string(hex.substr(i, 2)), nullptr, 16));
    return out;
}

nlohmann::json facet_json(const std::vector<FacetValue>& values) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& v : values) {
        nlohmann::json j = {{"value", v.value}, {"source", v.source}, {"confidence", v.confidence}};
        if (!v.role.empty()) j["role"] = v.role;
        out.push_back(std::move(j));
    }
    return out;
}

std::vector<std::string> plain_values(const std::vector<FacetValue>& values) {
    std::vector<std::string> out;
    for (const auto& v : values) out.push_back(v.value);
    return out;
}

std::string first_value(const std::vector<FacetValue>& values) { return values.empty() ? "" : values.front().value; }

nlohmann::json officers_json(const std::vector<FacetValue>& values) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& v : values) out.push_back({{"name", v.value}, {"role", v.role}});
    return out;
}

}  // namespace

std::string document_id(std::string_view path) {
    char out[18];
    std::snprintf(out, sizeof out, "d%016llx", static_cast<unsigned long long>(XXH3_64bits(path.data(), path.size())));
    return out;
}

std::string mtime_value(std::int64_t seconds) {
    const auto v = static_cast<std::uint32_t>(seconds < 0 ? 0 : seconds);
    return {static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8), static_cast<char>(v)};
}

std::string mime_type(std::string_view format) {
    if (format == "pdf") return "application/pdf";
    if (format == "html") return "text/html";
    return "text/plain";
}

std::vector<std::string> path_terms(std::string_view path) {
    std::vector<std::string> terms;
    const std::string p = prefix_of(n::kPath);
    for (size_t slash = path.find('/', 1); slash != std::string_view::npos; slash = path.find('/', slash + 1))
        terms.push_back(p + std::string(path.substr(0, slash)));
    terms.push_back(p + std::string(path));
    std::erase_if(terms, [](const std::string& t) { return t.size() > kMaxTermBytes; });
    return terms;
}

DocumentBuilder::DocumentBuilder() {
    generator_.set_stemmer(Xapian::Stem("english"));
    generator_.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
}

void DocumentBuilder::add_facet_terms(Xapian::Document& doc, const DocumentRecord& r,
                                      const std::vector<FacetValue>& topics) const {
    const auto& f = r.facets;
    for (const auto& c : f.councils) add_boolean(doc, n::kCouncil, schema::facet_term_value(c.value));
    for (const auto& c : f.mentions) add_boolean(doc, n::kMentions, schema::facet_term_value(c.value));
    for (const auto& b : f.bodies) add_boolean(doc, n::kCommittee, schema::facet_term_value(b.value));
    for (const auto& o : f.officers) add_boolean(doc, n::kOfficer, schema::facet_term_value(o.value));
    for (const auto& t : topics) add_boolean(doc, n::kTopic, t.value);
    for (const auto& t : f.doc_types) add_boolean(doc, n::kDocType, t.value);
    if (!f.dates.empty() && f.dates.front().value.size() == 10) {
        const std::string& iso = f.dates.front().value;  // YYYY-MM-DD
        const std::string ymd = iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2);
        const std::string d = prefix_of(n::kDate);
        doc.add_boolean_term(d + ymd);
        doc.add_boolean_term(prefix_of(n::kMonth) + ymd.substr(0, 6));
        doc.add_boolean_term(prefix_of(n::kYear) + ymd.substr(0, 4));
        doc.add_value(slot_of(n::kDate), ymd);
    }
    if (!f.councils.empty()) doc.add_value(slot_of(n::kCouncil), join_values(f.councils));
    if (!f.bodies.empty()) doc.add_value(slot_of(n::kCommittee), f.bodies.front().value);
    if (!f.officers.empty()) doc.add_value(slot_of(n::kOfficer), join_values(f.officers));
    if (!topics.empty()) doc.add_value(slot_of(n::kTopic), join_values(topics));
    if (!f.doc_types.empty()) doc.add_value(slot_of(n::kDocType), f.doc_types.front().value);
}

Xapian::Document DocumentBuilder::build_item(const DocumentRecord& r, const std::string& doc_id, size_t index,
                                             const Item& item) {
    Xapian::Document doc;
    generator_.set_document(doc);
    const unsigned title_weight = schema::field(n::kTitle).weight;
    if (!item.title.empty()) {
        generator_.index_text(item.title, title_weight, prefix_of(n::kTitle));
        generator_.index_text(item.title, title_weight);
        generator_.increase_termpos(100);
    }
    generator_.index_text(item.text, schema::field(n::kBody).weight);
    if (!item.resolution.empty()) {
        generator_.increase_termpos(100);
        generator_.index_text(item.resolution, schema::field(n::kResolution).weight, prefix_of(n::kResolution));
        add_boolean(doc, n::kResolved, "yes");
    }

    const std::string item_id = doc_id + "-" + std::to_string(index);
    doc.add_boolean_term(prefix_of(n::kId) + item_id);
    add_boolean(doc, n::kRecord, schema::kRecordItem);
    add_boolean(doc, n::kParent, doc_id);
    doc.add_value(slot_of(n::kParent), doc_id);
    add_boolean(doc, n::kItemNumber, item.number);
    for (const auto& t : path_terms(r.path)) doc.add_boolean_term(t);
    add_boolean(doc, n::kMime, mime_type(r.format));
    std::vector<FacetValue> topics;
    for (const auto& t : item.topics) topics.push_back({t, "text", 1.0, ""});
    add_facet_terms(doc, r, topics);

    const auto& f = r.facets;
    nlohmann::json data = {
        {"record", schema::kRecordItem},
        {"id", item_id},
        {"parent", doc_id},
        {"path", r.path},
        {"format", r.format},
        {"doc_title", r.title},
        {"item", {{"number", item.number}, {"title", item.title}}},
        {"pages", {item.first_page, item.last_page}},
        {"council", plain_values(f.councils)},
        {"body", first_value(f.bodies)},
        {"date", first_value(f.dates)},
        {"doc_type", first_value(f.doc_types)},
        {"officers", officers_json(f.officers)},
        {"topics", item.topics},
        {"resolution", item.resolution},
        {"text", item.text},
    };
    doc.set_data(data.dump());
    return doc;
}

BuiltDocument DocumentBuilder::build(const DocumentRecord& r) {
    BuiltDocument out;
    out.doc_id = document_id(r.path);

    Xapian::Document& doc = out.document;
    generator_.set_document(doc);
    if (!r.title.empty()) generator_.index_text(r.title, 1, prefix_of(n::kTitle));
    doc.add_boolean_term(prefix_of(n::kId) + out.doc_id);
    add_boolean(doc, n::kRecord, schema::kRecordDocument);
    for (const auto& t : path_terms(r.path)) doc.add_boolean_term(t);
    add_boolean(doc, n::kMime, mime_type(r.format));
    const size_t dot = r.path.find_last_of('.');
    if (dot != std::string::npos && r.path.find('/', dot) == std::string::npos) {
        std::string ext = r.path.substr(dot + 1);
        std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
        add_boolean(doc, n::kExtension, ext);
    }
    add_facet_terms(doc, r, r.facets.topics);
    doc.add_value(slot_of(n::kModified), mtime_value(r.stamp.mtime));
    doc.add_value(slot_of(n::kSize), Xapian::sortable_serialise(static_cast<double>(r.stamp.size)));
    doc.add_value(slot_of(n::kContentHash), hex_to_bytes(r.stamp.hash));
    doc.add_value(slot_of(n::kSourcePath), r.path);

    const auto& f = r.facets;
    nlohmann::json items = nlohmann::json::array();
    for (const auto& it : r.items)
        items.push_back({{"number", it.number},
                         {"title", it.title},
                         {"pages", {it.first_page, it.last_page}},
                         {"resolved", !it.resolution.empty()}});
    nlohmann::json data = {
        {"record", schema::kRecordDocument},
        {"id", out.doc_id},
        {"path", r.path},
        {"format", r.format},
        {"title", r.title},
        {"pages", r.pages},
        {"size", r.stamp.size},
        {"mtime", r.stamp.mtime},
        {"hash", r.stamp.hash},
        {"council", plain_values(f.councils)},
        {"body", first_value(f.bodies)},
        {"date", first_value(f.dates)},
        {"doc_type", first_value(f.doc_types)},
        {"officers", officers_json(f.officers)},
        {"topics", plain_values(f.topics)},
        {"facets",
         {{"council", facet_json(f.councils)},
          {"mentions", facet_json(f.mentions)},
          {"body", facet_json(f.bodies)},
          {"date", facet_json(f.dates)},
          {"doc_type", facet_json(f.doc_types)},
          {"officers", facet_json(f.officers)},
          {"topics", facet_json(f.topics)}}},
        {"items", std::move(items)},
        {"warnings", r.warnings},
    };
    doc.set_data(data.dump());

    std::set<std::string> words;
    for (size_t i = 0; i < r.items.size(); ++i) {
        out.items.push_back(build_item(r, out.doc_id, i, r.items[i]));
        for (auto t = out.items.back().termlist_begin(); t != out.items.back().termlist_end(); ++t) {
            const std::string& term = *t;
            if (!term.empty() && std::islower(static_cast<unsigned char>(term[0])) && term.size() <= 40) words.insert(term);
        }
    }
    out.words.assign(words.begin(), words.end());
    return out;
}

}  // namespace quorum::index
