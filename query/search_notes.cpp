/** @file search_notes.cpp @brief The wording of the notes on a page that shows less than the query matched. */
#include "query/search_notes.h"

namespace quorum::query {

Xapian::doccount count_exactly(const Xapian::Database& db, const Xapian::Query& query) {
    if (query.empty()) return 0;
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    return enquire.get_mset(0, 0, db.get_doccount()).get_matches_lower_bound();
}

std::string undated_note(Xapian::doccount undated) {
    if (undated == 0) return "";
    return std::to_string(undated) + (undated == 1 ? " undated document is" : " undated documents are") +
           " not shown (--from and --to leave out documents without a meeting date)";
}

std::vector<std::string> page_notes(const PageShown& page) {
    std::vector<std::string> notes;
    if (page.total > 0 && page.shown == 0) {
        const std::string matches = (page.total_is_exact ? "" : "about ") + std::to_string(page.total) +
                                    (page.total == 1 ? " match" : " matches") + "; none on this page";
        if (page.limit == 0)
            notes.push_back(matches + " (--limit 0)");
        else if (page.offset > 0)
            notes.push_back(matches + " (--offset " + std::to_string(page.offset) + " is past the last)");
    }
    if (const std::string undated = undated_note(page.undated_left_out); !undated.empty()) notes.push_back(undated);
    return notes;
}

}  // namespace quorum::query
