/** @file text_extractor.cpp @brief Plain text (txt, md, csv, json, anything text-like) to paragraphs, headings, list items and pages, in one pass. */
#include <algorithm>
#include <cctype>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include "extractors/charset.h"
#include "extractors/extract_error.h"
#include "extractors/extractor.h"
#include "extractors/front_matter.h"
#include "extractors/text_cleanup.h"
#include "extractors/text_layout.h"

namespace quorum::extract {
namespace {

constexpr size_t kBinarySniffBytes = 4096;
constexpr size_t kMaxBlockBytes = 64 * 1024;  // a paragraph with no blank line for this long is split
constexpr size_t kTitleMaxBytes = 150;
constexpr size_t kMaxHeadingBytes = 200;  // a wrapped heading is joined up to this length
constexpr size_t kTitleSearchBlocks = 5;

bool has_utf16_bom(std::string_view bytes) { return bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF"); }

bool is_control_byte(unsigned char c) {
    return (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1B) || c == 0x7F;
}

/// Throws Unsupported for bytes that are not text: NUL bytes near the start, or more than 5% of
/// control characters overall.
void reject_binary(std::string_view bytes) {
    if (has_utf16_bom(bytes)) return;
    if (std::memchr(bytes.data(), 0, std::min(bytes.size(), kBinarySniffBytes)))
        throw ExtractError(FailureReason::Unsupported, "binary content: NUL bytes in the first 4 KiB, not text");
    const size_t controls = static_cast<size_t>(std::count_if(bytes.begin(), bytes.end(), [](char c) {
        return is_control_byte(static_cast<unsigned char>(c));
    }));
    if (controls * 20 > bytes.size())
        throw ExtractError(FailureReason::Unsupported, "binary content: " + std::to_string(controls * 100 / bytes.size()) +
                                                           "% of the bytes are control characters, not text");
}

/// Drops stray NUL bytes from otherwise good text (a damaged or padded file), with a warning.
void remove_stray_nuls(std::string& text, std::vector<std::string>& warnings) {
    const size_t before = text.size();
    text.erase(std::remove(text.begin(), text.end(), '\0'), text.end());
    if (text.size() != before)
        warnings.push_back("stray-nul-bytes: removed " + std::to_string(before - text.size()) + " NUL bytes from the text");
}

bool starts_lower_case(std::string_view line) {
    line = trim_line(line);
    return !line.empty() && std::islower(static_cast<unsigned char>(line[0]));
}

/// Turns lines into blocks as they stream past, holding only the block being built.
class TextBlockBuilder {
public:
    explicit TextBlockBuilder(const TextLayout& layout) : layout_(layout) {}

    /// Adds one line; `next` is the raw line after it ("" at the end), for look-ahead.
    void add(const TextLine& line, std::string_view next) {
        if (line.page != page_ && !lines_.empty()) flush();
        if (layout_.item_dump) add_dump_line(line);
        else add_prose_line(line, next);
    }

    std::vector<Block> finish() {
        flush();
        if (!pending_number_.empty()) emit(BlockKind::Paragraph, pending_number_, page_);
        return std::move(blocks_);
    }

private:
    // `|`-separated dump: every '|' ends an item; an item may run over several lines.
    void add_dump_line(const TextLine& raw) {
        const std::string_view line = trim_line(raw.text);
        if (is_blank_line(line)) {
            flush();
            return;
        }
        size_t start = 0;
        for (size_t bar = line.find('|'); bar != std::string_view::npos; bar = line.find('|', start)) {
            append_text(line.substr(start, bar - start), BlockKind::Paragraph, raw.page);
            flush();
            start = bar + 1;
        }
        append_text(line.substr(start), BlockKind::Paragraph, raw.page);
    }

    void add_prose_line(const TextLine& raw, std::string_view next) {
        const std::string_view trimmed = trim_line(raw.text);
        if (is_blank_line(trimmed)) {
            ++blank_run_;
            if (!layout_.double_spaced || blank_run_ >= 2) flush();
            return;
        }
        Context context{blank_run_, after_heading_, after_rule_};
        blank_run_ = 0;
        after_heading_ = after_rule_ = false;
        if (is_rule_line(trimmed)) {
            add_rule(context);
            return;
        }
        if (context.after_rule && is_page_number(trimmed)) {  // "---" then "2": a converter's page break
            blank_run_ = context.blanks;
            return;
        }
        if (is_bare_item_number(trimmed)) {
            flush();
            pending_number_ = std::string(trimmed);
            return;
        }
        std::string line = pending_number_.empty() ? std::string(trimmed) : pending_number_ + " " + std::string(trimmed);
        pending_number_.clear();
        if (add_structural_line(line, raw.page, next, context)) return;
        add_plain_line(line, raw.page, context);
    }

    // What came just before the line being added.
    struct Context {
        int blanks = 0;             // blank lines
        bool after_heading = false;  // the previous text line was a heading
        bool after_rule = false;     // the previous text line was a rule ("---")
    };

    // "---" right under a single line underlines a heading (setext). In double-spaced text a rule
    // marks a converter's page break inside running text; elsewhere it ends the block.
    void add_rule(const Context& context) {
        after_rule_ = true;
        if (layout_.double_spaced) {
            blank_run_ = context.blanks;
            return;
        }
        if (context.blanks == 0 && lines_.size() == 1 && kind_ == BlockKind::Paragraph) kind_ = BlockKind::Heading;
        flush();
    }

    // Markdown headings and tables, list items and heading-like lines; false for plain text.
    bool add_structural_line(const std::string& line, int page, std::string_view next, const Context& context) {
        if (const std::string_view heading = markdown_heading(line); !heading.empty()) {
            flush();
            emit(BlockKind::Heading, std::string(heading), page);
            return true;
        }
        if (line.front() == '|') {
            flush();
            for (PipeCell& cell : split_pipe_row(line)) emit(BlockKind::TableCell, std::move(cell.text), page, cell.column);
            return true;
        }
        if (pending_marker_ || looks_like_list_item(line)) {
            add_list_item(line, page);
            return true;
        }
        // A heading-like line followed by a lower-case line is the start of a wrapped sentence.
        if (looks_like_heading(line) && (!starts_lower_case(next) || line.back() == ':')) {
            add_heading(line, page, context);
            return true;
        }
        return false;
    }

    void add_list_item(const std::string& line, int page) {
        flush();
        std::string item = strip_bullet(line);
        if (item.empty() || is_bare_list_marker(item)) {  // "•" or "(a)" alone: the text is on the next line
            pending_marker_ = std::move(item);
            return;
        }
        if (pending_marker_ && !pending_marker_->empty()) item = *pending_marker_ + " " + item;
        pending_marker_.reset();
        append_text(item, BlockKind::ListItem, page);
    }

    // Consecutive capitalised heading lines are one wrapped heading ("MINUTES OF THE MEETING OF THE" /
    // "MUNICIPAL DISTRICT ..."), as is a line after a heading that stopped on "AND" or "OF".
    void add_heading(const std::string& line, int page, const Context& context) {
        std::string text = collapse_whitespace(line);
        after_heading_ = true;
        if (context.after_heading && lines_.empty() && !blocks_.empty() && blocks_.back().page == page &&
            continues_heading(blocks_.back().text, text, context)) {
            blocks_.back().text += " " + text;
            return;
        }
        flush();
        emit(BlockKind::Heading, std::move(text), page);
    }

    static bool continues_heading(const std::string& previous, const std::string& line, const Context& context) {
        const bool capitals = !std::isdigit(static_cast<unsigned char>(line[0])) &&
                              !std::isdigit(static_cast<unsigned char>(previous[0]));
        const bool wrapped = context.blanks == 0 || (context.blanks == 1 && ends_with_connecting_word(previous));
        return capitals && wrapped && !previous.ends_with(':') && previous.size() + line.size() < kMaxHeadingBytes;
    }

    void add_plain_line(const std::string& line, int page, const Context& context) {
        if (line.size() > kMaxBlockBytes) {
            add_long_line(line, page);
            return;
        }
        bool continues = !lines_.empty() && (context.blanks == 0 || (context.blanks == 1 && soft_break_continues(line)));
        // "2. Between ..." after a finished sentence opens a new numbered paragraph.
        if (continues && starts_numbered_paragraph(line) && ends_sentence(lines_.back())) continues = false;
        if (!continues) flush();
        append_text(line, lines_.empty() ? BlockKind::Paragraph : kind_, page);
    }

    // A line longer than a block (minified JSON, a file without line breaks) is cut at spaces.
    void add_long_line(std::string_view line, int page) {
        flush();
        for (std::string& piece : split_at_spaces(line, kMaxBlockBytes)) emit(BlockKind::Paragraph, std::move(piece), page);
    }

    // In double-spaced text one blank line is only a line break unless the sentence ended there.
    bool soft_break_continues(std::string_view line) const {
        if (!layout_.double_spaced) return false;
        if (starts_lower_case(line)) return true;
        const std::string_view previous = lines_.back();
        return !ends_sentence(previous) && previous.size() * 10 >= layout_.wrap_width * 6;
    }

    // Adds a line to the open block (opening one of `kind` if none); a block that would grow past
    // kMaxBlockBytes goes on in a new block of the same kind.
    void append_text(std::string_view text, BlockKind kind, int page) {
        if (is_blank_line(text)) return;
        if (!lines_.empty() && open_bytes_ + text.size() + 1 > kMaxBlockBytes) {
            kind = kind_;
            flush();
        }
        if (lines_.empty()) {
            kind_ = kind;
            page_ = page;
        }
        lines_.emplace_back(text);
        open_bytes_ += text.size() + 1;
    }

    void flush() {
        if (lines_.empty()) return;
        emit(kind_, join_wrapped_lines(lines_), page_);
        lines_.clear();
        open_bytes_ = 0;
    }

    void emit(BlockKind kind, std::string text, int page, int column = -1) {
        if (!text.empty()) blocks_.push_back({kind, std::move(text), page, column});
    }

    TextLayout layout_;
    std::vector<std::string> lines_;  // the block being built
    BlockKind kind_ = BlockKind::Paragraph;
    int page_ = 1;
    size_t open_bytes_ = 0;
    int blank_run_ = 0;
    bool after_heading_ = false;
    bool after_rule_ = false;
    std::string pending_number_;                // "1." on its own line, waiting for its title
    std::optional<std::string> pending_marker_;  // "•" or "(a)" on its own line, waiting for its text
    std::vector<Block> blocks_;
};

std::vector<Block> build_blocks(std::string_view text, int& pages) {
    TextBlockBuilder builder(analyse_layout(text));
    std::optional<TextLine> held;  // lines are added one behind, so each sees the next
    pages = 1;
    for_each_line(text, [&](const TextLine& line) {
        if (held) builder.add(*held, line.text);
        held = line;
        if (!is_blank_line(line.text)) pages = std::max(pages, line.page);
        return true;
    });
    if (held) builder.add(*held, {});
    return builder.finish();
}

/// The first heading near the top, when it is short enough to be a title and more than a
/// one-word section label ("PAGE", "MINUTES").
std::string title_from(const std::vector<Block>& blocks) {
    const size_t n = std::min(blocks.size(), kTitleSearchBlocks);
    for (size_t i = 0; i < n; ++i) {
        if (blocks[i].kind != BlockKind::Heading) continue;
        const std::string& text = blocks[i].text;
        return text.size() <= kTitleMaxBytes && text.find(' ') != std::string::npos ? text : std::string();
    }
    return {};
}

class TextExtractor final : public Extractor {
public:
    Format format() const override { return Format::Text; }

    // The registry falls back to text by itself; claiming content here would shadow other formats.
    bool sniff(std::string_view) const override { return false; }

    Extraction extract(std::string_view bytes) const override {
        reject_binary(bytes);
        Extraction out;
        out.format = Format::Text;
        std::string text = decode_to_utf8(bytes, "", out.warnings);
        remove_stray_nuls(text, out.warnings);
        // Markdown front matter ("---" / "title: ..." / "---") is the file's metadata, not its text.
        const std::optional<FrontMatter> front = read_front_matter(text);
        const std::string_view body = front ? std::string_view(text).substr(front->body_offset) : std::string_view(text);
        out.blocks = build_blocks(body, out.pages);
        if (front) out.metadata = front->fields;
        const auto title = out.metadata.find("title");
        out.title = title != out.metadata.end() ? title->second : title_from(out.blocks);
        return out;
    }
};

}  // namespace

std::unique_ptr<Extractor> make_text_extractor() { return std::make_unique<TextExtractor>(); }

}  // namespace quorum::extract
