/** @file ocr_flags.h @brief The OCR flags shared by index and extract (--ocr, --ocr-lang, --ocr-dpi, OCR time budgets). */
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "extractors/ocr/ocr_options.h"

namespace quorum::cli {

/// What the flags hold once parsed.
struct OcrFlags {
    std::string mode = "auto";
    std::string language = "eng";
    int dpi = extract::kDefaultOcrDpi;
    double page_seconds = extract::kDefaultOcrPageSeconds;
    double document_seconds = extract::kDefaultOcrDocumentSeconds;

    extract::OcrOptions options() const;
};

/// Adds --ocr, --ocr-lang, --ocr-dpi, --ocr-page-seconds and --ocr-document-seconds to `cmd`;
/// they fill `flags`, which must outlive parsing.
void add_ocr_flags(CLI::App* cmd, OcrFlags& flags);

/// Checks that Tesseract can load the language (so that a missing language fails the command
/// once, with exit 2, not every scanned file) and returns the settings fingerprint the OCR
/// cache is keyed by. Throws extract::OcrSetupError.
std::string check_ocr_setup(const extract::OcrOptions& options);

}  // namespace quorum::cli
