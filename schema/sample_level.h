/** @file sample_level.h @brief Each document's sampling level, a term computed from its id alone: the same documents make up a sample in one index and in its shards. */
#pragma once

#include <string>
#include <string_view>

namespace quorum::schema {

namespace names {
/// The field (schema/fields.cpp) of the sampling-level term: not searchable by users, not stored.
inline constexpr std::string_view kSampleLevel = "sample_level";
}  // namespace names

/// Levels deeper than this are written as this one: a sample of 1 in 2^20 documents is finer
/// than any census asks for.
inline constexpr unsigned kDeepestSampleLevel = 20;

/// A document's sampling level: the number of trailing zero bits of its id's path hash (the 16
/// hex digits of schema::document_id()), at most kDeepestSampleLevel. A document is at level k
/// or deeper with probability 1/2^k, whatever its folder, council, date or Xapian document id,
/// so a sample is the same set of documents wherever the documents are indexed.
unsigned sample_level(std::string_view document_id);

/// The term a document at `level` carries: the field's prefix and the level in decimal.
std::string sample_level_term(unsigned level);

/// The expected share of documents at a level in [from_level, below_level) (below_level past
/// kDeepestSampleLevel means no limit).
double sample_fraction(unsigned from_level, unsigned below_level);

}  // namespace quorum::schema
