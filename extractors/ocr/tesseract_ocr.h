/** @file tesseract_ocr.h @brief One Tesseract instance (TessBaseAPI) that reads gray page images, with a deadline per page. */
#pragma once

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace tesseract {
class TessBaseAPI;
}

namespace quorum::extract {

/// An 8-bit gray image, rows `bytes_per_row` apart. Borrowed: the pixels belong to the caller.
struct GrayImage {
    const unsigned char* pixels = nullptr;
    int width = 0;
    int height = 0;
    int bytes_per_row = 0;
    int dpi = 0;
};

/// What Tesseract read on one page.
struct RecognisedPage {
    std::string text;         ///< UTF-8, lines separated by '\n'
    int mean_confidence = 0;  ///< Tesseract's mean word confidence, 0..100
    bool timed_out = false;   ///< the deadline passed; `text` is empty
    int turned_degrees = 0;   ///< clockwise turn applied before reading a page scanned sideways or upside down
};

/// Thrown when Tesseract cannot start: the language data is not installed, for one.
class OcrSetupError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// One Tesseract engine for one thread (TessBaseAPI is not thread-safe). Sets OpenMP to one
/// thread for the calling thread: parallelism comes from running several documents at once,
/// and Tesseract's own OpenMP threads would fight over the cores (issue 18: 20-28 s a page
/// instead of 1.5-4 s).
class TesseractOcr {
public:
    /// Loads `language` ("eng", "eng+fra"). Throws OcrSetupError naming the language when its
    /// data is missing.
    explicit TesseractOcr(const std::string& language);
    ~TesseractOcr();
    TesseractOcr(const TesseractOcr&) = delete;
    TesseractOcr& operator=(const TesseractOcr&) = delete;

    /// Reads `image`, giving up after `seconds` (Tesseract's own deadline, checked as it works).
    /// A page read with low confidence is checked for orientation (Tesseract's OSD, when its data
    /// `osd.traineddata` is installed): a page scanned sideways or upside down is turned upright
    /// and read again, and the better reading is kept.
    RecognisedPage recognise(const GrayImage& image, double seconds);

private:
    RecognisedPage read_upright(const GrayImage& image, double seconds);
    int detected_rotation(const GrayImage& image);

    std::string language_;
    std::unique_ptr<tesseract::TessBaseAPI> api_;
    std::unique_ptr<tesseract::TessBaseAPI> osd_;  ///< orientation detector; started on first need
    bool osd_unavailable_ = false;                 ///< its data is missing: pages are read as they lie
};

/// `image` turned clockwise by `degrees` (90, 180 or 270), its rows packed (bytes_per_row = width).
/// `pixels` receives the turned image and backs the returned GrayImage.
GrayImage turn_clockwise(const GrayImage& image, int degrees, std::vector<unsigned char>& pixels);

/// Whether Tesseract's orientation data (osd.traineddata) is installed beside the language data.
bool orientation_detection_available();

/// Tesseract's version string, "5.3.0".
std::string tesseract_version();

/// A short fingerprint of everything that changes OCR output besides the page image: Tesseract's
/// version, the language data files' sizes and contents (hashed), the resolution and the page
/// segmentation settings. Part of every OCR cache key. Throws OcrSetupError when the language
/// data is missing.
std::string ocr_settings_fingerprint(const std::string& language, int dpi);

}  // namespace quorum::extract
