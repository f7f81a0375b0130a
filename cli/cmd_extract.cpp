/** @file cmd_extract.cpp @brief `quorum extract FILE...`: prints what the extractors see, for debugging an archive. */
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/output_format.h"
#include "cli/isolation_flags.h"
#include "cli/ocr_flags.h"
#include "extractors/ocr/tesseract_ocr.h"
#include "extractors/extract_error.h"
#include "extractors/extraction_json.h"
#include "extractors/registry.h"

namespace quorum::cli {
namespace {

struct ExtractOptions {
    std::vector<std::string> files;
    std::string format = "text";
    IsolationFlags isolation;
    OcrFlags ocr;
};

// The extraction as JSON, without the raw OCR text kept for the index's cache.
nlohmann::json extraction_output(const extract::Extraction& e) {
    nlohmann::json json = extract::to_json(e);
    json.erase("new_ocr_pages");
    return json;
}

void print_text(const extract::Extraction& e, std::ostream& out) {
    out << "== " << e.path << " (" << extract::format_name(e.format) << ", " << e.pages
        << (e.pages == 1 ? " page" : " pages") << ")\n";
    if (!e.title.empty()) out << "title: " << e.title << "\n";
    for (const auto& [key, value] : e.metadata) out << "meta " << key << ": " << value << "\n";
    for (const auto& w : e.warnings) out << "warning: " << w << "\n";
    for (const auto& p : e.page_sources) {
        out << "page " << p.page << ": " << extract::page_source_name(p.source);
        if (p.source == extract::PageSource::Ocr)
            out << " (Tesseract mean confidence " << p.confidence << (p.cached ? ", cached" : "") << ")";
        out << "\n";
    }
    out << "\n";
    for (const auto& b : e.blocks) {
        out << "[p" << b.page << " " << extract::block_kind_name(b.kind) << "] " << b.text << "\n";
    }
    out << "\n";
}

int run(const ExtractOptions& opts) {
    const extract::OcrOptions ocr = opts.ocr.options();
    if (ocr.enabled()) {
        try {
            check_ocr_setup(ocr);
        } catch (const extract::OcrSetupError& e) {
            std::cerr << "quorum extract: " << e.what() << " (--ocr off extracts without OCR)\n";
            return kExitUsage;
        }
    }
    const extract::Registry registry(ocr);
    // As in quorum index: a PDF or HTML file that crashes or hangs its parser fails alone.
    std::optional<isolation::ExtractionPool> pool;
    try {
        pool.emplace(registry, opts.isolation.options());
    } catch (const isolation::WorkerStartError& e) {
        std::cerr << "quorum extract: " << e.what() << " (--isolation off extracts in this process)\n";
        return kExitUsage;
    }
    const bool json = opts.format == "json";
    const bool many = opts.files.size() > 1;
    int status = kExitOk;
    nlohmann::json all = nlohmann::json::array();
    for (const auto& path : opts.files) {
        try {
            extract::Extraction e = pool->extract_bytes(extract::read_file_bytes(path), path);
            for (const auto& w : e.warnings) std::cerr << "quorum extract: " << path << ": warning: " << w << "\n";
            if (!json) {
                print_text(e, std::cout);
            } else if (many) {
                all.push_back(extraction_output(e));
            } else {
                std::cout << json_text(extraction_output(e)) << "\n";
            }
        } catch (const extract::ExtractError& err) {
            std::cerr << "quorum extract: " << err.what() << " [" << extract::failure_reason_name(err.reason())
                      << "]\n";
            status = kExitPartial;
        } catch (const std::exception& err) {
            // As in quorum index: a library or worker error we did not foresee fails this file only.
            std::cerr << "quorum extract: " << path << ": " << err.what() << " [error]\n";
            status = kExitPartial;
        }
    }
    if (json && many) std::cout << json_text(all) << "\n";
    return status;
}

}  // namespace

Runner add_extract_command(CLI::App& app) {
    auto opts = std::make_shared<ExtractOptions>();
    CLI::App* cmd = app.add_subcommand(
        "extract",
        "Print the text and structure Quorum extracts from files (PDF, HTML, text).\n"
        "Use it to see why a document is or is not found.\n\n"
        "Examples:\n"
        "  quorum extract corpus/pdf/sample.pdf\n"
        "  quorum extract --format json corpus/html/*.html > extracted.json\n\n"
        "PDF and HTML are extracted in a helper process, as by quorum index, so a file that\n"
        "crashes or hangs its parser fails alone (reason crashed, timed-out or out-of-memory).\n"
        "PDF pages without a usable text layer (scans) are read with Tesseract OCR (--ocr).\n\n"
        "Exit status: 0 all files extracted, 1 some files could not be read (named on stderr),\n"
        "2 usage error.");
    cmd->add_option("files", opts->files, "Files to extract")->required()->type_name("FILE");
    cmd->add_option("--format", opts->format, "Output format: text (default) or json; json prints one object per "
                                              "file, or an array when several files are given")
        ->check(CLI::IsMember({"text", "json"}));
    add_isolation_flags(cmd, opts->isolation);
    add_ocr_flags(cmd, opts->ocr);
    return [opts] { return run(*opts); };
}

}  // namespace quorum::cli
