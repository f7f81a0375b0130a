/** @file tcpsrv.h @brief Xapian's remote servers for tests: xapian-tcpsrv processes (one per shard, on loopback, on an ephemeral port, killed when the test ends) and xapian-progsrv stub lines. */
#pragma once

#include <sys/types.h>

#include <string>

namespace quorum::test {

/// Returns the path of xapian-tcpsrv. When it is missing the calling test FAILS under CI=true,
/// and elsewhere prints "SKIPPED: ..." and exits with status 4 (ctest reports Skipped).
std::string tcpsrv_or_skip();

/// The path of xapian-progsrv, or as tcpsrv_or_skip() when it is missing.
std::string progsrv_or_skip();

/// "remote :/usr/bin/xapian-progsrv DB", a stub file's line that has Xapian start
/// xapian-progsrv on `db` and talk to it on its standard input and output (the line for
/// `ssh HOST xapian-progsrv DB` without the ssh). Throws when `db` holds a space, which Xapian
/// would split the arguments at.
std::string progsrv_stub_line(const std::string& db);

/// One xapian-tcpsrv serving `db` on 127.0.0.1 at a free port, ready to accept when constructed
/// (throws std::runtime_error when it cannot be started within a few seconds).
class TcpServer {
public:
    explicit TcpServer(const std::string& db);
    ~TcpServer();
    TcpServer(const TcpServer&) = delete;
    TcpServer& operator=(const TcpServer&) = delete;

    unsigned port() const { return port_; }
    /// "remote 127.0.0.1:PORT", a stub file's line for this server.
    std::string stub_line() const;
    /// "127.0.0.1:PORT", the shard's name in answers.
    std::string name() const;
    /// Kills the server and the children serving its open connections (SIGKILL to its process
    /// group) and waits for it.
    void kill();

private:
    pid_t pid_ = -1;
    unsigned port_ = 0;
};

}  // namespace quorum::test
