/** @file meeting_date.h @brief The date of the meeting a document records, not the other dates in it. */
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/extraction.h"
#include "schema/records.h"

namespace quorum::facets {

/// Parses one date written in any of the common forms ("8 March 2018", "Thursday, 30 January
/// 2025", "THURSDAY 1 OCTOBER 2009 – 2.00 P.M.", "1st October 2009", "08/03/2018",
/// "2018-03-08") at the start of `text`. Numeric dates are day-first unless `prefer_mdy`.
/// Returns YYYY-MM-DD, or nullopt (also for impossible dates such as 31 April).
std::optional<std::string> parse_date(std::string_view text, bool prefer_mdy = false);

/// The meeting date: from structured fields ("Date:", "Date of decision:", "held on ...")
/// and the heading area first, never the previous meeting's date ("minutes of the meeting
/// held on ..."), the next meeting's date, or a date inside the discussion; a publication
/// date only when nothing else exists; PDF CreationDate never. Empty when not stated.
/// At most one value, as YYYY-MM-DD.
std::vector<FacetValue> detect_meeting_date(const extract::Extraction& extraction, bool prefer_mdy = false);

}  // namespace quorum::facets
