/** @file corpus_phrases.cpp @brief Reading corpus/PHRASES.tsv and checking extractions against it. */
#include "tests/corpus_phrases.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>

#include "extractors/registry.h"
#include "tests/test_paths.h"

namespace quorum::test {

std::vector<std::array<std::string, 3>> corpus_phrases(const std::string& folder) {
    std::vector<std::array<std::string, 3>> rows;
    std::ifstream in(corpus_dir() + "/PHRASES.tsv");
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
        const size_t a = line.find('\t'), b = line.find('\t', a + 1);
        if (a == std::string::npos || b == std::string::npos) continue;
        std::array<std::string, 3> row = {line.substr(0, a), line.substr(a + 1, b - a - 1), line.substr(b + 1)};
        if (row[0].starts_with(folder + "/")) rows.push_back(std::move(row));
    }
    return rows;
}

void check_corpus_phrases(const std::string& folder, extract::Format format) {
    namespace fs = std::filesystem;
    REQUIRE(fs::exists(corpus_dir() + "/PHRASES.tsv"));  // corpus/ is part of the repository
    const auto rows = corpus_phrases(folder);
    REQUIRE_FALSE(rows.empty());
    const extract::Registry registry;
    std::map<std::string, extract::Extraction> extracted;
    for (const auto& [path, kind, phrase] : rows) {
        CAPTURE(path, kind, phrase);
        auto it = extracted.find(path);
        if (it == extracted.end()) it = extracted.emplace(path, registry.extract_file(corpus_dir() + "/" + path)).first;
        const extract::Extraction& e = it->second;
        CHECK(e.format == format);
        const bool found = e.full_text().find(phrase) != std::string::npos;
        if (kind == "present") CHECK(found);
        else if (kind == "absent") CHECK_FALSE(found);
        else FAIL("unknown PHRASES.tsv kind '" << kind << "'");
    }
    for (const auto& entry : fs::directory_iterator(corpus_dir() + "/" + folder)) {
        const std::string path = folder + "/" + entry.path().filename().string();
        CAPTURE(path);
        CHECK(extracted.count(path) == 1);  // every sample file has phrases
    }
}

}  // namespace quorum::test
