/** @file sharded_index.cpp @brief Routing the staging index's documents to their shards, and the catalogue and stub that describe them. */
#include "indexer/shards/sharded_index.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <unordered_map>

#include "indexer/database.h"
#include "indexer/index_roots.h"
#include "schema/fields.h"

namespace quorum::index {
namespace {

namespace fs = std::filesystem;
namespace n = schema::names;

Xapian::valueno slot_of(std::string_view field) { return static_cast<Xapian::valueno>(schema::field(field).slot); }

// The values that change whenever a document's stored form can: its file's stamp and content,
// its facet configuration and the facets that route it. Equal values: the shard's copy is current.
const std::vector<std::string_view> kStampFields = {n::kModified, n::kSize,    n::kContentHash, n::kSourcePath,
                                                    n::kFacetConfig, n::kCouncil, n::kDate,  n::kPersonForms};

std::string stamp_of(const Xapian::Document& doc) {
    std::string stamp;
    for (const auto field : kStampFields) {
        const std::string v = doc.get_value(slot_of(field));
        stamp += std::to_string(v.size()) + ":" + v;
    }
    return stamp;
}

std::string id_term(const Xapian::Document& doc) {
    const std::string prefix(schema::field(n::kId).prefix);
    auto t = doc.termlist_begin();
    t.skip_to(prefix);
    if (t == doc.termlist_end() || !(*t).starts_with(prefix)) return {};
    return *t;
}

std::string shard_name(const ShardScheme& scheme, const Xapian::Document& doc, const std::string& id) {
    switch (scheme.by) {
        case ShardScheme::By::Council: {
            const std::string councils = doc.get_value(slot_of(n::kCouncil));
            const std::string name = schema::facet_term_value(councils.substr(0, councils.find('\n')));
            return name.empty() ? "no-council" : name;
        }
        case ShardScheme::By::Year: {
            const std::string date = doc.get_value(slot_of(n::kDate));
            return date.size() >= 4 ? date.substr(0, 4) : "undated";
        }
        case ShardScheme::By::Hash: {
            // The id is 'd' + 16 hex digits of the path's hash (schema/document_id.cpp): stable
            // across runs and machines.
            const std::string hex = id.size() > 12 ? id.substr(id.size() - 12) : id;
            unsigned long long h = 0;
            std::from_chars(hex.data(), hex.data() + hex.size(), h, 16);
            return "hash-" + std::to_string(h % scheme.buckets) + "-of-" + std::to_string(scheme.buckets);
        }
    }
    return "unknown";
}

struct Route {
    std::string shard;
    Xapian::docid did;
};

void write_atomically(const fs::path& target, const std::string& text) {
    const fs::path temporary = target.string() + ".new";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << text;
        if (!out.flush()) throw DatabaseError("cannot write " + temporary.string());
    }
    std::error_code ec;
    fs::rename(temporary, target, ec);
    if (ec) throw DatabaseError("cannot write " + target.string() + ": " + ec.message());
}

void add_to_entry(CatalogueEntry& e, const Xapian::Document& doc) {
    ++e.documents;
    const std::string date = doc.get_value(slot_of(n::kDate));
    if (date.size() >= 4) {
        const std::string year = date.substr(0, 4);
        if (std::find(e.years.begin(), e.years.end(), year) == e.years.end()) e.years.push_back(year);
    } else {
        ++e.undated;
    }
    // A file of several meetings is found by its other meetings' dates too: their years are the shard's.
    const std::string other(schema::field(n::kOtherMeetingDate).prefix);
    auto t = doc.termlist_begin();
    t.skip_to(other);
    for (; t != doc.termlist_end() && (*t).starts_with(other); ++t) {
        const std::string year = (*t).substr(other.size(), 4);
        if (std::find(e.years.begin(), e.years.end(), year) == e.years.end()) e.years.push_back(year);
    }
    const std::string joined = doc.get_value(slot_of(n::kCouncil));
    size_t start = 0;
    while (start <= joined.size()) {
        const size_t cut = joined.find('\n', start);
        const std::string c = joined.substr(start, cut == std::string::npos ? std::string::npos : cut - start);
        if (!c.empty() && std::find(e.councils.begin(), e.councils.end(), c) == e.councils.end()) e.councils.push_back(c);
        if (cut == std::string::npos) break;
        start = cut + 1;
    }
}

}  // namespace

ShardScheme ShardScheme::parse(const std::string& text) {
    ShardScheme s;
    s.text = text;
    if (text == "council") return s;
    if (text == "year") {
        s.by = By::Year;
        return s;
    }
    if (text.starts_with("hash:")) {
        const char* first = text.data() + 5;
        const char* last = text.data() + text.size();
        const auto [end, ec] = std::from_chars(first, last, s.buckets);
        if (ec == std::errc{} && end == last && s.buckets >= 1 && s.buckets <= 1024) {
            s.by = By::Hash;
            return s;
        }
    }
    throw DatabaseError("--shard-by '" + text + "': give council, year or hash:N (N from 1 to 1024)");
}

std::string staging_path(const std::string& dir) { return (fs::path(dir) / "staging").string(); }

bool is_sharded_folder(const std::string& dir) {
    std::error_code ec;
    return fs::is_regular_file(fs::path(dir) / kCatalogueFile, ec);
}

void check_sharded_folder(const std::string& dir, const ShardScheme& scheme) {
    std::error_code ec;
    if (!fs::exists(dir, ec) || fs::is_empty(dir, ec)) return;
    if (!fs::is_directory(dir, ec))
        throw DatabaseError(dir + " is a file, not a folder for a sharded index; give a new folder with --db");
    if (!is_sharded_folder(dir))
        throw DatabaseError(dir + " holds files that are not a sharded Quorum index; Quorum leaves them alone. Give a "
                                  "new or empty folder with --db for --shard-by");
    const Catalogue existing = read_catalogue(dir);
    if (existing.shard_by != scheme.text)
        throw DatabaseError(dir + " is sharded by " + existing.shard_by + ", not " + scheme.text +
                            "; to shard the archive another way, build it into a new folder");
}

DistributionSummary distribute_to_shards(const std::string& dir, const ShardScheme& scheme) {
    DistributionSummary out;
    const Xapian::Database staging(staging_path(dir));
    const std::string dictionary = staging.get_metadata(std::string(schema::kDataDictionaryKey));
    const std::vector<std::string> roots = load_roots(staging);

    // Where each document goes, and what each shard will then hold.
    std::unordered_map<std::string, Route> routes;
    std::map<std::string, std::vector<std::string>> ids_by_shard;
    std::map<std::string, CatalogueEntry> entries;
    for (auto p = staging.postlist_begin(""); p != staging.postlist_end(""); ++p) {
        const Xapian::Document doc = staging.get_document(*p);
        const std::string id = id_term(doc);
        if (id.empty()) continue;
        const std::string shard = shard_name(scheme, doc, id);
        routes[id] = {shard, *p};
        ids_by_shard[shard].push_back(id);
        CatalogueEntry& e = entries[shard];
        e.name = shard;
        add_to_entry(e, doc);
    }

    // Every shard folder there is (old ones may now hold nothing) and every one needed.
    const fs::path shards_dir = fs::path(dir) / "shards";
    std::set<std::string> names;
    for (const auto& [name, entry] : entries) names.insert(name);
    if (std::error_code ec; fs::is_directory(shards_dir, ec))
        for (const auto& d : fs::directory_iterator(shards_dir)) names.insert(d.path().filename().string());

    if (std::error_code ec; !fs::create_directories(shards_dir, ec) && ec)
        throw DatabaseError("cannot create " + shards_dir.string() + ": " + ec.message());
    const std::string id_prefix(schema::field(n::kId).prefix);
    for (const std::string& name : names) {
        Xapian::WritableDatabase shard = open_for_writing((shards_dir / name).string());
        // Documents are copied with their stored data as the staging index encoded it, so a
        // shard carries the staging index's dictionary; when it changes every copy is rewritten.
        const bool same_dictionary = shard.get_metadata(std::string(schema::kDataDictionaryKey)) == dictionary;
        if (!same_dictionary) shard.set_metadata(std::string(schema::kDataDictionaryKey), dictionary);
        save_roots(shard, roots);
        // Out with what left the archive or belongs to another shard now.
        std::vector<std::string> leaving;
        for (auto t = shard.allterms_begin(id_prefix); t != shard.allterms_end(id_prefix); ++t) {
            const auto route = routes.find(*t);
            if (route == routes.end() || route->second.shard != name) leaving.push_back(*t);
        }
        for (const auto& id : leaving) shard.delete_document(id);
        out.removed += leaving.size();
        // In with what is new or changed.
        for (const std::string& id : ids_by_shard[name]) {
            const Xapian::Document doc = staging.get_document(routes.at(id).did);
            if (same_dictionary) {
                auto held = shard.postlist_begin(id);
                if (held != shard.postlist_end(id) && stamp_of(shard.get_document(*held)) == stamp_of(doc)) {
                    ++out.unchanged;
                    continue;
                }
            }
            shard.replace_document(id, doc);
            ++out.copied;
        }
        shard.commit();
        CatalogueEntry& e = entries[name];
        e.name = name;
        e.path = "shards/" + name;
        e.documents = shard.get_doccount();
        e.schema_version = schema::kSchemaVersion;
        std::sort(e.councils.begin(), e.councils.end());
        std::sort(e.years.begin(), e.years.end());
    }

    out.catalogue.shard_by = scheme.text;
    std::string stub = "# Quorum sharded index (" + scheme.text +
                       "): the shards searched as one. Edit shards.json's paths too if you move one.\n";
    for (auto& [name, entry] : entries) {
        out.catalogue.shards.push_back(entry);
        stub += "auto " + entry.path + "\n";
    }
    write_catalogue(dir, out.catalogue);
    write_atomically(fs::path(dir) / "XAPIANDB", stub);
    return out;
}

}  // namespace quorum::index
