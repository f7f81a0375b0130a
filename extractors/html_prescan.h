/** @file html_prescan.h @brief Byte-level look at HTML before parsing: does it look like markup, and which charset does it declare. */
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace quorum::extract {

/// True when `head` (the first bytes of a file) opens with HTML markup: after a BOM, whitespace and
/// comments it starts with <!DOCTYPE html, <html, <head, <body, <meta, <title, <div, <p (any case),
/// or with an XML declaration followed by an XHTML document. UTF-16 text with a BOM is recognised.
bool looks_like_html(std::string_view head);

/// One place in a document's first bytes that declares its character set.
struct CharsetDeclaration {
    std::size_t offset = 0;  ///< where the charset name starts
    std::size_t length = 0;  ///< length of the charset name in bytes
    std::string charset;     ///< the name as written
};

/// Every charset declaration that starts in the first `limit` bytes of `text`: <meta charset=...>,
/// <meta http-equiv="Content-Type" content="...; charset=...">, <?xml ... encoding="..."?>.
/// Declarations inside comments are ignored. Offsets index into `text`.
std::vector<CharsetDeclaration> find_charset_declarations(std::string_view text, std::size_t limit = 4096);

/// The charset `bytes` declares, ready for decode_to_utf8: "" when there is no declaration or a BOM
/// decides; "UTF-8" for a UTF-16/UTF-32 declaration without a BOM (it cannot be true of a document
/// whose declaration was readable as ASCII, as browsers also conclude).
std::string declared_html_charset(std::string_view bytes);

/// Rewrites every charset declaration in the first `limit` bytes of `utf8` to "UTF-8", so that a
/// parser reading the already-decoded text does not decode it a second time.
std::string declare_utf8(std::string utf8, std::size_t limit = 4096);

}  // namespace quorum::extract
