/** @file docid_sample.cpp @brief Sampling levels from a mix of the document id; the posting source walks them in id order. */
#include "query/docid_sample.h"

#include <bit>
#include <cmath>
#include <cstdint>

namespace quorum::query {
namespace {

// MurmurHash3's 64-bit finaliser: consecutive ids get unrelated bits, and each trailing-zero
// count k comes up for 1 in 2^(k+1) of them (tests/match_census_test.cpp).
uint64_t mix(uint64_t x) {
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    return x ^ (x >> 33);
}

}  // namespace

DocidSample::DocidSample(unsigned from_level, unsigned below_level) : from_(from_level), below_(below_level) {}

unsigned DocidSample::level_of(Xapian::docid did) { return static_cast<unsigned>(std::countr_zero(mix(did))); }

bool DocidSample::contains(Xapian::docid did, unsigned from_level, unsigned below_level) {
    const unsigned level = level_of(did);
    return level >= from_level && level < below_level;
}

double DocidSample::fraction(unsigned from_level, unsigned below_level) {
    if (below_level <= from_level) return 0.0;
    const double deeper = below_level >= kNoDeeperLimit ? 0.0 : std::ldexp(1.0, -static_cast<int>(below_level));
    return std::ldexp(1.0, -static_cast<int>(from_level)) - deeper;
}

Xapian::doccount DocidSample::get_termfreq_est() const {
    return static_cast<Xapian::doccount>(std::lround(doccount_ * fraction(from_, below_)));
}

void DocidSample::init(const Xapian::Database& db) {
    last_docid_ = db.get_lastdocid();
    doccount_ = db.get_doccount();
    current_ = 0;
}

void DocidSample::advance_from(Xapian::docid did) {
    while (did <= last_docid_ && !contains(did, from_, below_)) ++did;
    current_ = did;
}

void DocidSample::next(double) { advance_from(current_ + 1); }

void DocidSample::skip_to(Xapian::docid did, double) {
    if (did > current_) advance_from(did);
}

bool DocidSample::check(Xapian::docid did, double) {
    if (did <= current_) return true;
    current_ = did;
    if (did > last_docid_) return true;  // at_end()
    // Not sampled: the position is left indeterminate and next() moves on from `did`.
    return contains(did, from_, below_);
}

std::string DocidSample::get_description() const {
    return "DocidSample(levels " + std::to_string(from_) + ".." +
           (below_ >= kNoDeeperLimit ? std::string("") : std::to_string(below_ - 1)) + ")";
}

}  // namespace quorum::query
