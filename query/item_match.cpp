/** @file item_match.cpp @brief Scoring a document's items against the words that matched it. */
#include "query/item_match.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "query/words.h"
#include "schema/fields.h"
#include "schema/stored_record.h"

namespace quorum::query {
namespace {

namespace n = schema::names;

// Strips a free-text field prefix (title, resolution); nullopt for any other prefixed term.
std::optional<std::string> free_text_word(std::string term) {
    if (term.empty()) return std::nullopt;
    for (std::string_view field : {n::kResolution, n::kTitle}) {
        const std::string_view prefix = schema::field(field).prefix;
        if (term.size() > prefix.size() && term.compare(0, prefix.size(), prefix) == 0 &&
            !std::isupper(static_cast<unsigned char>(term[prefix.size()]))) {
            return term.substr(prefix.size());
        }
    }
    if (std::isupper(static_cast<unsigned char>(term[0]))) return std::nullopt;
    return term;
}

void count_words(std::string_view text, const QueryWords& words, const Xapian::Stem& stem, std::set<std::string>& seen,
                 size_t& hits) {
    for (const Word& w : split_words(text)) {
        if (words.exact.count(w.term)) {
            seen.insert(w.term);
            ++hits;
            continue;
        }
        if (words.stems.empty()) continue;
        const std::string s = stem(w.term);
        if (words.stems.count(s)) {
            seen.insert("Z" + s);
            ++hits;
        }
    }
}

}  // namespace

QueryWords query_words(Xapian::TermIterator begin, Xapian::TermIterator end) {
    QueryWords out;
    for (auto t = begin; t != end; ++t) {
        std::string term = *t;
        const bool stemmed = term.size() > 1 && term[0] == 'Z';
        if (stemmed) term.erase(0, 1);
        auto word = free_text_word(term);
        if (!word || word->empty()) continue;
        (stemmed ? out.stems : out.exact).insert(*word);
    }
    return out;
}

std::vector<ItemMatch> match_items(const nlohmann::json& data, const QueryWords& words, const Xapian::Stem& stem,
                                   bool resolutions_only) {
    std::vector<ItemMatch> out;
    const auto items = data.find("items");
    if (words.empty() || items == data.end() || !items->is_array()) return out;
    for (size_t i = 0; i < items->size(); ++i) {
        const auto& item = (*items)[i];
        if (!item.is_object()) continue;
        std::set<std::string> seen;
        size_t hits = 0;
        if (resolutions_only) {
            count_words(schema::stored_item_resolution(data, i), words, stem, seen, hits);
        } else {
            count_words(item.value("title", ""), words, stem, seen, hits);
            count_words(schema::stored_item_text(data, i), words, stem, seen, hits);
        }
        if (hits) out.push_back({i, seen.size(), hits});
    }
    std::stable_sort(out.begin(), out.end(), [](const ItemMatch& a, const ItemMatch& b) {
        return a.distinct != b.distinct ? a.distinct > b.distinct : a.hits > b.hits;
    });
    return out;
}

}  // namespace quorum::query
