/** @file extraction.h @brief What an extractor returns: title, file metadata, pages and ordered text blocks. */
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace quorum::extract {

/// The file formats Quorum extracts.
enum class Format { Pdf, Html, Text };

/// "pdf", "html" or "text".
std::string_view format_name(Format format);

/// The structural role of a block of text.
enum class BlockKind { Heading, Paragraph, ListItem, TableCell };

/// "heading", "paragraph", "list_item" or "table_cell".
std::string_view block_kind_name(BlockKind kind);

/// One unit of text in reading order. `page` is 1-based for PDFs and 1 for other formats.
struct Block {
    BlockKind kind = BlockKind::Paragraph;
    std::string text;  ///< UTF-8, whitespace collapsed, no line breaks inside
    int page = 1;
};

/// Everything one extractor saw in one file. All strings are UTF-8.
struct Extraction {
    std::string path;
    Format format = Format::Text;
    std::string title;                              ///< empty when the file has none
    std::map<std::string, std::string> metadata;    ///< as the file carries it (PDF Info, HTML meta)
    int pages = 1;
    std::vector<Block> blocks;
    std::vector<std::string> warnings;              ///< e.g. "garbled-text-layer: ..."

    /// All block texts joined by blank lines (convenient for searching and tests).
    std::string full_text() const;
};

}  // namespace quorum::extract
