/** @file item_numbering.cpp @brief Item numbers as their parts and the rule for which number may follow which. */
#include "indexer/item_numbering.h"

#include <algorithm>
#include <cctype>

namespace quorum::index {
namespace {

// More items skipped than this between a sub-item and the next item is not a step but a figure.
constexpr long kMaxParentStep = 3;
// A jump by more than this between items of one shape is a stray figure, not an item number.
constexpr long kMaxJump = 100;

}  // namespace

std::optional<ItemNumber> ItemNumber::parse(std::string_view text) {
    ItemNumber n;
    char separator = 0;
    long value = 0;
    size_t digits = 0;
    for (size_t i = 0; i <= text.size(); ++i) {
        const char c = i < text.size() ? text[i] : '\0';
        if (std::isdigit(static_cast<unsigned char>(c))) {
            if (++digits > 6) return std::nullopt;
            value = value * 10 + (c - '0');
            continue;
        }
        if (digits == 0) return std::nullopt;  // empty part: "", "3..4", ".5", "5."
        n.parts.push_back(value);
        value = 0;
        digits = 0;
        if (c == '\0') break;
        if (c != '.' && c != '/') return std::nullopt;
        if (separator != 0 && c != separator) return std::nullopt;
        separator = c;
    }
    n.slashed = separator == '/';
    return n;
}

bool ItemNumber::same_shape(const ItemNumber& other) const {
    return parts.size() == other.parts.size() && slashed == other.slashed;
}

bool may_follow(const ItemNumber& next, const ItemNumber& last) {
    const auto& a = next.parts;
    const auto& b = last.parts;
    if (a.empty() || b.empty()) return !a.empty();
    if (next.same_shape(last))
        return !std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end()) && a[0] <= b[0] + kMaxJump;
    if (next.slashed != last.slashed) {
        // "23/031" after "3": two styles of reference; only their first parts can be compared.
        if (a[0] >= b[0] && a[0] <= b[0] + kMaxJump) return true;
    } else if (!next.slashed) {
        // Dotted numbers of another depth, compared over the parts both have: a sub-item of
        // the current item ("7.1" after "7", "7.2" after "7.1.1"), or an item a little further on
        // ("8" after "7.3", "8.1" after "7").
        const size_t common = std::min(a.size(), b.size());
        const auto a_end = a.begin() + static_cast<long>(common), b_end = b.begin() + static_cast<long>(common);
        if (std::equal(a.begin(), a_end, b.begin())) {
            if (a.size() > b.size()) return true;
        } else if (!std::lexicographical_compare(a.begin(), a_end, b.begin(), b_end)) {
            // A deeper number under a later item is that item's first part ("8.1" after "7"), not
            // a figure such as "114.7" after "113".
            const bool first_part = a.size() <= b.size() || std::all_of(a_end, a.end(), [](long p) { return p <= 1; });
            if (a[0] <= b[0] + kMaxParentStep && first_part) return true;
        }
    }
    // The first item of a new numbering: it starts at 1 and has the parts of a reference
    // ("05.19.01", "19/01"), not of a figure ("16.00", "250.0").
    return a.back() == 1 && (a.size() >= 3 || next.slashed);
}

bool is_next_in_sequence(const ItemNumber& next, const ItemNumber& last) {
    if (!next.same_shape(last) || next.parts.empty()) return false;
    const size_t n = next.parts.size();
    if (std::equal(next.parts.begin(), next.parts.end() - 1, last.parts.begin()) && next.parts[n - 1] == last.parts[n - 1] + 1)
        return true;
    // "141/18" after "140/18": a serial number, then the year.
    return next.slashed && n == 2 && next.parts[1] == last.parts[1] && next.parts[0] == last.parts[0] + 1;
}

}  // namespace quorum::index
