/** @file indexed_roots.cpp @brief Reading and adding to the index's list of roots. */
#include "indexer/indexed_roots.h"

#include <nlohmann/json.hpp>
#include <set>

#include "schema/fields.h"

namespace quorum::index {

std::vector<std::string> indexed_roots(const Xapian::Database& db) {
    const auto j = nlohmann::json::parse(db.get_metadata(std::string(schema::kIndexedRootsKey)), nullptr, false);
    std::vector<std::string> out;
    if (!j.is_array()) return out;
    for (const auto& root : j)
        if (root.is_string()) out.push_back(root.get<std::string>());
    return out;
}

void remember_roots(Xapian::WritableDatabase& db, const std::vector<std::string>& roots) {
    std::set<std::string> all;
    for (auto& r : indexed_roots(db)) all.insert(std::move(r));
    const size_t before = all.size();
    for (const auto& r : roots) all.insert(r);
    if (all.size() == before) return;
    db.set_metadata(std::string(schema::kIndexedRootsKey),
                    nlohmann::json(all).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

}  // namespace quorum::index
