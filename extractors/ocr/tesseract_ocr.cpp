/** @file tesseract_ocr.cpp @brief TessBaseAPI behind a small owning type: one thread, one OpenMP thread, a deadline per page. */
#include "extractors/ocr/tesseract_ocr.h"

#include <omp.h>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <xxhash.h>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <sstream>

namespace quorum::extract {
namespace {

// Minutes are set in one column, with a letterhead, a title block and tables across it. Tesseract's
// automatic segmentation (PSM_AUTO) looks for columns, and on real scans it cut a centred title at a
// wide word gap into two blocks read far apart ("... SOULDERN PARISH COU" ... "NCIL MEETING") and put
// a left-hand label before the title; as one column of lines the title stays whole and the page
// reads top to bottom (a table row by row), and word recall was as good or better on every page
// measured (docs/accuracy.md, "OCR word recall").
constexpr tesseract::PageSegMode kPageSegmentation = tesseract::PSM_SINGLE_COLUMN;

std::unique_ptr<tesseract::TessBaseAPI> start_api(const std::string& language) {
    auto api = std::make_unique<tesseract::TessBaseAPI>();
    // Tesseract prints progress and "Estimating resolution" notes on stderr; none of it is ours to show.
    api->SetVariable("debug_file", "/dev/null");
    if (api->Init(nullptr, language.c_str(), tesseract::OEM_DEFAULT) != 0)
        throw OcrSetupError("OCR: Tesseract cannot load language \"" + language +
                            "\" (is its language data installed? Debian: apt install tesseract-ocr-" +
                            language.substr(0, language.find('+')) + ")");
    api->SetPageSegMode(kPageSegmentation);
    return api;
}

std::vector<std::string> split_languages(const std::string& language) {
    std::vector<std::string> parts;
    std::stringstream in(language);
    for (std::string part; std::getline(in, part, '+');)
        if (!part.empty()) parts.push_back(part);
    return parts;
}

std::string hex64(std::uint64_t value) {
    char out[17];
    std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(value));
    return out;
}

}  // namespace

TesseractOcr::TesseractOcr(const std::string& language) : api_(start_api(language)) {}

TesseractOcr::~TesseractOcr() {
    if (api_) api_->End();
}

RecognisedPage TesseractOcr::recognise(const GrayImage& image, double seconds) {
    // nthreads-var is per thread: this keeps Tesseract's parallel loops on this thread alone even
    // where OMP_THREAD_LIMIT=1 was not set before the process started (isolation off).
    omp_set_num_threads(1);
    api_->SetImage(image.pixels, image.width, image.height, 1, image.bytes_per_row);
    api_->SetSourceResolution(image.dpi);
    tesseract::ETEXT_DESC monitor;
    monitor.set_deadline_msecs(static_cast<int32_t>(seconds * 1000) > 0 ? static_cast<int32_t>(seconds * 1000) : 1);
    RecognisedPage page;
    if (api_->Recognize(&monitor) != 0 || monitor.deadline_exceeded()) {
        page.timed_out = monitor.deadline_exceeded();
        api_->Clear();
        if (page.timed_out) return page;
        throw std::runtime_error("OCR: Tesseract could not read the page image");
    }
    const std::unique_ptr<char[]> text(api_->GetUTF8Text());
    if (text) page.text = text.get();
    page.mean_confidence = api_->MeanTextConf();
    api_->Clear();
    return page;
}

std::string tesseract_version() { return tesseract::TessBaseAPI::Version(); }

std::string ocr_settings_fingerprint(const std::string& language, int dpi) {
    const auto api = start_api(language);  // also proves the language data is there
    const std::unique_ptr<XXH3_state_t, decltype(&XXH3_freeState)> owned(XXH3_createState(), &XXH3_freeState);
    XXH3_state_t* state = owned.get();
    XXH3_64bits_reset(state);
    const std::string settings = "tesseract " + tesseract_version() + "|lang " + language + "|dpi " +
                                 std::to_string(dpi) + "|psm " + std::to_string(int(kPageSegmentation)) +
                                 "|oem " + std::to_string(int(tesseract::OEM_DEFAULT)) + "|gray";
    XXH3_64bits_update(state, settings.data(), settings.size());
    const std::string datapath = api->GetDatapath();
    for (const auto& lang : split_languages(language)) {
        std::ifstream in(datapath + "/" + lang + ".traineddata", std::ios::binary);
        const std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        XXH3_64bits_update(state, data.data(), data.size());
    }
    api->End();
    return hex64(XXH3_64bits_digest(state));
}

}  // namespace quorum::extract
