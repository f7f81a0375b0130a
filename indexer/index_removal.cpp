/** @file index_removal.cpp @brief Removing documents, remembered failures and roots under given paths. */
#include "indexer/index_removal.h"

#include <algorithm>

#include "indexer/extraction_cache.h"
#include "indexer/index_roots.h"
#include "indexer/index_state.h"
#include "schema/document_id.h"
#include "schema/fields.h"

namespace quorum::index {

std::vector<RemovedPath> remove_from_index(Xapian::WritableDatabase& db, const std::vector<std::string>& paths) {
    const IndexState state = load_state(db);
    const std::string id_prefix(schema::field(schema::names::kId).prefix);
    std::vector<RemovedPath> out;
    for (const auto& given : paths) {
        RemovedPath r;
        r.path = absolute_root(given);
        for (const auto& [file, stamp] : state.files) {
            if (!is_under(file, r.path)) continue;
            const std::string term = id_prefix + schema::document_id(file);
            if (db.get_termfreq(term) == 0) continue;  // already removed through an earlier path
            db.delete_document(term);
            ++r.documents;
        }
        for (const auto& [file, failed] : state.failed) {
            if (!is_under(file, r.path) || db.get_metadata(failed_key(file)).empty()) continue;
            db.set_metadata(failed_key(file), "");
            ++r.failures;
        }
        out.push_back(std::move(r));
    }
    std::vector<std::string> roots = load_roots(db);
    std::erase_if(roots, [&](const std::string& root) {
        return std::any_of(out.begin(), out.end(), [&](const RemovedPath& r) { return is_under(root, r.path); });
    });
    save_roots(db, roots);
    prune_extraction_cache(db);
    db.commit();
    return out;
}

}  // namespace quorum::index
