/** @file extraction.cpp @brief Names of formats, block kinds and failure reasons; Extraction helpers. */
#include "extractors/extraction.h"

#include "extractors/extract_error.h"

namespace quorum::extract {

std::string_view format_name(Format format) {
    switch (format) {
        case Format::Pdf: return "pdf";
        case Format::Html: return "html";
        case Format::Text: return "text";
    }
    return "text";
}

std::string_view block_kind_name(BlockKind kind) {
    switch (kind) {
        case BlockKind::Heading: return "heading";
        case BlockKind::Paragraph: return "paragraph";
        case BlockKind::ListItem: return "list_item";
        case BlockKind::TableCell: return "table_cell";
    }
    return "paragraph";
}

std::string_view failure_reason_name(FailureReason reason) {
    switch (reason) {
        case FailureReason::Unreadable: return "unreadable";
        case FailureReason::Empty: return "empty";
        case FailureReason::TooLarge: return "too-large";
        case FailureReason::Unsupported: return "unsupported";
        case FailureReason::Damaged: return "damaged";
        case FailureReason::Encrypted: return "encrypted";
        case FailureReason::NoTextLayer: return "no-text-layer";
        case FailureReason::Crashed: return "crashed";
        case FailureReason::TimedOut: return "timed-out";
        case FailureReason::OutOfMemory: return "out-of-memory";
    }
    return "damaged";
}

std::optional<FailureReason> failure_reason_from_name(std::string_view name) {
    for (const FailureReason r : {FailureReason::Unreadable, FailureReason::Empty, FailureReason::TooLarge,
                                  FailureReason::Unsupported, FailureReason::Damaged, FailureReason::Encrypted,
                                  FailureReason::NoTextLayer, FailureReason::Crashed, FailureReason::TimedOut,
                                  FailureReason::OutOfMemory}) {
        if (failure_reason_name(r) == name) return r;
    }
    return std::nullopt;
}

std::string Extraction::full_text() const {
    std::string out;
    for (const auto& b : blocks) {
        if (!out.empty()) out += "\n\n";
        out += b.text;
    }
    return out;
}

std::string_view page_source_name(PageSource source) {
    switch (source) {
        case PageSource::TextLayer: return "text-layer";
        case PageSource::Ocr: return "ocr";
        case PageSource::OcrSkipped: return "ocr-skipped";
    }
    return "text-layer";
}

int Extraction::ocr_page_count() const {
    int count = 0;
    for (const auto& p : page_sources) count += p.source == PageSource::Ocr;
    return count;
}

}  // namespace quorum::extract
