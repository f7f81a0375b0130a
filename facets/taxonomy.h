/** @file taxonomy.h @brief Topics: the taxonomy (slugs, labels, terms, phrases, abbreviations) and assigning topics to items by evidence. */
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "schema/records.h"

namespace quorum::facets {

struct Topic {
    std::string slug;                        ///< "anti-social-behaviour"
    std::string label;                       ///< "Anti-social behaviour"
    std::vector<std::string> phrases;        ///< lower-case words or phrases: "anti-social behaviour", "asb"
    std::vector<std::string> broad;          ///< lower-case broad words ("funding", "education", written
                                             ///< "~funding" in the TSV): evidence only beside a phrase
    std::vector<std::string> abbreviations;  ///< case-sensitive: "ASB"
};

/// One topic an item has enough evidence for, and how much.
struct TopicEvidence {
    std::string slug;
    size_t weight = 0;  ///< mentions in the text, plus distinct phrases, plus more for title mentions
    std::vector<EvidenceWord> words{};  ///< the phrases that matched, most mentioned first
};

/// An immutable topic taxonomy. Thread-safe to share.
class Taxonomy {
public:
    /// Parses the TSV format documented at the top of schema/data/taxonomy.tsv.
    /// Throws std::runtime_error naming the line on malformed input.
    static Taxonomy parse(std::string_view tsv);

    /// The taxonomy compiled into the binary (schema/data/taxonomy.tsv).
    static const Taxonomy& builtin();

    /// This taxonomy with `user`'s topics added; a user topic with an existing slug replaces it.
    Taxonomy merged_with(const Taxonomy& user) const;

    const std::vector<Topic>& topics() const { return topics_; }

private:
    struct MatchIndex;  ///< the phrases by first word, built once by parse() and merged_with()
    friend std::vector<TopicEvidence> item_topic_evidence(const Item& item, const Taxonomy& taxonomy);

    std::vector<Topic> topics_;
    std::shared_ptr<const MatchIndex> index_;  ///< null for a default-constructed (empty) taxonomy
};

/// The topics of one item's title and text that have enough evidence (a threshold on distinct
/// matches and occurrences relative to the text, not a single passing word; a topic's broad words
/// count only in the title or beside one of its specific phrases), in taxonomy order.
std::vector<TopicEvidence> item_topic_evidence(const Item& item, const Taxonomy& taxonomy);

/// Why a document has topic `slug`: the items whose evidence gave it the topic, their weight
/// summed (what document_topics() compares) and their phrases merged, most mentioned first.
TopicEvidenceSummary document_topic_evidence(const std::vector<std::vector<TopicEvidence>>& items,
                                             const std::string& slug);

/// Topic slugs for one item: the slugs of item_topic_evidence().
std::vector<std::string> item_topics(const Item& item, const Taxonomy& taxonomy);

/// The document's topics from its items' evidence: the topics its items have, without those
/// whose weight over the whole document is small beside its main topic's (a passing subject
/// in a long multi-subject document). Sorted by slug.
std::vector<std::string> document_topics(const std::vector<std::vector<TopicEvidence>>& items);

}  // namespace quorum::facets
