/** @file extract_error.h @brief Why a file could not be extracted, as a typed exception with a named reason. */
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace quorum::extract {

/// The named reasons a file can fail. Stable names are used in JSON output and the index.
enum class FailureReason {
    Unreadable,   ///< cannot be opened or read (permissions, vanished, a directory)
    Empty,        ///< zero bytes
    TooLarge,     ///< larger than the configured limit
    Unsupported,  ///< not PDF, HTML or text (binary content)
    Damaged,      ///< claims a format but cannot be parsed (truncated PDF, random bytes)
    Encrypted,    ///< needs a password to open
    NoTextLayer,  ///< a PDF with pages but no extractable text (scans, outline text)
    Crashed,      ///< the isolated extraction worker died (a signal or an unexpected exit)
    TimedOut,     ///< extraction ran over the per-file time limit and the worker was stopped
    OutOfMemory,  ///< extraction needed more memory than the worker's limit
};

/// "unreadable", "empty", "too-large", "unsupported", "damaged", "encrypted", "no-text-layer",
/// "crashed", "timed-out", "out-of-memory".
std::string_view failure_reason_name(FailureReason reason);

/// The reason whose failure_reason_name() is `name`; nullopt when there is none.
std::optional<FailureReason> failure_reason_from_name(std::string_view name);

/// Thrown by extractors. what() is "<path>: <detail>" once the path is known.
class ExtractError : public std::runtime_error {
public:
    ExtractError(FailureReason reason, const std::string& detail)
        : std::runtime_error(detail), reason_(reason), detail_(detail) {}
    ExtractError(FailureReason reason, const std::string& path, const std::string& detail)
        : std::runtime_error(path + ": " + detail), reason_(reason), detail_(detail) {}

    FailureReason reason() const { return reason_; }
    const std::string& detail() const { return detail_; }

private:
    FailureReason reason_;
    std::string detail_;
};

}  // namespace quorum::extract
