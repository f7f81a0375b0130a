/** @file page_note.cpp @brief "showing 10 of 27; --all for every row". */
#include "cli/page_note.h"

namespace quorum::cli {

std::string page_note(size_t offset, size_t shown, unsigned long long total, bool total_is_exact) {
    if (shown == 0 || (offset == 0 && shown >= total)) return "";
    const std::string range =
        offset == 0 ? std::to_string(shown) : std::to_string(offset + 1) + "-" + std::to_string(offset + shown);
    return "showing " + range + " of " + (total_is_exact ? "" : "about ") + std::to_string(total) +
           "; --all for every row";
}

}  // namespace quorum::cli
