/** @file charset.h @brief Detecting a byte string's character encoding and converting it to UTF-8 (uchardet + iconv). */
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace quorum::extract {

/// True when `bytes` is well-formed UTF-8 (no overlongs, no surrogates).
bool is_valid_utf8(std::string_view bytes);

/// Guesses the encoding of `bytes`: "UTF-8" when valid UTF-8, else uchardet's answer (from the
/// first MiB), with ISO-8859-1/ASCII-like answers widened to "WINDOWS-1252" (its superset, as
/// browsers do). uchardet often takes short English text for a Central European or Mac code page
/// ("council\x92s" as MAC-CENTRALEUROPE); a Latin-script answer is replaced by "WINDOWS-1252" when
/// every non-ASCII byte is a common western windows-1252 character (accented letter, £, €, curly
/// quote, dash, ...).
std::string detect_charset(std::string_view bytes);

/// Converts `bytes` from `charset` to UTF-8 with iconv. Invalid sequences become U+FFFD.
/// Throws std::invalid_argument when iconv does not know `charset`.
std::string convert_to_utf8(std::string_view bytes, const std::string& charset);

/// Appends the UTF-8 form of one windows-1252 byte (U+FFFD for the five bytes it leaves undefined).
void append_windows1252(std::string& out, unsigned char byte);

/// Decodes `bytes` to UTF-8: strips a BOM, honours `declared` when it fits the bytes, else
/// detects. Appends a warning when the declaration was wrong or missing for non-UTF-8 bytes.
/// Text that is mostly UTF-8 with a few invalid bytes (a stray windows-1252 "£" pasted into a
/// UTF-8 page) keeps its UTF-8 and has each stray byte read as windows-1252, with a warning;
/// complete but forbidden sequences (overlongs, surrogates) become U+FFFD.
/// Returns the text and sets `used` to the charset actually used.
std::string decode_to_utf8(std::string_view bytes, const std::string& declared,
                           std::vector<std::string>& warnings, std::string* used = nullptr);

}  // namespace quorum::extract
