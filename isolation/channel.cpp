/** @file channel.cpp @brief Whole-range socket I/O: retries short transfers and EINTR, waits with poll() up to a deadline. */
#include "isolation/channel.h"

#include <poll.h>
#include <sys/socket.h>

#include <cerrno>
#include <system_error>

namespace quorum::isolation {
namespace {

// Waits until `fd` is ready for `events`; false when the deadline passed first.
bool wait_ready(int fd, short events, Deadline deadline) {
    for (;;) {
        int timeout_ms = -1;
        if (deadline) {
            const auto left = std::chrono::ceil<std::chrono::milliseconds>(*deadline - Clock::now()).count();
            if (left <= 0) return false;
            timeout_ms = left > 1'000'000 ? 1'000'000 : static_cast<int>(left);
        }
        pollfd p{fd, events, 0};
        const int n = ::poll(&p, 1, timeout_ms);
        if (n > 0) return true;  // ready, or an error/hang-up the next transfer will report
        if (n < 0 && errno != EINTR) throw std::system_error(errno, std::generic_category(), "poll");
    }
}

bool is_closed_error(int error) { return error == EPIPE || error == ECONNRESET; }

}  // namespace

IoStatus write_all(int fd, std::string_view data, Deadline deadline) {
    while (!data.empty()) {
        const ssize_t n = ::send(fd, data.data(), data.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n > 0) {
            data.remove_prefix(static_cast<size_t>(n));
            continue;
        }
        if (n < 0 && errno == EINTR) continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            if (!wait_ready(fd, POLLOUT, deadline)) return IoStatus::TimedOut;
            continue;
        }
        if (n < 0 && is_closed_error(errno)) return IoStatus::Closed;
        throw std::system_error(errno, std::generic_category(), "send");
    }
    return IoStatus::Ok;
}

IoStatus read_exact(int fd, char* out, std::size_t size, Deadline deadline) {
    while (size > 0) {
        const ssize_t n = ::recv(fd, out, size, MSG_DONTWAIT);
        if (n > 0) {
            out += n;
            size -= static_cast<size_t>(n);
            continue;
        }
        if (n == 0) return IoStatus::Closed;
        if (errno == EINTR) continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK) {
            if (!wait_ready(fd, POLLIN, deadline)) return IoStatus::TimedOut;
            continue;
        }
        if (is_closed_error(errno)) return IoStatus::Closed;
        throw std::system_error(errno, std::generic_category(), "recv");
    }
    return IoStatus::Ok;
}

}  // namespace quorum::isolation
