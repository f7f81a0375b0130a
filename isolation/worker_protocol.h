/** @file worker_protocol.h @brief The messages between the indexer and an extraction worker, framed with lengths. */
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "extractors/ocr/ocr_page_listener.h"
#include "isolation/channel.h"

namespace quorum::isolation {

// A request is   u32 path length, u64 content length, u32 hints length, the path, the file's
//                bytes, the hints (MessagePack: {"known_ocr": {"<page>": {"text", "confidence"}}}).
// A reply is     u64 length, then a MessagePack object, one of
//                  {"extraction": <extraction_json.h object>}
//                  {"failure": <failure_reason_name>, "detail": "..."}   (an ExtractError)
//                  {"error": "..."}                                      (any other exception)
//                before which the worker may send any number of progress messages, framed the same way:
//                  {"ocr_page": {"page": N, "done": D, "to_read": T}}    (a page Tesseract read)
// Integers are little-endian. The worker answers every request before reading the next.

struct Request {
    std::string path;
    std::string bytes;  ///< empty when the worker could not hold them (see out_of_memory)
    std::string hints;  ///< MessagePack, or empty: OCR text the parent cached for pages of the file
    bool out_of_memory = false;  ///< the bytes did not fit in the worker's memory; they were skipped
};

/// Sends one request (the parent's side).
IoStatus send_request(int fd, std::string_view path, std::string_view bytes, std::string_view hints, Deadline deadline);

/// Reads the next request (the worker's side); nullopt when the parent closed the channel.
/// Throws std::runtime_error for a malformed header.
std::optional<Request> receive_request(int fd);

/// The progress message for one OCR'd page (the worker's side sends it with send_reply).
nlohmann::json ocr_page_message(const extract::OcrPageEvent& event);

/// The page event of a progress message; nullopt when `reply` is not one (it is the reply).
std::optional<extract::OcrPageEvent> ocr_page_of(const nlohmann::json& reply);

/// Sends one reply (the worker's side).
IoStatus send_reply(int fd, const nlohmann::json& reply);

struct ReplyResult {
    IoStatus status = IoStatus::Closed;
    nlohmann::json reply;  ///< when status is Ok
};

/// Reads one reply (the parent's side). Throws std::runtime_error for an undecodable reply.
ReplyResult receive_reply(int fd, Deadline deadline);

}  // namespace quorum::isolation
