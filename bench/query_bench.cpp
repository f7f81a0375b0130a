/** @file query_bench.cpp @brief Times quorum::query::search in process, warm, on a fixed query mix; prints latency percentiles as JSON. */
#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "query/query_error.h"
#include "query/searcher.h"

namespace {

namespace qq = quorum::query;
using Clock = std::chrono::steady_clock;

constexpr const char* kUsage =
    "usage: query_bench --db DIR --queries FILE [--repetitions N]\n"
    "  Runs every query of FILE (TSV: kind, query, council, topic, from, to; '#' lines ignored)\n"
    "  once as a warm-up, then N times (default 5), each with facet counts and 10 results, in\n"
    "  process on one open database. Prints JSON: p50/p95/p99 milliseconds over all timed runs\n"
    "  and per kind, and the number of matches of each query.\n";

struct Options {
    std::string db, queries;
    int repetitions = 5;
};

struct BenchQuery {
    std::string kind;
    qq::SearchRequest request;
};

std::vector<std::string> split_tabs(const std::string& line) {
    std::vector<std::string> cols;
    std::stringstream in(line);
    std::string col;
    while (std::getline(in, col, '\t')) cols.push_back(col);
    while (cols.size() < 6) cols.emplace_back();
    return cols;
}

std::vector<BenchQuery> read_queries(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot read query file " + path);
    std::vector<BenchQuery> out;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        const auto c = split_tabs(line);
        BenchQuery q;
        q.kind = c[0];
        q.request.query = c[1];
        if (!c[2].empty()) q.request.filters.councils.push_back(c[2]);
        if (!c[3].empty()) q.request.filters.topics.push_back(c[3]);
        q.request.filters.from = c[4];
        q.request.filters.to = c[5];
        q.request.limit = 10;
        q.request.facets = true;
        out.push_back(std::move(q));
    }
    if (out.empty()) throw std::runtime_error("no queries in " + path);
    return out;
}

Options parse_options(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--help" || arg == "-h") {
            std::cout << kUsage;
            std::exit(0);
        } else if (arg == "--db" && i + 1 < argc) {
            o.db = argv[++i];
        } else if (arg == "--queries" && i + 1 < argc) {
            o.queries = argv[++i];
        } else if (arg == "--repetitions" && i + 1 < argc) {
            o.repetitions = std::max(1, std::atoi(argv[++i]));
        } else {
            std::cerr << "query_bench: unknown argument " << arg << "\n" << kUsage;
            std::exit(2);
        }
    }
    if (o.db.empty() || o.queries.empty()) {
        std::cerr << kUsage;
        std::exit(2);
    }
    return o;
}

/// The value at fraction p (0..1) of sorted samples, nearest rank.
double percentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    const size_t rank = static_cast<size_t>(p * static_cast<double>(v.size()) + 0.999999);
    return v[std::min(v.size() - 1, rank == 0 ? 0 : rank - 1)];
}

nlohmann::json summary(const std::vector<double>& ms) {
    return {{"n", ms.size()}, {"p50", percentile(ms, 0.50)}, {"p95", percentile(ms, 0.95)}, {"p99", percentile(ms, 0.99)}};
}

}  // namespace

int main(int argc, char** argv) {
    const Options o = parse_options(argc, argv);
    try {
        const auto queries = read_queries(o.queries);
        const Xapian::Database db(o.db);
        nlohmann::json matches = nlohmann::json::array();
        for (const auto& q : queries) matches.push_back(qq::search(db, q.request).total);  // warm-up pass
        std::vector<double> all;
        std::map<std::string, std::vector<double>> by_kind;
        for (int r = 0; r < o.repetitions; ++r) {
            for (const auto& q : queries) {
                const auto start = Clock::now();
                const auto results = qq::search(db, q.request);
                const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
                if (results.facets.empty()) throw std::runtime_error("no facet counts for query " + q.request.query);
                all.push_back(ms);
                by_kind[q.kind].push_back(ms);
            }
        }
        nlohmann::json out = {{"documents", db.get_doccount()}, {"queries", queries.size()},
                              {"repetitions", o.repetitions}, {"all", summary(all)}, {"matches", matches}};
        for (const auto& [kind, ms] : by_kind) out["by_kind"][kind] = summary(ms);
        std::cout << out.dump(1) << "\n";
    } catch (const qq::QueryError& e) {
        std::cerr << "query_bench: bad query in " << o.queries << ": " << e.what() << "\n";
        return 2;
    } catch (const Xapian::Error& e) {
        std::cerr << "query_bench: " << o.db << ": " << e.get_description() << "\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "query_bench: " << e.what() << "\n";
        return 2;
    }
    return 0;
}
