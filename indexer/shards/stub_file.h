/** @file stub_file.h @brief Xapian stub files: the list of shards (local paths, `remote host:port`, `remote :program args`) that are searched as one database. */
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace quorum::index {

/// One line of a stub file.
struct StubShard {
    enum class Kind { Local, Tcp, Program };
    Kind kind = Kind::Local;
    std::string name;     ///< as the stub writes it ("shards/eastmere", "10.0.0.5:33333", ":ssh host ...")
    std::string path;     ///< Local: the folder, resolved against the stub's folder
    std::string host;     ///< Tcp
    unsigned port = 0;    ///< Tcp
    std::string program;  ///< Program: the command Xapian runs, talking to it on stdin and stdout
    std::string args;     ///< Program: its arguments, one string split by Xapian at spaces
};

/// The stub file `db_path` names: the path itself when it is a file, `db_path/XAPIANDB` when it
/// is a folder holding one (Xapian's own convention); nullopt otherwise.
std::optional<std::string> stub_file_for(const std::string& db_path);

/// Parses a stub file's text as Xapian 1.4 does: blank lines and lines starting with '#' are
/// skipped; each other line is `auto|glass|chert PATH`, `remote HOST:PORT` or
/// `remote :PROGRAM ARGS...`; relative paths are relative to `stub_folder`. Throws
/// DatabaseError naming `stub_name` and the line for anything else.
std::vector<StubShard> parse_stub(std::string_view text, const std::string& stub_folder, const std::string& stub_name);

/// Reads and parses the stub file at `stub_path`. Throws DatabaseError.
std::vector<StubShard> read_stub(const std::string& stub_path);

}  // namespace quorum::index
