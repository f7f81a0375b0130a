/** @file text_layout.h @brief Reading plain text line by line: line and page breaks, blank lines, markdown marks, and the file's overall layout. */
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace quorum::extract {

/// One line of a text file, without its terminator, and the 1-based page it is on.
struct TextLine {
    std::string_view text;
    int page = 1;
};

/// Calls `visit` for every line of `text` in order. Lines end at LF, CRLF, CR or a form feed;
/// a form feed also starts the next page. Stops early when `visit` returns false.
void for_each_line(std::string_view text, const std::function<bool(const TextLine&)>& visit);

/// How a whole text file is laid out, judged from its first few thousand lines.
struct TextLayout {
    /// A `|`-separated item dump: most non-blank lines end with " |" or contain " | ".
    bool item_dump = false;
    /// Hard-wrapped lines with a blank line after every line (text pulled out of PDFs), so a
    /// single blank line does not end a paragraph.
    bool double_spaced = false;
    /// A typical long line's length in bytes (90th percentile), the width text was wrapped at.
    std::size_t wrap_width = 0;
};

TextLayout analyse_layout(std::string_view text);

/// True for a line of nothing but whitespace (including NBSP and other Unicode spaces).
bool is_blank_line(std::string_view line);

/// Trims ASCII whitespace and NBSP from both ends.
std::string_view trim_line(std::string_view line);

/// True for a minute number on a line of its own, whose title follows: "1.", "12)", "3.1.".
bool is_bare_item_number(std::string_view line);

/// For "## Minutes ##" returns "Minutes"; "" when the line is not a markdown heading.
std::string_view markdown_heading(std::string_view line);

/// True for a markdown rule or setext underline: three or more of one of '-', '*', '_', '='.
bool is_rule_line(std::string_view line);

/// True for a page number on a line of its own: one to four digits.
bool is_page_number(std::string_view line);

/// True when the line starts a numbered paragraph: "1. The purpose of ...", "10.3 Planning", "4) ...".
bool starts_numbered_paragraph(std::string_view line);

/// True for a list marker with no text after it ("(a)", "(iv)", "3)"), whose text is on the next line.
bool is_bare_list_marker(std::string_view line);

/// True when the line ends a sentence: '.', ':', ';', '!', '?' (or a closing quote after one), but
/// not an initial or abbreviation such as "Mr. S." or "Co." that a wrapped line often stops on.
bool ends_sentence(std::string_view line);

/// True when the last word is one a wrapped line stops on: "AND", "of", "the", "&", ...
bool ends_with_connecting_word(std::string_view line);

}  // namespace quorum::extract
