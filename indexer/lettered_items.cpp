/** @file lettered_items.cpp @brief Re-cutting blocks at lettered sub-items, for minutes whose item numbers the extractor lost. */
#include "indexer/lettered_items.h"

#include <cctype>
#include <string>

namespace quorum::index {
namespace {

bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool starts_word(char c) { return std::isupper(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)); }

/// Whether a lettered marker "x) W" starts at `i` of `text`.
bool marker_at(const std::string& text, size_t i) {
    return i + 3 < text.size() && is_lower(text[i]) && text[i + 1] == ')' && text[i + 2] == ' ' && starts_word(text[i + 3]) &&
           (i == 0 || text[i - 1] == ' ');
}

}  // namespace

std::vector<LetteredBlock> cut_at_lettered_items(const std::vector<extract::Block>& blocks, size_t min_items) {
    std::vector<LetteredBlock> out;
    char last = 0;
    size_t items = 0;
    for (const auto& b : blocks) {
        size_t from = 0;
        char letter_of_piece = 0;
        for (size_t i = 0; i < b.text.size(); ++i) {
            if (!marker_at(b.text, i)) continue;
            const char letter = b.text[i];
            if (letter != 'a' && letter != last + 1) continue;
            if (i > from) {
                std::string before = b.text.substr(from, i - from);
                while (!before.empty() && before.back() == ' ') before.pop_back();
                if (!before.empty()) out.push_back({{b.kind, before, b.page}, letter_of_piece});
            }
            from = i;
            letter_of_piece = letter;
            last = letter;
            ++items;
        }
        out.push_back({{b.kind, b.text.substr(from), b.page}, letter_of_piece});
    }
    if (items < min_items) return {};
    return out;
}

}  // namespace quorum::index
