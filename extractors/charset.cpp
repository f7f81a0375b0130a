/** @file charset.cpp @brief Charset detection (uchardet) and conversion (iconv) to UTF-8. */
#include "extractors/charset.h"

#include <iconv.h>
#include <uchardet/uchardet.h>

#include <algorithm>
#include <array>
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

constexpr size_t kDetectionSampleBytes = 1024 * 1024;

// One step through UTF-8 at s[i]: the bytes it covers and whether they are a valid character.
// A stray byte is a one-byte invalid step; a complete sequence that is forbidden (overlong,
// surrogate, above U+10FFFF) is an invalid step of its full length.
struct Utf8Step {
    size_t length;
    bool valid;
};

Utf8Step utf8_step(std::string_view s, size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) return {1, true};
    int n;
    std::uint32_t cp;
    if ((c & 0xE0) == 0xC0) { n = 1; cp = c & 0x1F; }
    else if ((c & 0xF0) == 0xE0) { n = 2; cp = c & 0x0F; }
    else if ((c & 0xF8) == 0xF0) { n = 3; cp = c & 0x07; }
    else return {1, false};
    if (s.size() - i < static_cast<size_t>(n) + 1) return {1, false};
    for (int k = 1; k <= n; ++k) {
        const auto d = static_cast<unsigned char>(s[i + k]);
        if ((d & 0xC0) != 0x80) return {1, false};
        cp = (cp << 6) | (d & 0x3F);
    }
    const bool overlong = (n == 1 && cp < 0x80) || (n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000);
    const bool out_of_range = cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF);
    return {static_cast<size_t>(n) + 1, !overlong && !out_of_range};
}

// How much of `s` is UTF-8: valid multi-byte characters and invalid steps.
struct Utf8Census {
    size_t multibyte = 0;
    size_t invalid = 0;
};

Utf8Census utf8_census(std::string_view s) {
    Utf8Census census;
    for (size_t i = 0; i < s.size();) {
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            ++i;
            continue;
        }
        const Utf8Step step = utf8_step(s, i);
        if (step.valid) ++census.multibyte;
        else ++census.invalid;
        i += step.length;
    }
    return census;
}

// UTF-8 with stray bytes: keeps the valid characters, reads each stray byte as windows-1252 and
// replaces forbidden sequences with U+FFFD.
std::string decode_mixed_utf8(std::string_view s) {
    std::string out;
    out.reserve(s.size() + s.size() / 8);
    for (size_t i = 0; i < s.size();) {
        const Utf8Step step = utf8_step(s, i);
        if (step.valid) out.append(s.substr(i, step.length));
        else if (step.length > 1) out.append(kReplacement);
        else append_windows1252(out, static_cast<unsigned char>(s[i]));
        i += step.length;
    }
    return out;
}

// The windows-1252 characters of ordinary English (and western European) minutes.
bool is_common_western_byte(unsigned char c) {
    if (c >= 0xC0) return true;  // accented letters (and × ÷)
    switch (c) {
        case 0x80: case 0x85: case 0x91: case 0x92: case 0x93: case 0x94: case 0x95: case 0x96: case 0x97:
        case 0x99: case 0xA0: case 0xA3: case 0xA7: case 0xA9: case 0xAB: case 0xAE: case 0xB0: case 0xB7:
        case 0xBB: case 0xBC: case 0xBD: case 0xBE:
            return true;
        default:
            return false;
    }
}

bool looks_western(std::string_view bytes) {
    return std::all_of(bytes.begin(), bytes.end(), [](char c) {
        const auto b = static_cast<unsigned char>(c);
        return b < 0x80 || is_common_western_byte(b);
    });
}

// Single-byte code pages for Latin-script languages, which uchardet confuses with windows-1252.
bool is_latin_code_page(const std::string& charset) {
    static constexpr std::array<std::string_view, 18> kLatin = {
        "WINDOWS-1250", "WINDOWS-1254", "WINDOWS-1257", "WINDOWS-1258", "ISO-8859-2",  "ISO-8859-3",  "ISO-8859-4",
        "ISO-8859-9",   "ISO-8859-10",  "ISO-8859-13",  "ISO-8859-14", "ISO-8859-16", "MAC-CENTRALEUROPE",
        "MACINTOSH",    "MAC-ROMAN",    "IBM850",       "IBM852",      "IBM437"};
    return std::find(kLatin.begin(), kLatin.end(), charset) != kLatin.end();
}

std::string uchardet_guess(std::string_view sample) {
    std::unique_ptr<uchardet, UchardetDeleter> detector(uchardet_new());
    if (!detector || uchardet_handle_data(detector.get(), sample.data(), sample.size()) != 0) return {};
    uchardet_data_end(detector.get());
    const char* name = uchardet_get_charset(detector.get());
    return name ? name : "";
}

bool has_non_ascii(std::string_view bytes) {
    return std::any_of(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

}  // namespace

void append_windows1252(std::string& out, unsigned char byte) {
    static constexpr std::array<std::uint16_t, 32> kHigh = {
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
    const std::uint32_t cp = byte >= 0x80 && byte < 0xA0 ? kHigh[byte - 0x80] : byte;
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

bool is_valid_utf8(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            ++i;
            continue;
        }
        const Utf8Step step = utf8_step(s, i);
        if (!step.valid) return false;
        i += step.length;
    }
    return true;
}

std::string detect_charset(std::string_view bytes) {
    if (is_valid_utf8(bytes)) return "UTF-8";
    const std::string_view sample = bytes.substr(0, kDetectionSampleBytes);
    const std::string guess = uchardet_guess(sample);
    if (guess.empty() || is_utf8_name(guess)) return "WINDOWS-1252";
    const std::string widened = widen_latin1(guess);
    if (is_latin_code_page(widened) && looks_western(sample)) return "WINDOWS-1252";
    return widened;
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

namespace {

// A declared charset name as it may appear in a warning: the declaration is the file's own
// bytes, so anything outside printable ASCII becomes '?' (warnings must be UTF-8) and a long
// name is cut short.
std::string printable_name(const std::string& name) {
    constexpr size_t kMaxShown = 40;
    std::string out;
    for (const unsigned char c : name.substr(0, kMaxShown)) out += (c > 0x20 && c < 0x7F) ? static_cast<char>(c) : '?';
    return name.size() > kMaxShown ? out + "..." : out;
}

// Chooses the charset for BOM-less bytes and records why when the declaration did not fit.
std::string choose_charset(std::string_view bytes, const std::string& declared, std::vector<std::string>& warnings) {
    const Utf8Census census = utf8_census(bytes);
    const bool valid_utf8 = census.invalid == 0;
    const bool mixed = !valid_utf8 && census.multibyte > census.invalid;
    const std::string stray = std::to_string(census.invalid) + " invalid byte sequence" + (census.invalid == 1 ? "" : "s");
    if (!declared.empty() && is_utf8_name(declared)) {
        if (valid_utf8) return "UTF-8";
        if (mixed) {
            warnings.push_back("charset-mismatch: declared UTF-8 but " + stray + " found; read them as WINDOWS-1252");
            return "UTF-8";
        }
        const std::string charset = detect_charset(bytes);
        warnings.push_back("charset-mismatch: declared UTF-8 but the bytes are not valid UTF-8; decoded as " + charset);
        return charset;
    }
    if (!declared.empty()) {
        if (!valid_utf8 || !has_non_ascii(bytes)) return declared;
        // Declared a single-byte charset but the bytes are UTF-8 (a common publishing slip).
        warnings.push_back("charset-mismatch: declared " + printable_name(declared) +
                           " but the bytes are UTF-8; decoded as UTF-8");
        return "UTF-8";
    }
    if (valid_utf8) return "UTF-8";
    if (mixed) {
        warnings.push_back("charset-mixed: UTF-8 with " + stray + "; read them as WINDOWS-1252");
        return "UTF-8";
    }
    const std::string charset = detect_charset(bytes);
    warnings.push_back("charset-undeclared: not UTF-8 and no charset declared; detected " + charset);
    return charset;
}

}  // namespace

std::string decode_to_utf8(std::string_view bytes, const std::string& declared, std::vector<std::string>& warnings,
                           std::string* used) {
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
    if (charset.empty()) charset = choose_charset(bytes, declared, warnings);

    if (used) *used = charset;
    if (is_utf8_name(charset)) return is_valid_utf8(bytes) ? std::string(bytes) : decode_mixed_utf8(bytes);
    try {
        return convert_to_utf8(bytes, charset);
    } catch (const std::invalid_argument&) {
        const std::string fallback = detect_charset(bytes);
        warnings.push_back("charset-unknown: declared '" + printable_name(charset) + "' is not a known charset; decoded as " +
                           fallback);
        if (used) *used = fallback;
        return is_utf8_name(fallback) ? std::string(bytes) : convert_to_utf8(bytes, fallback);
    }
}

}  // namespace quorum::extract
