/** @file matching_terms.cpp @brief Query terms held by one document, by posting-list lookups; Enquire's own term-list walk where that cannot be used. */
#include "query/matching_terms.h"

#include <set>

#include "query/shards/facet_spies.h"

namespace quorum::query {
namespace {

bool has_wildcard(const Xapian::Query& q) {
    if (q.get_type() == Xapian::Query::OP_WILDCARD) return true;
    for (size_t i = 0; i < q.get_num_subqueries(); ++i)
        if (has_wildcard(q.get_subquery(i))) return true;
    return false;
}

}  // namespace

std::vector<std::string> matching_terms(const Xapian::Database& db, const Xapian::Enquire& enquire,
                                        const Xapian::Query& query, Xapian::docid did) {
    std::vector<std::string> out;
    if (counts_on_shards(db) || has_wildcard(query)) {
        for (auto t = enquire.get_matching_terms_begin(did); t != enquire.get_matching_terms_end(did); ++t) out.push_back(*t);
        return out;
    }
    std::set<std::string> seen;
    for (auto t = query.get_terms_begin(); t != query.get_terms_end(); ++t) {
        if (!seen.insert(*t).second) continue;
        Xapian::PostingIterator p = db.postlist_begin(*t);
        if (p == db.postlist_end(*t)) continue;
        p.skip_to(did);
        if (p != db.postlist_end(*t) && *p == did) out.push_back(*t);
    }
    return out;
}

}  // namespace quorum::query
