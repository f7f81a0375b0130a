/** @file ocr_labels_test.cpp @brief The OCR word-recall labels (tests/labels/ocr) hold keyed word counts, never readable text. */
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

#include "tests/process_util.h"
#include "tests/temp_dir.h"
#include "tests/test_paths.h"

namespace fs = std::filesystem;

namespace {

fs::path labels_dir() { return fs::path(quorum::test::source_dir()) / "tests" / "labels" / "ocr"; }

struct LabelFile {
    std::string file;             // "# file:" (under ../shared)
    std::string pages;            // "# pages:"
    long declared_words = -1;     // "# words:"
    long counted_words = 0;       // sum of the counts
    std::vector<std::string> bad; // lines that are neither header comments nor "<key>\t<count>"
};

LabelFile read_label_file(const fs::path& path) {
    static const std::regex kKeyCount("^[0-9a-f]{12}\t[1-9][0-9]*$");
    LabelFile f;
    std::ifstream in(path);
    std::string line;
    bool header = true;
    while (std::getline(in, line)) {
        if (header && line.rfind("#", 0) == 0) {
            const auto colon = line.find(':');
            const std::string key = colon == std::string::npos ? "" : line.substr(1, colon - 1);
            const std::string value = colon == std::string::npos ? "" : line.substr(colon + 1);
            const auto trim = [](std::string s) {
                s.erase(0, s.find_first_not_of(' '));
                return s;
            };
            if (trim(key) == "file") f.file = trim(value);
            if (trim(key) == "pages") f.pages = trim(value);
            if (trim(key) == "words") f.declared_words = std::stol(trim(value));
            continue;
        }
        header = false;
        if (std::regex_match(line, kKeyCount))
            f.counted_words += std::stol(line.substr(13));
        else
            f.bad.push_back(line);
    }
    return f;
}

}  // namespace

TEST_CASE("OCR word labels are keyed word counts with no readable text", "[ocr-labels]") {
    std::vector<fs::path> labels;
    for (const auto& entry : fs::directory_iterator(labels_dir())) {
        const auto name = entry.path().filename().string();
        INFO(entry.path());
        if (name == "README.md") continue;
        // A plain transcription (.txt) or any other file must not be committed here.
        CHECK(entry.path().extension() == ".tsv");
        if (entry.path().extension() == ".tsv") labels.push_back(entry.path());
    }
    REQUIRE(labels.size() >= 8);  // one per no-text-layer scan of ../shared/corpus-real
    for (const auto& path : labels) {
        INFO(path);
        const LabelFile f = read_label_file(path);
        CHECK(!f.file.empty());
        CHECK(std::regex_match(f.pages, std::regex("[0-9]+([, ]+[0-9]+)*")));
        CHECK(f.bad.empty());
        CHECK(f.counted_words > 0);
        CHECK(f.declared_words == f.counted_words);
    }
}

TEST_CASE("OCR word labels name scans that exist under ../shared", "[ocr-labels]") {
    const fs::path shared = quorum::test::shared_dir_or_skip();
    for (const auto& entry : fs::directory_iterator(labels_dir())) {
        if (entry.path().extension() != ".tsv") continue;
        const LabelFile f = read_label_file(entry.path());
        INFO(entry.path() << " names " << f.file);
        CHECK(fs::is_regular_file(shared / f.file));
    }
}

TEST_CASE("hash_transcription turns a transcription into keyed word counts", "[ocr-labels]") {
    quorum::test::TempDir dir;
    const std::string script = quorum::test::source_dir() + "/bench/ocr/hash_transcription.py";
    struct Row {
        std::string transcription;
        int status;
        std::string out;  // expected stdout (status 0) or a part of stderr (otherwise)
    };
    // Keys: the first 12 hex digits of SHA-256("quorum-ocr-v1:" + word), words counted as
    // bench/ocr/word_recall.py counts them (lower-cased, a typographic apostrophe read as ').
    const std::vector<Row> rows = {
        {"# file: corpus-real/pdf/fictional.pdf\n# pages: 1\n# a comment\nThe Clerk's report.\nTHE clerk\u2019s 2024\n",
         0,
         "# file: corpus-real/pdf/fictional.pdf\n# pages: 1\n# words: 6\n# a comment\n"
         "474b5ab2e861\t1\n9be15271b884\t1\nbd6452b9178b\t2\nbea54cf44efb\t2\n"},
        {"# file: corpus-real/pdf/fictional.pdf\nno pages line\n", 1, "'# pages:'"},
        {"# file: corpus-real/pdf/fictional.pdf\n# pages: one\ntext\n", 1, "must list page numbers"},
    };
    for (const auto& row : rows) {
        INFO(row.transcription);
        const std::string path = dir.write("transcription.txt", row.transcription);
        const auto r = quorum::test::run_process({script, path});
        CHECK(r.status == row.status);
        if (row.status == 0)
            CHECK(r.out == row.out);
        else
            CHECK(r.err.find(row.out) != std::string::npos);
    }
}
