/** @file html.cpp @brief HTML escaping and snippet markers. */
#include "server/html.h"

namespace quorum::server {

std::string escape_html(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 16);
    for (const char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

Html& Html::attr(std::string_view name, std::string_view value) {
    out_ += ' ';
    out_ += name;
    out_ += "=\"";
    out_ += escape_html(value);
    out_ += '"';
    return *this;
}

Html& Html::marked(std::string_view text) {
    bool open = false;
    size_t start = 0;
    for (size_t i = 0; i <= text.size(); ++i) {
        const bool end = i == text.size();
        if (!end && text[i] != kMatchStart[0] && text[i] != kMatchEnd[0]) continue;
        out_ += escape_html(text.substr(start, i - start));
        if (!end) {
            const bool opening = text[i] == kMatchStart[0];
            if (opening && !open) out_ += "<mark>";
            if (!opening && open) out_ += "</mark>";
            open = opening;
        }
        start = i + 1;
    }
    if (open) out_ += "</mark>";
    return *this;
}

}  // namespace quorum::server
