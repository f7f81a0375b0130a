/** @file tcpsrv.cpp @brief Starting and stopping xapian-tcpsrv for the shard tests. */
#include "tests/tcpsrv.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <stdexcept>
#include <thread>
#include <vector>

extern char** environ;

namespace quorum::test {
namespace {

// A port the kernel has just handed out and released: free unless another process takes it
// before xapian-tcpsrv binds it (then the start is retried on another).
unsigned ephemeral_port() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) throw std::runtime_error("socket() failed");
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
        ::close(fd);
        throw std::runtime_error("cannot find a free loopback port");
    }
    ::close(fd);
    return ntohs(addr.sin_port);
}

bool accepts(unsigned port) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) return false;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(static_cast<uint16_t>(port));
    const bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
    ::close(fd);
    return ok;
}

std::string find_in_path(const std::string& name) {
    const char* path = std::getenv("PATH");
    std::string dirs = path ? path : "/usr/bin:/bin";
    size_t start = 0;
    for (;;) {
        const size_t colon = dirs.find(':', start);
        const std::filesystem::path candidate =
            std::filesystem::path(dirs.substr(start, colon == std::string::npos ? std::string::npos : colon - start)) /
            name;
        if (::access(candidate.c_str(), X_OK) == 0) return candidate.string();
        if (colon == std::string::npos) return {};
        start = colon + 1;
    }
}

// The path of the Xapian server `name` (xapian-tcpsrv, xapian-progsrv): see tcpsrv_or_skip().
std::string server_or_skip(const std::string& name) {
    const std::string found = find_in_path(name);
    if (!found.empty()) return found;
    const char* ci = std::getenv("CI");
    if (ci && std::string(ci) == "true")
        FAIL("CI=true but " + name + " is missing (Debian package xapian-tools; scripts/install-deps installs it)");
    std::cerr << "SKIPPED: " << name << " is missing, so the remote-shard tests that use it were not run "
                 "(install Debian's xapian-tools: scripts/install-deps)\n";
    std::exit(4);
}

}  // namespace

std::string tcpsrv_or_skip() { return server_or_skip("xapian-tcpsrv"); }

std::string progsrv_or_skip() { return server_or_skip("xapian-progsrv"); }

std::string progsrv_stub_line(const std::string& db) {
    if (db.find(' ') != std::string::npos) throw std::runtime_error("Xapian splits a stub's program line at spaces: " + db);
    return "remote :" + progsrv_or_skip() + " " + db;
}

TcpServer::TcpServer(const std::string& db) {
    const std::string program = tcpsrv_or_skip();
    for (int attempt = 0; attempt < 5; ++attempt) {
        const unsigned port = ephemeral_port();
        const std::string port_text = std::to_string(port);
        std::vector<std::string> args = {program, "--quiet", "--interface", "127.0.0.1", "--port", port_text, db};
        std::vector<char*> argv;
        for (auto& a : args) argv.push_back(a.data());
        argv.push_back(nullptr);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
        // A process group of its own: xapian-tcpsrv forks a child per connection, and kill() must
        // end those too (a shard "going down" while a client is connected).
        posix_spawnattr_t attributes;
        posix_spawnattr_init(&attributes);
        posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
        posix_spawnattr_setpgroup(&attributes, 0);
        pid_t pid = -1;
        const int rc = ::posix_spawn(&pid, program.c_str(), &actions, &attributes, argv.data(), environ);
        posix_spawn_file_actions_destroy(&actions);
        posix_spawnattr_destroy(&attributes);
        if (rc != 0) throw std::runtime_error("cannot start " + program);
        // Ready when it accepts; gone (the port was taken meanwhile) means try another port.
        for (int wait = 0; wait < 100; ++wait) {
            int status = 0;
            if (::waitpid(pid, &status, WNOHANG) == pid) {
                pid = -1;
                break;
            }
            if (accepts(port)) {
                pid_ = pid;
                port_ = port;
                return;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        if (pid > 0) {
            ::kill(-pid, SIGKILL);
            ::waitpid(pid, nullptr, 0);
        }
    }
    throw std::runtime_error("xapian-tcpsrv did not start serving " + db);
}

TcpServer::~TcpServer() { kill(); }

void TcpServer::kill() {
    if (pid_ <= 0) return;
    ::kill(-pid_, SIGKILL);  // the server and the children serving its connections
    ::waitpid(pid_, nullptr, 0);
    pid_ = -1;
}

std::string TcpServer::name() const { return "127.0.0.1:" + std::to_string(port_); }

std::string TcpServer::stub_line() const { return "remote " + name(); }

}  // namespace quorum::test
