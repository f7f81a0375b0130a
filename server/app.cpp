/** @file app.cpp @brief QuorumServer: the index handles, the routes and the HTTP server put together. */
#include "server/app.h"

#include "server/index_handles.h"
#include "server/routes.h"

namespace quorum::server {

struct QuorumServer::State {
    IndexHandles handles;
    std::unique_ptr<query::CensusCache> census_cache;
    ServerContext context;
    std::string bind;

    State(const ServeOptions& o)
        : handles(o.db_path),
          census_cache(o.census_cache_bytes ? std::make_unique<query::CensusCache>(o.census_cache_bytes) : nullptr),
          context{handles, o.limits, census_cache.get()},
          bind(o.http.bind) {}
};

QuorumServer::QuorumServer(const ServeOptions& options) : state_(std::make_unique<State>(options)) {
    State* state = state_.get();
    http_ = std::make_unique<HttpServer>(
        options.http, [state](const Request& r) { return route(r, state->context); }, error_response);
}

QuorumServer::~QuorumServer() { http_.reset(); }

unsigned QuorumServer::port() const { return http_->port(); }

std::string QuorumServer::url() const {
    std::string host = state_->bind;
    if (host == "0.0.0.0") host = "127.0.0.1";
    if (host == "::") host = "::1";
    if (host.find(':') != std::string::npos) host = "[" + host + "]";
    return "http://" + host + ":" + std::to_string(port()) + "/";
}

}  // namespace quorum::server
