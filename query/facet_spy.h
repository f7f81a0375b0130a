/** @file facet_spy.h @brief Counts facet values over the whole match set, including multi-valued slots. */
#pragma once

#include <xapian.h>

#include <map>
#include <string>

namespace quorum::query {

/// Like Xapian::ValueCountMatchSpy, but a slot may hold several values joined by '\n'
/// (councils, officers, topics), each counted once per document; with `prefix_length`
/// set, only the first N bytes are counted (YYYYMMDD -> YYYY for years).
class FacetSpy : public Xapian::MatchSpy {
public:
    FacetSpy(Xapian::valueno slot, size_t prefix_length = 0) : slot_(slot), prefix_length_(prefix_length) {}

    void operator()(const Xapian::Document& doc, double wt) override;
    std::string name() const override { return "quorum::FacetSpy"; }

    const std::map<std::string, Xapian::doccount>& counts() const { return counts_; }

private:
    Xapian::valueno slot_;
    size_t prefix_length_;
    std::map<std::string, Xapian::doccount> counts_;
};

}  // namespace quorum::query
