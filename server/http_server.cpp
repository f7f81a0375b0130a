/** @file http_server.cpp @brief libmicrohttpd glue: request contexts from the raw target, method and body checks, responses. */
#include "server/http_server.h"

#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <unistd.h>

#include <cstring>

#include "server/url.h"

namespace quorum::server {

std::optional<std::string> Request::param(const std::string& name) const {
    for (const auto& [n, v] : params)
        if (n == name) return v;
    return std::nullopt;
}

std::vector<std::string> Request::params_named(const std::string& name) const {
    std::vector<std::string> out;
    for (const auto& [n, v] : params)
        if (n == name) out.push_back(v);
    return out;
}

struct HttpServer::Impl {
    HttpOptions options;
    Handler handler;
    ErrorBuilder error;
    MHD_Daemon* daemon = nullptr;
    unsigned bound_port = 0;
};

namespace {

/// One request's state between libmicrohttpd's calls: the target exactly as sent.
struct RequestContext {
    std::string raw_target;
    bool headers_seen = false;  ///< the first call (headers only) has been made
    bool answered = false;
};

void* remember_target(void*, const char* uri, MHD_Connection*) {
    auto* ctx = new RequestContext;
    ctx->raw_target = uri ? uri : "";
    return ctx;
}

void forget_request(void*, MHD_Connection*, void** con_cls, MHD_RequestTerminationCode) {
    delete static_cast<RequestContext*>(*con_cls);
    *con_cls = nullptr;
}

ssize_t stream_callback(void* cls, uint64_t, char* buf, size_t max) {
    auto* fill = static_cast<std::function<size_t(char*, size_t)>*>(cls);
    try {
        const size_t n = (*fill)(buf, max);
        return n == 0 ? MHD_CONTENT_READER_END_OF_STREAM : static_cast<ssize_t>(n);
    } catch (const std::exception&) {
        // The status line has gone: all that can be done is to cut the response short, which
        // the client sees as an incomplete (chunked) body.
        return MHD_CONTENT_READER_END_WITH_ERROR;
    }
}

void free_stream(void* cls) { delete static_cast<std::function<size_t(char*, size_t)>*>(cls); }

MHD_Result send(MHD_Connection* connection, Response& r) {
    MHD_Response* response = nullptr;
    if (r.file_fd >= 0) {
        response = MHD_create_response_from_fd64(r.file_size, r.file_fd);
        if (!response) ::close(r.file_fd);
        r.file_fd = -1;
    } else if (r.stream) {
        auto* fill = new std::function<size_t(char*, size_t)>(std::move(r.stream));
        response = MHD_create_response_from_callback(MHD_SIZE_UNKNOWN, 64 * 1024, stream_callback, fill, free_stream);
        if (!response) delete fill;
    } else {
        response = MHD_create_response_from_buffer(r.body.size(), r.body.data(), MHD_RESPMEM_MUST_COPY);
    }
    if (!response) return MHD_NO;
    MHD_add_response_header(response, MHD_HTTP_HEADER_CONTENT_TYPE, r.content_type.c_str());
    for (const auto& [name, value] : r.headers) MHD_add_response_header(response, name.c_str(), value.c_str());
    const MHD_Result queued = MHD_queue_response(connection, static_cast<unsigned>(r.status), response);
    MHD_destroy_response(response);
    return queued;
}

bool has_body(MHD_Connection* connection) {
    const char* length = MHD_lookup_connection_value(connection, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
    if (length && std::strcmp(length, "0") != 0) return true;
    return MHD_lookup_connection_value(connection, MHD_HEADER_KIND, MHD_HTTP_HEADER_TRANSFER_ENCODING) != nullptr;
}

MHD_Result answer(void* cls, MHD_Connection* connection, const char*, const char* method, const char*,
                  const char*, size_t* upload_size, void** con_cls) {
    auto* impl = static_cast<HttpServer::Impl*>(cls);
    auto* ctx = static_cast<RequestContext*>(*con_cls);
    if (!ctx) return MHD_NO;
    if (ctx->answered) {  // a body we already refused: drop what arrives
        *upload_size = 0;
        return MHD_YES;
    }
    // A GET or HEAD without a body is answered on the call after the headers, once the request
    // is complete: a response queued on the first call makes libmicrohttpd close the connection
    // (it cannot know the request is over), so keep-alive clients would reconnect every time.
    // Anything else is refused at once, and its connection closed.
    const bool may_wait = (std::strcmp(method, "GET") == 0 || std::strcmp(method, "HEAD") == 0) && !has_body(connection);
    if (!ctx->headers_seen && may_wait) {
        ctx->headers_seen = true;
        return MHD_YES;
    }
    ctx->answered = true;
    Request request;
    request.method = method;
    request.raw_target = ctx->raw_target;
    request.path = request.raw_target.substr(0, request.raw_target.find('?'));  // decoded below, once it is checked
    if (const char* host = MHD_lookup_connection_value(connection, MHD_HEADER_KIND, MHD_HTTP_HEADER_HOST)) request.host = host;
    Response response;
    try {
        const bool get_or_head = request.method == "GET" || request.method == "HEAD";
        if (!get_or_head) {
            response = impl->error(request, 405, "method " + request.method + " is not allowed: this server only reads (GET and HEAD)");
            response.headers["Allow"] = "GET, HEAD";
        } else if (has_body(connection) || *upload_size != 0) {
            response = impl->error(request, 413, "requests with a body are not accepted");
        } else if (request.raw_target.size() > impl->options.max_target_bytes) {
            response = impl->error(request, 414,
                                   "the URL is " + std::to_string(request.raw_target.size()) + " bytes long; the limit is " +
                                       std::to_string(impl->options.max_target_bytes));
        } else if (auto target = split_target(request.raw_target)) {
            request.path = std::move(target->path);
            request.params = std::move(target->params);
            response = impl->handler(request);
        } else {
            response = impl->error(request, 400, "the URL holds a malformed %-escape");
        }
    } catch (const std::exception& e) {
        response = impl->error(request, 500, std::string("internal error: ") + e.what());
    }
    *upload_size = 0;
    return send(connection, response);
}

sockaddr_storage bind_address(const HttpOptions& o, socklen_t& length) {
    sockaddr_storage storage{};
    auto* v4 = reinterpret_cast<sockaddr_in*>(&storage);
    auto* v6 = reinterpret_cast<sockaddr_in6*>(&storage);
    if (::inet_pton(AF_INET, o.bind.c_str(), &v4->sin_addr) == 1) {
        v4->sin_family = AF_INET;
        v4->sin_port = htons(static_cast<uint16_t>(o.port));
        length = sizeof(sockaddr_in);
    } else if (::inet_pton(AF_INET6, o.bind.c_str(), &v6->sin6_addr) == 1) {
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons(static_cast<uint16_t>(o.port));
        length = sizeof(sockaddr_in6);
    } else {
        throw ServerError("--bind " + o.bind + ": not an IPv4 or IPv6 address (e.g. 127.0.0.1, 0.0.0.0, ::1)");
    }
    return storage;
}

}  // namespace

HttpServer::HttpServer(const HttpOptions& options, Handler handler, ErrorBuilder error) : impl_(std::make_unique<Impl>()) {
    impl_->options = options;
    impl_->handler = std::move(handler);
    impl_->error = std::move(error);
    if (options.port > 65535) throw ServerError("--port " + std::to_string(options.port) + ": not a port number (0-65535)");
    socklen_t length = 0;
    sockaddr_storage address = bind_address(options, length);
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_USE_ERROR_LOG;
    if (address.ss_family == AF_INET6) flags |= MHD_USE_IPv6;
    impl_->daemon = MHD_start_daemon(
        flags, static_cast<uint16_t>(options.port), nullptr, nullptr, answer, impl_.get(),
        MHD_OPTION_SOCK_ADDR, reinterpret_cast<sockaddr*>(&address),
        MHD_OPTION_THREAD_POOL_SIZE, options.threads,
        MHD_OPTION_PER_IP_CONNECTION_LIMIT, options.per_ip_connections,
        MHD_OPTION_CONNECTION_LIMIT, options.max_connections,
        MHD_OPTION_CONNECTION_TIMEOUT, options.timeout_seconds,
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, options.connection_memory,
        MHD_OPTION_URI_LOG_CALLBACK, remember_target, nullptr,
        MHD_OPTION_NOTIFY_COMPLETED, forget_request, nullptr,
        MHD_OPTION_END);
    if (!impl_->daemon)
        throw ServerError("cannot listen on " + options.bind + " port " + std::to_string(options.port) +
                          " (in use, or not an address of this machine); try another --port");
    const MHD_DaemonInfo* info = MHD_get_daemon_info(impl_->daemon, MHD_DAEMON_INFO_BIND_PORT);
    impl_->bound_port = info ? info->port : options.port;
}

HttpServer::~HttpServer() {
    if (impl_ && impl_->daemon) MHD_stop_daemon(impl_->daemon);
}

unsigned HttpServer::port() const { return impl_->bound_port; }

}  // namespace quorum::server
