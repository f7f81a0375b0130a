/** @file hostile_files.h @brief Generators for hostile test inputs (hand-built PDFs, decompression bombs, deep HTML), made by tests rather than committed. */
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace quorum::test {

/// A PDF 1.4 file of the given objects (numbered from 1; object 1 must be the catalog), with
/// a correct cross-reference table and trailer.
std::string pdf_of_objects(const std::vector<std::string>& objects);

/// A page content stream showing `lines` in Helvetica (font resource /F1), one per line.
std::string text_content(const std::vector<std::string>& lines);

/// A one-page PDF whose page tree loops: the Pages node lists itself among its kids.
std::string page_tree_loop_pdf();

/// A one-page PDF of two content streams: `prefix` as it is, then a FlateDecode stream that
/// inflates to `inflated_bytes` of `unit` repeated (the page's content is the two joined). The
/// file is about a thousandth of the inflated size and is built in well under a second
/// (identical deflate blocks repeated, Adler-32 combined).
std::string flate_bomb_pdf(std::string_view prefix, std::string_view unit, std::uint64_t inflated_bytes);

/// HTML with `depth` nested <div> elements around one paragraph.
std::string deeply_nested_html(size_t depth, std::string_view paragraph);

}  // namespace quorum::test
