/** @file extraction_json.h @brief Renders an Extraction as the JSON object `quorum extract` prints. */
#pragma once

#include <nlohmann/json.hpp>

#include "extractors/extraction.h"

namespace quorum::extract {

/// {"path", "format", "title", "metadata": {...}, "pages", "blocks": [{"kind", "text", "page"}], "warnings": [...]}
nlohmann::json to_json(const Extraction& extraction);

}  // namespace quorum::extract
