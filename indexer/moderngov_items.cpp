/** @file moderngov_items.cpp @brief Re-cutting modern.gov printed minutes at their "(Item N)" tags. */
#include "indexer/moderngov_items.h"

#include "indexer/item_numbering.h"
#include "indexer/item_text.h"

#include <cctype>
#include <optional>
#include <string>

namespace quorum::index {
namespace {

using extract::Block;
using extract::BlockKind;

// Fewer tags than this and the document is not printed minutes of this kind.
constexpr size_t kMinTags = 3;
// A tagged title is at most this long ("Minutes of the meetings held on ... and, if in order, to be
// approved as a correct record").
constexpr size_t kMaxTitle = 220;
// How many blocks back from a title its scattered minute number may be.
constexpr size_t kNumberLookBack = 4;

struct Tag {
    size_t at = std::string::npos;  ///< where "(Item" starts
    size_t end = 0;                 ///< just after ')'
    std::string agenda_number;      ///< "5"
};

/// The first "(Item N)" in `text` from `from`, or a Tag with at == npos.
Tag find_tag(const std::string& text, size_t from = 0) {
    for (size_t at = text.find("(Item ", from); at != std::string::npos; at = text.find("(Item ", at + 1)) {
        size_t i = at + 6;
        const size_t digits = i;
        while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
        if (i > digits && i < text.size() && text[i] == ')') return {at, i + 1, text.substr(digits, i - digits)};
    }
    return {};
}

// Where a title that runs on from the previous item's text starts: after its last sentence
// ("... be noted. Challenge Cards Update"), or at 0.
size_t title_start(std::string_view head) {
    for (size_t i = head.size(); i >= 2; --i) {
        const char c = head[i - 2];
        if ((c == '.' || c == ':' || c == '?' || c == '!') && head[i - 1] == ' ') return i;
    }
    return 0;
}

struct NumberSearch {
    const std::optional<ItemNumber>& last;

    bool acceptable(std::string_view number) const {
        const auto n = ItemNumber::parse(number);
        return n && !looks_like_year(number) && (!last || may_follow(*n, *last));
    }

    // "288." alone.
    std::optional<std::string> bare(std::string_view text) const {
        std::string n(trim(text));
        if (!is_bare_item_number(n)) return std::nullopt;
        if (n.back() == '.') n.pop_back();
        return acceptable(n) ? std::optional(n) : std::nullopt;
    }

    // "... for their updates. 88." (or "4) 308.") -> "88", leaving the rest in `text`.
    std::optional<std::string> trailing(std::string& text) const {
        const size_t space = text.find_last_of(' ');
        if (space == std::string::npos || text.back() != '.') return std::nullopt;
        auto n = bare(std::string_view(text).substr(space + 1));
        if (!n || follows_reference_word(text, space)) return std::nullopt;
        text.erase(space);
        return n;
    }

    // "305. Agree the revised ..." (a number glued to the start of the previous item's text).
    std::optional<std::string> leading(std::string& text) const {
        const size_t space = text.find(' ');
        if (space == std::string::npos || space < 2 || text[space - 1] != '.') return std::nullopt;
        auto n = bare(std::string_view(text).substr(0, space));
        if (!n || !last) return std::nullopt;  // the first item's number is never glued on
        text = std::string(trim(std::string_view(text).substr(space + 1)));
        return n;
    }
};

struct Cutter {
    std::vector<Block> out;
    std::vector<size_t> unnumbered;  ///< headings given no minute number: index in `out`, agenda number
    std::vector<std::string> agenda_numbers;
    size_t last_heading = 0;         ///< out.size() just after the last heading
    std::optional<ItemNumber> last;
    bool any_minute_number = false;

    // The minute number for a title: in the text before it, else in the last few blocks.
    std::optional<std::string> find_number(std::string& before) {
        const NumberSearch search{last};
        if (auto n = search.bare(before)) {
            before.clear();
            return n;
        }
        if (auto n = search.trailing(before)) return n;
        if (!trim(before).empty()) return std::nullopt;  // a sentence before the title: the number is in it or nowhere
        for (size_t k = 0; k < kNumberLookBack && out.size() > last_heading + k; ++k) {
            Block& b = out[out.size() - 1 - k];
            if (auto n = search.bare(b.text)) {
                out.erase(out.end() - 1 - static_cast<long>(k));
                return n;
            }
            if (auto n = search.trailing(b.text)) return n;
            if (auto n = search.leading(b.text)) return n;
        }
        return std::nullopt;
    }

    void emit_heading(const std::string& title, const Tag& tag, std::string before, int page, BlockKind kind) {
        const auto number = find_number(before);
        if (!trim(before).empty()) out.push_back({kind, std::string(trim(before)), page});
        std::string text = title + " " + std::string("(Item ") + tag.agenda_number + ")";
        if (number) {
            text = *number + ". " + text;
            last = ItemNumber::parse(*number);
            any_minute_number = true;
        } else {
            unnumbered.push_back(out.size());
            agenda_numbers.push_back(tag.agenda_number);
        }
        out.push_back({BlockKind::Heading, std::move(text), page});
        last_heading = out.size();
    }

    void add(const Block& block) {
        std::string text = block.text;
        while (true) {
            const Tag tag = find_tag(text);
            if (tag.at == std::string::npos) break;
            const std::string_view head = trim(std::string_view(text).substr(0, tag.at));
            std::string title, before;
            int page = block.page;
            if (head.empty()) {
                // "(Item 4) 1. Jo ..." after a block holding the title alone.
                if (out.size() <= last_heading || out.back().text.size() > kMaxTitle || out.back().text.back() == '.') break;
                title = out.back().text;
                page = out.back().page;
                out.pop_back();
            } else {
                const size_t start = title_start(head);
                title = std::string(head.substr(start));
                before = std::string(head.substr(0, start));
                if (title.size() > kMaxTitle || title.empty()) break;
            }
            emit_heading(title, tag, before, page, block.kind);
            text = std::string(trim(std::string_view(text).substr(tag.end)));
            if (text.empty()) return;
        }
        if (!text.empty()) out.push_back({block.kind, text, block.page});
    }
};

size_t count_tags(const std::vector<Block>& blocks) {
    size_t n = 0;
    for (const Block& b : blocks)
        for (Tag t = find_tag(b.text); t.at != std::string::npos; t = find_tag(b.text, t.end)) ++n;
    return n;
}

}  // namespace

bool has_item_tags(const std::vector<Block>& blocks) { return count_tags(blocks) >= kMinTags; }

std::vector<Block> cut_at_item_tags(const std::vector<Block>& blocks) {
    if (!has_item_tags(blocks)) return blocks;
    Cutter cut;
    for (const Block& b : blocks) cut.add(b);
    if (!cut.any_minute_number)
        for (size_t i = 0; i < cut.unnumbered.size(); ++i)
            cut.out[cut.unnumbered[i]].text = cut.agenda_numbers[i] + ". " + cut.out[cut.unnumbered[i]].text;
    return std::move(cut.out);
}

}  // namespace quorum::index
