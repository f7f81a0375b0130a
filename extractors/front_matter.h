/** @file front_matter.h @brief YAML front matter at the top of a Markdown or text file ("---" lines around "key: value" pairs): the file's metadata, not its text. */
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace quorum::extract {

/// The front matter of a text file.
struct FrontMatter {
    std::map<std::string, std::string> fields;  ///< top-level "key: value" scalars, quotes removed
    size_t body_offset = 0;                     ///< where the text after the closing line starts
};

/// Reads front matter when `text` opens with a "---" line and a closing "---" or "..." line
/// follows within 64 KiB. Only top-level scalar fields are kept (indented lines, list items and
/// keys without a value are skipped). nullopt when there is no front matter, or when the lines
/// between the rules are not "key: value" lines (a Markdown rule above ordinary text).
std::optional<FrontMatter> read_front_matter(std::string_view text);

}  // namespace quorum::extract
