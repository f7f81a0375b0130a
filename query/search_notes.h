/** @file search_notes.h @brief Notes that say why a page of results is empty or short when the query did match: --limit 0, an --offset past the end, undated documents a date filter leaves out. */
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

namespace quorum::query {

/// The number of documents `query` matches, counted exactly (0 for an empty Query()).
Xapian::doccount count_exactly(const Xapian::Database& db, const Xapian::Query& query);

/// What a page shows of a match set.
struct PageShown {
    Xapian::doccount total = 0;  ///< matching documents
    bool total_is_exact = true;
    size_t offset = 0, limit = 0, shown = 0;
    Xapian::doccount undated_left_out = 0;  ///< matches a date filter leaves out for having no date
};

/// Notes for stderr: "27 matches; none on this page (--limit 0)", "27 matches; none on this page
/// (--offset 30 is past the last)", "3 undated documents are not shown (...)". Empty when the
/// page needs none.
std::vector<std::string> page_notes(const PageShown& page);

/// The undated-documents note alone ("" when `undated` is 0): the one note `--count` and
/// `mentions` print.
std::string undated_note(Xapian::doccount undated);

}  // namespace quorum::query
