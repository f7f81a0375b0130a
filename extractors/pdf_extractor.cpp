/** @file pdf_extractor.cpp @brief The PDF extractor: poppler-cpp opens the file and lays out each page; pdf_text.h does the rest. */
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <ctime>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "extractors/extract_error.h"
#include "extractors/extractor.h"
#include "extractors/pdf_ocr.h"
#include "extractors/pdf_text.h"
#include "extractors/text_cleanup.h"

namespace quorum::extract {
namespace {

// ---- poppler's messages ---------------------------------------------------------------------
// poppler reports syntax errors through one process-wide callback (by default it prints them on
// stderr). We install our callback once; it hands each message to the collector of the thread
// that is extracting, so concurrent extractions keep their own messages and none reaches the
// terminal. A message from a thread with no collector is dropped.

class PopplerMessages;
thread_local PopplerMessages* t_current_messages = nullptr;

/// Collects poppler's messages on this thread while it lives (RAII; nests).
class PopplerMessages {
public:
    PopplerMessages() : previous_(t_current_messages) { t_current_messages = this; }
    ~PopplerMessages() { t_current_messages = previous_; }
    PopplerMessages(const PopplerMessages&) = delete;
    PopplerMessages& operator=(const PopplerMessages&) = delete;

    void add(const std::string& message) {
        if (count_++ == 0) first_ = collapse_whitespace(message);
    }
    std::size_t count() const { return count_; }

    /// "pdf-syntax-errors: 3 messages from poppler, first: error: (1234) Invalid XRef entry".
    std::optional<std::string> warning() const {
        if (count_ == 0) return std::nullopt;
        return "pdf-syntax-errors: " + std::to_string(count_) + (count_ == 1 ? " message" : " messages") +
               " from poppler, first: " + first_;
    }

private:
    PopplerMessages* previous_;
    std::size_t count_ = 0;
    std::string first_;
};

void route_poppler_message(const std::string& message, void* /*closure*/) {
    if (t_current_messages) t_current_messages->add(message);
}

void install_poppler_message_route() {
    static std::once_flag once;
    std::call_once(once, [] { poppler::set_debug_error_function(route_poppler_message, nullptr); });
}

// ---- poppler handles ------------------------------------------------------------------------

using DocumentPtr = std::unique_ptr<poppler::document>;
using PagePtr = std::unique_ptr<poppler::page>;

std::string to_utf8(const poppler::ustring& text) {
    if (text.empty()) return {};
    const poppler::byte_array bytes = text.to_utf8();
    return std::string(bytes.begin(), bytes.end());
}

/// Opens `bytes` (which must outlive the document: poppler reads them in place).
DocumentPtr open_document(std::string_view bytes) {
    if (bytes.size() > static_cast<std::size_t>(INT_MAX))
        throw ExtractError(FailureReason::TooLarge,
                           "PDF of " + std::to_string(bytes.size()) + " bytes is over poppler's 2 GiB limit");
    DocumentPtr doc(poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!doc) throw ExtractError(FailureReason::Damaged, "not a readable PDF (damaged or truncated)");
    // A document with only an owner password (restricting printing or copying) opens with the
    // empty user password; poppler already tried it while loading, unlock() tries once more.
    if (doc->is_locked()) doc->unlock("", "");
    if (doc->is_locked()) throw ExtractError(FailureReason::Encrypted, "encrypted PDF that needs a password to open");
    if (doc->pages() <= 0) throw ExtractError(FailureReason::Damaged, "PDF without pages (damaged page tree)");
    return doc;
}

/// The Info dictionary's strings as they are, and its dates in ISO 8601 UTC.
std::map<std::string, std::string> read_metadata(const poppler::document& doc) {
    std::map<std::string, std::string> metadata;
    for (const char* key : {"Title", "Author", "Subject", "Keywords", "Creator", "Producer"}) {
        if (std::string value = collapse_whitespace(to_utf8(doc.info_key(key))); !value.empty())
            metadata[key] = std::move(value);
    }
    for (const char* key : {"CreationDate", "ModDate"}) {
        const std::time_t when = doc.info_date_t(key);
        if (when != static_cast<std::time_t>(-1) && when != 0) metadata[key] = pdf::iso8601_utc(when);
    }
    return metadata;
}

/// Each page's text in reading order (poppler's default layout, as pdftotext: it follows columns).
std::vector<pdf::PageLines> read_page_lines(const poppler::document& doc) {
    std::vector<pdf::PageLines> pages;
    pages.reserve(static_cast<std::size_t>(doc.pages()));
    for (int i = 0; i < doc.pages(); ++i) {
        const PagePtr page(doc.create_page(i));
        if (!page) {
            pages.emplace_back();  // a page poppler cannot build reads as empty
            continue;
        }
        pages.push_back(pdf::split_lines(to_utf8(page->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout))));
    }
    return pages;
}

/// Throws NoTextLayer for scans and outline text; warns about a garbage text layer. After OCR
/// (`ocr` lists the pages it was asked to read), a document that still has no text fails as
/// timed-out when OCR ran out of time on its pages, else as no-text-layer.
void check_text_layer(const std::vector<pdf::PageLines>& pages, const Extraction& ocr, std::vector<std::string>& warnings) {
    const pdf::TextLayerStats stats = pdf::measure_text_layer(pages);
    if (auto detail = pdf::missing_text_layer(stats)) {
        if (ocr.page_sources.empty()) throw ExtractError(FailureReason::NoTextLayer, *detail);
        int skipped = 0;
        for (const auto& p : ocr.page_sources) skipped += p.source == PageSource::OcrSkipped;
        if (skipped > 0)
            throw ExtractError(FailureReason::TimedOut, "OCR ran out of time: " + std::to_string(skipped) + " of " +
                                                            std::to_string(ocr.page_sources.size()) +
                                                            " pages to OCR were not read (" + ocr.warnings.back() + ")");
        throw ExtractError(FailureReason::NoTextLayer, *detail + "; OCR found no text either");
    }
    if (stats.non_space_chars > 0 && ocr.page_sources.empty())
        if (auto warning = pdf::garbled_text_layer(stats)) warnings.push_back(std::move(*warning));
}

class PdfExtractor final : public Extractor {
public:
    explicit PdfExtractor(const OcrOptions& ocr) : ocr_(ocr) { install_poppler_message_route(); }

    Format format() const override { return Format::Pdf; }

    // "%PDF" at the start, after an optional UTF-8 BOM and whitespace (some servers and editors
    // prepend them; readers look for the header within the first 1024 bytes). Files with other
    // junk before the header still reach this extractor through their .pdf extension.
    bool sniff(std::string_view head) const override {
        const std::string_view window = head.substr(0, 1024);
        std::size_t i = window.starts_with("\xEF\xBB\xBF") ? 3 : 0;
        while (i < window.size() && (std::isspace(static_cast<unsigned char>(window[i])) || window[i] == '\0')) ++i;
        return window.substr(i).starts_with("%PDF");
    }

    Extraction extract(std::string_view bytes) const override { return extract_with_known_ocr(bytes, {}); }

    Extraction extract_with_known_ocr(std::string_view bytes, const KnownOcrPages& known) const override {
        install_poppler_message_route();
        PopplerMessages messages;
        const DocumentPtr doc = open_document(bytes);

        Extraction out;
        out.format = Format::Pdf;
        out.pages = doc->pages();
        out.metadata = read_metadata(*doc);
        if (auto it = out.metadata.find("Title"); it != out.metadata.end()) out.title = pdf::clean_title(it->second);

        std::vector<pdf::PageLines> pages = read_page_lines(*doc);
        const std::vector<bool> to_ocr = pdf::pages_to_ocr(pages, ocr_.mode);
        if (std::find(to_ocr.begin(), to_ocr.end(), true) != to_ocr.end())
            pdf::ocr_marked_pages(*doc, to_ocr, ocr_, known, pages, out);
        check_text_layer(pages, out, out.warnings);
        std::vector<std::string> header;
        pdf::remove_running_headers_footers(pages, pdf::kHeaderFooterZone, &header);
        if (!header.empty()) {
            std::string joined;
            for (const auto& line : header) joined += (joined.empty() ? "" : " | ") + line;
            out.metadata["running-header"] = std::move(joined);
        }
        out.blocks = pdf::blocks_from_pages(pages);
        if (auto warning = messages.warning()) out.warnings.push_back(std::move(*warning));
        return out;
    }

private:
    OcrOptions ocr_;
};

}  // namespace

std::unique_ptr<Extractor> make_pdf_extractor(const OcrOptions& ocr) { return std::make_unique<PdfExtractor>(ocr); }

}  // namespace quorum::extract
