/** @file worker_process.h @brief One supervised helper process: started with posix_spawn, asked one file at a time, killed when it overruns. */
#pragma once

#include <sys/types.h>

#include <chrono>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace quorum::isolation {

/// The helper's channel is this file descriptor in the child (a Unix stream socket).
constexpr int kWorkerChannelFd = 3;

/// How to start a worker: `program` with `args` (argv[1] onwards), in this process's
/// environment with `extra_environment` ("NAME=value") added or replacing.
struct WorkerCommand {
    std::string program;
    std::vector<std::string> args;
    std::vector<std::string> extra_environment;
};

/// What happened to one request.
struct CallResult {
    enum class Kind {
        Replied,   ///< `reply` holds the worker's answer
        Died,      ///< the worker ended before answering; `wait_status` says how
        TimedOut,  ///< no answer before the deadline; the worker was killed
    };
    Kind kind = Kind::Died;
    nlohmann::json reply;
    int wait_status = 0;           ///< as from waitpid(), when Died
    long peak_rss_mb = 0;          ///< the worker's peak resident memory over its life, when Died
    bool died_idle = false;        ///< Died before it could have read the request (it was already gone)
};

/// Owns one child process and its channel. Not thread-safe: one caller at a time.
class WorkerProcess {
public:
    /// Starts `command` in its own process group, stdin and stdout on /dev/null, stderr shared,
    /// its channel on kWorkerChannelFd. Safe in a threaded process (posix_spawn, close-on-exec
    /// sockets). Throws std::system_error naming the program when it cannot be started.
    static std::unique_ptr<WorkerProcess> start(const WorkerCommand& command);

    /// Kills (SIGKILL) and reaps the child if it is still there.
    ~WorkerProcess();
    WorkerProcess(const WorkerProcess&) = delete;
    WorkerProcess& operator=(const WorkerProcess&) = delete;

    /// Sends `path`, `bytes` and `hints` (worker_protocol.h), waits up to `timeout` for the
    /// reply. After Died or TimedOut the process is gone and alive() is false.
    CallResult call(std::string_view path, std::string_view bytes, std::string_view hints,
                    std::chrono::milliseconds timeout);

    bool alive() const { return pid_ > 0; }
    pid_t pid() const { return pid_; }

private:
    WorkerProcess(pid_t pid, int fd) : pid_(pid), fd_(fd) {}
    struct Ending {
        int wait_status = 0;
        long peak_rss_mb = 0;
    };
    Ending reap();  ///< waits for the child (SIGKILL after a grace period)
    Ending kill_and_reap();
    Ending collect(int options);  ///< wait4(); pid_ becomes -1 when the child was collected

    pid_t pid_;
    int fd_;
};

/// "SIGSEGV (Segmentation fault)" or "exit status 3", for messages.
std::string describe_wait_status(int wait_status);

}  // namespace quorum::isolation
