/** @file stored_hit.h @brief A search hit's record (SearchHit::item) from a document's stored data, and the parts of the stored data it reads. */
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "query/item_match.h"
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

/// The index of the item a hit shows: the best match, else (a filter-only query) the first
/// item, or for decisions the first item holding a resolution.
size_t shown_item(const nlohmann::json& data, const std::vector<ItemMatch>& matches, bool resolutions_only);

/// SearchHit::item for item `index` of the stored record `data` (see SearchHit).
nlohmann::json stored_hit_json(const nlohmann::json& data, size_t index);

}  // namespace quorum::query
