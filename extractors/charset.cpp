/** @file charset.cpp @brief Charset detection (uchardet) and conversion (iconv) to UTF-8. */
#include "extractors/charset.h"

#include <iconv.h>
#include <uchardet/uchardet.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cerrno>
#include <memory>
#include <stdexcept>

namespace quorum::extract {
namespace {

struct IconvCloser {
    void operator()(iconv_t* cd) const {
        iconv_close(*cd);
        delete cd;
    }
};
using IconvHandle = std::unique_ptr<iconv_t, IconvCloser>;

struct UchardetDeleter {
    void operator()(uchardet* u) const { uchardet_delete(u); }
};

std::string upper(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::toupper(c); });
    return s;
}

bool is_utf8_name(const std::string& charset) {
    const std::string u = upper(charset);
    return u == "UTF-8" || u == "UTF8";
}

// Latin-1 and ASCII declarations are treated as windows-1252, as every browser does.
std::string widen_latin1(const std::string& charset) {
    const std::string u = upper(charset);
    if (u == "ISO-8859-1" || u == "ISO8859-1" || u == "LATIN1" || u == "LATIN-1" || u == "US-ASCII" ||
        u == "ASCII" || u == "CP1252" || u == "WINDOWS-1252" || u == "ISO-8859-15")
        return "WINDOWS-1252";
    return u;
}

const char kReplacement[] = "\xEF\xBF\xBD";

}  // namespace

bool is_valid_utf8(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const auto* end = p + s.size();
    while (p < end) {
        unsigned char c = *p;
        if (c < 0x80) { ++p; continue; }
        int n;
        std::uint32_t cp;
        if ((c & 0xE0) == 0xC0) { n = 1; cp = c & 0x1F; }
        else if ((c & 0xF0) == 0xE0) { n = 2; cp = c & 0x0F; }
        else if ((c & 0xF8) == 0xF0) { n = 3; cp = c & 0x07; }
        else return false;
        if (end - p < n + 1) return false;
        for (int i = 1; i <= n; ++i) {
            if ((p[i] & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if ((n == 1 && cp < 0x80) || (n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000)) return false;
        if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        p += n + 1;
    }
    return true;
}

std::string detect_charset(std::string_view bytes) {
    if (is_valid_utf8(bytes)) return "UTF-8";
    std::unique_ptr<uchardet, UchardetDeleter> detector(uchardet_new());
    std::string guess;
    if (detector && uchardet_handle_data(detector.get(), bytes.data(), bytes.size()) == 0) {
        uchardet_data_end(detector.get());
        const char* name = uchardet_get_charset(detector.get());
        if (name) guess = name;
    }
    if (guess.empty() || is_utf8_name(guess)) return "WINDOWS-1252";
    return widen_latin1(guess);
}

std::string convert_to_utf8(std::string_view bytes, const std::string& charset) {
    const std::string from = widen_latin1(charset);
    iconv_t raw = iconv_open("UTF-8", from.c_str());
    if (raw == reinterpret_cast<iconv_t>(-1))
        throw std::invalid_argument("unknown character set '" + charset + "'");
    IconvHandle cd(new iconv_t(raw));

    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    char* in = const_cast<char*>(bytes.data());
    size_t in_left = bytes.size();
    char buffer[16384];
    while (in_left > 0) {
        char* o = buffer;
        size_t o_left = sizeof buffer;
        size_t r = iconv(*cd, &in, &in_left, &o, &o_left);
        out.append(buffer, o - buffer);
        if (r == static_cast<size_t>(-1)) {
            if (errno == E2BIG) continue;
            // EILSEQ or EINVAL: an invalid or truncated sequence; replace one byte and go on.
            out.append(kReplacement);
            ++in;
            --in_left;
            iconv(*cd, nullptr, nullptr, nullptr, nullptr);
        }
    }
    return out;
}

std::string decode_to_utf8(std::string_view bytes, const std::string& declared,
                           std::vector<std::string>& warnings, std::string* used) {
    std::string charset;
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
        bytes.remove_prefix(3);
        charset = "UTF-8";
    } else if (bytes.substr(0, 2) == "\xFF\xFE") {
        bytes.remove_prefix(2);
        charset = "UTF-16LE";
    } else if (bytes.substr(0, 2) == "\xFE\xFF") {
        bytes.remove_prefix(2);
        charset = "UTF-16BE";
    }

    if (charset.empty()) {
        const bool valid_utf8 = is_valid_utf8(bytes);
        if (!declared.empty()) {
            if (is_utf8_name(declared) && !valid_utf8) {
                charset = detect_charset(bytes);
                warnings.push_back("charset-mismatch: declared UTF-8 but the bytes are not valid UTF-8; decoded as " +
                                   charset);
            } else if (!is_utf8_name(declared) && valid_utf8 && !std::all_of(bytes.begin(), bytes.end(), [](char c) {
                           return static_cast<unsigned char>(c) < 0x80;
                       })) {
                // Declared a single-byte charset but the bytes are UTF-8 (a common publishing slip).
                charset = "UTF-8";
                warnings.push_back("charset-mismatch: declared " + declared + " but the bytes are UTF-8; decoded as UTF-8");
            } else {
                charset = declared;
            }
        } else {
            charset = valid_utf8 ? "UTF-8" : detect_charset(bytes);
            if (!valid_utf8)
                warnings.push_back("charset-undeclared: not UTF-8 and no charset declared; detected " + charset);
        }
    }

    if (used) *used = charset;
    if (is_utf8_name(charset)) {
        if (is_valid_utf8(bytes)) return std::string(bytes);
        return convert_to_utf8(bytes, "UTF-8");
    }
    try {
        return convert_to_utf8(bytes, charset);
    } catch (const std::invalid_argument&) {
        const std::string fallback = detect_charset(bytes);
        warnings.push_back("charset-unknown: declared '" + charset + "' is not a known charset; decoded as " + fallback);
        if (used) *used = fallback;
        return is_utf8_name(fallback) ? std::string(bytes) : convert_to_utf8(bytes, fallback);
    }
}

}  // namespace quorum::extract
