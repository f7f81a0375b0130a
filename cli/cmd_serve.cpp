/** @file cmd_serve.cpp @brief `quorum serve`: the index in a web browser and a JSON API, until Ctrl-C. */
#include <csignal>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "indexer/database.h"
#include "server/app.h"

namespace quorum::cli {
namespace {

struct ServeCliOptions {
    std::string db;
    std::string db_positional;
    server::ServeOptions serve;
    size_t census_cache_mb = server::ServeOptions{}.census_cache_bytes >> 20;
};

int run(ServeCliOptions& o) {
    if (!o.db.empty() && !o.db_positional.empty()) {
        std::cerr << "quorum serve: give the index once, as --db DIR or as PATH, not both\n";
        return kExitUsage;
    }
    o.serve.db_path = index::resolve_db_path(o.db.empty() ? o.db_positional : o.db);
    o.serve.census_cache_bytes = o.census_cache_mb << 20;
    // Block SIGINT and SIGTERM before the server's threads start (they inherit the mask), so
    // that this thread alone receives them and can stop the server cleanly.
    sigset_t stop_signals;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGINT);
    sigaddset(&stop_signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
    std::unique_ptr<server::QuorumServer> srv;
    try {
        srv = std::make_unique<server::QuorumServer>(o.serve);
    } catch (const index::DatabaseError& e) {
        std::cerr << "quorum serve: " << e.what() << "\n";
        return kExitUsage;
    } catch (const server::ServerError& e) {
        std::cerr << "quorum serve: " << e.what() << "\n";
        return kExitUsage;
    }
    std::cout << "Serving " << o.serve.db_path << " at " << srv->url() << "\n"
              << "Open " << srv->url() << " in a browser (JSON API: " << srv->url() << "api/search?q=...). "
              << "Ctrl-C stops." << std::endl;
    int signal = 0;
    sigwait(&stop_signals, &signal);
    srv.reset();
    std::cout << "Stopped." << std::endl;
    return kExitOk;
}

}  // namespace

Runner add_serve_command(CLI::App& app) {
    auto o = std::make_shared<ServeCliOptions>();
    CLI::App* cmd = app.add_subcommand(
        "serve",
        "Serve the index in a web browser and as a JSON API: search with facets and a timeline,\n"
        "decisions, mentions, meeting pages and the original files (read-only; GET and HEAD only).\n"
        "Keeps serving while `quorum index` updates the index: each request sees the latest commit.\n\n"
        "Examples:\n"
        "  quorum serve --db minutes-db                  then open http://127.0.0.1:8080/\n"
        "  quorum serve --db minutes-db --port 9000\n"
        "  quorum serve --db minutes-db --bind 0.0.0.0   reachable from other machines\n"
        "  curl 'http://127.0.0.1:8080/api/search?q=cctv&council=eastmere'\n\n"
        "Exit status: 0 stopped by Ctrl-C or SIGTERM, 2 no index, bad option or the port is in use.");
    cmd->add_option("path", o->db_positional, "Index folder or Xapian stub file (same as --db)")->type_name("PATH");
    cmd->add_option("--db", o->db, "Index folder or stub file (default: $QUORUM_DB, else ./quorum-db)")->type_name("DIR");
    cmd->add_option("--bind", o->serve.http.bind, "Address to listen on (default 127.0.0.1: this machine only)");
    cmd->add_option("--port", o->serve.http.port, "Port (default 8080; 0 picks a free one)")->check(CLI::Range(0, 65535));
    cmd->add_option("--threads", o->serve.http.threads, "Worker threads (default 4)")->check(CLI::Range(1, 256));
    cmd->add_option("--connections-per-client", o->serve.http.per_ip_connections,
                    "Open connections one client address may hold (default 16; behind a reverse proxy every "
                    "client shares its address)")
        ->check(CLI::Range(1, 10000));
    cmd->add_option("--max-query", o->serve.limits.max_query_chars, "Longest query accepted, in characters (default 1000)");
    cmd->add_option("--max-page-size", o->serve.limits.max_page_size, "Most results per page (default 100)");
    cmd->add_option("--max-seconds", o->serve.limits.max_seconds, "Time limit per request, in seconds (default 10): the work stops there and the answer is a 503");
    cmd->add_option("--census-cache", o->census_cache_mb,
                    "Memory for facet counts kept between requests, in MB (default 32; 0 turns it off): a search "
                    "asked again at the same revision of the index reuses its counts")
        ->check(CLI::Range(0, 65536));
    return [o] { return run(*o); };
}

}  // namespace quorum::cli
