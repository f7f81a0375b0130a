/** @file worker_process.cpp @brief posix_spawn of a worker on a socketpair; one request at a time with a wall-clock deadline. */
#include "isolation/worker_process.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <system_error>
#include <thread>
#include <utility>

#include "isolation/worker_protocol.h"

extern char** environ;

namespace quorum::isolation {
namespace {

// posix_spawn's file actions and attributes, destroyed on every path out.
struct SpawnSetup {
    posix_spawn_file_actions_t actions;
    posix_spawnattr_t attributes;
    SpawnSetup() {
        posix_spawn_file_actions_init(&actions);
        posix_spawnattr_init(&attributes);
    }
    ~SpawnSetup() {
        posix_spawn_file_actions_destroy(&actions);
        posix_spawnattr_destroy(&attributes);
    }
    SpawnSetup(const SpawnSetup&) = delete;
    SpawnSetup& operator=(const SpawnSetup&) = delete;
};

// A file descriptor closed when it goes out of scope unless released.
class Fd {
public:
    explicit Fd(int fd) : fd_(fd) {}
    ~Fd() {
        if (fd_ >= 0) ::close(fd_);
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    int get() const { return fd_; }
    int release() { return std::exchange(fd_, -1); }

private:
    int fd_;
};

[[noreturn]] void fail(int error, const std::string& what) { throw std::system_error(error, std::generic_category(), what); }

}  // namespace

std::unique_ptr<WorkerProcess> WorkerProcess::start(const WorkerCommand& command) {
    int sv[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0) fail(errno, "socketpair for an extraction worker");
    Fd parent_end(sv[0]), first_child_end(sv[1]);
    // dup2 onto itself would leave close-on-exec set, so the child's end must not already be fd 3.
    Fd child_end(first_child_end.get() == kWorkerChannelFd
                     ? ::fcntl(first_child_end.get(), F_DUPFD_CLOEXEC, kWorkerChannelFd + 1)
                     : first_child_end.release());
    if (child_end.get() < 0) fail(errno, "fcntl F_DUPFD_CLOEXEC");
    if (::fcntl(parent_end.get(), F_SETFL, O_NONBLOCK) != 0) fail(errno, "fcntl O_NONBLOCK");

    SpawnSetup setup;
    posix_spawn_file_actions_adddup2(&setup.actions, child_end.get(), kWorkerChannelFd);
    posix_spawn_file_actions_addopen(&setup.actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&setup.actions, 1, "/dev/null", O_WRONLY, 0);
    // Its own process group, so a Ctrl-C at the terminal reaches the indexer (which finishes
    // cleanly) but not the workers (which would otherwise die mid-file and be recorded as crashes).
    sigset_t empty, defaults;
    sigemptyset(&empty);
    sigemptyset(&defaults);
    for (int s : {SIGINT, SIGTERM, SIGPIPE, SIGXCPU}) sigaddset(&defaults, s);
    posix_spawnattr_setpgroup(&setup.attributes, 0);
    posix_spawnattr_setsigmask(&setup.attributes, &empty);
    posix_spawnattr_setsigdefault(&setup.attributes, &defaults);
    posix_spawnattr_setflags(&setup.attributes, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);

    // The environment: ours, with the extra variables replacing any of the same name.
    std::vector<std::string> environment;
    for (char** e = environ; *e; ++e) {
        const std::string entry = *e;
        bool replaced = false;
        for (const auto& extra : command.extra_environment)
            replaced = replaced || entry.compare(0, extra.find('=') + 1, extra, 0, extra.find('=') + 1) == 0;
        if (!replaced) environment.push_back(entry);
    }
    for (const auto& extra : command.extra_environment) environment.push_back(extra);
    std::vector<char*> envp;
    for (auto& e : environment) envp.push_back(e.data());
    envp.push_back(nullptr);

    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(command.program.c_str()));
    for (const auto& a : command.args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    pid_t pid = 0;
    const int error = ::posix_spawn(&pid, command.program.c_str(), &setup.actions, &setup.attributes, argv.data(), envp.data());
    if (error != 0) fail(error, "cannot start the extraction worker " + command.program);
    return std::unique_ptr<WorkerProcess>(new WorkerProcess(pid, parent_end.release()));
}

WorkerProcess::~WorkerProcess() {
    if (alive()) kill_and_reap();
    if (fd_ >= 0) ::close(fd_);
}

CallResult WorkerProcess::call(std::string_view path, std::string_view bytes, std::string_view hints,
                               std::chrono::milliseconds timeout) {
    CallResult result;
    const Deadline deadline = Clock::now() + timeout;
    const IoStatus sent = send_request(fd_, path, bytes, hints, deadline);
    if (sent == IoStatus::TimedOut) {
        result.kind = CallResult::Kind::TimedOut;
        kill_and_reap();
        return result;
    }
    // Even when sending failed, a reply may be waiting (a worker that refused a request it
    // could not hold answers and then goes): read before concluding that it died.
    ReplyResult reply;
    try {
        // Progress messages (a page OCR'd) come before the reply: each goes to this thread's
        // OCR page listener.
        reply = receive_reply(fd_, deadline);
        while (reply.status == IoStatus::Ok) {
            const auto page = ocr_page_of(reply.reply);
            if (!page) break;
            extract::report_ocr_page(*page);
            reply = receive_reply(fd_, deadline);
        }
    } catch (const std::runtime_error&) {
        reply.status = IoStatus::Closed;  // a garbled stream: treat the worker as broken
        kill_and_reap();
    }
    if (reply.status == IoStatus::Ok) {
        result.kind = CallResult::Kind::Replied;
        result.reply = std::move(reply.reply);
        return result;
    }
    if (reply.status == IoStatus::TimedOut) {
        result.kind = CallResult::Kind::TimedOut;
        kill_and_reap();
        return result;
    }
    result.kind = CallResult::Kind::Died;
    result.died_idle = sent == IoStatus::Closed;
    if (alive()) {
        const Ending ending = reap();
        result.wait_status = ending.wait_status;
        result.peak_rss_mb = ending.peak_rss_mb;
    }
    return result;
}

WorkerProcess::Ending WorkerProcess::collect(int options) {
    Ending ending;
    rusage usage{};
    pid_t r;
    while ((r = ::wait4(pid_, &ending.wait_status, options, &usage)) < 0 && errno == EINTR) {
    }
    if (r == pid_ || r < 0) pid_ = -1;  // collected (or not ours to collect any more)
    ending.peak_rss_mb = usage.ru_maxrss / 1024;
    return ending;
}

WorkerProcess::Ending WorkerProcess::reap() {
    // The channel is closed, so the child is ending; give it a moment before forcing it.
    for (int waited_ms = 0; waited_ms < 2000; waited_ms += 5) {
        const Ending ending = collect(WNOHANG);
        if (!alive()) return ending;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return kill_and_reap();
}

WorkerProcess::Ending WorkerProcess::kill_and_reap() {
    ::kill(pid_, SIGKILL);
    return collect(0);
}

std::string describe_wait_status(int wait_status) {
    if (WIFSIGNALED(wait_status)) {
        const int s = WTERMSIG(wait_status);
        const char* abbrev = sigabbrev_np(s);
        return std::string(abbrev ? "SIG" + std::string(abbrev) : "signal " + std::to_string(s)) + " (" +
               strsignal(s) + ")";
    }
    if (WIFEXITED(wait_status)) return "exit status " + std::to_string(WEXITSTATUS(wait_status));
    return "wait status " + std::to_string(wait_status);
}

}  // namespace quorum::isolation
