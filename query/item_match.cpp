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

constexpr size_t kNoWord = static_cast<size_t>(-1);

// Counts the query words of `text` into `seen` and `hits`; `first_word` becomes the index (in
// split_words order, which is the indexer's term position order) of the first word that
// counted, when it is before the one already there. Returns how many words `text` holds.
size_t count_words(std::string_view text, const QueryWords& words, const Xapian::Stem& stem, std::set<std::string>& seen,
                   size_t& hits, size_t& first_word) {
    const std::vector<Word> split = split_words(text);
    auto counted = [&](size_t at) { first_word = std::min(first_word, at); };
    for (size_t p = 0; p < words.phrases.size(); ++p) {
        const auto& phrase = words.phrases[p];
        for (size_t i = 0; i + phrase.size() <= split.size(); ++i) {
            bool all = true;
            for (size_t k = 0; k < phrase.size() && all; ++k) all = split[i + k].term == phrase[k];
            if (all) {
                seen.insert("phrase " + std::to_string(p));
                ++hits;
                counted(i);
            }
        }
    }
    // An English stem keeps the start of its word, so only words starting like a stem need stemming.
    std::set<std::string> stem_starts;
    for (const auto& s : words.stems) stem_starts.insert(s.substr(0, 3));
    for (size_t i = 0; i < split.size(); ++i) {
        const Word& w = split[i];
        if (words.exact.count(w.term)) {
            seen.insert(w.term);
            ++hits;
            counted(i);
            continue;
        }
        if (words.stems.empty()) continue;
        bool may_match = false;
        for (size_t k = 1; k <= 3 && !may_match; ++k) may_match = stem_starts.count(w.term.substr(0, k)) > 0;
        if (!may_match) continue;
        const std::string s = stem(w.term);
        if (words.stems.count(s)) {
            seen.insert("Z" + s);
            ++hits;
            counted(i);
        }
    }
    return split.size();
}

void add_term(QueryWords& out, std::string term) {
    const bool stemmed = term.size() > 1 && term[0] == 'Z';
    if (stemmed) term.erase(0, 1);
    auto word = free_text_word(term);
    if (word && !word->empty()) (stemmed ? out.stems : out.exact).insert(*word);
}

// Walks the query tree: phrases whole, words alone, NOT branches and filters skipped.
void collect(const Xapian::Query& q, QueryWords& out, std::set<std::string>& in_phrases) {
    const auto type = q.get_type();
    if (type == Xapian::Query::LEAF_TERM) {
        if (q.get_terms_begin() != q.get_terms_end()) add_term(out, *q.get_terms_begin());
        return;
    }
    if (type == Xapian::Query::OP_PHRASE) {
        std::vector<std::string> phrase;
        for (auto t = q.get_terms_begin(); t != q.get_terms_end(); ++t) {
            auto word = free_text_word(*t);
            if (!word) return;
            phrase.push_back(*word);
        }
        if (!phrase.empty()) {
            in_phrases.insert(phrase.begin(), phrase.end());
            out.phrases.push_back(std::move(phrase));
        }
        return;
    }
    const bool first_only = type == Xapian::Query::OP_AND_NOT || type == Xapian::Query::OP_FILTER ||
                            type == Xapian::Query::OP_AND_MAYBE || type == Xapian::Query::OP_SCALE_WEIGHT;
    const size_t n = first_only ? std::min<size_t>(1, q.get_num_subqueries()) : q.get_num_subqueries();
    for (size_t i = 0; i < n; ++i) collect(q.get_subquery(i), out, in_phrases);
}

}  // namespace

QueryWords query_words(const Xapian::Query& query, Xapian::TermIterator matching_begin,
                       Xapian::TermIterator matching_end) {
    return query_words(query, std::vector<std::string>(matching_begin, matching_end));
}

QueryWords query_words(const Xapian::Query& query, const std::vector<std::string>& matching) {
    QueryWords out;
    std::set<std::string> in_phrases;
    collect(query, out, in_phrases);
    // Words a wildcard expanded to (they are not in the tree): matched terms not seen yet.
    QueryWords matched;
    for (const std::string& t : matching) add_term(matched, t);
    for (const auto& w : matched.exact)
        if (!in_phrases.count(w)) out.exact.insert(w);
    return out;
}

namespace {

// Best first: most distinct words, then most occurrences, then document order.
std::vector<ItemMatch> ranked(std::vector<ItemMatch> matches) {
    std::stable_sort(matches.begin(), matches.end(), [](const ItemMatch& a, const ItemMatch& b) {
        return a.distinct != b.distinct ? a.distinct > b.distinct : a.hits > b.hits;
    });
    return matches;
}

std::vector<Xapian::termpos> positions_of(const Xapian::Database& db, Xapian::docid did, const std::string& term) {
    std::vector<Xapian::termpos> out;
    for (auto p = db.positionlist_begin(did, term); p != db.positionlist_end(did, term); ++p) out.push_back(*p);
    return out;
}

}  // namespace

std::vector<ItemMatch> match_items(const nlohmann::json& data, const QueryWords& words, const Xapian::Stem& stem,
                                   bool resolutions_only) {
    std::vector<ItemMatch> out;
    const auto items = data.find("items");
    if (words.empty() || items == data.end() || !items->is_array()) return out;
    const std::vector<std::uint32_t> starts = schema::stored_item_positions(data);
    for (size_t i = 0; i < items->size(); ++i) {
        const auto& item = (*items)[i];
        if (!item.is_object()) continue;
        std::set<std::string> seen;
        size_t hits = 0, first_in_title = kNoWord, first_in_text = kNoWord;
        Xapian::termpos first = 0;
        if (resolutions_only) {
            count_words(schema::stored_item_resolution(data, i), words, stem, seen, hits, first_in_text);
        } else {
            const std::string title = item.value("title", "");
            const size_t title_words = count_words(title, words, stem, seen, hits, first_in_title);
            count_words(schema::stored_item_text(data, i), words, stem, seen, hits, first_in_text);
            // The term position the index gives that word (indexer/document_builder.cpp): the
            // item's title from its stored start, its text a gap after the title's last word.
            const size_t text_start = title.empty() ? 0 : title_words + schema::kItemPositionGap;
            if (i < starts.size() && first_in_title != kNoWord)
                first = static_cast<Xapian::termpos>(starts[i] + first_in_title);
            else if (i < starts.size() && first_in_text != kNoWord)
                first = static_cast<Xapian::termpos>(starts[i] + text_start + first_in_text);
        }
        if (hits) out.push_back({i, seen.size(), hits, first});
    }
    return ranked(std::move(out));
}

namespace {

// The first three letters of each stem: match_items tries only words starting like a stem.
std::set<std::string> starts_of(const std::set<std::string>& stems) {
    std::set<std::string> out;
    for (const auto& s : stems) out.insert(s.substr(0, 3));
    return out;
}

bool starts_like(const std::string& word, const std::set<std::string>& starts) {
    for (const auto& start : starts)
        if (word.compare(0, start.size(), start) == 0) return true;
    return false;
}

}  // namespace

std::optional<std::vector<StemmedWord>> words_stemming_to(const Xapian::Database& db,
                                                          const std::set<std::string>& stems,
                                                          const Xapian::Stem& stem, size_t max_terms) {
    // A word under two starts ("ca", "car") is read twice: a set keeps it once, in term order.
    std::set<std::string> words;
    for (const auto& start : starts_of(stems)) {
        for (auto t = db.allterms_begin(start); t != db.allterms_end(start); ++t) {
            if (words.size() >= max_terms) return std::nullopt;
            words.insert(*t);
        }
    }
    std::vector<StemmedWord> out;
    for (const auto& w : words) {
        std::string s = stem(w);
        if (stems.count(s)) out.push_back({w, std::move(s)});
    }
    return out;
}

std::optional<std::vector<ItemMatch>> match_items_by_position(const Xapian::Database& db, Xapian::docid did,
                                                              const nlohmann::json& data, const QueryWords& words,
                                                              const Xapian::Stem& stem,
                                                              const std::vector<StemmedWord>* stemmed) {
    const std::vector<std::uint32_t> starts = schema::stored_item_positions(data);
    if (starts.empty()) return std::nullopt;
    std::vector<std::set<std::string>> seen(starts.size());
    std::vector<size_t> hits(starts.size(), 0);
    std::vector<Xapian::termpos> first(starts.size(), 0);
    // Item i holds the positions from starts[i] up to starts[i + 1].
    auto count = [&](Xapian::termpos pos, const std::string& word) {
        const auto after = std::upper_bound(starts.begin(), starts.end(), pos);
        if (after == starts.begin()) return;
        const size_t i = static_cast<size_t>(after - starts.begin()) - 1;
        seen[i].insert(word);
        ++hits[i];
        if (first[i] == 0 || pos < first[i]) first[i] = pos;
    };
    for (const auto& w : words.exact)
        for (const auto pos : positions_of(db, did, w)) count(pos, w);
    if (!words.stems.empty() && stemmed) {
        // The same words as the term list walk below finds, from the index's list: a word the
        // document does not hold has no positions in it.
        const std::set<std::string> starts_of_stems = starts_of(words.stems);
        for (const auto& [word, s] : *stemmed) {
            if (words.exact.count(word) || !words.stems.count(s) || !starts_like(word, starts_of_stems)) continue;
            for (const auto pos : positions_of(db, did, word)) count(pos, "Z" + s);
        }
    } else if (!words.stems.empty()) {
        // The document's words that stem to a query stem; like match_items, only words that
        // start with the stem's first three letters are tried, and exact words count as exact.
        std::set<std::string> starts_of_stems;
        for (const auto& s : words.stems) starts_of_stems.insert(s.substr(0, 3));
        auto term = db.termlist_begin(did);
        for (const auto& start : starts_of_stems) {
            if (term == db.termlist_end(did)) break;
            term.skip_to(start);
            for (; term != db.termlist_end(did) && (*term).compare(0, start.size(), start) == 0; ++term) {
                const std::string word = *term;
                if (words.exact.count(word)) continue;
                const std::string s = stem(word);
                if (!words.stems.count(s)) continue;
                for (const auto pos : positions_of(db, did, word)) count(pos, "Z" + s);
            }
        }
    }
    for (size_t p = 0; p < words.phrases.size(); ++p) {
        const auto& phrase = words.phrases[p];
        std::vector<std::vector<Xapian::termpos>> lists;
        for (const auto& w : phrase) lists.push_back(positions_of(db, did, w));
        for (const auto first : lists[0]) {
            bool all = true;
            for (size_t k = 1; k < lists.size() && all; ++k)
                all = std::binary_search(lists[k].begin(), lists[k].end(), first + static_cast<Xapian::termpos>(k));
            if (all) count(first, "phrase " + std::to_string(p));
        }
    }
    std::vector<ItemMatch> out;
    for (size_t i = 0; i < starts.size(); ++i)
        if (hits[i]) out.push_back({i, seen[i].size(), hits[i], first[i]});
    return ranked(std::move(out));
}

}  // namespace quorum::query
