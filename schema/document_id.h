/** @file document_id.h @brief A source file's unique id (the value of its Q term), computed from its path. */
#pragma once

#include <string>
#include <string_view>

namespace quorum::schema {

/// "d" + 16 hex digits of XXH3-64 of the path as indexed: stable across runs, short enough for
/// a term. The document's unique term is "Q" + this id; `path:` on a file's path finds it.
std::string document_id(std::string_view path);

}  // namespace quorum::schema
