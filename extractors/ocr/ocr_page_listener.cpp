/** @file ocr_page_listener.cpp @brief The listener of this thread's OCR pages. */
#include "extractors/ocr/ocr_page_listener.h"

#include <utility>

namespace quorum::extract {
namespace {

thread_local OcrPageListener current_listener;

}  // namespace

ScopedOcrPageListener::ScopedOcrPageListener(OcrPageListener listener)
    : previous_(std::exchange(current_listener, std::move(listener))) {}

ScopedOcrPageListener::~ScopedOcrPageListener() { current_listener = std::move(previous_); }

void report_ocr_page(const OcrPageEvent& event) {
    if (current_listener) current_listener(event);
}

}  // namespace quorum::extract
