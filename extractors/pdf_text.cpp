/** @file pdf_text.cpp @brief The PDF extractor's text steps: page lines, running headers/footers, blocks, text-layer checks. */
#include "extractors/pdf_text.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "extractors/text_cleanup.h"

namespace quorum::extract::pdf {
namespace {

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_ascii_alpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

// Decodes the UTF-8 code point at `s[i]` and advances `i`. Malformed bytes decode as U+FFFD.
char32_t next_code_point(std::string_view s, std::size_t& i) {
    const unsigned char c = s[i++];
    if (c < 0x80) return c;
    const int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : -1;
    if (extra < 0 || i + extra > s.size()) return U'\uFFFD';
    char32_t cp = c & (0x3F >> extra);
    for (int k = 0; k < extra; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i++]) & 0x3F);
    return cp;
}

// Letters of any script. Punctuation, symbols, dingbats and the private-use area (Symbol-font
// bullets) are not letters; that is what a broken font map mostly produces.
bool is_letter(char32_t cp) {
    if (cp < 0x80) return is_ascii_alpha(static_cast<char>(cp));
    if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7) return false;
    if (cp >= 0x2000 && cp <= 0x2BFF) return false;  // punctuation, symbols, arrows, box drawing
    if (cp >= 0x3000 && cp <= 0x303F) return false;  // CJK punctuation
    if (cp >= 0xE000 && cp <= 0xF8FF) return false;  // private use
    return cp < 0xFE00 || (cp >= 0xFF21 && cp <= 0xFF5A) || cp >= 0x10000;
}

bool is_vowel(char32_t cp) {
    switch (cp) {
        case 'a': case 'e': case 'i': case 'o': case 'u': case 'y':
        case 'A': case 'E': case 'I': case 'O': case 'U': case 'Y': return true;
        default: return cp >= 0x80;  // accented vowels and other scripts: do not judge
    }
}

// The key with its spaces removed, to compare against page-number shapes.
std::string compact(std::string key) {
    std::erase(key, ' ');
    return key;
}

// "- 3 -", "– 3 –", "−2−" (groff's ms header uses U+2212 MINUS SIGN): the dashes only decorate.
std::string_view strip_dashes(std::string_view key) {
    static constexpr std::array<std::string_view, 4> kDashes = {"-", "\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x88\x92"};
    auto strip_one = [&key] {
        for (std::string_view dash : kDashes) {
            if (key.starts_with(dash)) {
                key.remove_prefix(dash.size());
                return true;
            }
            if (key.ends_with(dash)) {
                key.remove_suffix(dash.size());
                return true;
            }
        }
        return false;
    };
    while (strip_one()) {
    }
    return key;
}

bool has_ascii_letter(std::string_view s) { return std::any_of(s.begin(), s.end(), is_ascii_alpha); }

// Header and footer text has a word or two; table cells such as "All", "NO", "CF" that happen to
// sit at the top of several pages do not.
bool long_enough_for_running_line(std::string_view key) {
    return std::count_if(key.begin(), key.end(), is_ascii_alpha) >= 4;
}

// Positions of the first and last `zone` non-blank lines of a page (may overlap on short pages).
std::vector<std::size_t> zone_positions(const PageLines& lines, std::size_t zone) {
    std::vector<std::size_t> top, bottom;
    for (std::size_t i = 0; i < lines.size() && top.size() < zone; ++i)
        if (!lines[i].empty()) top.push_back(i);
    for (std::size_t i = lines.size(); i-- > 0 && bottom.size() < zone;)
        if (!lines[i].empty()) bottom.push_back(i);
    top.insert(top.end(), bottom.begin(), bottom.end());
    std::sort(top.begin(), top.end());
    top.erase(std::unique(top.begin(), top.end()), top.end());
    return top;
}

// Keys that occur in the zones of at least half the pages (and at least 2), and never as two
// different lines on one page. Keys with fewer
// than four letters are left to is_page_number_line(): bare numbers such as roll-call numbers
// ("05-1104") in a margin repeat by shape but are content.
std::unordered_set<std::string> running_keys(const std::vector<PageLines>& pages, std::size_t zone) {
    std::unordered_map<std::string, std::size_t> pages_with_key;
    for (const auto& lines : pages) {
        std::unordered_set<std::string> keys;
        for (std::size_t i : zone_positions(lines, zone)) keys.insert(running_line_key(lines[i]));
        for (const auto& key : keys) ++pages_with_key[key];
    }
    // A page holding two different lines of one key numbers its content: numbered resolution
    // heads ("R2025-225 S. Foote, S. Kirkey:", "R2025-227 ..."), not a header printed once a page.
    std::unordered_set<std::string> numbered_content;
    for (const auto& lines : pages) {
        std::unordered_map<std::string, std::string> first_line_of_key;
        for (const auto& line : lines) {
            if (line.empty()) continue;
            const std::string key = running_line_key(line);
            if (!pages_with_key.contains(key)) continue;
            const auto [it, first] = first_line_of_key.try_emplace(key, collapse_whitespace(line));
            if (!first && it->second != collapse_whitespace(line)) numbered_content.insert(key);
        }
    }
    std::unordered_set<std::string> running;
    const std::size_t needed = std::max<std::size_t>(2, (pages.size() + 1) / 2);
    for (const auto& [key, count] : pages_with_key)
        if (count >= needed && long_enough_for_running_line(key) && !numbered_content.contains(key)) running.insert(key);
    return running;
}

// "." "!" "?" ":" at the end, looking through closing quotes and brackets.
bool ends_sentence(std::string_view line) {
    while (!line.empty() && (line.back() == ')' || line.back() == '"' || line.back() == '\'')) line.remove_suffix(1);
    if (line.ends_with("\xE2\x80\x9D") || line.ends_with("\xE2\x80\x99")) line.remove_suffix(3);  // ” ’
    return !line.empty() && (line.back() == '.' || line.back() == '!' || line.back() == '?' || line.back() == ':');
}

bool starts_capital_or_digit(std::string_view line) {
    if (line.starts_with("\xE2\x80\x9C") || line.starts_with("\xE2\x80\x98")) line.remove_prefix(3);  // “ ‘
    else if (!line.empty() && (line[0] == '"' || line[0] == '\'')) line.remove_prefix(1);
    return !line.empty() && (is_ascii_upper(line[0]) || is_ascii_digit(line[0]));
}

// Text that stops at the end of a clause or sentence: . ! ? : ; (looking through quotes and brackets).
bool ends_clause(std::string_view text) {
    return ends_sentence(text) || (!text.empty() && text.back() == ';');
}

bool starts_lower_case(std::string_view text) { return !text.empty() && text[0] >= 'a' && text[0] <= 'z'; }

// Accumulates the lines of the block being built and emits it on flush().
class BlockBuilder {
public:
    BlockBuilder(std::vector<Block>& out, int page) : out_(out), page_(page) {}

    void start(BlockKind kind, std::string first_line) {
        flush();
        kind_ = kind;
        add(std::move(first_line));
    }
    void add(std::string line) {
        width_ = std::max(width_, line.size());
        lines_.push_back(std::move(line));
    }
    void flush() {
        if (std::string text = join_wrapped_lines(lines_); !text.empty()) out_.push_back({kind_, std::move(text), page_});
        lines_.clear();
        width_ = 0;
        kind_ = BlockKind::Paragraph;
    }
    bool empty() const { return lines_.empty(); }
    const std::string& last_line() const { return lines_.back(); }
    std::size_t width() const { return width_; }

private:
    std::vector<Block>& out_;
    int page_;
    BlockKind kind_ = BlockKind::Paragraph;
    std::vector<std::string> lines_;
    std::size_t width_ = 0;
};

std::string percent(std::size_t part, std::size_t whole) {
    return std::to_string(whole == 0 ? 0 : (part * 100 + whole / 2) / whole) + "%";
}

std::string plural(std::size_t n, const char* word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

// --- title cleaning -------------------------------------------------------------------------

std::string_view trim_separators(std::string_view s) {
    auto is_sep = [](char c) { return c == ' ' || c == '-' || c == '_' || c == '.' || c == ','; };
    while (!s.empty() && is_sep(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_sep(s.back())) s.remove_suffix(1);
    return s;
}

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// "Microsoft Word - foo.docx": the authoring program's name is not the document's.
std::string_view strip_program_prefix(std::string_view title) {
    if (!title.starts_with("Microsoft ")) return title;
    const std::size_t dash = title.find(" - ");
    return dash == std::string_view::npos || dash > 30 ? title : title.substr(dash + 3);
}

// Google Docs and some upload services put an opaque id ("ACFrOgD4k84V...", 100+ characters) in Title.
bool is_opaque_token(std::string_view token) {
    const bool has_digit = std::any_of(token.begin(), token.end(), is_ascii_digit);
    return token.size() >= 32 && has_digit && has_ascii_letter(token);
}

std::string drop_opaque_tokens(std::string_view title) {
    std::string out;
    std::size_t start = 0;
    while (start <= title.size()) {
        std::size_t end = title.find(' ', start);
        if (end == std::string_view::npos) end = title.size();
        const std::string_view token = title.substr(start, end - start);
        if (!token.empty() && !is_opaque_token(token)) {
            if (!out.empty()) out += ' ';
            out += token;
        }
        start = end + 1;
    }
    return out;
}

std::string_view strip_file_extension(std::string_view title) {
    static constexpr std::array<std::string_view, 12> kExtensions = {
        ".docx", ".doc", ".pdf", ".rtf", ".odt", ".txt", ".xlsx", ".xls", ".pptx", ".ppt", ".wpd", ".pub"};
    const std::string lower = lower_ascii(title);
    for (std::string_view ext : kExtensions)
        if (lower.ends_with(ext)) return title.substr(0, title.size() - ext.size());
    return title;
}

bool has_word_of_three_letters(std::string_view s) {
    std::size_t run = 0;
    for (std::size_t i = 0; i < s.size();) {
        run = is_letter(next_code_point(s, i)) ? run + 1 : 0;
        if (run >= 3) return true;
    }
    return false;
}

bool is_generic_title(std::string_view title) {
    static constexpr std::array<std::string_view, 9> kGeneric = {
        "untitled",   "untitled document", "document",  "title", "no title", "microsoft word",
        "powerpoint presentation", "slide 1", "blank"};
    const std::string lower = lower_ascii(title);
    if (std::find(kGeneric.begin(), kGeneric.end(), lower) != kGeneric.end()) return true;
    // "Document1", "Doc2": Word's names for unsaved documents.
    const std::size_t digits = lower.find_first_of("0123456789");
    if (digits == std::string::npos || !std::all_of(lower.begin() + static_cast<long>(digits), lower.end(), is_ascii_digit))
        return false;
    const std::string_view name = trim_separators(std::string_view(lower).substr(0, digits));
    return name == "document" || name == "doc";
}

// A line of one to three digits only: "7".
bool is_bare_number(std::string_view line) {
    return !line.empty() && line.size() <= 3 && std::all_of(line.begin(), line.end(), is_ascii_digit);
}

// The offset (number - page) that most bare numbers in the page zones share, when at least two
// pages share it: the document's own page numbering ("182" on page 1, "183" on page 2: 181).
std::optional<int> page_number_offset(const std::vector<PageLines>& pages, std::size_t zone) {
    std::map<int, std::size_t> pages_with_offset;
    for (std::size_t page = 0; page < pages.size(); ++page) {
        std::set<int> offsets;
        for (std::size_t i : zone_positions(pages[page], zone))
            if (is_bare_number(pages[page][i])) offsets.insert(std::stoi(pages[page][i]) - static_cast<int>(page + 1));
        for (int offset : offsets) ++pages_with_offset[offset];
    }
    std::optional<int> best;
    std::size_t best_pages = 1;
    for (const auto& [offset, count] : pages_with_offset)
        if (count > best_pages) best = offset, best_pages = count;
    return best;
}

// A bare number at a page's top or bottom that numbers the item whose title follows it on the
// page ("5", then "Chair's Announcements"): Word's list numbering, laid out apart from its text,
// lands in the zone when an item starts near a page break. It is not the page's number when it
// is not the page's own index and does not fit the document's page numbering (`offset`).
bool numbers_following_title(const PageLines& lines, std::size_t i, int page, std::optional<int> offset) {
    if (!is_bare_number(lines[i])) return false;
    const int number = std::stoi(lines[i]);
    if (number == page || (offset && number - page == *offset)) return false;
    for (std::size_t j = i + 1; j < lines.size(); ++j) {
        if (lines[j].empty()) continue;
        const unsigned char first = static_cast<unsigned char>(lines[j][0]);
        return std::isupper(first) && !is_page_number_line(lines[j]);
    }
    return false;
}

}  // namespace

PageLines split_lines(std::string_view page_text) {
    PageLines lines;
    std::size_t start = 0;
    while (start < page_text.size()) {
        std::size_t end = page_text.find('\n', start);
        if (end == std::string_view::npos) end = page_text.size();
        lines.push_back(collapse_whitespace(page_text.substr(start, end - start)));
        start = end + 1;
    }
    while (!lines.empty() && lines.back().empty()) lines.pop_back();
    return lines;
}

std::string running_line_key(std::string_view line) {
    const std::string collapsed = collapse_whitespace(line);
    std::string key;
    key.reserve(collapsed.size());
    for (char c : collapsed) {
        if (is_ascii_digit(c)) {
            if (key.empty() || key.back() != '#') key += '#';
        } else {
            key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    return key;
}

bool is_page_number_line(std::string_view line) {
    static const std::unordered_set<std::string_view> kShapes = {
        "#", "page#", "page#of#", "#of#", "page#/#", "#/#", "p.#", "pg.#", "pg#", "#|page", "page|#", "#page", "page:#"};
    return kShapes.contains(strip_dashes(compact(running_line_key(line))));
}

std::size_t remove_running_headers_footers(std::vector<PageLines>& pages, std::size_t zone,
                                           std::vector<std::string>* first_page_header) {
    const std::unordered_set<std::string> running =
        pages.size() >= 2 ? running_keys(pages, zone) : std::unordered_set<std::string>{};
    const std::optional<int> offset = page_number_offset(pages, zone);
    std::size_t removed = 0;
    for (std::size_t page = 0; page < pages.size(); ++page) {
        PageLines& lines = pages[page];
        const std::vector<std::size_t> zone_lines = zone_positions(lines, zone);
        std::size_t top_seen = 0;  // non-blank lines so far: the first `zone` are the top zone
        PageLines kept;
        kept.reserve(lines.size());
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const bool in_top = !lines[i].empty() && top_seen++ < zone;
            // A running line goes wherever it sits: poppler's reading order sometimes pulls a
            // footer into the middle of a page's text (beside a signature box, into a table).
            const bool running_line = !running.empty() && running.contains(running_line_key(lines[i]));
            const bool in_zone = std::binary_search(zone_lines.begin(), zone_lines.end(), i);
            const bool item_number = numbers_following_title(lines, i, static_cast<int>(page + 1), offset);
            if (!lines[i].empty() && !item_number && (running_line || (in_zone && is_page_number_line(lines[i])))) {
                if (page == 0 && in_top && running_line && first_page_header) first_page_header->push_back(lines[i]);
                ++removed;
                continue;
            }
            kept.push_back(std::move(lines[i]));
        }
        lines = std::move(kept);
    }
    return removed;
}

bool starts_new_paragraph(std::string_view previous, std::string_view next, std::size_t block_width) {
    // A paragraph's last line stops short: under three quarters of the block's widest line.
    return ends_sentence(previous) && previous.size() * 4 < block_width * 3 && starts_capital_or_digit(next);
}

std::size_t typical_line_width(const PageLines& lines) {
    std::vector<std::size_t> widths;
    for (const auto& line : lines)
        if (!line.empty()) widths.push_back(line.size());
    if (widths.empty()) return 0;
    const auto nth = widths.begin() + static_cast<long>(widths.size() * 9 / 10);
    std::nth_element(widths.begin(), nth, widths.end());
    return *nth;
}

bool is_heading_line(std::string_view line, std::string_view next, std::size_t line_width) {
    if (!looks_like_heading(line)) return false;
    const bool runs_full_width = line.size() * 5 >= line_width * 4;
    const bool continues = !next.empty() && !looks_like_heading(next) && !looks_like_list_item(next);
    return !(runs_full_width && continues);
}

bool is_item_label(std::string_view text) {
    if (text.empty() || text.size() > 12) return false;
    std::string_view core = text;
    const bool open_paren = core.front() == '(';
    if (open_paren) core.remove_prefix(1);
    const bool close_paren = !core.empty() && core.back() == ')';
    if (close_paren || (!core.empty() && (core.back() == '.' || core.back() == ':'))) core.remove_suffix(1);
    if (core.empty() || (open_paren && !close_paren)) return false;
    bool digit = false, letters_only = true;
    for (char c : core) {
        if (is_ascii_digit(c)) digit = true;
        else if (c != '.' && !is_ascii_alpha(c)) return false;
        if (!is_ascii_alpha(c)) letters_only = false;
    }
    // "5)", "270.", "09.17.06" carry a digit; "(a)", "iv)" are letters closed by a bracket.
    return digit ? !is_ascii_alpha(core.front()) : (letters_only && close_paren && core.size() <= 4);
}

void attach_item_labels(std::vector<Block>& blocks) {
    std::vector<Block> out;
    out.reserve(blocks.size());
    bool previous_was_label = false;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const bool label = is_item_label(blocks[i].text);
        const bool lone = label && !previous_was_label && i + 1 < blocks.size() &&
                          blocks[i + 1].page == blocks[i].page && !is_item_label(blocks[i + 1].text);
        previous_was_label = label;
        if (lone) {
            blocks[i + 1].text = blocks[i].text + " " + blocks[i + 1].text;
            continue;
        }
        out.push_back(std::move(blocks[i]));
    }
    blocks = std::move(out);
}

std::vector<Block> group_into_blocks(const PageLines& lines, int page) {
    std::vector<Block> blocks;
    BlockBuilder builder(blocks, page);
    const std::size_t width = typical_line_width(lines);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string& line = lines[i];
        const std::string_view next = i + 1 < lines.size() ? std::string_view(lines[i + 1]) : std::string_view();
        if (line.empty()) {
            builder.flush();
        } else if (is_heading_line(line, next, width)) {
            builder.start(BlockKind::Heading, line);
            builder.flush();
        } else if (looks_like_list_item(line)) {
            builder.start(BlockKind::ListItem, strip_bullet(line));
        } else if (builder.empty() || starts_new_paragraph(builder.last_line(), line, builder.width())) {
            builder.start(BlockKind::Paragraph, line);
        } else {
            builder.add(line);
        }
    }
    builder.flush();
    attach_item_labels(blocks);
    return blocks;
}

bool continues_previous_block(const Block& previous, const Block& next) {
    const bool same_flow = next.page == previous.page || next.page == previous.page + 1;
    return same_flow && previous.kind != BlockKind::Heading && next.kind == BlockKind::Paragraph &&
           !ends_clause(previous.text) && starts_lower_case(next.text);
}

void join_continued_blocks(std::vector<Block>& blocks) {
    std::vector<Block> out;
    out.reserve(blocks.size());
    for (auto& block : blocks) {
        if (!out.empty() && continues_previous_block(out.back(), block)) {
            out.back().text = join_wrapped_lines({out.back().text, block.text});
            continue;
        }
        out.push_back(std::move(block));
    }
    blocks = std::move(out);
}

std::vector<Block> blocks_from_pages(const std::vector<PageLines>& pages) {
    std::vector<Block> blocks;
    for (std::size_t i = 0; i < pages.size(); ++i) {
        std::vector<Block> page_blocks = group_into_blocks(pages[i], static_cast<int>(i + 1));
        blocks.insert(blocks.end(), std::make_move_iterator(page_blocks.begin()),
                      std::make_move_iterator(page_blocks.end()));
    }
    join_continued_blocks(blocks);
    return blocks;
}

TextLayerStats measure_text_layer(const std::vector<PageLines>& pages) {
    TextLayerStats stats;
    stats.pages = pages.size();
    for (const auto& lines : pages) {
        for (const auto& line : lines) {
            std::size_t token_letters = 0;
            bool token_vowel = false, in_token = false;
            auto end_token = [&] {
                if (in_token && token_letters >= 2 && token_vowel) ++stats.word_like_tokens;
                token_letters = 0;
                token_vowel = in_token = false;
            };
            for (std::size_t i = 0; i < line.size();) {
                const char32_t cp = next_code_point(line, i);
                if (cp == U' ') {
                    end_token();
                    continue;
                }
                if (!in_token) ++stats.tokens;
                in_token = true;
                ++stats.non_space_chars;
                if (is_letter(cp)) {
                    ++stats.letters;
                    ++token_letters;
                    token_vowel = token_vowel || is_vowel(cp);
                }
            }
            end_token();
        }
    }
    return stats;
}

std::optional<std::string> missing_text_layer(const TextLayerStats& stats) {
    if (stats.pages == 0 || stats.non_space_chars >= kMinCharsPerPage * stats.pages) return std::nullopt;
    return "no text layer: " + plural(stats.pages, "page") + " but only " +
           plural(stats.non_space_chars, "character") +
           " of text (a scan or text drawn as outlines; needs OCR)";
}

std::optional<std::string> garbled_text_layer(const TextLayerStats& stats) {
    // Real minutes, even the table-heavy ones, are over 80% letters with over 60% word-like
    // tokens; a wrong ToUnicode map gives digits and punctuation ("6',8 /398+74,8.").
    constexpr std::size_t kMinCharsToJudge = 200;
    if (stats.non_space_chars < kMinCharsToJudge) return std::nullopt;
    const bool few_letters = stats.letters * 100 < stats.non_space_chars * 40;
    const bool few_words = stats.word_like_tokens * 100 < stats.tokens * 30;
    if (!few_letters && !few_words) return std::nullopt;
    return "garbled-text-layer: only " + percent(stats.letters, stats.non_space_chars) + " of " +
           plural(stats.non_space_chars, "character") + " are letters and " +
           percent(stats.word_like_tokens, stats.tokens) + " of " + plural(stats.tokens, "token") +
           " look like words (broken font encoding; the text needs OCR)";
}

std::string clean_title(std::string_view info_title) {
    std::string title = collapse_whitespace(info_title);
    if (const std::size_t slash = title.find_last_of('\\'); slash != std::string::npos) title.erase(0, slash + 1);
    title = drop_opaque_tokens(strip_program_prefix(title));
    title = std::string(trim_separators(strip_file_extension(trim_separators(title))));
    if (title.empty() || !has_word_of_three_letters(title) || is_generic_title(title)) return {};
    return title;
}

std::string iso8601_utc(std::time_t when) {
    std::tm utc{};
    if (!gmtime_r(&when, &utc)) return {};
    char buffer[32];
    const std::size_t n = std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return std::string(buffer, n);
}

}  // namespace quorum::extract::pdf
