/** @file http_server.h @brief The HTTP server: libmicrohttpd with a thread pool, per-IP connection limit, timeouts, GET and HEAD only. */
#pragma once

#include <memory>
#include <stdexcept>
#include <string>

#include "server/http_types.h"

namespace quorum::server {

/// The server could not start (address in use, bad bind address). what() says which.
class ServerError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct HttpOptions {
    std::string bind = "127.0.0.1";  ///< IPv4 or IPv6 address to listen on
    unsigned port = 8080;            ///< 0: any free port (see HttpServer::port())
    unsigned threads = 4;            ///< worker threads (each runs whole requests)
    unsigned per_ip_connections = 16;
    unsigned max_connections = 256;
    unsigned timeout_seconds = 30;   ///< idle connection timeout
    size_t max_target_bytes = 8192;  ///< longer request targets get 414
    size_t connection_memory = 64 * 1024;  ///< libmicrohttpd's per-connection buffer
};

/// Serves `handler` until destroyed. Requests other than GET and HEAD get 405; requests with a
/// body get 413; targets longer than max_target_bytes get 414; malformed escapes get 400. These
/// errors are answered by `error_handler` (so they come in the same JSON or HTML shape as the
/// rest).
class HttpServer {
public:
    /// `error` builds the response for a status and message (used for the errors above).
    using ErrorBuilder = std::function<Response(const Request&, int status, const std::string& message)>;

    /// Starts listening; throws ServerError.
    HttpServer(const HttpOptions& options, Handler handler, ErrorBuilder error);
    ~HttpServer();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    /// The port listened on (the one chosen when options.port was 0).
    unsigned port() const;

    struct Impl;  ///< libmicrohttpd's state (public only so its C callbacks can reach it)

private:
    std::unique_ptr<Impl> impl_;
};

}  // namespace quorum::server
