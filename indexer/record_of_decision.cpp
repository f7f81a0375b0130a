/** @file record_of_decision.cpp @brief A Record of Decision read as one item whose resolution is its decision section. */
#include "indexer/record_of_decision.h"

#include "indexer/item_text.h"

#include <algorithm>
#include <cctype>

namespace quorum::index {
namespace {

// How many blocks from the top the "RECORD OF DECISION" banner may be.
constexpr size_t kBannerBlocks = 5;
// At most this many blocks make the decision section.
constexpr size_t kMaxDecisionBlocks = 40;

std::string lower(std::string_view s) {
    std::string out(s);
    for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// The sections after a decision that explain it.
bool explains_decision(std::string_view text) {
    const std::string l = lower(trim(text).substr(0, 60));
    for (std::string_view lead : {"reason(s) for decision", "reasons for decision", "reason for decision", "background",
                                  "cabinet committee recommendations", "any alternatives", "any interest declared",
                                  "legal implications", "financial implications", "equalities implications",
                                  "data protection implications", "signed", "decision taken by"})
        if (l.starts_with(lead)) return true;
    return false;
}

}  // namespace

std::optional<DecisionRecord> read_record_of_decision(const std::vector<extract::Block>& blocks) {
    const size_t top = std::min(blocks.size(), kBannerBlocks);
    if (std::none_of(blocks.begin(), blocks.begin() + static_cast<long>(top),
                     [](const extract::Block& b) { return lower(b.text).find("record of decision") != std::string::npos; }))
        return std::nullopt;
    DecisionRecord record;
    size_t i = 0;
    size_t at = std::string::npos;
    for (; i < blocks.size(); ++i) {
        const std::string& text = blocks[i].text;
        const size_t title = text.find("Title of Decision");
        if (title != std::string::npos && record.title.empty()) {
            const size_t from = title + 17;
            const size_t to = text.find("Decision:", from);
            record.title = std::string(trim(std::string_view(text).substr(from, to == std::string::npos ? std::string::npos : to - from)));
            if (record.title.empty() && i + 1 < blocks.size()) record.title = std::string(trim(blocks[i + 1].text)).substr(0, 200);
        }
        at = text.find("Decision:");
        if (at != std::string::npos && (at == 0 || text[at - 1] == ' ')) break;
    }
    if (i == blocks.size()) return std::nullopt;
    record.decision = std::string(trim(std::string_view(blocks[i].text).substr(at)));
    for (size_t j = i + 1; j < blocks.size() && j <= i + kMaxDecisionBlocks && !explains_decision(blocks[j].text); ++j)
        record.decision += "\n" + std::string(trim(blocks[j].text));
    if (record.title.empty()) record.title = "Record of Decision";
    return record;
}

}  // namespace quorum::index
