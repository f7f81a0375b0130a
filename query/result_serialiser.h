/** @file result_serialiser.h @brief The public shape of a search hit, a decision and a mention, as a JSON object and as CSV fields: one serialiser for the CLI and any other front end. */
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "query/facet_listing.h"
#include "query/mentions.h"
#include "query/searcher.h"

namespace quorum::query {

/// A search hit (or a decision) as documented in docs/usage.md ("JSON and CSV shapes"):
///   {"id", "path", "item", "title", "date", "council": [...], "body", "doc_type",
///    "officers": [...], "topics": [...], "pages": [first, last], "snippet", "snippet_text",
///    "snippet_matches": [[begin, end], ...], "more_in_document", "resolution", "vote", "source_url",
///    "link", "meeting", "ocr_pages": [...], "ocr_confidence"}
/// "date" and "body" are those of the meeting the item belongs to (a file may hold several),
/// and "meeting" is that meeting: {"index" (0-based, as in show's "meetings"), "count" (the
/// file's meetings), "title", "date", "body", "pages": [first, last], "link" (its first page)}.
/// "vote" is the item's motion as stored ({"mover", "seconder", "result", "for", "against",
/// "abstain"}, only what the minutes state; {} when nothing). "source_url" is where the file was
/// published ("" when unknown), "link" the page the item starts on (page_link).
/// "snippet" marks each match as [[words]]; "snippet_text" is the same text unmarked and
/// "snippet_matches" the matches' [begin, end) offsets in it, in Unicode characters.
/// "ocr_pages" lists the hit's pages whose text was read by OCR (empty for a text layer) and
/// "ocr_confidence" is Tesseract's mean confidence over them (null when there are none).
nlohmann::json search_hit_json(const SearchHit& hit);

/// A link to `page` of a file: its published address when known (any "#..." replaced), else its
/// path, with "#page=N" for a PDF ("/archive/m.pdf#page=3", "https://example.org/m.pdf#page=3").
std::string page_link(const std::string& path, const std::string& source_url, const std::string& format, int page);

/// A mention: {"path", "date", "council": [...], "body", "item", "title", "in_title", "page",
/// "before", "match", "after", "context", "ocr_confidence"}; "context" is before + "[[" + match +
/// "]]" + after; "ocr_confidence" is null unless the page was read by OCR; "link" is the page the
/// mention is on (page_link).
nlohmann::json mention_json(const Mention& mention);

/// Everything about a page of search results but its hits: {"query", "parsed", "total",
/// "total_is_exact", "facets": {facet: {value: documents}}, "facets_exact", "facets_sampled",
/// "suggestion"}. The hits go in "results", each a search_hit_json.
nlohmann::json search_summary_json(const std::string& query, const SearchResults& results);

/// Everything about a mentions run but the mentions: {"phrase", "parsed", "total",
/// "documents", "by", "counts": {period: mentions}}. The mentions go in "mentions".
nlohmann::json mentions_summary_json(const std::string& phrase, const MentionsResult& result, const std::string& by);

/// CSV columns of a search hit; decisions add "resolution" (the full resolution text). Both go on
/// with the vote (vote_result, vote_mover, vote_seconder, vote_for, vote_against, vote_abstain),
/// the link and "ocr_confidence" (blank unless the hit's text was read by OCR), and end with the
/// meeting: "meeting" (its index) and "meeting_pages" ("pp1-4").
std::vector<std::string> search_hit_csv_columns(bool decisions);

/// CSV columns of a mention.
std::vector<std::string> mention_csv_columns();

/// The fields of one CSV row, in the order of `columns`, from an object made by
/// search_hit_json or mention_json: lists joined with ";", "pages" as "p3" or "pp3-5",
/// "vote_X" as the object's "vote" member X,
/// numbers and booleans as written in JSON, a column the object lacks as "".
std::vector<std::string> csv_fields(const nlohmann::json& object, const std::vector<std::string>& columns);

/// A meeting as `quorum show --format json` prints it, from a document's stored record:
/// {"path", "source_url", "format", "title", "council", "body", "date", "doc_type", "officers", "topics",
/// "pages", "meetings": [{"index", "title", "date", "body", "pages", "first_item"}] (one for a file
/// of one meeting), "items": [{"meeting", "number", "title", "pages", "resolved", "vote", "topics"}], "warnings",
/// "page_sources", "facets"}. The web API's /api/meetings/ID adds to it.
nlohmann::json meeting_json(const nlohmann::json& stored);

/// An item's vote (the `vote` object of meeting_json's items) in words, as `quorum show` and the
/// meeting page print it: "carried (for 8, against 1); moved by Cllr Reed, seconded by Cllr Moss".
/// "" for an empty vote.
std::string vote_text(const nlohmann::json& vote);

/// A facet's values as `quorum facets --format json` prints them (and /api/facets/FIELD):
/// {"field", "query", "documents", "values": [{"value", "documents"}]}, values in the listing's
/// order. "query" is the query text the counts are taken within ("" for the whole index).
nlohmann::json facet_listing_json(const FacetListing& listing, const std::string& query);

}  // namespace quorum::query
