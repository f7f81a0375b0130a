/** @file corpus_phrases.h @brief corpus/PHRASES.tsv: phrases each sample file must (or must not) yield when extracted. */
#pragma once

#include <array>
#include <string>
#include <vector>

#include "extractors/extraction.h"

namespace quorum::test {

/// Rows of corpus/PHRASES.tsv (path, kind, phrase) whose path starts with `folder` + "/".
std::vector<std::array<std::string, 3>> corpus_phrases(const std::string& folder);

/// Extracts every file of corpus/`folder` and checks its PHRASES.tsv rows: "present" phrases
/// are in the text, "absent" ones are not, the format is `format`, and every file has rows.
void check_corpus_phrases(const std::string& folder, extract::Format format);

}  // namespace quorum::test
