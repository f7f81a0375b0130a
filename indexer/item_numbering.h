/** @file item_numbering.h @brief Item numbers as their parts ("05.19.01" -> 5, 19, 1) and the rule for which number may follow which. */
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace quorum::index {

/// An item number split into its parts: "84" -> {84}, "9.1.2" -> {9, 1, 2}, "140/18" -> {140, 18}.
struct ItemNumber {
    std::vector<long> parts;
    bool slashed = false;  ///< parts separated by '/' (parish minute references) rather than '.'

    /// Parses digits separated by single dots or slashes; nullopt for anything else.
    static std::optional<ItemNumber> parse(std::string_view text);

    /// Same number of parts and the same separator: "05.19.01" and "05.19.02", "3" and "4".
    bool same_shape(const ItemNumber& other) const;
};

/// Whether `next` may be the item after `last` in one set of minutes. Numbers do not go backwards
/// (a sub-list "1. Mr Gough ..." inside item 87 is not an item) nor jump by more than 100 (a stray
/// figure). A number of another shape is accepted only as
///   * a sub-item of the current item: "7.1" or "7.1.1" after "7", "9.1.1" after "9.0";
///   * the next item after sub-items: "8" or "8.0" after "7.3" (at most three items on), or its
///     first part: "8.1" after "7" (but not "114.7" after "113", a sum of money);
///   * the first item of a new numbering: "05.19.01" or "19/01" after "8", as when a file holds
///     two sets of minutes, the second numbered by meeting date.
/// So "16.00" after "05.19.09" (a sum of money) and "250.0" after "68" (a table figure) are not items.
bool may_follow(const ItemNumber& next, const ItemNumber& last);

/// Whether `next` is the very next number after `last` in the same shape: "4" after "3",
/// "02.23.03" after "02.23.02", "23/039" after "23/038", and "141/18" after "140/18" (serial, then year).
bool is_next_in_sequence(const ItemNumber& next, const ItemNumber& last);

}  // namespace quorum::index
