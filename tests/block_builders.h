/** @file block_builders.h @brief One-line builders for extraction blocks in table-driven tests. */
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "extractors/extraction.h"

namespace quorum::test {

inline extract::Block heading(std::string t, int page = 1) { return {extract::BlockKind::Heading, std::move(t), page}; }
inline extract::Block para(std::string t, int page = 1) { return {extract::BlockKind::Paragraph, std::move(t), page}; }
inline extract::Block li(std::string t, int page = 1) { return {extract::BlockKind::ListItem, std::move(t), page}; }
inline extract::Block cell(std::string t, int page = 1) { return {extract::BlockKind::TableCell, std::move(t), page}; }

/// An extraction of `blocks`, with the file's metadata and title when a test needs them.
inline extract::Extraction extraction_of(std::vector<extract::Block> blocks,
                                         std::map<std::string, std::string> metadata = {}, std::string title = "") {
    extract::Extraction e;
    e.blocks = std::move(blocks);
    e.metadata = std::move(metadata);
    e.title = std::move(title);
    return e;
}

}  // namespace quorum::test
