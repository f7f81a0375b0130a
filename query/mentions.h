/** @file mentions.h @brief Every mention of a word or phrase: exhaustive, no relevance cut-off, each with its item, page and a keyword-in-context line, and counts per year or month. */
#pragma once

#include <xapian.h>

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

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
    size_t offset = 0;             ///< byte offset of the match in the title or the item's text
    std::string before, match, after;  ///< keyword-in-context, whitespace collapsed
};

/// Every occurrence of `pattern` in one document's stored data (schema/stored_record.h):
/// item titles and texts, word by word as TermGenerator indexed them. Used by find_mentions
/// and, over every document, by tests as the brute-force reference.
std::vector<Mention> scan_document(const nlohmann::json& data, const MentionPattern& pattern);

enum class MentionPeriod { Year, Month };

struct MentionsResult {
    std::vector<Mention> mentions;                 ///< oldest meeting first, undated last
    Xapian::doccount documents = 0;                ///< documents with at least one mention
    std::map<std::string, size_t> by_period;       ///< "2024" or "2024-03" (or "undated") -> mentions
    std::string parsed;                            ///< the candidate query Xapian ran
    std::vector<std::string> notes;                ///< filter values that matched nothing (ParsedQuery::notes)
    Xapian::doccount undated_left_out = 0;         ///< candidate documents --from/--to leave out for having no date
};

/// Every mention of `phrase` in the documents that pass `filters` (as in search). The index
/// finds the candidate documents (the phrase's exact words, in order); their stored text is
/// then scanned. Throws QueryError for a bad phrase or filter.
MentionsResult find_mentions(const Xapian::Database& db, const std::string& phrase, const Filters& filters,
                             MentionPeriod period = MentionPeriod::Year);

}  // namespace quorum::query
