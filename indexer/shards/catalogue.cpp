/** @file catalogue.cpp @brief The sharded index's catalogue as JSON, and pruning by it. */
#include "indexer/shards/catalogue.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <sstream>

#include "indexer/database.h"
#include "schema/fields.h"

namespace quorum::index {
namespace {

namespace fs = std::filesystem;

// The year a --from/--to value names (YYYY, YYYY-MM, YYYY-MM-DD, DD/MM/YYYY), or nullopt.
std::optional<std::string> year_of(const std::string& date) {
    auto digits = [](std::string_view s) {
        return s.size() == 4 && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
    };
    if (date.size() >= 4 && digits(std::string_view(date).substr(0, 4))) return date.substr(0, 4);
    if (const size_t slash = date.rfind('/'); slash != std::string::npos && digits(std::string_view(date).substr(slash + 1)))
        return date.substr(slash + 1);
    return std::nullopt;
}

bool holds_council(const CatalogueEntry& e, const std::string& term) {
    return std::any_of(e.councils.begin(), e.councils.end(),
                       [&](const std::string& c) { return schema::facet_term_value(c) == term; });
}

}  // namespace

std::string catalogue_json(const Catalogue& catalogue) {
    nlohmann::json shards = nlohmann::json::array();
    for (const CatalogueEntry& e : catalogue.shards)
        shards.push_back({{"name", e.name},
                          {"path", e.path},
                          {"councils", e.councils},
                          {"years", e.years},
                          {"undated", e.undated},
                          {"documents", e.documents},
                          {"schema_version", e.schema_version}});
    return nlohmann::json{{"format", "quorum-shard-catalogue"}, {"shard_by", catalogue.shard_by}, {"shards", shards}}
               .dump(2) +
           "\n";
}

Catalogue parse_catalogue(const std::string& text, const std::string& source) {
    const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object() || j.value("format", "") != "quorum-shard-catalogue" ||
        !j.contains("shards") || !j["shards"].is_array())
        throw DatabaseError(source + " is not a Quorum shard catalogue");
    Catalogue c;
    c.shard_by = j.value("shard_by", "");
    try {
        for (const auto& s : j["shards"]) {
            CatalogueEntry e;
            e.name = s.at("name").get<std::string>();
            e.path = s.at("path").get<std::string>();
            e.councils = s.at("councils").get<std::vector<std::string>>();
            e.years = s.at("years").get<std::vector<std::string>>();
            e.undated = s.at("undated").get<unsigned long long>();
            e.documents = s.at("documents").get<unsigned long long>();
            e.schema_version = s.at("schema_version").get<int>();
            c.shards.push_back(std::move(e));
        }
    } catch (const nlohmann::json::exception& e) {
        throw DatabaseError(source + ": a shard entry is malformed (" + e.what() + ")");
    }
    return c;
}

void write_catalogue(const std::string& folder, const Catalogue& catalogue) {
    const fs::path target = fs::path(folder) / kCatalogueFile;
    const fs::path temporary = fs::path(folder) / (std::string(kCatalogueFile) + ".new");
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << catalogue_json(catalogue);
        if (!out.flush()) throw DatabaseError("cannot write the shard catalogue " + temporary.string());
    }
    std::error_code ec;
    fs::rename(temporary, target, ec);
    if (ec) throw DatabaseError("cannot write the shard catalogue " + target.string() + ": " + ec.message());
}

Catalogue read_catalogue(const std::string& folder) {
    const fs::path file = fs::path(folder) / kCatalogueFile;
    std::ifstream in(file, std::ios::binary);
    if (!in) return {};
    std::ostringstream text;
    text << in.rdbuf();
    return parse_catalogue(text.str(), file.string());
}

std::vector<bool> shards_that_can_match(const Catalogue& catalogue, const ShardFilter& filter) {
    std::vector<bool> can(catalogue.shards.size(), true);
    std::set<std::string> terms;
    for (const std::string& c : filter.councils) terms.insert(schema::facet_term_value(c));
    // Prune by council only when every value names a catalogued council exactly.
    const bool by_council =
        !terms.empty() && std::all_of(terms.begin(), terms.end(), [&](const std::string& t) {
            return std::any_of(catalogue.shards.begin(), catalogue.shards.end(),
                               [&](const CatalogueEntry& e) { return holds_council(e, t); });
        });
    const std::optional<std::string> from = filter.from.empty() ? std::nullopt : year_of(filter.from);
    const std::optional<std::string> to = filter.to.empty() ? std::nullopt : year_of(filter.to);
    const bool by_date = (!filter.from.empty() && from) || (!filter.to.empty() && to);
    for (size_t i = 0; i < catalogue.shards.size(); ++i) {
        const CatalogueEntry& e = catalogue.shards[i];
        if (by_council && std::none_of(terms.begin(), terms.end(), [&](const std::string& t) { return holds_council(e, t); }))
            can[i] = false;
        if (by_date && e.undated == 0 &&
            std::none_of(e.years.begin(), e.years.end(), [&](const std::string& y) {
                return (!from || y >= *from) && (!to || y <= *to);
            }))
            can[i] = false;
    }
    return can;
}

}  // namespace quorum::index
