/** @file mentions.h @brief Every mention of a word or phrase: exhaustive, no relevance cut-off, each with its item, page and a keyword-in-context line, and counts per year or month. */
#pragma once

#include <xapian.h>

#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "query/deadline.h"
#include "query/query_builder.h"

namespace quorum::query {

/// What to look for: the phrase's words (lower case, as indexed); the last may be a prefix
/// ("licens*").
struct MentionPattern {
    std::vector<std::string> words;
    bool last_is_prefix = false;
};

/// Parses "county lines" or "licens*" into a pattern. Quotes around the phrase are allowed.
/// Throws QueryError when there is no word, or a '*' anywhere but at the end of the last word.
MentionPattern parse_mention_pattern(const std::string& phrase);

/// One occurrence.
struct Mention {
    std::string doc_id;
    std::string path;
    std::string date;              ///< YYYY-MM-DD or ""
    std::vector<std::string> council;
    std::string body;
    size_t item = 0;               ///< index in the document's items
    std::string item_number;
    std::string item_title;
    bool in_title = false;         ///< found in the item's title rather than its text
    int page = 1;
    int ocr_confidence = -1;       ///< the page's text was read by OCR, with this mean confidence; -1: its own text
    size_t offset = 0;             ///< byte offset of the match in the title or the item's text
    std::string before, match, after;  ///< keyword-in-context, whitespace collapsed
    std::vector<std::string> speakers;  ///< the people who spoke on the item (its stored speakers)
    std::string source_url;        ///< where the file was published ("" when unknown)
    std::string format;            ///< the file's format (pdf, html, text, ...), for its page link
};

/// Where an item's title is printed in the item's own text: as the heading the text starts
/// with, perhaps after labels ("118. Fly-tipping Enforcement Strategy ...", "Item 3 (a) ..."),
/// or as a paragraph of its own among the text's first 1,000 bytes ("ROLL CALL" after the
/// meeting's date line). The byte range [begin, end) of the title's words in the text, or
/// nullopt when the text does not print it.
std::optional<std::pair<size_t, size_t>> title_span_in_text(std::string_view title, std::string_view text);

/// Every occurrence of `pattern` in one document's stored data (schema/stored_record.h):
/// item titles and texts, word by word as TermGenerator indexed them. Each occurrence is
/// counted once: a title that the item's text starts with (title_span_in_text) is not scanned
/// again, and the mentions inside that heading are marked `in_title`. Used by find_mentions
/// and, over every document, by tests as the brute-force reference.
std::vector<Mention> scan_document(const nlohmann::json& data, const MentionPattern& pattern);

/// How mentions are counted: per year or month of the meeting, or per person who spoke on the
/// mention's item (a mention on an item with two speakers counts once for each; one with none
/// counts under kNoSpeaker).
enum class MentionPeriod { Year, Month, Person };

/// The count key of mentions on items with no recorded speaker (MentionPeriod::Person).
inline constexpr std::string_view kNoSpeaker = "(no speaker recorded)";

struct MentionsResult {
    std::vector<Mention> mentions;                 ///< oldest meeting first, undated last
    size_t total = 0;                              ///< mentions found (also when not kept)
    Xapian::doccount documents = 0;                ///< documents with at least one mention
    /// "2024" or "2024-03" (or "undated") -> mentions; every period from the first to the last
    /// is present, 0 when it has none (fill_empty_periods). By person: speaker -> mentions.
    std::map<std::string, size_t> by_period;
    std::string parsed;                            ///< the candidate query Xapian ran
    std::vector<std::string> notes;                ///< filter values that matched nothing (ParsedQuery::notes)
    Xapian::doccount undated_left_out = 0;         ///< candidate documents --from/--to leave out for having no date
};

/// Every mention of `phrase` in the documents that pass `filters` (as in search). The index
/// finds the candidate documents (the phrase's exact words, in order); their stored text is
/// then scanned. Throws QueryError for a bad phrase or filter, TimeLimitExceeded when `deadline`
/// passes (checked during the match and before each document is read).
MentionsResult find_mentions(const Xapian::Database& db, const std::string& phrase, const Filters& filters,
                             MentionPeriod period = MentionPeriod::Year, const Deadline& deadline = {});

/// find_mentions without keeping the mentions: `sink` is called with each one as its document
/// is read, in the same order (the candidates are sorted by meeting date and path by Xapian,
/// undated last), so memory holds one document's mentions at a time. The result's `mentions`
/// is empty; its counts are complete.
MentionsResult for_each_mention(const Xapian::Database& db, const std::string& phrase, const Filters& filters,
                                MentionPeriod period, const std::function<void(const Mention&)>& sink,
                                const Deadline& deadline = {});

/// Adds a zero count for every year (or month) between the first and the last period in
/// `counts` that has none, so that a chart of them has no gaps. "undated" is left as it is.
void fill_empty_periods(std::map<std::string, size_t>& counts, MentionPeriod period);

}  // namespace quorum::query
