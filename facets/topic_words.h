/** @file topic_words.h @brief The words of a text as topic matching sees them: split at anything but letters and digits, lower-cased and with a plural ending removed. */
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace quorum::facets {

/// One word of a text.
struct TopicWord {
    std::string_view exact;  ///< as written (a view into the text); abbreviations match this
    std::string normalised;  ///< lower case, "ies" -> "y", final "s" dropped; phrases match this
    bool after_break = false;  ///< punctuation other than a hyphen or apostrophe separates it from
                               ///< the word before ("precept; officers")
};

/// Splits `text` into words. Hyphens, apostrophes, spaces and all other punctuation are word
/// breaks ("anti-social" -> "anti", "social"); UTF-8 letters are kept inside words, UTF-8
/// punctuation (U+2000..U+206F, no-break space) breaks them. Linear in the text's length; the
/// views point into `text`, which must outlive the result.
std::vector<TopicWord> topic_words(std::string_view text);

/// The normalised form of one word: "Burglaries" -> "burglary", "Lines" -> "line",
/// "business" -> "business".
std::string normalise_topic_word(std::string_view word);

}  // namespace quorum::facets
