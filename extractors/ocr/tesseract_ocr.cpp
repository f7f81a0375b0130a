/** @file tesseract_ocr.cpp @brief TessBaseAPI behind a small owning type: one thread, one OpenMP thread, a deadline per page. */
#include "extractors/ocr/tesseract_ocr.h"

#include <omp.h>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <xxhash.h>

#include <chrono>
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

// A reading below this mean word confidence is doubtful enough to check the page's orientation:
// upright scans of typed minutes read at 80-95, a page lying on its side at 0-40 (its "words"
// are fragments of turned letters). Checking costs one OSD pass (a fraction of a reading).
constexpr int kDoubtfulConfidence = 70;

// OSD's confidence in its orientation below which the page is left as it lies (Tesseract's own
// command line reports such pages' orientation but does not act on it below about 2).
constexpr float kTurnConfidence = 2.0F;

std::string osd_data_path() {
    tesseract::TessBaseAPI probe;
    probe.SetVariable("debug_file", "/dev/null");
    // Init with no language reads nothing but the data path; "osd" is a file beside "eng".
    if (probe.Init(nullptr, "osd", tesseract::OEM_DEFAULT) != 0) return {};
    std::string path = probe.GetDatapath();
    probe.End();
    return path + "/osd.traineddata";
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

TesseractOcr::TesseractOcr(const std::string& language) : language_(language), api_(start_api(language)) {}

TesseractOcr::~TesseractOcr() {
    if (api_) api_->End();
    if (osd_) osd_->End();
}

GrayImage turn_clockwise(const GrayImage& image, int degrees, std::vector<unsigned char>& pixels) {
    const int w = image.width, h = image.height;
    const bool sideways = degrees == 90 || degrees == 270;
    const int out_w = sideways ? h : w, out_h = sideways ? w : h;
    pixels.assign(static_cast<size_t>(out_w) * static_cast<size_t>(out_h), 0);
    for (int y = 0; y < h; ++y) {
        const unsigned char* row = image.pixels + static_cast<size_t>(y) * static_cast<size_t>(image.bytes_per_row);
        for (int x = 0; x < w; ++x) {
            int tx = x, ty = y;
            if (degrees == 90) tx = h - 1 - y, ty = x;
            else if (degrees == 180) tx = w - 1 - x, ty = h - 1 - y;
            else if (degrees == 270) tx = y, ty = w - 1 - x;
            pixels[static_cast<size_t>(ty) * static_cast<size_t>(out_w) + static_cast<size_t>(tx)] = row[x];
        }
    }
    return GrayImage{pixels.data(), out_w, out_h, out_w, image.dpi};
}

bool orientation_detection_available() {
    const std::string path = osd_data_path();
    return !path.empty() && std::ifstream(path).good();
}

int TesseractOcr::detected_rotation(const GrayImage& image) {
    if (osd_unavailable_) return 0;
    if (!osd_) {
        auto osd = std::make_unique<tesseract::TessBaseAPI>();
        osd->SetVariable("debug_file", "/dev/null");
        if (osd->Init(nullptr, "osd", tesseract::OEM_DEFAULT) != 0) {
            osd_unavailable_ = true;  // no osd.traineddata: pages are read as they lie
            return 0;
        }
        osd->SetPageSegMode(tesseract::PSM_OSD_ONLY);
        osd_ = std::move(osd);
    }
    osd_->SetImage(image.pixels, image.width, image.height, 1, image.bytes_per_row);
    osd_->SetSourceResolution(image.dpi);
    int degrees = 0;
    float confidence = 0;
    const char* script = nullptr;
    float script_confidence = 0;
    const bool found = osd_->DetectOrientationScript(&degrees, &confidence, &script, &script_confidence);
    osd_->Clear();
    if (!found || confidence < kTurnConfidence) return 0;
    // OSD reports how far the page lies turned clockwise; turning it back is the rest of the circle.
    return (360 - degrees) % 360;
}

RecognisedPage TesseractOcr::recognise(const GrayImage& image, double seconds) {
    const auto started = std::chrono::steady_clock::now();
    RecognisedPage first = read_upright(image, seconds);
    if (first.timed_out || first.mean_confidence >= kDoubtfulConfidence) return first;
    const int turn = detected_rotation(image);
    if (turn == 0) return first;
    const double left = seconds - std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (left <= 0) return first;
    std::vector<unsigned char> pixels;
    RecognisedPage turned = read_upright(turn_clockwise(image, turn, pixels), left);
    if (turned.timed_out || turned.mean_confidence <= first.mean_confidence) return first;
    turned.turned_degrees = turn;
    return turned;
}

RecognisedPage TesseractOcr::read_upright(const GrayImage& image, double seconds) {
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
                                 "|oem " + std::to_string(int(tesseract::OEM_DEFAULT)) + "|gray" +
                                 "|turn below " + std::to_string(kDoubtfulConfidence);
    XXH3_64bits_update(state, settings.data(), settings.size());
    const std::string datapath = api->GetDatapath();
    // Orientation data changes what a sideways page reads as: installing it must miss the cache.
    auto languages = split_languages(language);
    languages.push_back("osd");
    for (const auto& lang : languages) {
        std::ifstream in(datapath + "/" + lang + ".traineddata", std::ios::binary);
        const std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        XXH3_64bits_update(state, data.data(), data.size());
    }
    api->End();
    return hex64(XXH3_64bits_digest(state));
}

}  // namespace quorum::extract
