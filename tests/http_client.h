/** @file http_client.h @brief A minimal HTTP/1.1 client for the server tests: one request per connection, raw targets sent as given. */
#pragma once

#include <map>
#include <string>

namespace quorum::test {

struct HttpReply {
    int status = 0;                              ///< 0 when the connection failed
    std::map<std::string, std::string> headers;  ///< names lower-cased
    std::string body;
    /// The header's value ("" when absent); `name` in lower case.
    std::string header(const std::string& name) const {
        const auto it = headers.find(name);
        return it == headers.end() ? "" : it->second;
    }
};

/// Sends `method target HTTP/1.1` to 127.0.0.1:`port` with `extra_headers` (each ending in
/// \r\n) and `body`, and reads the reply until the server closes. The target is sent byte for
/// byte (so `..` and %-escapes reach the server as written).
HttpReply http_request(unsigned port, const std::string& method, const std::string& target,
                       const std::string& extra_headers = "", const std::string& body = "");

inline HttpReply http_get(unsigned port, const std::string& target) { return http_request(port, "GET", target); }

}  // namespace quorum::test
