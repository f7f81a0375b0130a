/** @file html.h @brief The one place where text becomes HTML: every string from a document or a request goes through Html::text() or Html::attr(). */
#pragma once

#include <string>
#include <string_view>

namespace quorum::server {

/// Escapes & < > " ' for use in element content or a quoted attribute value.
std::string escape_html(std::string_view text);

/// Markers put around matched words (query::marked_snippet) before a snippet is written as HTML. They are
/// control characters, which a stored text never holds (they are removed before marking).
inline constexpr std::string_view kMatchStart = "\x01";
inline constexpr std::string_view kMatchEnd = "\x02";


/// An HTML page being built. Literal markup goes in with raw() (string literals of the server
/// only); anything else goes in with text() or attr(), which escape it.
class Html {
public:
    /// A trusted literal piece of markup (never a document's or a request's text).
    Html& raw(std::string_view markup) {
        out_ += markup;
        return *this;
    }
    /// Text, escaped.
    Html& text(std::string_view text) {
        out_ += escape_html(text);
        return *this;
    }
    /// ` name="value"` with the value escaped. A URL attribute must come from link() or a
    /// server-built path, never straight from a document (javascript: links).
    Html& attr(std::string_view name, std::string_view value);
    /// Plain text with kMatchStart/kMatchEnd markers: escaped, the matches in <mark>.
    Html& marked(std::string_view text_with_markers);
    const std::string& str() const { return out_; }

private:
    std::string out_;
};

}  // namespace quorum::server
