/** @file docid_sample.h @brief A repeatable pseudo-random sample of an index's documents, as a Xapian posting source. */
#pragma once

#include <xapian.h>

#include <string>

namespace quorum::query {

/// Documents are sorted into sampling levels by their document id alone: a document is at level
/// k or deeper with probability 1/2^k, independent of its folder, council or date (document ids
/// follow the order files were indexed in, so a plain id range would be one council's files).
/// Level k's sample is a subset of level k-1's, so a sample can be made denser by adding the
/// documents of exactly level k-1.
class DocidSample final : public Xapian::PostingSource {
  public:
    static constexpr unsigned kNoDeeperLimit = 64;

    /// The documents whose level is in [from_level, below_level).
    explicit DocidSample(unsigned from_level, unsigned below_level = kNoDeeperLimit);

    /// The sampling level of `did`: the number of trailing zero bits of a 64-bit mix of it.
    static unsigned level_of(Xapian::docid did);
    /// Whether `did` belongs to the sample [from_level, below_level).
    static bool contains(Xapian::docid did, unsigned from_level, unsigned below_level = kNoDeeperLimit);
    /// The expected share of documents in [from_level, below_level).
    static double fraction(unsigned from_level, unsigned below_level = kNoDeeperLimit);

    Xapian::doccount get_termfreq_min() const override { return 0; }
    Xapian::doccount get_termfreq_est() const override;
    Xapian::doccount get_termfreq_max() const override { return doccount_; }
    void init(const Xapian::Database& db) override;
    void next(double min_wt) override;
    void skip_to(Xapian::docid did, double min_wt) override;
    bool check(Xapian::docid did, double min_wt) override;
    bool at_end() const override { return current_ > last_docid_; }
    Xapian::docid get_docid() const override { return current_; }
    Xapian::PostingSource* clone() const override { return new DocidSample(from_, below_); }
    std::string get_description() const override;

  private:
    void advance_from(Xapian::docid did);

    unsigned from_;
    unsigned below_;
    Xapian::docid current_ = 0;
    Xapian::docid last_docid_ = 0;
    Xapian::doccount doccount_ = 0;
};

}  // namespace quorum::query
