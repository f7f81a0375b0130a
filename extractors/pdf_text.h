/** @file pdf_text.h @brief The PDF extractor's text steps: page lines, running headers/footers, blocks, text-layer checks. */
#pragma once

#include <cstddef>
#include <ctime>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/extraction.h"

// Everything here works on plain UTF-8 text as poppler's reading-order layout gives it, so each
// step can be tested without a PDF. pdf_extractor.cpp is the only file that talks to poppler.
namespace quorum::extract::pdf {

/// The lines of one page, top to bottom. Empty strings are blank lines (block separators).
using PageLines = std::vector<std::string>;

/// Splits one page's text into lines: drops form feeds and carriage returns, trims each line,
/// keeps blank lines as empty strings.
PageLines split_lines(std::string_view page_text);

/// The key under which a header/footer line repeats across pages: whitespace collapsed, ASCII
/// lower-cased, each run of digits replaced by one '#' ("Page 3 of 12" -> "page # of #").
std::string running_line_key(std::string_view line);

/// True for a line that is only a page number: "3", "Page 3", "- 3 -", "3 of 12",
/// "Page 3 of 12", "1 |Page", "Page |1", "p. 3". Not "(3)": that numbers paragraphs.
bool is_page_number_line(std::string_view line);

/// How many non-blank lines at the top and at the bottom of a page may be a running header or footer.
inline constexpr std::size_t kHeaderFooterZone = 3;

/// Removes running headers and footers from every page. A key is running when it has at least
/// four letters and occurs in the top or bottom zone of at least half the pages (and of at least
/// 2 pages), and no page holds two different lines of it (numbered content such as resolution
/// heads "R2025-225 A. Reeve, B. Hart:" shares a key but differs on one page); its lines are removed wherever they sit on a page, as are page-number lines in a
/// zone. Returns the number of lines removed. With `first_page_header`, the running lines removed
/// from the top zone of the first page are added to it in order: there the running header is
/// often the document's own heading (the council's name), which facet detection still wants.
std::size_t remove_running_headers_footers(std::vector<PageLines>& pages, std::size_t zone = kHeaderFooterZone,
                                           std::vector<std::string>* first_page_header = nullptr);

/// True when `next` should start a new paragraph after `previous` although no blank line
/// separates them: `previous` ends a sentence (. ! ? :) well short of `block_width` (the
/// longest line of the block so far, in bytes) and `next` starts with a capital or a digit.
bool starts_new_paragraph(std::string_view previous, std::string_view next, std::size_t block_width);

/// The width (in bytes) of a typical full line of the page: the 90th percentile of the
/// non-blank lines' lengths, so one long URL does not set it.
std::size_t typical_line_width(const PageLines& lines);

/// True when `line` is a heading: looks_like_heading() and not the first line of a wrapped
/// paragraph ("10) The Chairman thanked all staff and Members who had supported this year's"),
/// which runs to nearly `line_width` and continues on `next` ("" when a blank line follows).
bool is_heading_line(std::string_view line, std::string_view next, std::size_t line_width);

/// True for a block that is only an item number or label: "5)", "(1)", "(iv)", "270.", "1.1",
/// "09.17.06". Poppler often lays these out apart from the text they number.
bool is_item_label(std::string_view text);

/// Prefixes a lone item label to the block after it ("270." + "Apologies for Absence" ->
/// "270. Apologies for Absence"). A run of labels (a column of numbers laid out before the
/// column of texts) is left alone: pairing them up would be guesswork.
void attach_item_labels(std::vector<Block>& blocks);

/// Groups one page's lines into blocks: a blank line or a paragraph cue ends a block; a
/// heading-looking line is a Heading block of its own; a bullet or "(a)" line starts a ListItem;
/// wrapped lines are joined (and de-hyphenated) with join_wrapped_lines(); lone item labels
/// are attached to their text. Blocks get `page`.
std::vector<Block> group_into_blocks(const PageLines& lines, int page);

/// True when `next` carries on the sentence `previous` left unfinished: `previous` is not a
/// heading and does not end a clause, `next` is a paragraph on the same or the next page that
/// starts in lower case. Poppler ends a block at a column or page break, even mid-sentence.
bool continues_previous_block(const Block& previous, const Block& next);

/// Joins each block that continues_previous_block() into the one before it (de-hyphenating);
/// the joined block keeps the page where it starts.
void join_continued_blocks(std::vector<Block>& blocks);

/// The blocks of a whole document: group_into_blocks() on each page (page i+1), then
/// join_continued_blocks() across column and page breaks.
std::vector<Block> blocks_from_pages(const std::vector<PageLines>& pages);

/// Counts that tell whether a text layer is real, missing or garbage.
struct TextLayerStats {
    std::size_t pages = 0;
    std::size_t non_space_chars = 0;  ///< code points that are not whitespace
    std::size_t letters = 0;          ///< code points that are letters (ASCII or non-ASCII script)
    std::size_t tokens = 0;           ///< whitespace-separated tokens
    std::size_t word_like_tokens = 0; ///< tokens with two or more letters including a vowel
};

/// Measures the text of all pages (before headers and footers are removed).
TextLayerStats measure_text_layer(const std::vector<PageLines>& pages);

/// Below this many non-space characters per page on average a PDF has no usable text layer.
inline constexpr std::size_t kMinCharsPerPage = 50;

/// The ExtractError detail when the pages carry (almost) no text, e.g. "no text layer: 3 pages
/// but only 92 characters of text (a scan or text drawn as outlines; needs OCR)"; nullopt otherwise.
std::optional<std::string> missing_text_layer(const TextLayerStats& stats);

/// The "garbled-text-layer: ..." warning when the text is mostly not words (a broken font
/// encoding maps glyphs to punctuation and digits); nullopt for a readable text layer.
std::optional<std::string> garbled_text_layer(const TextLayerStats& stats);

/// The document title from the Info Title, or "" when it is junk. "Microsoft Word - foo.docx"
/// becomes "foo"; generic names ("Untitled", "Document1"), bare file names without a word
/// ("as050905.pdf") and opaque tokens (Google Docs ids like "ACFrOgD4k84V...") are dropped.
std::string clean_title(std::string_view info_title);

/// Formats a time as ISO 8601 UTC, "2014-10-24T13:24:51Z".
std::string iso8601_utc(std::time_t when);

}  // namespace quorum::extract::pdf
