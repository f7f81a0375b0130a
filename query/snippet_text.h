/** @file snippet_text.h @brief A snippet as plain text with the ranges of its matched words: read from Xapian's HTML-escaped snippet once, rendered with any marker. */
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace quorum::query {

/// A snippet: plain text (no markup, no HTML entities) and where its matched words are.
struct Snippet {
    std::string text;
    /// Byte ranges [begin, end) of matched words in `text`, ascending and not overlapping.
    /// Words matched one after another (a phrase) are one range.
    std::vector<std::pair<size_t, size_t>> matches;
};

/// The markers a snippet's matches are wrapped in by `marked_snippet` for CSV and JSON
/// (docs/usage.md): "[[county lines]]".
inline constexpr std::string_view kMatchOpen = "[[";
inline constexpr std::string_view kMatchClose = "]]";

/// Reads the output of Xapian's MSet::snippet, made with `open` and `close` as its highlight
/// markers. Xapian escapes the text as HTML (&amp; &lt; &gt;) and inserts the markers as they
/// are, so a marker in the output is always one of ours; the entities are decoded. Tabs and
/// line breaks become spaces. Matches separated only by spaces or hyphens are joined into one
/// range.
Snippet snippet_from_xapian(std::string_view xapian_snippet, std::string_view open, std::string_view close);

/// The text with each match wrapped in `open` and `close`.
std::string marked_snippet(const Snippet& snippet, std::string_view open = kMatchOpen,
                           std::string_view close = kMatchClose);

/// The matches as [begin, end) offsets in Unicode characters (code points) rather than bytes,
/// for JSON readers that index strings by character.
std::vector<std::pair<size_t, size_t>> match_character_offsets(const Snippet& snippet);

}  // namespace quorum::query
