/** @file ocr_flags.cpp @brief --ocr and its companions, defined once for index and extract. */
#include "cli/ocr_flags.h"

#include "extractors/ocr/tesseract_ocr.h"

namespace quorum::cli {

extract::OcrOptions OcrFlags::options() const {
    extract::OcrOptions o;
    o.mode = extract::ocr_mode_from_name(mode).value_or(extract::OcrMode::Auto);
    o.language = language;
    o.dpi = dpi;
    o.page_seconds = page_seconds;
    o.document_seconds = document_seconds;
    return o;
}

void add_ocr_flags(CLI::App* cmd, OcrFlags& flags) {
    cmd->add_option("--ocr", flags.mode,
                    "OCR PDF pages with Tesseract: auto (default) reads only pages with no usable text layer "
                    "(scans, text drawn as outlines, garbled text), force reads every page, off none")
        ->check(CLI::IsMember({"auto", "force", "off"}));
    cmd->add_option("--ocr-lang", flags.language,
                    "Tesseract language(s) to OCR with, as installed language data: eng (default), eng+cym")
        ->type_name("LANG");
    cmd->add_option("--ocr-dpi", flags.dpi, "Resolution pages are rendered at for OCR (default 300)")
        ->type_name("DPI")
        ->check(CLI::Range(72, 1200));
    cmd->add_option("--ocr-page-seconds", flags.page_seconds,
                    "OCR time allowed for one page (default 30); a page over it is marked ocr-skipped")
        ->type_name("SECONDS")
        ->check(CLI::Range(0.001, 3600.0));
    cmd->add_option("--ocr-document-seconds", flags.document_seconds,
                    "OCR time allowed for one document (default 300); pages after it are marked ocr-skipped "
                    "(a warning), the file is still indexed. With isolation, a PDF's --timeout grows by this "
                    "plus --ocr-page-seconds")
        ->type_name("SECONDS")
        ->check(CLI::Range(0.0, 86400.0));
}

std::string check_ocr_setup(const extract::OcrOptions& options) {
    return extract::ocr_settings_fingerprint(options.language, options.dpi);
}

}  // namespace quorum::cli
