/** @file corpus_db.h @brief corpus/ indexed once (with facets) for every test that searches it. */
#pragma once

#include <string>

namespace quorum::test {

/// Path of an index of corpus/pdf, corpus/html and corpus/text, built on first use in a
/// temporary folder that lives until the test program exits.
const std::string& corpus_db();

}  // namespace quorum::test
