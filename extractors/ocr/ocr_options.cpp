/** @file ocr_options.cpp @brief Names of the OCR modes. */
#include "extractors/ocr/ocr_options.h"

namespace quorum::extract {

std::string_view ocr_mode_name(OcrMode mode) {
    switch (mode) {
        case OcrMode::Off: return "off";
        case OcrMode::Auto: return "auto";
        case OcrMode::Force: return "force";
    }
    return "off";
}

std::optional<OcrMode> ocr_mode_from_name(std::string_view name) {
    for (const OcrMode m : {OcrMode::Off, OcrMode::Auto, OcrMode::Force})
        if (ocr_mode_name(m) == name) return m;
    return std::nullopt;
}

}  // namespace quorum::extract
