/** @file pdf_ocr.cpp @brief Chooses the pages to OCR, renders them with poppler's page_renderer and reads them with Tesseract. */
#include "extractors/pdf_ocr.h"

#include <poppler-document.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include <chrono>
#include <cmath>
#include <memory>
#include <string>
#include <utility>

#include "extractors/ocr/ocr_date_repair.h"
#include "extractors/ocr/ocr_page_listener.h"
#include "extractors/ocr/tesseract_ocr.h"

namespace quorum::extract::pdf {
namespace {

using Clock = std::chrono::steady_clock;

// A page image larger than this many pixels is rendered at a lower resolution: a poster-sized
// page at 300 dpi would need gigabytes (the worker's memory limit would stop it anyway).
constexpr double kMaxPagePixels = 60e6;

// One document's Tesseract engine, started at its first page that needs OCR and ended with the
// document. Loading a language takes a few tenths of a second a document; keeping an engine for
// the next file would carry its memory (tens of MB) into files that need no OCR, and a worker's
// memory limit is meant for the file it is reading.
class DocumentEngine {
public:
    explicit DocumentEngine(std::string language) : language_(std::move(language)) {}
    TesseractOcr& get() {
        if (!engine_) engine_ = std::make_unique<TesseractOcr>(language_);
        return *engine_;
    }

private:
    std::string language_;
    std::unique_ptr<TesseractOcr> engine_;
};

int render_dpi(const poppler::page& page, int dpi) {
    const poppler::rectf box = page.page_rect();
    const double pixels = (box.width() / 72.0 * dpi) * (box.height() / 72.0 * dpi);
    if (pixels <= kMaxPagePixels || pixels <= 0) return dpi;
    return std::max(36, static_cast<int>(dpi * std::sqrt(kMaxPagePixels / pixels)));
}

/// Renders page `index` in 8-bit gray and reads it; nullopt-like timed_out when the deadline passed.
RecognisedPage read_page(const poppler::document& doc, int index, const OcrOptions& options, double seconds,
                         DocumentEngine& engine) {
    const std::unique_ptr<poppler::page> page(doc.create_page(index));
    if (!page) return {};
    poppler::page_renderer renderer;
    renderer.set_image_format(poppler::image::format_gray8);
    renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
    renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
    const int dpi = render_dpi(*page, options.dpi);
    const poppler::image image = renderer.render_page(page.get(), dpi, dpi);
    if (!image.is_valid()) return {};
    const GrayImage gray{reinterpret_cast<const unsigned char*>(image.const_data()), image.width(), image.height(),
                         image.bytes_per_row(), dpi};
    return engine.get().recognise(gray, seconds);
}

std::string page_list(const std::vector<int>& pages) {
    std::string out;
    for (const int p : pages) out += (out.empty() ? "" : ", ") + std::to_string(p);
    return out;
}

}  // namespace

bool page_needs_ocr(const PageLines& page) {
    const TextLayerStats stats = measure_text_layer({page});
    return missing_text_layer(stats).has_value() || garbled_text_layer(stats).has_value();
}

std::vector<bool> pages_to_ocr(const std::vector<PageLines>& pages, OcrMode mode) {
    std::vector<bool> marked(pages.size(), false);
    for (size_t i = 0; i < pages.size(); ++i)
        marked[i] = mode == OcrMode::Force || (mode == OcrMode::Auto && page_needs_ocr(pages[i]));
    return marked;
}

void ocr_marked_pages(const poppler::document& doc, const std::vector<bool>& to_ocr, const OcrOptions& options,
                      const KnownOcrPages& known, std::vector<PageLines>& pages, Extraction& out) {
    const auto started = Clock::now();
    DocumentEngine engine(options.language);
    std::vector<int> over_cap, over_deadline;
    OcrPageEvent progress;  // the pages Tesseract is to read (not cached), for the caller's progress
    for (size_t i = 0; i < pages.size() && i < to_ocr.size(); ++i)
        progress.pages_to_read += to_ocr[i] && !known.count(static_cast<int>(i) + 1) ? 1 : 0;
    if (progress.pages_to_read > 0) report_ocr_page(progress);
    for (size_t i = 0; i < pages.size() && i < to_ocr.size(); ++i) {
        if (!to_ocr[i]) continue;
        const int number = static_cast<int>(i) + 1;
        if (const auto hit = known.find(number); hit != known.end()) {
            pages[i] = split_lines(repair_ocr_dates(hit->second.text));
            out.page_sources.push_back({number, PageSource::Ocr, hit->second.confidence, true});
            continue;
        }
        const double spent = std::chrono::duration<double>(Clock::now() - started).count();
        if (spent >= options.document_seconds) {
            pages[i].clear();
            over_cap.push_back(number);
            out.page_sources.push_back({number, PageSource::OcrSkipped, 0, false});
            continue;
        }
        const RecognisedPage read = read_page(doc, static_cast<int>(i), options, options.page_seconds, engine);
        progress.page = number;
        ++progress.pages_done;
        report_ocr_page(progress);
        if (read.timed_out) {
            pages[i].clear();
            over_deadline.push_back(number);
            out.page_sources.push_back({number, PageSource::OcrSkipped, 0, false});
            continue;
        }
        pages[i] = split_lines(repair_ocr_dates(read.text));
        out.page_sources.push_back({number, PageSource::Ocr, read.mean_confidence, false});
        out.new_ocr_pages[number] = {read.text, read.mean_confidence};
    }
    if (!over_deadline.empty())
        out.warnings.push_back("ocr-skipped: page " + page_list(over_deadline) + " ran over the OCR time of " +
                               std::to_string(options.page_seconds).substr(0, 5) + " s a page (--ocr-page-seconds)");
    if (!over_cap.empty())
        out.warnings.push_back("ocr-skipped: page " + page_list(over_cap) + " not read: the document's OCR time of " +
                               std::to_string(options.document_seconds).substr(0, 5) +
                               " s was used up (--ocr-document-seconds)");
}

}  // namespace quorum::extract::pdf
