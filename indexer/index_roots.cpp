/** @file index_roots.cpp @brief Remembered roots: a JSON array under quorum:roots. */
#include "indexer/index_roots.h"

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "schema/fields.h"

namespace quorum::index {

std::string absolute_root(const std::string& path) {
    std::error_code ec;
    std::string abs = std::filesystem::absolute(path, ec).lexically_normal().string();
    while (abs.size() > 1 && abs.back() == '/') abs.pop_back();
    return abs;
}

bool is_under(const std::string& path, const std::string& root) {
    if (root == "/") return !path.empty() && path[0] == '/';
    return path == root || (path.size() > root.size() && path.compare(0, root.size(), root) == 0 && path[root.size()] == '/');
}

std::vector<std::string> load_roots(const Xapian::Database& db) {
    const auto j = nlohmann::json::parse(db.get_metadata(std::string(schema::kRootsKey)), nullptr, false);
    std::vector<std::string> roots;
    if (!j.is_array()) return roots;
    for (const auto& r : j)
        if (r.is_string()) roots.push_back(r.get<std::string>());
    return roots;
}

void save_roots(Xapian::WritableDatabase& db, const std::vector<std::string>& roots) {
    std::vector<std::string> kept;
    for (const auto& r : roots) {
        const bool inside_another = std::any_of(roots.begin(), roots.end(), [&](const std::string& o) {
            return o != r && is_under(r, o);
        });
        if (!inside_another && std::find(kept.begin(), kept.end(), r) == kept.end()) kept.push_back(r);
    }
    std::sort(kept.begin(), kept.end());
    // A path need not be UTF-8: bytes that are not become U+FFFD rather than stopping the run.
    const std::string value = nlohmann::json(kept).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    // Unchanged roots are not written again: a run that changed nothing leaves the revision as it was.
    if (db.get_metadata(std::string(schema::kRootsKey)) != value) db.set_metadata(std::string(schema::kRootsKey), value);
}

}  // namespace quorum::index
