/** @file stored_hit.h @brief A search hit's record (SearchHit::item) from a document's stored data, and the parts of the stored data it reads. */
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "query/item_match.h"
#include "query/vote_items.h"
#include "schema/fast_json.h"

namespace quorum::query {

/// The parts of a stored record (schema/stored_record.h) a search hit reads: the document's id,
/// path, format, title, pages, source_url, text, meetings and page sources; of each item its
/// number, title, pages, resolved, resolution, topics, vote, text span and position; of the
/// facets the values of council, body, date and doc_type and the officers' names and roles.
/// A record parsed with only these (schema::parse_stored with this selection) gives the same
/// hit, the same item matches and the same snippet text as the whole record, without building
/// the rest (topic evidence, every facet value's source, people, mentions, items' page starts
/// and speakers, warnings). A hit that shows more must read it here too
/// (tests/stored_hit_test.cpp compares the two).
const schema::JsonSelection& stored_hit_parts();

/// The item a hit shows, and how many other items of the document match as it does.
struct ShownItem {
    size_t index = 0;
    size_t others = 0;
};

/// With vote filters, an item holding the filtered vote (`holding`, best first,
/// query/vote_items.h): of those that satisfy most filters, the best word match, else the first
/// (for decisions, one holding a resolution first); the others are the other items holding the
/// vote (and words, when it does). Otherwise the best word match, else (a filter-only query) the
/// first item, or for decisions the first item holding a resolution.
ShownItem shown_item(const nlohmann::json& data, const std::vector<ItemMatch>& matches, bool resolutions_only,
                     const std::vector<HeldVote>& holding = {});

/// SearchHit::item for item `index` of the stored record `data` (see SearchHit).
nlohmann::json stored_hit_json(const nlohmann::json& data, size_t index);

}  // namespace quorum::query
