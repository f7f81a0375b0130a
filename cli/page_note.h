/** @file page_note.h @brief The note on stderr that says a page of CSV or JSON results is not every match. */
#pragma once

#include <cstddef>
#include <string>

namespace quorum::cli {

/// "showing 10 of 27; --all for every row" (or "showing 11-20 of about 4,000; ..."), for a page of
/// `shown` results from `offset` out of `total`; "" when the page holds every match or none.
std::string page_note(size_t offset, size_t shown, unsigned long long total, bool total_is_exact);

}  // namespace quorum::cli
