/** @file synonyms.h @brief Abbreviations in queries (schema/data/synonyms.tsv): "ASB" also finds "anti-social behaviour", and the phrase also finds "ASB". */
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace quorum::query {

struct Synonym {
    std::string abbreviation;             ///< as written: "ASB"
    bool any_case = true;                 ///< false: only when typed in capitals ("SEND")
    std::vector<std::string> expansions;  ///< "anti-social behaviour", ...
};

class SynonymTable {
public:
    /// The table shipped in schema/data/synonyms.tsv.
    static const SynonymTable& builtin();

    /// Parses the TSV format described at the top of synonyms.tsv. Throws
    /// std::invalid_argument naming the line for a malformed row.
    static SynonymTable parse(std::string_view tsv);

    /// The entry whose abbreviation is `word` (respecting its case rule), or nullptr.
    const Synonym* by_abbreviation(std::string_view word) const;

    /// The entry with an expansion equal to `phrase` (any case, '-' and ' ' alike), or nullptr.
    const Synonym* by_expansion(std::string_view phrase) const;

    size_t size() const { return entries_.size(); }

private:
    std::vector<Synonym> entries_;
};

/// Rewrites a query so abbreviations find what they stand for: a bare word that is an
/// abbreviation becomes `(ASB OR "anti-social behaviour" OR ...)`, and a quoted phrase equal
/// to an expansion becomes `("anti-social behaviour" OR ASB)`. Words with a field prefix, a
/// +/- sign, a wildcard, or next to NEAR/ADJ are left alone. The query must already have
/// passed check_query_syntax.
std::string expand_synonyms(const std::string& query, const SynonymTable& table = SynonymTable::builtin());

}  // namespace quorum::query
