/** @file nil_item.cpp @brief Items that record nothing, which are no evidence of a topic. */
#include "facets/nil_item.h"

#include <array>

#include "facets/topic_words.h"

namespace quorum::facets {
namespace {

constexpr size_t kMaxNilItemWords = 20;
constexpr size_t kMaxWordsAfterNil = 4;

// Nil statements as normalised words (topic_words drops a plural "s": "updates" -> "update").
const std::array<std::array<std::string_view, 3>, 7> kNilStatements = {{
    {"there", "were", "no"},
    {"there", "was", "no"},
    {"there", "are", "no"},
    {"there", "is", "no"},
    {"no", "update", ""},
    {"nothing", "to", "report"},
    {"none", "", ""},
}};

bool matches_at(const std::vector<TopicWord>& words, size_t i, const std::array<std::string_view, 3>& statement) {
    for (size_t k = 0; k < statement.size() && !statement[k].empty(); ++k)
        if (i + k >= words.size() || words[i + k].normalised != statement[k]) return false;
    return true;
}

size_t length(const std::array<std::string_view, 3>& statement) {
    size_t n = 0;
    while (n < statement.size() && !statement[n].empty()) ++n;
    return n;
}

}  // namespace

bool records_nothing(std::string_view item_text) {
    const std::vector<TopicWord> words = topic_words(item_text);
    if (words.empty() || words.size() > kMaxNilItemWords) return false;
    for (size_t i = 0; i < words.size(); ++i)
        for (const auto& statement : kNilStatements)
            if (matches_at(words, i, statement) && words.size() - (i + length(statement)) <= kMaxWordsAfterNil)
                return true;
    return false;
}

}  // namespace quorum::facets
