/** @file http_client.cpp @brief Blocking socket client: connect, send, read to EOF, parse status, headers and body (plain or chunked). */
#include "tests/http_client.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cctype>
#include <cstdlib>

namespace quorum::test {
namespace {

std::string dechunk(const std::string& raw) {
    std::string out;
    size_t at = 0;
    while (at < raw.size()) {
        const size_t line_end = raw.find("\r\n", at);
        if (line_end == std::string::npos) break;
        const size_t size = std::strtoul(raw.substr(at, line_end - at).c_str(), nullptr, 16);
        if (size == 0) break;
        out += raw.substr(line_end + 2, size);
        at = line_end + 2 + size + 2;
    }
    return out;
}

}  // namespace

HttpReply http_request(unsigned port, const std::string& method, const std::string& target,
                       const std::string& extra_headers, const std::string& body) {
    HttpReply reply;
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return reply;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    timeval timeout{30, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
        ::close(fd);
        return reply;
    }
    const std::string request = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(port) +
                                "\r\nConnection: close\r\n" + extra_headers + "\r\n" + body;
    for (size_t sent = 0; sent < request.size();) {
        const ssize_t n = ::send(fd, request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
        if (n <= 0) break;
        sent += static_cast<size_t>(n);
    }
    std::string raw;
    char buffer[16384];
    for (ssize_t n; (n = ::recv(fd, buffer, sizeof buffer, 0)) > 0;) raw.append(buffer, static_cast<size_t>(n));
    ::close(fd);
    const size_t head_end = raw.find("\r\n\r\n");
    if (raw.rfind("HTTP/1.", 0) != 0 || head_end == std::string::npos) return reply;
    reply.status = std::atoi(raw.c_str() + 9);
    size_t line = raw.find("\r\n") + 2;
    while (line < head_end) {
        const size_t end = raw.find("\r\n", line);
        const std::string header = raw.substr(line, end - line);
        const size_t colon = header.find(':');
        if (colon != std::string::npos) {
            std::string name = header.substr(0, colon);
            for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            size_t v = colon + 1;
            while (v < header.size() && header[v] == ' ') ++v;
            reply.headers[name] = header.substr(v);
        }
        line = end + 2;
    }
    reply.body = raw.substr(head_end + 4);
    if (reply.headers["transfer-encoding"] == "chunked") reply.body = dechunk(reply.body);
    return reply;
}

}  // namespace quorum::test
