/** @file block_builders.h @brief One-line builders for extraction blocks in table-driven tests. */
#pragma once

#include <string>
#include <utility>

#include "extractors/extraction.h"

namespace quorum::test {

inline extract::Block heading(std::string t, int page = 1) { return {extract::BlockKind::Heading, std::move(t), page}; }
inline extract::Block para(std::string t, int page = 1) { return {extract::BlockKind::Paragraph, std::move(t), page}; }
inline extract::Block li(std::string t, int page = 1) { return {extract::BlockKind::ListItem, std::move(t), page}; }

}  // namespace quorum::test
