/** @file resolution_items.cpp @brief Cutting minutes at their numbered resolutions ("R2025-217 S. Kirkey, S. Foote:"). */
#include "indexer/resolution_items.h"

#include "indexer/item_text.h"

#include <cctype>

namespace quorum::index {
namespace {

constexpr size_t kMinHeads = 3;
constexpr size_t kMaxMovers = 60;

bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)); }
bool is_upper(char c) { return std::isupper(static_cast<unsigned char>(c)); }

// Where each resolution head of `text` starts.
std::vector<size_t> heads_in(const std::string& text) {
    std::vector<size_t> out;
    for (size_t i = 0; i < text.size(); ++i)
        if ((i == 0 || text[i - 1] == ' ') && is_upper(text[i]) && resolution_head_at(text, i)) out.push_back(i);
    return out;
}

}  // namespace

std::optional<ResolutionHead> resolution_head_at(const std::string& text, size_t at) {
    size_t i = at;
    while (i < text.size() && i - at < 2 && is_upper(text[i])) ++i;
    if (i == at) return std::nullopt;
    const size_t year = i;
    while (i < text.size() && is_digit(text[i])) ++i;
    if (i - year != 4 || i >= text.size() || text[i] != '-') return std::nullopt;
    const size_t serial = ++i;
    while (i < text.size() && is_digit(text[i])) ++i;
    if (i == serial || i - serial > 4 || i >= text.size() || text[i] != ' ') return std::nullopt;
    const size_t colon = text.find(':', i);
    if (colon == std::string::npos || colon - i > kMaxMovers) return std::nullopt;
    const std::string movers(trim(std::string_view(text).substr(i + 1, colon - i - 1)));
    if (movers.empty() || !is_upper(movers[0])) return std::nullopt;
    return ResolutionHead{text.substr(at, i - at), movers, colon + 1};
}

std::vector<extract::Block> cut_at_resolution_heads(const std::vector<extract::Block>& blocks) {
    size_t heads = 0;
    for (const auto& b : blocks) heads += heads_in(b.text).size();
    if (heads < kMinHeads) return blocks;
    std::vector<extract::Block> out;
    for (const auto& b : blocks) {
        size_t from = 0;
        for (const size_t at : heads_in(b.text)) {
            const std::string before(trim(std::string_view(b.text).substr(from, at - from)));
            if (!before.empty()) out.push_back({b.kind, before, b.page});
            from = at;
        }
        out.push_back({from == 0 ? b.kind : extract::BlockKind::Paragraph, b.text.substr(from), b.page});
    }
    return out;
}

}  // namespace quorum::index
