/** @file html_extractor.cpp @brief HTML pages to blocks with libxml2's forgiving HTML parser: charset, metadata, main region, no boilerplate. */
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <climits>
#include <cstdlib>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "extractors/charset.h"
#include "extractors/extract_error.h"
#include "extractors/extractor.h"
#include "extractors/html_boilerplate.h"
#include "extractors/html_prescan.h"
#include "extractors/text_cleanup.h"

namespace quorum::extract {
namespace {

// ---------------------------------------------------------------------------------------------
// libxml2 handles and error silencing

struct XmlDocFree {
    void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using XmlDocPtr = std::unique_ptr<xmlDoc, XmlDocFree>;

template <typename F>
struct SecondParameter;
template <typename R, typename A, typename B>
struct SecondParameter<R (*)(A, B)> {
    using type = B;
};

void ignore_generic_error(void*, const char*, ...) {}
void ignore_structured_error(void*, SecondParameter<xmlStructuredErrorFunc>::type) {}

/// Silences libxml2's generic and structured error output for this thread while alive. libxml2
/// keeps these handlers per thread, so concurrent extractions do not disturb each other.
class QuietLibxml2 {
public:
    QuietLibxml2()
        : generic_(xmlGenericError),
          generic_context_(xmlGenericErrorContext),
          structured_(xmlStructuredError),
          structured_context_(xmlStructuredErrorContext) {
        xmlSetGenericErrorFunc(nullptr, &ignore_generic_error);
        xmlSetStructuredErrorFunc(nullptr, &ignore_structured_error);
    }
    ~QuietLibxml2() {
        xmlSetGenericErrorFunc(generic_context_, generic_);
        xmlSetStructuredErrorFunc(structured_context_, structured_);
    }
    QuietLibxml2(const QuietLibxml2&) = delete;
    QuietLibxml2& operator=(const QuietLibxml2&) = delete;

private:
    xmlGenericErrorFunc generic_;
    void* generic_context_;
    xmlStructuredErrorFunc structured_;
    void* structured_context_;
};

/// Parses UTF-8 HTML. The encoding is forced and in-document declarations are ignored: the text
/// has already been decoded. XML_PARSE_HUGE lifts libxml2's nesting-depth (256) and text-node
/// (10 MB) limits, which would otherwise silently cut a long or deeply nested page short.
XmlDocPtr parse_html(const std::string& utf8) {
    if (utf8.size() > static_cast<size_t>(INT_MAX))
        throw ExtractError(FailureReason::TooLarge, "HTML document of " + std::to_string(utf8.size()) +
                                                        " bytes is larger than libxml2 can parse (2 GiB)");
    const QuietLibxml2 quiet;
    const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                        HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE;
    XmlDocPtr doc(htmlReadMemory(utf8.data(), static_cast<int>(utf8.size()), nullptr, "UTF-8", options));
    if (!doc) throw ExtractError(FailureReason::Damaged, "libxml2 could not parse the HTML");
    return doc;
}

// ---------------------------------------------------------------------------------------------
// Node helpers

std::string_view name_of(const xmlNode* node) {
    return node->name ? std::string_view(reinterpret_cast<const char*>(node->name)) : std::string_view();
}

bool is_element(const xmlNode* node, std::string_view name) {
    return node->type == XML_ELEMENT_NODE && name_of(node) == name;
}

/// The value of attribute `name` (libxml2 lower-cases HTML attribute names), or "".
/// The view borrows from the document.
std::string_view attribute(const xmlNode* node, std::string_view name) {
    for (const xmlAttr* a = node->properties; a; a = a->next) {
        if (!a->name || name != reinterpret_cast<const char*>(a->name)) continue;
        const xmlNode* value = a->children;
        if (value && value->type == XML_TEXT_NODE && value->content && !value->next)
            return reinterpret_cast<const char*>(value->content);
        return {};
    }
    return {};
}

std::string lowercase(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

/// The next node in document order after `node`, not descending into `node` when `descend` is
/// false; nullptr after the last node under `root`.
const xmlNode* next_in_order(const xmlNode* node, const xmlNode* root, bool descend) {
    if (descend && node->children) return node->children;
    while (node && node != root) {
        if (node->next) return node->next;
        node = node->parent;
    }
    return nullptr;
}

/// The first element named `name` under `root` (including root), or nullptr.
const xmlNode* find_element(const xmlNode* root, std::string_view name) {
    for (const xmlNode* n = root; n; n = next_in_order(n, root, true))
        if (is_element(n, name)) return n;
    return nullptr;
}

/// All text under `node`, concatenated.
std::string text_content(const xmlNode* node) {
    std::string out;
    for (const xmlNode* n = node->children; n; n = next_in_order(n, node, true))
        if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content)
            out += reinterpret_cast<const char*>(n->content);
    return out;
}

// ---------------------------------------------------------------------------------------------
// Text clean-up for one block

/// U+0080..U+009F come from numeric references such as "&#150;" written by windows-1252 tools;
/// browsers show the windows-1252 character, and so do we (a space for the five it leaves undefined).
std::string map_c1_controls(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        const auto d = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
        if (c != 0xC2 || d < 0x80 || d > 0x9F) {
            out += text[i];
            continue;
        }
        if (d == 0x81 || d == 0x8D || d == 0x8F || d == 0x90 || d == 0x9D) out += ' ';
        else append_windows1252(out, d);
        ++i;
    }
    return out;
}

/// Removes soft hyphens (U+00AD), which only mark where a browser may break a word.
std::string remove_soft_hyphens(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xAD') ++i;
        else out += text[i];
    }
    return out;
}

std::string clean_block_text(std::string_view raw) {
    return collapse_whitespace(remove_soft_hyphens(map_c1_controls(raw)));
}

// ---------------------------------------------------------------------------------------------
// Walking the tree into blocks

/// Marks a <br> inside the text being gathered; two in a row end a block.
constexpr char kLineBreak = '\x1E';

/// A block longer than this (a huge <pre>) is cut at spaces, as the text extractor does.
constexpr size_t kMaxBlockBytes = 64 * 1024;

bool is_heading_tag(std::string_view tag) {
    return tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6';
}

bool is_block_tag(std::string_view tag) {
    static constexpr std::array<std::string_view, 37> kBlocks = {
        "p",       "div",    "section", "article", "main",     "header",  "footer",   "pre",
        "blockquote", "dd",  "dt",      "dl",      "li",       "ul",      "ol",       "td",
        "th",      "tr",     "table",   "tbody",   "thead",    "tfoot",   "caption",  "address",
        "figure",  "figcaption", "center", "fieldset", "legend", "details", "summary", "hr",
        "body",    "html",   "form",    "hgroup",  "listing"};
    return is_heading_tag(tag) || std::find(kBlocks.begin(), kBlocks.end(), tag) != kBlocks.end();
}

bool is_content_element(const xmlNode* node) {
    const std::string_view tag = name_of(node);
    return tag == "main" || tag == "article" || lowercase(attribute(node, "role")) == "main";
}

/// A <form> holding real content (ASP.NET pages wrap the whole page in one) is not furniture.
bool form_holds_content(const xmlNode* form) {
    for (const xmlNode* n = form->children; n; n = next_in_order(n, form, true)) {
        if (n->type != XML_ELEMENT_NODE) continue;
        const std::string_view tag = name_of(n);
        if (tag == "p" || tag == "table" || tag == "article" || tag == "main" || is_heading_tag(tag)) return true;
    }
    return false;
}

/// Walks the elements under one root in document order and gathers blocks. With `strict`, page
/// furniture is skipped; without, only scripts, styles and other non-text elements are.
class BlockCollector {
public:
    BlockCollector(bool strict, bool root_is_content) : strict_(strict), content_depth_(root_is_content ? 1 : 0) {}

    std::vector<Block> collect(const xmlNode* root) {
        kinds_.assign(1, BlockKind::Paragraph);
        const xmlNode* node = root->children;
        while (node) {
            const bool descended = enter(node);
            if (descended && node->children) {
                node = node->children;
                continue;
            }
            if (descended) leave(node);
            while (node != root && !node->next) {
                node = node->parent;
                if (node != root) leave(node);
            }
            node = node == root ? nullptr : node->next;
        }
        flush(kinds_.back());
        return std::move(blocks_);
    }

private:
    // Returns true when the walk should visit the node's children (and call leave() after them).
    bool enter(const xmlNode* node) {
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            if (node->content) buffer_ += reinterpret_cast<const char*>(node->content);
            return false;
        }
        if (node->type != XML_ELEMENT_NODE || skipped(node)) return false;
        const std::string_view tag = name_of(node);
        if (tag == "br") {
            buffer_ += kLineBreak;
            return false;
        }
        if (is_content_element(node)) ++content_depth_;
        if (is_block_tag(tag)) {
            flush(kinds_.back());
            kinds_.push_back(kind_for(tag, kinds_.back()));
            enter_table_part(node, tag);
        }
        return true;
    }

    // Rows and cells: each cell's column counts the columns its row's earlier cells span.
    void enter_table_part(const xmlNode* node, std::string_view tag) {
        if (tag == "tr") row_columns_.push_back(0);
        if (tag != "td" && tag != "th") return;
        if (row_columns_.empty()) row_columns_.push_back(0);  // a cell outside any <tr>
        cell_columns_.push_back(row_columns_.back());
        const std::string span(attribute(node, "colspan"));
        const int columns = std::clamp(std::atoi(span.c_str()), 1, 1000);
        row_columns_.back() = std::min(row_columns_.back() + columns, 1'000'000);  // a hostile row never overflows
    }

    void leave_table_part(std::string_view tag) {
        if (tag == "tr" && !row_columns_.empty()) row_columns_.pop_back();
        if ((tag == "td" || tag == "th") && !cell_columns_.empty()) cell_columns_.pop_back();
    }

    void leave(const xmlNode* node) {
        if (node->type != XML_ELEMENT_NODE) return;
        if (is_block_tag(name_of(node))) {
            flush(kinds_.back());
            if (kinds_.size() > 1) kinds_.pop_back();
            leave_table_part(name_of(node));
        }
        if (is_content_element(node)) --content_depth_;
    }

    static BlockKind kind_for(std::string_view tag, BlockKind outer) {
        if (is_heading_tag(tag)) return BlockKind::Heading;
        if (tag == "li") return BlockKind::ListItem;
        if (tag == "td" || tag == "th") return BlockKind::TableCell;
        return outer;  // p inside li stays a list item, p inside td a table cell
    }

    bool skipped(const xmlNode* node) const {
        const std::string_view tag = name_of(node);
        if (is_non_text_element(tag) || tag == "head" || tag == "title") return true;
        if (!strict_ || tag == "body" || tag == "html" || is_content_element(node)) return false;
        if (is_boilerplate_element(tag)) return true;
        if (tag == "form") return !form_holds_content(node);
        const bool inside_content = content_depth_ > 0;
        if ((tag == "header" || tag == "footer") && !inside_content) return true;
        if (is_boilerplate_role(attribute(node, "role"))) return true;
        return names_boilerplate_region(attribute(node, "id"), inside_content) ||
               names_boilerplate_region(attribute(node, "class"), inside_content);
    }

    void flush(BlockKind kind) {
        if (buffer_.find_first_not_of(" \t\r\n") == std::string::npos) {
            buffer_.clear();
            return;
        }
        for (const std::string& piece : split_at_double_breaks(buffer_)) emit(kind, piece);
        buffer_.clear();
    }

    // "a<br>b" stays one block ("a b"); "a<br><br>b" is two.
    static std::vector<std::string> split_at_double_breaks(std::string_view raw) {
        std::vector<std::string> pieces(1);
        for (size_t i = 0; i < raw.size(); ++i) {
            if (raw[i] != kLineBreak) {
                pieces.back() += raw[i];
                continue;
            }
            const auto in_break_run = [](char c) { return c == kLineBreak || c == ' ' || c == '\n' || c == '\t' || c == '\r'; };
            size_t breaks = 0, j = i;
            for (; j < raw.size() && in_break_run(raw[j]); ++j) breaks += raw[j] == kLineBreak;
            if (breaks >= 2) pieces.emplace_back();
            else pieces.back() += ' ';
            i = j - 1;
        }
        return pieces;
    }

    void emit(BlockKind kind, std::string_view raw) {
        std::string text = clean_block_text(raw);
        if (text.empty()) return;
        // An unrendered markdown pipe table pasted into the page: one block per cell.
        if (kind != BlockKind::Heading && (text.front() == '|' || text.back() == '|')) {
            for (PipeCell& cell : split_pipe_row(text)) blocks_.push_back({BlockKind::TableCell, std::move(cell.text), 1, cell.column});
            return;
        }
        const int column = kind == BlockKind::TableCell ? (cell_columns_.empty() ? 0 : cell_columns_.back()) : -1;
        if (text.size() <= kMaxBlockBytes) {
            blocks_.push_back({kind, std::move(text), 1, column});
            return;
        }
        for (std::string& piece : split_at_spaces(text, kMaxBlockBytes)) blocks_.push_back({kind, std::move(piece), 1, column});
    }

    bool strict_;
    int content_depth_;
    std::vector<BlockKind> kinds_;
    std::vector<int> row_columns_;   // per open <tr>: the column its next cell starts at
    std::vector<int> cell_columns_;  // per open <td>/<th>: its column
    std::string buffer_;
    std::vector<Block> blocks_;
};

size_t text_length(const std::vector<Block>& blocks) {
    size_t n = 0;
    for (const auto& b : blocks) n += b.text.size();
    return n;
}

bool has_class_word(std::string_view classes, std::string_view wanted) {
    size_t i = 0;
    while (i < classes.size()) {
        while (i < classes.size() && std::isspace(static_cast<unsigned char>(classes[i]))) ++i;
        const size_t start = i;
        while (i < classes.size() && !std::isspace(static_cast<unsigned char>(classes[i]))) ++i;
        if (lowercase(classes.substr(start, i - start)) == wanted) return true;
    }
    return false;
}

/// Elements that probably hold the page's own content, best first: a single <article>, <main> or
/// role="main", then id or class "content" / "main-content".
std::vector<const xmlNode*> content_candidates(const xmlNode* body) {
    std::vector<const xmlNode*> articles, mains, by_id, by_class;
    static constexpr std::array<std::string_view, 5> kContentNames = {"content", "main-content", "maincontent",
                                                                     "main_content", "page-content"};
    for (const xmlNode* n = body; n; n = next_in_order(n, body, true)) {
        if (n->type != XML_ELEMENT_NODE) continue;
        if (is_element(n, "article")) articles.push_back(n);
        if (is_element(n, "main") || lowercase(attribute(n, "role")) == "main") mains.push_back(n);
        for (std::string_view name : kContentNames) {
            if (lowercase(attribute(n, "id")) == name) by_id.push_back(n);
            if (has_class_word(attribute(n, "class"), name)) by_class.push_back(n);
        }
    }
    std::vector<const xmlNode*> candidates;
    if (articles.size() == 1) candidates.push_back(articles.front());
    if (!mains.empty()) candidates.push_back(mains.front());
    if (!by_id.empty()) candidates.push_back(by_id.front());
    if (!by_class.empty()) candidates.push_back(by_class.front());
    return candidates;
}

/// The page's blocks: from its main region when that region holds a fair share (a quarter) of
/// the page's text, else from the whole body; furniture removed unless nothing would be left.
std::vector<Block> page_blocks(const xmlDoc* doc) {
    const xmlNode* root = xmlDocGetRootElement(doc);
    if (!root) return {};
    const xmlNode* body = find_element(root, "body");
    if (!body) body = root;
    std::vector<Block> whole = BlockCollector(true, false).collect(body);
    const size_t whole_length = text_length(whole);
    for (const xmlNode* region : content_candidates(body)) {
        std::vector<Block> blocks = BlockCollector(true, true).collect(region);
        const size_t length = text_length(blocks);
        if (length > 0 && length * 4 >= whole_length) return blocks;
    }
    if (!whole.empty()) return whole;
    return BlockCollector(false, false).collect(body);
}

// ---------------------------------------------------------------------------------------------
// Title and metadata

void add_metadata(std::map<std::string, std::string>& metadata, std::string_view name, std::string value) {
    if (name.empty() || value.empty()) return;
    auto [it, inserted] = metadata.try_emplace(std::string(name), value);
    if (!inserted && it->second != value && it->second.find(value) == std::string::npos) it->second += "; " + value;
}

void read_head(const xmlDoc* doc, Extraction& out) {
    const xmlNode* root = xmlDocGetRootElement(doc);
    if (!root) return;
    for (const xmlNode* n = root; n; n = next_in_order(n, root, true)) {
        if (is_element(n, "title") && out.title.empty()) {
            out.title = clean_block_text(text_content(n));
        } else if (is_element(n, "meta")) {
            std::string content = clean_block_text(attribute(n, "content"));
            const std::string_view name = attribute(n, "name");
            add_metadata(out.metadata, name.empty() ? attribute(n, "property") : name, std::move(content));
        } else if (is_element(n, "link") && lowercase(attribute(n, "rel")) == "canonical" && !out.metadata.contains("canonical")) {
            add_metadata(out.metadata, "canonical", clean_block_text(attribute(n, "href")));
        }
    }
}

/// The <title>; else a Dublin Core or Open Graph title; else the first top-level heading.
std::string choose_title(const Extraction& out, const xmlDoc* doc) {
    if (!out.title.empty()) return out.title;
    for (const char* key : {"DC.title", "dc.title", "og:title"})
        if (auto it = out.metadata.find(key); it != out.metadata.end()) return it->second;
    const xmlNode* root = xmlDocGetRootElement(doc);
    const xmlNode* h1 = root ? find_element(root, "h1") : nullptr;
    return h1 ? clean_block_text(text_content(h1)) : std::string();
}

// ---------------------------------------------------------------------------------------------

class HtmlExtractor final : public Extractor {
public:
    HtmlExtractor() { xmlInitParser(); }

    Format format() const override { return Format::Html; }

    bool sniff(std::string_view head) const override { return looks_like_html(head); }

    Extraction extract(std::string_view bytes) const override {
        Extraction out;
        out.format = Format::Html;
        const std::string declared = declared_html_charset(bytes);
        const std::string utf8 = declare_utf8(decode_to_utf8(bytes, declared, out.warnings));
        const XmlDocPtr doc = parse_html(utf8);
        read_head(doc.get(), out);
        if (!out.title.empty()) out.metadata["title"] = out.title;
        out.title = choose_title(out, doc.get());
        out.blocks = page_blocks(doc.get());
        out.pages = 1;
        return out;
    }
};

}  // namespace

std::unique_ptr<Extractor> make_html_extractor() { return std::make_unique<HtmlExtractor>(); }

}  // namespace quorum::extract
