/** @file app.h @brief `quorum serve` as a library: the index, the routes, the HTTP server. */
#pragma once

#include <memory>
#include <string>

#include "query/census_cache.h"
#include "server/http_server.h"
#include "server/request_params.h"

namespace quorum::server {

struct ServeOptions {
    std::string db_path;   ///< index folder or Xapian stub file
    HttpOptions http;
    ServeLimits limits;
    /// The census cache's size in bytes (query/census_cache.h); 0 turns it off.
    size_t census_cache_bytes = query::CensusCache::kDefaultBytes;
};

/// The archive on the web: pages, the JSON API and original files, until destroyed.
class QuorumServer {
public:
    /// Opens the index (throws index::DatabaseError) and starts listening (throws ServerError).
    explicit QuorumServer(const ServeOptions& options);
    ~QuorumServer();

    unsigned port() const;
    /// The address to open in a browser, e.g. http://127.0.0.1:8080/
    std::string url() const;

    struct State;

private:
    std::unique_ptr<State> state_;
    std::unique_ptr<HttpServer> http_;
};

}  // namespace quorum::server
