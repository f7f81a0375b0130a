/** @file test_paths.h @brief Where tests find the sample corpus and the shared real documents (../shared). */
#pragma once

#include <string>

namespace quorum::test {

/// The project's source folder (holds corpus/).
std::string source_dir();

/// The project's `corpus/` folder.
std::string corpus_dir();

/// `../shared` next to the project. When it is absent, the calling test FAILS if the
/// environment variable CI is "true" (as in CI); otherwise it prints "SKIPPED: ..." and
/// exits with status 4, which ctest reports as Skipped (each test case runs alone).
std::string shared_dir_or_skip();

/// Returns when Tesseract can load its English language data; otherwise FAILS under CI=true
/// and elsewhere prints "SKIPPED: ..." and exits with status 4, as shared_dir_or_skip().
void ocr_language_or_skip();

/// The `quorum` binary built alongside the tests.
std::string quorum_binary();

}  // namespace quorum::test
