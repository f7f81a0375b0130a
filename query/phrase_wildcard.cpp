/** @file phrase_wildcard.cpp @brief Expands the last word of a phrase over the index's words, within the wildcard limit. */
#include "query/phrase_wildcard.h"

#include <set>

#include "query/query_error.h"

namespace quorum::query {

std::vector<std::string> expand_word_prefix(const Xapian::Database& db, const std::string& prefix,
                                            const std::string& word_prefix, Xapian::termcount max_expansion) {
    std::vector<std::string> out;
    const std::string start = prefix + word_prefix;
    for (auto t = db.allterms_begin(start); t != db.allterms_end(start); ++t) {
        if (out.size() == max_expansion)
            throw QueryError("wildcard matches too many words (limit " + std::to_string(max_expansion) +
                                 "); make it longer: \"" + word_prefix + "*\"",
                             0);
        out.push_back((*t).substr(prefix.size()));
    }
    return out;
}

Xapian::Query phrase_with_wildcard(const Xapian::Database& db, const std::vector<std::string>& words,
                                   Xapian::termcount max_expansion) {
    if (words.size() == 1)
        return Xapian::Query(Xapian::Query::OP_WILDCARD, words.front(), max_expansion, Xapian::Query::WILDCARD_LIMIT_ERROR);
    const std::vector<std::string> endings = expand_word_prefix(db, "", words.back(), max_expansion);
    std::vector<Xapian::Query> phrases;
    phrases.reserve(endings.size());
    std::vector<Xapian::Query> parts(words.begin(), words.end() - 1);
    for (const auto& ending : endings) {
        parts.emplace_back(ending);
        phrases.emplace_back(Xapian::Query::OP_PHRASE, parts.begin(), parts.end(),
                             static_cast<Xapian::termcount>(parts.size()));
        parts.pop_back();
    }
    if (phrases.empty()) return Xapian::Query::MatchNothing;
    return Xapian::Query(Xapian::Query::OP_SYNONYM, phrases.begin(), phrases.end());
}

Xapian::Query stems_with_wildcard(const Xapian::Database& db, const std::vector<std::string>& words,
                                  const std::string& field_prefix, Xapian::termcount max_expansion) {
    const Xapian::Stem stem("english");
    const std::string z = "Z" + field_prefix;
    std::vector<Xapian::Query> all;
    for (size_t k = 0; k + 1 < words.size(); ++k) all.emplace_back(z + stem(words[k]));
    std::set<std::string> stems;
    for (const auto& ending : expand_word_prefix(db, "", words.back(), max_expansion))
        if (db.term_exists(z + stem(ending))) stems.insert(z + stem(ending));
    if (stems.empty()) return Xapian::Query::MatchNothing;
    all.emplace_back(Xapian::Query::OP_OR, stems.begin(), stems.end());
    return Xapian::Query(Xapian::Query::OP_AND, all.begin(), all.end());
}

}  // namespace quorum::query
