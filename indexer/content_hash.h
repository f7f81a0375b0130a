/** @file content_hash.h @brief A fast content hash (XXH3-128 from libxxhash) to tell whether a file really changed. */
#pragma once

#include <string>
#include <string_view>

namespace quorum::index {

/// XXH3-128 of `bytes` as 32 lower-case hex digits.
std::string content_hash(std::string_view bytes);

}  // namespace quorum::index
