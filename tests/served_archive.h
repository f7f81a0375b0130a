/** @file served_archive.h @brief The sample corpus and the hostile-minutes fixture indexed in a temporary folder, served on a free loopback port, for the server tests. */
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "server/app.h"

namespace quorum::test {

/// Indexes `roots` (folders or files) into `db_path` with facets, as `quorum index` does.
void index_folders(const std::string& db_path, const std::vector<std::string>& roots);

/// Starts a server for `db_path` on a free port of 127.0.0.1.
std::unique_ptr<server::QuorumServer> start_server(const std::string& db_path, unsigned threads = 4,
                                                   const server::ServeLimits& limits = {});

struct ServedArchive {
    std::string root;     ///< the folder indexed (copies of corpus/ and tests/fixtures/hostile-minutes)
    std::string db;
    unsigned port = 0;
    /// The absolute path of a file of the archive by its name.
    std::string file(const std::string& name) const { return root + "/" + name; }
};

/// Built and started on first use; lives until the test program exits.
const ServedArchive& served_archive();

}  // namespace quorum::test
