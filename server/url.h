/** @file url.h @brief Percent-encoding and query strings: splitting a request target, building links. */
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace quorum::server {

/// Decodes %XX escapes (and '+' as a space when `plus_is_space`). nullopt for a malformed
/// escape ("%zz", a lone '%' at the end) or an encoded NUL byte.
std::optional<std::string> percent_decode(std::string_view text, bool plus_is_space);

/// Encodes every byte but unreserved ones (A-Z a-z 0-9 - . _ ~) as %XX: for query values and
/// path segments.
std::string percent_encode(std::string_view text);

/// A request target split into its decoded path and parameters. nullopt when malformed.
struct Target {
    std::string path;
    std::vector<std::pair<std::string, std::string>> params;
};
std::optional<Target> split_target(std::string_view raw);

/// "name=value&..." with each part percent-encoded; pairs with an empty value are left out.
std::string query_string(const std::vector<std::pair<std::string, std::string>>& params);

}  // namespace quorum::server
