/** @file ocr_page_listener.h @brief Who hears of each page Tesseract reads while a document is being extracted: progress within one long scan. */
#pragma once

#include <functional>

namespace quorum::extract {

/// One page of a document read by Tesseract (or run out of time), as it happens.
struct OcrPageEvent {
    int page = 0;          ///< 1-based page number; 0 for the event sent before the first page
    int pages_done = 0;    ///< pages of this document read so far (cache hits not counted)
    int pages_to_read = 0; ///< pages of this document Tesseract is to read in all
};

using OcrPageListener = std::function<void(const OcrPageEvent&)>;

/// Makes `listener` hear the OCR pages of extractions run on this thread while the object
/// lives (the one set before comes back after). An extraction in a worker process reports its
/// pages to the parent, which passes them to the listener of the thread that asked for it.
class ScopedOcrPageListener {
public:
    explicit ScopedOcrPageListener(OcrPageListener listener);
    ~ScopedOcrPageListener();
    ScopedOcrPageListener(const ScopedOcrPageListener&) = delete;
    ScopedOcrPageListener& operator=(const ScopedOcrPageListener&) = delete;

private:
    OcrPageListener previous_;
};

/// Tells this thread's listener, if any, of a page.
void report_ocr_page(const OcrPageEvent& event);

}  // namespace quorum::extract
