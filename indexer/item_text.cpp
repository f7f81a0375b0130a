/** @file item_text.cpp @brief Small text tests shared by the item splitters. */
#include "indexer/item_text.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace quorum::index {
namespace {

bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)); }

}  // namespace

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

bool is_bare_item_number(std::string_view text) {
    text = trim(text);
    if (text.empty() || text.size() > 12 || !is_digit(text[0])) return false;
    return std::all_of(text.begin(), text.end(), [](char c) { return is_digit(c) || c == '.'; });
}

bool follows_reference_word(const std::string& text, size_t space) {
    size_t end = space;
    for (int words = 0; words < 6 && end > 0; ++words) {
        const size_t start = text.find_last_of(' ', end - 1);
        const size_t from = start == std::string::npos ? 0 : start + 1;
        std::string word = text.substr(from, end - from);
        for (auto& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (word == "minute" || word == "minutes" || word == "item" || word == "items" || word == "no." ||
            word == "paragraph" || word == "para" || word == "page" || word == "appendix")
            return true;
        const bool list_word = word == "and" || word == "or" || word == "&" ||
                               (!word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
                                   return is_digit(c) || c == '.' || c == ',' || c == '/';
                               }));
        if (!list_word || start == std::string::npos) return false;
        end = start;
    }
    return false;
}

bool looks_like_year(std::string_view number) {
    if (number.size() != 4 || number.find('.') != std::string_view::npos) return false;
    const int n = std::atoi(std::string(number).c_str());
    return n >= 1900 && n <= 2100;
}

}  // namespace quorum::index
