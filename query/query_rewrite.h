/** @file query_rewrite.h @brief Text rewrites applied before Xapian's QueryParser sees a query: capitalised field names, phrases in stems-only fields, phrases ending in a wildcard. */
#pragma once

#include <string>
#include <vector>

namespace quorum::query {

/// "Council:kent" -> "council:kent": a field name typed with capitals is the field (Xapian's
/// prefixes are case-sensitive, and would read "Council:kent" as the phrase "council kent").
/// Only names in `fields` change; text inside quotes is left alone.
std::string lowercase_field_names(const std::string& text, const std::vector<std::string>& fields);

/// `title:"community safety"` -> `(title:community title:safety)` for every field in
/// `stems_fields`: Xapian 1.4 hands a quoted value of a free-text field to its FieldProcessor
/// as nothing at all. These fields keep no positions, so a phrase in them means all its words
/// (the default operator is AND). Operator words inside the quotes are lower-cased so they stay
/// words ("law AND order" -> "law and order"); a '-' before the field applies to the group.
std::string phrases_to_groups(const std::string& text, const std::vector<std::string>& stems_fields);

/// The first `field:word*` (outside quotes) of a field in `stems_fields`, or "" when none.
std::string stems_field_wildcard(const std::string& text, const std::vector<std::string>& stems_fields);

/// Quoted phrases whose last word ends in '*' ("planning application*"), which Xapian's parser
/// would otherwise read without the '*', moved out of the query text.
struct PhraseWildcards {
    std::string text;                  ///< the query with each such phrase replaced by `field:N`
    std::vector<std::string> phrases;  ///< phrase N as typed inside its quotes, '*' kept
};

/// Replaces each unprefixed quoted phrase ending in '*' with `placeholder_field:N`, keeping any
/// '+'/'-' sign before it. Phrases after a `field:` are left alone.
PhraseWildcards extract_phrase_wildcards(const std::string& text, const std::string& placeholder_field);

}  // namespace quorum::query
