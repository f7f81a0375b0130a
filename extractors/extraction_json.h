/** @file extraction_json.h @brief An Extraction as the JSON object `quorum extract` prints, and back. */
#pragma once

#include <nlohmann/json.hpp>

#include "extractors/extraction.h"

namespace quorum::extract {

/// {"path", "format", "title", "metadata": {...}, "pages", "blocks": [{"kind", "text", "page"}], "warnings": [...]}
nlohmann::json to_json(const Extraction& extraction);

/// The inverse of to_json: from_json(to_json(e)) equals e in every field. Throws
/// std::invalid_argument naming the field when `json` is not such an object (a wrong type,
/// an unknown format or block kind).
Extraction extraction_from_json(const nlohmann::json& json);

}  // namespace quorum::extract
