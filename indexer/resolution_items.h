/** @file resolution_items.h @brief Minutes that are a list of numbered resolutions ("R2025-217 S. Kirkey, S. Foote: THAT ... Carried."): one item per resolution. */
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "extractors/extraction.h"

namespace quorum::index {

/// A numbered resolution's head: "R2025-217 S. Kirkey, S. Foote:" -> {"R2025-217", "S. Kirkey, S. Foote"}.
struct ResolutionHead {
    std::string number;  ///< "R2025-217"
    std::string movers;  ///< "S. Kirkey, S. Foote" (mover, then seconder)
    size_t end = 0;      ///< just after the ':'
};

/// The resolution head at `at` in `text`: a resolution number (one or two capitals, a four-digit
/// year, '-', a number), a space, its mover and seconder, and ':' within 60 bytes. nullopt otherwise.
std::optional<ResolutionHead> resolution_head_at(const std::string& text, size_t at);

/// `blocks` cut so that each resolution head starts a block, when they hold at least three heads
/// (a council that minutes by numbered resolutions); otherwise `blocks` unchanged.
std::vector<extract::Block> cut_at_resolution_heads(const std::vector<extract::Block>& blocks);

}  // namespace quorum::index
