/** @file page_fetch.cpp @brief One pipelined request for a page's documents on remote shards, worked around Xapian 1.4's MSet::fetch ranks. */
#include "query/shards/page_fetch.h"

#include <xapian/version.h>

namespace quorum::query {

Xapian::doccount first_rank_to_rank(bool remote, Xapian::doccount offset, Xapian::doccount limit) {
    return remote && limit > 0 ? 0 : offset;
}

void prefetch_documents(const Xapian::MSet& mset, Xapian::doccount from) {
    if (mset.get_firstitem() != 0 || from >= mset.size()) return;
#if XAPIAN_MAJOR_VERSION == 1 && XAPIAN_MINOR_VERSION == 4
    // MSet::fetch(a, b) calls fetch_(a.off_from_end, b.off_from_end), which reads ranks
    // a.off_from_end to b.off_from_end (page_fetch.h): end() - n is n from the end.
    mset.fetch(mset.end() - static_cast<Xapian::MSetIterator::difference_type>(from),
               mset.end() - static_cast<Xapian::MSetIterator::difference_type>(mset.size() - 1));
#else
    // Another Xapian: whole pages only, where begin() to end() means the whole MSet in any reading.
    if (from == 0) mset.fetch();
#endif
}

}  // namespace quorum::query
