/** @file vote_items.h @brief Which agenda items of a matching document hold the motion a query's vote filters (voted:, votedfor:, votedagainst:, abstained:, mover:, result:) name: the item a hit shows. */
#pragma once

#include <xapian.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace quorum::query {

/// One vote filter of a query: the terms it accepts, any of them (a filter value matched to
/// several indexed names, or a field's values ORed).
using VoteFilter = std::vector<std::string>;

/// The vote filters of `query`, in query order: each run of OR over terms of the voted, voted_for,
/// voted_against, abstained, mover and result fields. Terms only under NOT do not count.
std::vector<VoteFilter> vote_filters(const Xapian::Query& query);

/// An item holding a filtered vote, and how many of the filters it satisfies.
struct HeldVote {
    size_t index = 0;  ///< position in the stored "items" array
    size_t filters = 0;
};

/// The items of a stored document (schema/stored_record.h) whose motion satisfies at least one of
/// `filters`, most filters satisfied first, then document order. An item's vote terms are worked
/// out from its stored vote as the indexer and the identity step wrote them: the result (a
/// unanimous one also carried), the mover and seconder as printed, as the meeting's person and as
/// that person's identity, and each named voter as printed and as the identity of the voter's
/// person form (`person_forms`, the document's person_forms value, schema/person_forms.h): the
/// form of that side written as printed, else the one form of that side the printed name fits as
/// a name (query/person_match.h).
std::vector<HeldVote> items_holding_votes(const nlohmann::json& data, const std::vector<VoteFilter>& filters,
                                        const std::string& person_forms);

}  // namespace quorum::query
