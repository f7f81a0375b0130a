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
    /// A table cell's column in its row, 0-based, counting empty and spanned columns (a cell
    /// after `<td colspan="2">` is column 2); -1 for other blocks. A row starts where a cell's
    /// column is not greater than the cell's before it. Empty cells give no block.
    int column = -1;
};

/// Where a PDF page's text came from.
enum class PageSource {
    TextLayer,   ///< the PDF's own text
    Ocr,         ///< read by Tesseract from the rendered page
    OcrSkipped,  ///< needed OCR but was not read (the document's OCR time cap, or the page's deadline)
};

/// "text-layer", "ocr" or "ocr-skipped".
std::string_view page_source_name(PageSource source);

/// How one page of a PDF was read. Extraction::page_sources lists only pages that needed OCR.
struct PageSourceInfo {
    int page = 1;
    PageSource source = PageSource::Ocr;
    int confidence = 0;    ///< Tesseract's mean word confidence (0..100) when source is Ocr
    bool cached = false;   ///< the text came from the caller's OCR cache, not from Tesseract now
};

/// One page's OCR text as Tesseract gave it: what an OCR cache stores and hands back.
struct OcrPageText {
    std::string text;
    int confidence = 0;
};

/// OCR text the caller already has for some pages of the file (page number -> text), read
/// from its cache; those pages are not OCR'd again.
using KnownOcrPages = std::map<int, OcrPageText>;

/// Everything one extractor saw in one file. All strings are UTF-8.
struct Extraction {
    std::string path;
    Format format = Format::Text;
    std::string title;                              ///< empty when the file has none
    std::map<std::string, std::string> metadata;    ///< as the file carries it (PDF Info, HTML meta)
    int pages = 1;
    std::vector<Block> blocks;
    std::vector<std::string> warnings;              ///< e.g. "garbled-text-layer: ..."
    std::vector<PageSourceInfo> page_sources;       ///< PDF pages that needed OCR, in page order
    KnownOcrPages new_ocr_pages;                    ///< pages Tesseract read this time (for the caller's cache)

    /// Pages read by OCR (from Tesseract or the cache).
    int ocr_page_count() const;

    /// All block texts joined by blank lines (convenient for searching and tests).
    std::string full_text() const;
};

}  // namespace quorum::extract
