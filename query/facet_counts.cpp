/** @file facet_counts.cpp @brief Multi-valued facet counting from a slot's value stream. */
#include "query/facet_counts.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace quorum::query {
namespace {

struct ViewHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

using HashCounts = std::unordered_map<std::string, Xapian::doccount, ViewHash, std::equal_to<>>;

// Adds one document's joined values to `counts`, each distinct value (cut to `prefix_length`) once.
void add_document(std::string_view joined, size_t prefix_length, std::vector<std::string_view>& seen, HashCounts& counts) {
    for_each_distinct_value(joined, prefix_length, seen, [&](std::string_view v) {
        if (auto it = counts.find(v); it != counts.end())
            ++it->second;
        else
            counts.emplace(std::string(v), 1);
    });
}

}  // namespace

std::vector<ValueCounts> count_facet_prefixes(const Xapian::Database& db, const std::vector<Xapian::docid>& docids,
                                              Xapian::valueno slot, const std::vector<size_t>& prefix_lengths) {
    std::vector<HashCounts> counts(prefix_lengths.size());
    std::vector<std::string_view> seen;  // one document's values so far
    auto value = db.valuestream_begin(slot);
    const auto end = db.valuestream_end(slot);
    for (const Xapian::docid did : docids) {
        if (value == end) break;
        value.skip_to(did);
        if (value == end) break;
        if (value.get_docid() != did) continue;
        const std::string joined = *value;
        for (size_t k = 0; k < prefix_lengths.size(); ++k) add_document(joined, prefix_lengths[k], seen, counts[k]);
    }
    std::vector<ValueCounts> out;
    out.reserve(counts.size());
    for (const auto& c : counts) out.emplace_back(c.begin(), c.end());
    return out;
}

ValueCounts count_facet(const Xapian::Database& db, const std::vector<Xapian::docid>& docids, Xapian::valueno slot,
                        size_t prefix_length) {
    return std::move(count_facet_prefixes(db, docids, slot, {prefix_length}).front());
}

}  // namespace quorum::query
