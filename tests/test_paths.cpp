/** @file test_paths.cpp @brief Locating corpus/ and ../shared for tests; a missing ../shared fails under CI=true. */
#include "tests/test_paths.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "extractors/ocr/tesseract_ocr.h"

namespace quorum::test {

std::string source_dir() { return QUORUM_SOURCE_DIR; }

std::string corpus_dir() { return source_dir() + "/corpus"; }

std::string quorum_binary() { return QUORUM_BINARY; }

std::string shared_dir_or_skip() {
    namespace fs = std::filesystem;
    const fs::path shared = fs::path(source_dir()).parent_path() / "shared";
    if (fs::is_directory(shared / "corpus-real")) return shared.string();
    const char* ci = std::getenv("CI");
    if (ci && std::string(ci) == "true")
        FAIL("CI=true but the real documents are missing: " << shared.string() << " (expected ../shared next to the "
                                                                                  "project)");
    // Catch2 2.x has no skip: exit with ctest's SKIP_RETURN_CODE (4) so ctest reports "Skipped".
    std::cerr << "SKIPPED: " << shared.string()
              << " not found; this test reads the real published documents and was not run\n";
    std::exit(4);
}

void ocr_language_or_skip() {
    try {
        extract::TesseractOcr probe("eng");
        return;
    } catch (const extract::OcrSetupError& e) {
        const char* ci = std::getenv("CI");
        if (ci && std::string(ci) == "true") FAIL("CI=true but Tesseract cannot OCR: " << e.what());
        std::cerr << "SKIPPED: " << e.what() << "; this OCR test was not run (scripts/install-deps installs it)\n";
        std::exit(4);
    }
}

}  // namespace quorum::test
