/** @file nil_item.h @brief Items that record nothing ("Planning: there were no applications this month"), which are no evidence of a topic. */
#pragma once

#include <string_view>

namespace quorum::facets {

/// Whether an item's text only says that there was nothing: a short item (at most 20 words, its
/// heading included) that ends with a nil statement - "there were no ...", "there was no ...",
/// "no update(s) ...", "nothing to report", "none (received)" - followed by at most four more
/// words. "Planning There were no planning applications this month" and "Allotments No update
/// this time" record nothing; "There were no objections to application 23/0012 for a rear
/// extension" records a decision on an application and is not nil.
bool records_nothing(std::string_view item_text);

}  // namespace quorum::facets
