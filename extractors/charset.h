/** @file charset.h @brief Detecting a byte string's character encoding and converting it to UTF-8 (uchardet + iconv). */
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace quorum::extract {

/// True when `bytes` is well-formed UTF-8 (no overlongs, no surrogates).
bool is_valid_utf8(std::string_view bytes);

/// Guesses the encoding of `bytes`: "UTF-8" when valid UTF-8, else uchardet's answer, with
/// ISO-8859-1/ASCII-like answers widened to "WINDOWS-1252" (its superset, as browsers do).
std::string detect_charset(std::string_view bytes);

/// Converts `bytes` from `charset` to UTF-8 with iconv. Invalid sequences become U+FFFD.
/// Throws std::invalid_argument when iconv does not know `charset`.
std::string convert_to_utf8(std::string_view bytes, const std::string& charset);

/// Decodes `bytes` to UTF-8: strips a BOM, honours `declared` when it fits the bytes, else
/// detects. Appends a warning when the declaration was wrong or missing for non-UTF-8 bytes.
/// Returns the text and sets `used` to the charset actually used.
std::string decode_to_utf8(std::string_view bytes, const std::string& declared,
                           std::vector<std::string>& warnings, std::string* used = nullptr);

}  // namespace quorum::extract
