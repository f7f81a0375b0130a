/** @file stub_file.cpp @brief Reading Xapian stub files. */
#include "indexer/shards/stub_file.h"

#include <charconv>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "indexer/database.h"

namespace quorum::index {
namespace {

namespace fs = std::filesystem;

std::string trimmed(std::string_view s) {
    const size_t b = s.find_first_not_of(" \t\r");
    if (b == std::string_view::npos) return {};
    const size_t e = s.find_last_not_of(" \t\r");
    return std::string(s.substr(b, e - b + 1));
}

StubShard remote_shard(const std::string& where, const std::string& context) {
    StubShard s;
    s.name = where;
    if (!where.empty() && where.front() == ':') {
        s.kind = StubShard::Kind::Program;
        const std::string command = where.substr(1);
        const size_t space = command.find(' ');
        s.program = command.substr(0, space);
        s.args = space == std::string::npos ? "" : trimmed(command.substr(space + 1));
        if (s.program.empty()) throw DatabaseError(context + ": 'remote :' needs a program to run");
        return s;
    }
    const size_t colon = where.rfind(':');
    unsigned port = 0;
    const char* digits = where.data() + (colon == std::string::npos ? where.size() : colon + 1);
    const auto [end, ec] = std::from_chars(digits, where.data() + where.size(), port);
    if (colon == std::string::npos || colon == 0 || ec != std::errc{} || end != where.data() + where.size() || port == 0 ||
        port > 65535)
        throw DatabaseError(context + ": 'remote " + where + "' is neither HOST:PORT nor :PROGRAM ARGS");
    s.kind = StubShard::Kind::Tcp;
    s.host = where.substr(0, colon);
    s.port = port;
    return s;
}

}  // namespace

std::optional<std::string> stub_file_for(const std::string& db_path) {
    std::error_code ec;
    if (fs::is_regular_file(db_path, ec)) return db_path;
    const fs::path inside = fs::path(db_path) / "XAPIANDB";
    if (fs::is_directory(db_path, ec) && fs::is_regular_file(inside, ec)) return inside.string();
    return std::nullopt;
}

std::vector<StubShard> parse_stub(std::string_view text, const std::string& stub_folder, const std::string& stub_name) {
    std::vector<StubShard> shards;
    std::istringstream lines{std::string(text)};
    std::string raw;
    for (int number = 1; std::getline(lines, raw); ++number) {
        const std::string line = trimmed(raw);
        if (line.empty() || line.front() == '#') continue;
        const std::string context = stub_name + ":" + std::to_string(number);
        const size_t space = line.find(' ');
        const std::string type = line.substr(0, space);
        const std::string rest = space == std::string::npos ? "" : trimmed(line.substr(space + 1));
        if (rest.empty()) throw DatabaseError(context + ": '" + type + "' with nothing after it");
        if (type == "remote") {
            shards.push_back(remote_shard(rest, context));
        } else if (type == "auto" || type == "glass" || type == "chert") {
            StubShard s;
            s.name = rest;
            const fs::path p(rest);
            s.path = (p.is_absolute() ? p : fs::path(stub_folder) / p).lexically_normal().string();
            shards.push_back(std::move(s));
        } else {
            throw DatabaseError(context + ": unknown shard type '" + type +
                                "' (a stub line is 'auto PATH', 'remote HOST:PORT' or 'remote :PROGRAM ARGS')");
        }
    }
    if (shards.empty()) throw DatabaseError(stub_name + " lists no shards");
    return shards;
}

std::vector<StubShard> read_stub(const std::string& stub_path) {
    std::ifstream in(stub_path, std::ios::binary);
    if (!in) throw DatabaseError("cannot read the stub file " + stub_path);
    std::ostringstream text;
    text << in.rdbuf();
    return parse_stub(text.str(), fs::path(stub_path).parent_path().string(), stub_path);
}

}  // namespace quorum::index
