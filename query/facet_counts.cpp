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

}  // namespace

std::map<std::string, Xapian::doccount> count_facet(const Xapian::Database& db, const std::vector<Xapian::docid>& docids,
                                                    Xapian::valueno slot, size_t prefix_length) {
    std::unordered_map<std::string, Xapian::doccount, ViewHash, std::equal_to<>> counts;
    std::vector<std::string_view> seen;  // one document's values so far
    auto value = db.valuestream_begin(slot);
    const auto end = db.valuestream_end(slot);
    for (const Xapian::docid did : docids) {
        if (value == end) break;
        value.skip_to(did);
        if (value == end) break;
        if (value.get_docid() != did) continue;
        const std::string joined = *value;
        seen.clear();
        std::string_view rest = joined;
        for (;;) {
            const size_t cut = rest.find('\n');
            std::string_view v = rest.substr(0, cut);
            if (prefix_length && v.size() > prefix_length) v = v.substr(0, prefix_length);
            if (!v.empty() && std::find(seen.begin(), seen.end(), v) == seen.end()) {
                seen.push_back(v);
                if (auto it = counts.find(v); it != counts.end())
                    ++it->second;
                else
                    counts.emplace(std::string(v), 1);
            }
            if (cut == std::string_view::npos) break;
            rest.remove_prefix(cut + 1);
        }
    }
    return {counts.begin(), counts.end()};
}

}  // namespace quorum::query
