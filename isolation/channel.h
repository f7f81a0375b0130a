/** @file channel.h @brief Reading and writing whole byte ranges on a socket, with an optional deadline. */
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <string_view>

namespace quorum::isolation {

using Clock = std::chrono::steady_clock;

/// When a blocking read or write gives up; nullopt waits for ever.
using Deadline = std::optional<Clock::time_point>;

enum class IoStatus {
    Ok,        ///< every byte was transferred
    Closed,    ///< the other end has gone (end of file, broken pipe, connection reset)
    TimedOut,  ///< the deadline passed first
};

/// Writes all of `data` to the socket `fd` (never raises SIGPIPE). Throws std::system_error for
/// errors other than the other end closing.
IoStatus write_all(int fd, std::string_view data, Deadline deadline);

/// Reads exactly `size` bytes into `out`. Closed when the stream ends first. Throws
/// std::system_error for other errors.
IoStatus read_exact(int fd, char* out, std::size_t size, Deadline deadline);

}  // namespace quorum::isolation
