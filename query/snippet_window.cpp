/** @file snippet_window.cpp @brief From a term position to a byte offset: the item's title and text are split into words the way the indexer's TermGenerator split them. */
#include "query/snippet_window.h"

#include <algorithm>

#include "query/words.h"
#include "schema/fields.h"

namespace quorum::query {
namespace {

// Context kept before the first matched word, so the snippet can start a sentence earlier.
constexpr size_t kBytesBefore = 600;

bool continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

std::string_view snippet_window(std::string_view text, std::string_view title, Xapian::termpos item_start,
                                Xapian::termpos first_match, size_t max_bytes) {
    if (text.size() <= max_bytes || first_match == 0 || first_match < item_start) return text;
    // The item's title words come first, then a gap, then its text (indexer/document_builder.cpp).
    Xapian::termpos text_start = item_start;
    if (!title.empty()) text_start += static_cast<Xapian::termpos>(split_words(title).size()) + schema::kItemPositionGap;
    const size_t index = first_match >= text_start ? first_match - text_start : 0;
    const std::vector<Word> words = split_words(text, index + 1);
    const size_t at = words.size() == index + 1 ? words.back().begin : 0;

    // Near the end of the text the window moves back, so that it is never shorter than needed.
    size_t begin = std::min(at > kBytesBefore ? at - kBytesBefore : 0, text.size() - max_bytes);
    size_t end = std::min(text.size(), begin + max_bytes);
    while (begin < text.size() && continuation_byte(text[begin])) ++begin;
    while (end < text.size() && end > begin && continuation_byte(text[end])) --end;
    return text.substr(begin, end - begin);
}

}  // namespace quorum::query
