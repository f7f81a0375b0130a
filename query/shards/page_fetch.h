/** @file page_fetch.h @brief A page of results ranked so that its documents can be asked of remote shards at once, whatever its offset. */
#pragma once

#include <xapian.h>

namespace quorum::query {

/// The first rank to ask Enquire::get_mset for, for a page at `offset` of `limit` results: over a
/// remote shard 0 (the page is then the MSet's items from `offset` on, whose documents
/// prefetch_documents() can ask for at once), elsewhere `offset` itself.
Xapian::doccount first_rank_to_rank(bool remote, Xapian::doccount offset, Xapian::doccount limit);

/// Asks every shard for the documents of `mset`'s items from index `from` to its end in one
/// pipelined exchange, before any is read (MSet::fetch); reading them then waits once. `mset`
/// must start at rank 0 (MSet::get_firstitem() == 0; otherwise nothing is asked and the
/// documents are read one exchange each, as they would be without this call).
///
/// Why rank 0: Xapian 1.4's MSet::fetch(begin, end) hands the two iterators' distances from the
/// end of the MSet to the fetch as the first and last *rank* to read, and the fetch clamps the
/// last to size() - 1 but reads item (rank - first item): MSet::fetch() on an MSet that starts
/// at rank F > 0 reads items[-F..] (past the MSet's items), and a range within a page that
/// does not start at rank 0 is clamped away. From rank 0, ranks and indices agree, and
/// iterators at distances `from` and size() - 1 from the end ask for exactly the items wanted
/// (tests/remote_shards_test.cpp checks it).
void prefetch_documents(const Xapian::MSet& mset, Xapian::doccount from);

}  // namespace quorum::query
