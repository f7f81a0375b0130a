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

/// How the document itself writes dates: true when its unambiguous dates are month first
/// ("January 16, 2020", 12/25/2019), false when day first ("16 January 2020", 25/12/2019);
/// when those are absent or tied,
/// else true when it has a US postal address, telephone number or state (has_us_postal_address,
/// has_us_place_signs); nullopt when nothing says.
std::optional<bool> document_month_first(const extract::Extraction& extraction);

/// True when the text has a US state and ZIP code: ", OR 97394", ", CA 95826".
bool has_us_postal_address(const extract::Extraction& extraction);

/// True when the first pages show a North American telephone number ("(541) 555-0123",
/// "541-555-0123"), a US state written as one ("Alsea, Oregon", "State of California"), or a US
/// council title ("Councilor", which British and Canadian usage spells "Councillor";
/// "Councilmember"; "Mayor Pro Tem").
bool has_us_place_signs(const extract::Extraction& extraction);

/// One date a document writes, as a candidate for its meeting date: the features the ranker
/// weighs (named by meeting_date_feature_names(), in that order) and its score.
struct MeetingDateCandidate {
    std::string iso;              ///< YYYY-MM-DD
    std::string source;           ///< "structure", "text" or "metadata"
    size_t order = 0;             ///< reading order; the earlier of two equal scores wins
    std::vector<double> features; ///< one value per feature name, mostly 0 or 1
    double score = 0;             ///< the fitted weights times the features; > 0 beats "not stated"
};

/// The names of the candidate features ("bias", "label_meeting", "held_word", ...).
const std::vector<std::string>& meeting_date_feature_names();

/// The feature names facets/meeting_date_weights.inc gives a weight, in its order.
std::vector<std::string> meeting_date_weight_names();

/// Every meeting-date candidate of a document: the dates of its heading area, labelled fields
/// ("Date:", "Date of decision:"), title and metadata, and later patterns ("held on", adoption
/// clauses), without those that name another meeting or a deadline. Numeric dates are read in
/// the document's own order (document_month_first); `prefer_mdy` decides only when it does not say.
std::vector<MeetingDateCandidate> meeting_date_candidates(const extract::Extraction& extraction, bool prefer_mdy = false);

/// The meeting date: the best-scored of meeting_date_candidates() (weights fitted on labelled
/// documents by tools/fit_meeting_date_weights.py), when it scores above "not stated". Never
/// the previous meeting's date ("minutes of the meeting held on ..."), the next meeting's date;
/// PDF CreationDate never. Empty when not stated.
/// At most one value, as YYYY-MM-DD; its confidence is the winner's softmax share.
std::vector<FacetValue> detect_meeting_date(const extract::Extraction& extraction, bool prefer_mdy = false);

}  // namespace quorum::facets
