/** @file http_types.h @brief A request as the server's handlers see it, and the response they return. */
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace quorum::server {

/// A decoded GET or HEAD request.
struct Request {
    std::string method;      ///< "GET" or "HEAD" (others never reach a handler)
    std::string path;        ///< percent-decoded path, e.g. "/api/search"
    std::string raw_target;  ///< the request target as sent (path and query string, still encoded)
    std::string host;        ///< the Host header ("" when absent)
    /// Query parameters in the order given, percent-decoded ('+' is a space). A name may repeat.
    std::vector<std::pair<std::string, std::string>> params;

    /// The first value of `name`, or nullopt.
    std::optional<std::string> param(const std::string& name) const;
    /// Every value of `name`, in order.
    std::vector<std::string> params_named(const std::string& name) const;
};

/// A response. `body` is sent as is; with `file_fd` >= 0 the open file is sent instead (the
/// server takes ownership of the descriptor).
struct Response {
    int status = 200;
    std::string content_type = "text/html; charset=utf-8";
    std::string body;
    std::map<std::string, std::string> headers;
    int file_fd = -1;
    unsigned long long file_size = 0;
    /// Streaming: called with a buffer to fill until it returns 0 (end). Empty = not streamed.
    std::function<size_t(char* buffer, size_t max)> stream;
};

/// What the server calls for each request; must be safe to call from several threads at once.
using Handler = std::function<Response(const Request&)>;

}  // namespace quorum::server
