/** @file worker_protocol.cpp @brief Length-framed requests (raw bytes) and MessagePack replies. */
#include "isolation/worker_protocol.h"

#include <array>
#include <new>
#include <stdexcept>
#include <vector>

namespace quorum::isolation {
namespace {

constexpr std::uint32_t kMaxPathBytes = 1u << 20;
constexpr std::uint64_t kMaxReplyBytes = 16ull << 30;  // a sanity bound: larger means a garbled stream

template <size_t N>
void put_le(std::array<char, N>& out, size_t at, std::uint64_t value, size_t width) {
    for (size_t i = 0; i < width; ++i) out[at + i] = static_cast<char>((value >> (8 * i)) & 0xff);
}

std::uint64_t get_le(const char* in, size_t width) {
    std::uint64_t value = 0;
    for (size_t i = 0; i < width; ++i) value |= std::uint64_t(static_cast<unsigned char>(in[i])) << (8 * i);
    return value;
}

// Reads and discards `size` bytes (a request too large for the worker's memory).
IoStatus skip(int fd, std::uint64_t size) {
    char buffer[64 * 1024];
    while (size > 0) {
        const size_t n = size < sizeof buffer ? static_cast<size_t>(size) : sizeof buffer;
        if (const IoStatus s = read_exact(fd, buffer, n, std::nullopt); s != IoStatus::Ok) return s;
        size -= n;
    }
    return IoStatus::Ok;
}

}  // namespace

IoStatus send_request(int fd, std::string_view path, std::string_view bytes, std::string_view hints, Deadline deadline) {
    std::array<char, 16> header{};
    put_le(header, 0, path.size(), 4);
    put_le(header, 4, bytes.size(), 8);
    put_le(header, 12, hints.size(), 4);
    for (const std::string_view part : {std::string_view(header.data(), header.size()), path, bytes, hints})
        if (const IoStatus s = write_all(fd, part, deadline); s != IoStatus::Ok) return s;
    return IoStatus::Ok;
}

std::optional<Request> receive_request(int fd) {
    std::array<char, 16> header{};
    if (read_exact(fd, header.data(), header.size(), std::nullopt) != IoStatus::Ok) return std::nullopt;
    const std::uint64_t path_size = get_le(header.data(), 4), byte_size = get_le(header.data() + 4, 8);
    const std::uint64_t hints_size = get_le(header.data() + 12, 4);
    if (path_size > kMaxPathBytes) throw std::runtime_error("extraction request: path of " + std::to_string(path_size) + " bytes");
    Request request;
    request.path.resize(path_size);
    if (read_exact(fd, request.path.data(), path_size, std::nullopt) != IoStatus::Ok) return std::nullopt;
    try {
        request.bytes.resize(byte_size);
    } catch (const std::bad_alloc&) {
        request.bytes = std::string();
        request.out_of_memory = true;
        if (skip(fd, byte_size + hints_size) != IoStatus::Ok) return std::nullopt;
        return request;
    }
    if (read_exact(fd, request.bytes.data(), byte_size, std::nullopt) != IoStatus::Ok) return std::nullopt;
    request.hints.resize(hints_size);
    if (read_exact(fd, request.hints.data(), hints_size, std::nullopt) != IoStatus::Ok) return std::nullopt;
    return request;
}

IoStatus send_reply(int fd, const nlohmann::json& reply) {
    const std::vector<std::uint8_t> body = nlohmann::json::to_msgpack(reply);
    std::array<char, 8> header{};
    put_le(header, 0, body.size(), 8);
    if (const IoStatus s = write_all(fd, std::string_view(header.data(), header.size()), std::nullopt); s != IoStatus::Ok)
        return s;
    return write_all(fd, std::string_view(reinterpret_cast<const char*>(body.data()), body.size()), std::nullopt);
}

ReplyResult receive_reply(int fd, Deadline deadline) {
    ReplyResult result;
    std::array<char, 8> header{};
    result.status = read_exact(fd, header.data(), header.size(), deadline);
    if (result.status != IoStatus::Ok) return result;
    const std::uint64_t size = get_le(header.data(), 8);
    if (size > kMaxReplyBytes) throw std::runtime_error("extraction reply: length " + std::to_string(size) + " is not credible");
    std::vector<std::uint8_t> body(size);
    result.status = read_exact(fd, reinterpret_cast<char*>(body.data()), body.size(), deadline);
    if (result.status != IoStatus::Ok) return result;
    try {
        result.reply = nlohmann::json::from_msgpack(body);
    } catch (const nlohmann::json::exception& e) {
        throw std::runtime_error(std::string("extraction reply: not MessagePack: ") + e.what());
    }
    return result;
}

nlohmann::json ocr_page_message(const extract::OcrPageEvent& event) {
    return {{"ocr_page", {{"page", event.page}, {"done", event.pages_done}, {"to_read", event.pages_to_read}}}};
}

std::optional<extract::OcrPageEvent> ocr_page_of(const nlohmann::json& reply) {
    if (!reply.is_object() || reply.size() != 1 || !reply.contains("ocr_page")) return std::nullopt;
    const nlohmann::json& page = reply["ocr_page"];
    if (!page.is_object()) throw std::runtime_error("extraction reply: a progress message without its page");
    return extract::OcrPageEvent{page.value("page", 0), page.value("done", 0), page.value("to_read", 0)};
}

}  // namespace quorum::isolation
