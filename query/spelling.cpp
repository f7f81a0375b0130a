/** @file spelling.cpp @brief Spelling suggestions from the term dictionary with a bounded edit distance. */
#include "query/spelling.h"

#include <algorithm>
#include <vector>

namespace quorum::query {

unsigned edit_distance(const std::string& a, const std::string& b, unsigned limit) {
    const size_t n = a.size(), m = b.size();
    if ((n > m ? n - m : m - n) > limit) return limit + 1;
    // Three rows of the Damerau-Levenshtein (optimal string alignment) table.
    std::vector<unsigned> before(m + 1), prev(m + 1), cur(m + 1);
    for (size_t j = 0; j <= m; ++j) prev[j] = static_cast<unsigned>(j);
    for (size_t i = 1; i <= n; ++i) {
        cur[0] = static_cast<unsigned>(i);
        unsigned row_min = cur[0];
        for (size_t j = 1; j <= m; ++j) {
            const unsigned cost = a[i - 1] == b[j - 1] ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) cur[j] = std::min(cur[j], before[j - 2] + 1);
            row_min = std::min(row_min, cur[j]);
        }
        if (row_min > limit) return limit + 1;
        std::swap(before, prev);
        std::swap(prev, cur);
    }
    return prev[m];
}

std::string suggest_word(const Xapian::Database& db, const std::string& word) {
    if (word.size() < 3) return "";
    const unsigned limit = word.size() <= 4 ? 1 : 2;
    std::string best;
    unsigned best_distance = limit + 1;
    Xapian::doccount best_freq = 0;
    auto consider = [&](const std::string& term, Xapian::doccount freq) {
        if (term == word) return;
        const unsigned d = edit_distance(word, term, limit);
        if (d < best_distance || (d == best_distance && d <= limit && freq > best_freq)) {
            best = term;
            best_distance = d;
            best_freq = freq;
        }
    };
    // Words that start like this one: every indexed word starting with its first byte.
    const std::string first = word.substr(0, 1);
    for (auto t = db.allterms_begin(first); t != db.allterms_end(first); ++t) {
        const std::string term = *t;
        if (term.size() + limit < word.size() || term.size() > word.size() + limit) continue;
        consider(term, t.get_termfreq());
    }
    // A wrong first letter: candidates sharing the rest ("wudget" -> "budget").
    if (best.empty()) {
        for (char c = 'a'; c <= 'z'; ++c) {
            if (c == word[0]) continue;
            const std::string variant = std::string(1, c) + word.substr(1);
            if (db.term_exists(variant)) consider(variant, db.get_termfreq(variant));
        }
    }
    return best_distance <= limit ? best : "";
}

}  // namespace quorum::query
