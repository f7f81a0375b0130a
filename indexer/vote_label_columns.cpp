/** @file vote_label_columns.cpp @brief Rejoins a vote box read column by column (labels, then values run together) into one line per label. */
#include "indexer/vote_label_columns.h"

#include "indexer/item_text.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace quorum::index {
namespace {

using extract::Block;
using extract::BlockKind;

// Labels whose value is one name, and labels whose value is a list of names (or "None").
constexpr std::array<std::string_view, 7> kNameLabels = {"MOTION BY", "MOVED BY", "MOVER", "SECOND", "SECONDED BY",
                                                         "SECONDER", "PROPOSER"};
constexpr std::array<std::string_view, 17> kListLabels = {
    "AYES", "AYE", "YEAS", "YES", "NAYS", "NAY", "NOES", "NO", "ABSTAIN", "ABSTAINED", "ABSTENTIONS", "ABSTENTION",
    "ABSENT", "RECUSED", "RECUSAL", "EXCUSED", "FOR"};

enum class LabelKind { Result, Name, List };

std::string upper(std::string_view s) {
    std::string out(s);
    for (auto& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

// "MOTION BY:", "Ayes:", "RESULT:" alone in a block: its kind, or nullopt.
std::optional<LabelKind> label_kind(std::string_view text) {
    text = trim(text);
    if (text.size() < 3 || text.back() != ':') return std::nullopt;
    const std::string word = upper(trim(text.substr(0, text.size() - 1)));
    if (word == "RESULT") return LabelKind::Result;
    if (std::find(kNameLabels.begin(), kNameLabels.end(), word) != kNameLabels.end()) return LabelKind::Name;
    if (std::find(kListLabels.begin(), kListLabels.end(), word) != kListLabels.end()) return LabelKind::List;
    return std::nullopt;
}

std::vector<std::string> words_of(std::string_view text) {
    std::vector<std::string> out;
    size_t at = 0;
    while (at < text.size()) {
        while (at < text.size() && text[at] == ' ') ++at;
        const size_t end = std::min(text.find(' ', at), text.size());
        if (end > at) out.emplace_back(text.substr(at, end - at));
        at = end;
    }
    return out;
}

// How often each name of one word, and each pair of words inside a longer name, stands between
// two commas in the blocks ("..., Allen Fisk, Bello, ..."): a pair that does more often than
// its words alone is a name of several words.
struct NameCounts {
    std::map<std::string, int> single;
    std::map<std::pair<std::string, std::string>, int> pair;

    int score(const std::string& a, const std::string& b) const {
        const auto p = pair.find({a, b});
        const auto sa = single.find(a), sb = single.find(b);
        const int alone = std::max(sa == single.end() ? 0 : sa->second, sb == single.end() ? 0 : sb->second);
        return (p == pair.end() ? 0 : p->second) - alone;
    }
};

NameCounts count_names(const std::vector<Block>& blocks) {
    NameCounts counts;
    for (const Block& b : blocks) {
        std::vector<std::string_view> pieces;
        std::string_view text = b.text;
        for (size_t comma = text.find(','); comma != std::string_view::npos; comma = text.find(',')) {
            pieces.push_back(trim(text.substr(0, comma)));
            text.remove_prefix(comma + 1);
        }
        // Only the pieces with a comma on both sides are whole.
        for (size_t k = 1; k < pieces.size(); ++k) {
            const std::vector<std::string> w = words_of(pieces[k]);
            if (w.size() == 1) ++counts.single[w[0]];
            if (w.size() >= 2 && w.size() <= 4)
                for (size_t i = 0; i + 1 < w.size(); ++i) ++counts.pair[{w[i], w[i + 1]}];
        }
    }
    return counts;
}

bool is_none(std::string_view w) { return w == "None" || w == "NONE" || w == "none"; }

// `values` cut into `cells` values, or nullopt when no one cut is clearly right.
std::optional<std::vector<std::string>> cut_values(std::string_view values, size_t cells, const NameCounts& counts) {
    const std::vector<std::string> words = words_of(values);
    if (words.empty() || cells == 0) return std::nullopt;
    std::vector<std::string> bare;  // without the comma after
    for (const auto& w : words) {
        std::string b = w;
        while (!b.empty() && (b.back() == ',' || b.back() == ';')) b.pop_back();
        if (b.empty() || (!std::isupper(static_cast<unsigned char>(b[0])) && !is_none(b))) return std::nullopt;
        bare.push_back(std::move(b));
    }
    // The gaps not after a comma are either inside a name or between two values.
    std::vector<size_t> forced, open;
    for (size_t i = 0; i + 1 < words.size(); ++i) {
        if (words[i].back() == ',' || words[i].back() == ';') continue;
        (is_none(bare[i]) || is_none(bare[i + 1]) ? forced : open).push_back(i);
    }
    if (forced.size() + open.size() + 1 < cells || forced.size() + 1 > cells) return std::nullopt;
    const size_t inside = forced.size() + open.size() + 1 - cells;  // gaps inside names
    std::vector<std::pair<int, size_t>> ranked;
    for (size_t g : open) ranked.push_back({counts.score(bare[g], bare[g + 1]), g});
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    if (inside > 0 && (ranked[inside - 1].first <= 0 || (inside < ranked.size() && ranked[inside].first == ranked[inside - 1].first)))
        return std::nullopt;
    std::vector<bool> joined(words.size(), true);  // whether the gap after word i stays inside a value
    for (size_t g : forced) joined[g] = false;
    for (size_t k = inside; k < ranked.size(); ++k) joined[ranked[k].second] = false;
    std::vector<std::string> out(1);
    for (size_t i = 0; i < words.size(); ++i) {
        out.back() += words[i];
        if (i + 1 == words.size()) break;
        if (joined[i]) out.back() += ' ';
        else out.emplace_back();
    }
    if (out.size() != cells) return std::nullopt;
    return out;
}

// "5. APPROVED AS AMENDED" -> {"5.", "APPROVED AS AMENDED"}: an item number printed in the box's
// column, which belongs to the next item.
std::pair<std::string, std::string> split_item_number(std::string_view text) {
    text = trim(text);
    size_t i = 0;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
    if (i == 0 || i > 3 || i + 2 >= text.size() || text[i] != '.' || text[i + 1] != ' ') return {"", std::string(text)};
    return {std::string(text.substr(0, i + 1)), std::string(trim(text.substr(i + 2)))};
}

}  // namespace

std::vector<Block> rejoin_vote_label_columns(const std::vector<Block>& blocks) {
    std::vector<Block> out;
    out.reserve(blocks.size());
    std::optional<NameCounts> counts;  // counted when a box is first found
    std::string carried_number;
    for (size_t i = 0; i < blocks.size();) {
        size_t end = i;
        bool has_result = false, has_list = false, bad = false;
        while (end < blocks.size()) {
            const auto kind = label_kind(blocks[end].text);
            if (!kind) break;
            if (*kind == LabelKind::Result) {
                bad = bad || has_result || end != i;  // RESULT opens the box, once
                has_result = true;
            }
            has_list = has_list || *kind == LabelKind::List;
            ++end;
        }
        const size_t labels = end - i;
        const size_t values_at = end + (has_result ? 1 : 0);
        if (labels < 3 || !has_list || bad || values_at >= blocks.size() || label_kind(blocks[values_at].text) ||
            (has_result && label_kind(blocks[end].text))) {
            // Not a box: its labels (or the one block) as they are.
            for (const size_t stop = std::max(end, i + 1); i < stop; ++i) {
                Block b = blocks[i];
                if (!carried_number.empty() && b.kind == BlockKind::Heading) {
                    const std::string_view t = trim(b.text);
                    if (!t.empty() && !std::isdigit(static_cast<unsigned char>(t.front()))) b.text = carried_number + " " + b.text;
                    carried_number.clear();
                }
                out.push_back(std::move(b));
            }
            continue;
        }
        if (!counts) counts = count_names(blocks);
        const auto cells = cut_values(blocks[values_at].text, labels - (has_result ? 1 : 0), *counts);
        bool names_ok = cells.has_value();
        for (size_t k = 0, c = 0; names_ok && k < labels; ++k) {
            if (label_kind(blocks[i + k].text) == LabelKind::Result) continue;
            if (label_kind(blocks[i + k].text) == LabelKind::Name && (*cells)[c].find(',') != std::string::npos) names_ok = false;
            ++c;
        }
        if (!names_ok) {
            for (; i < end; ++i) out.push_back(blocks[i]);
            continue;
        }
        const int page = blocks[values_at].page;
        for (size_t k = 0, c = 0; k < labels; ++k) {
            const std::string label(trim(blocks[i + k].text));
            if (label_kind(label) == LabelKind::Result) {
                auto [number, result] = split_item_number(blocks[end].text);
                carried_number = number;
                out.push_back({BlockKind::Paragraph, label + " " + result, blocks[end].page});
                continue;
            }
            out.push_back({BlockKind::Paragraph, label + " " + (*cells)[c++], page});
        }
        i = values_at + 1;
    }
    return out;
}

}  // namespace quorum::index
