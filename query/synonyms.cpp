/** @file synonyms.cpp @brief The synonym table and the query rewrite. */
#include "query/synonyms.h"

#include <algorithm>
#include <cctype>
#include <sstream>
#include <stdexcept>

#include "schema/data_tables.h"

namespace quorum::query {
namespace {

// Lower case ASCII, '-' as ' ', spaces collapsed: "Anti-Social  behaviour" -> "anti social behaviour".
std::string phrase_key(std::string_view s) {
    std::string out;
    for (char c : s) {
        const char k = c == '-' ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (k == ' ' && (out.empty() || out.back() == ' ')) continue;
        out += k;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

bool equals_ignoring_case(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

bool is_proximity(std::string_view w) { return w == "NEAR" || w == "ADJ" || w.starts_with("NEAR/") || w.starts_with("ADJ/"); }

std::string group(const std::string& first, const std::vector<std::string>& alternatives) {
    std::string out = "(" + first;
    for (const auto& a : alternatives) out += " OR " + a;
    return out + ")";
}

struct Token {
    std::string text;
    bool quoted = false;
    bool space_before = false;
};

}  // namespace

const SynonymTable& SynonymTable::builtin() {
    static const SynonymTable table = parse(schema::synonyms_tsv());
    return table;
}

SynonymTable SynonymTable::parse(std::string_view tsv) {
    SynonymTable t;
    std::istringstream in{std::string(tsv)};
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> cols;
        std::istringstream row(line);
        for (std::string c; std::getline(row, c, '\t');) cols.push_back(c);
        if (cols.size() != 3 || cols[0].empty() || (cols[1] != "any" && cols[1] != "upper") || cols[2].empty())
            throw std::invalid_argument("synonyms line " + std::to_string(number) +
                                        ": expected ABBREVIATION<TAB>any|upper<TAB>expansion|expansion...");
        Synonym s{cols[0], cols[1] == "any", {}};
        std::istringstream expansions(cols[2]);
        for (std::string e; std::getline(expansions, e, '|');)
            if (!e.empty()) s.expansions.push_back(e);
        t.entries_.push_back(std::move(s));
    }
    return t;
}

const Synonym* SynonymTable::by_abbreviation(std::string_view word) const {
    for (const auto& s : entries_)
        if (s.any_case ? equals_ignoring_case(word, s.abbreviation) : word == s.abbreviation) return &s;
    return nullptr;
}

const Synonym* SynonymTable::by_expansion(std::string_view phrase) const {
    const std::string key = phrase_key(phrase);
    for (const auto& s : entries_)
        for (const auto& e : s.expansions)
            if (phrase_key(e) == key) return &s;
    return nullptr;
}

std::string expand_synonyms(const std::string& query, const SynonymTable& table) {
    // Split into quoted phrases, parentheses and words, remembering spacing.
    std::vector<Token> tokens;
    bool space = false;
    for (size_t i = 0; i < query.size();) {
        const char c = query[i];
        if (std::isspace(static_cast<unsigned char>(c))) {
            space = true;
            ++i;
            continue;
        }
        Token t;
        t.space_before = space;
        space = false;
        if (c == '"') {
            const size_t close = query.find('"', i + 1);
            const size_t end = close == std::string::npos ? query.size() : close + 1;
            t.text = query.substr(i, end - i);
            t.quoted = true;
            i = end;
        } else if (c == '(' || c == ')') {
            t.text = std::string(1, c);
            ++i;
        } else {
            size_t end = i;
            // A word runs to a space or parenthesis; a quote after "field:" belongs to it.
            while (end < query.size() && !std::isspace(static_cast<unsigned char>(query[end])) && query[end] != '(' &&
                   query[end] != ')') {
                if (query[end] == '"') {
                    const size_t close = query.find('"', end + 1);
                    end = close == std::string::npos ? query.size() : close + 1;
                } else {
                    ++end;
                }
            }
            t.text = query.substr(i, end - i);
            i = end;
        }
        tokens.push_back(std::move(t));
    }

    std::string out;
    for (size_t k = 0; k < tokens.size(); ++k) {
        const Token& t = tokens[k];
        std::string text = t.text;
        const bool near_operator = (k > 0 && is_proximity(tokens[k - 1].text)) ||
                                   (k + 1 < tokens.size() && is_proximity(tokens[k + 1].text));
        if (!near_operator) {
            if (t.quoted && t.text.size() > 2) {
                if (const Synonym* s = table.by_expansion(std::string_view(t.text).substr(1, t.text.size() - 2)))
                    text = group(t.text, {s->abbreviation});
            } else if (!t.quoted && t.text.find_first_of(":*+-\"") == std::string::npos) {
                if (const Synonym* s = table.by_abbreviation(t.text)) {
                    std::vector<std::string> phrases;
                    for (const auto& e : s->expansions) phrases.push_back("\"" + e + "\"");
                    text = group(t.text, phrases);
                }
            }
        }
        if (t.space_before && !out.empty()) out += ' ';
        out += text;
    }
    return out;
}

}  // namespace quorum::query
