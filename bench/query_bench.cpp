/** @file query_bench.cpp @brief Times quorum::query::search in process, warm, on a fixed query mix; prints latency percentiles as JSON. */
#include <xapian.h>

#include <algorithm>
#include <cmath>
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
    "  Runs every query of FILE (TSV: kind, query, council, topic, from, to, and optionally sort:\n"
    "  date or -date; '#' lines ignored)\n"
    "  once as a warm-up, then N times (default 5), each with facet counts and 10 results, in\n"
    "  process on one open database. Prints JSON: p50/p95/p99 milliseconds over all timed runs\n"
    "  and per kind, the number of matches of each query, and per query its median and whether\n"
    "  its counts were exact or sampled.\n"
    "  --exact-up-to N, --sample-candidates N, --min-sample-matches N, --max-candidates N\n"
    "  override the census limits (query/match_census.h) to try others; --exact-counts counts\n"
    "  every match, as `quorum search --exact-counts` does. --compare-exact also runs each query\n"
    "  with exact counts and reports how far the estimated ones were (\"estimates\").\n";

struct Options {
    std::string db, queries;
    int repetitions = 5;
    qq::CensusLimits limits;
    bool exact_counts = false;
    bool compare_exact = false;
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

std::vector<BenchQuery> read_queries(const std::string& path, const Options& o) {
    // As `quorum search` does: the census on a second handle, beside the page.
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
        // An optional seventh column sorts by date: "date" (oldest first) or "-date" (newest first).
        if (c.size() > 6 && c[6] == "date") q.request.sort = qq::SortOrder::DateAscending;
        if (c.size() > 6 && c[6] == "-date") q.request.sort = qq::SortOrder::DateDescending;
        q.request.limit = 10;
        q.request.facets = true;
        q.request.census_limits = o.limits;
        q.request.exact_counts = o.exact_counts;
        q.request.db_path = o.db;
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
        } else if (arg == "--exact-up-to" && i + 1 < argc) {
            o.limits.exact_up_to = static_cast<Xapian::doccount>(std::atol(argv[++i]));
        } else if (arg == "--sample-candidates" && i + 1 < argc) {
            o.limits.sample_candidates = static_cast<Xapian::doccount>(std::atol(argv[++i]));
        } else if (arg == "--min-sample-matches" && i + 1 < argc) {
            o.limits.min_sample_matches = static_cast<Xapian::doccount>(std::atol(argv[++i]));
        } else if (arg == "--max-candidates" && i + 1 < argc) {
            o.limits.max_candidates = static_cast<Xapian::doccount>(std::atol(argv[++i]));
        } else if (arg == "--exact-counts") {
            o.exact_counts = true;
        } else if (arg == "--compare-exact") {
            o.compare_exact = true;
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

// How far each sampled query's estimates were from its exact counts: the total's relative error,
// and for each facet's five largest exact values the relative error of their estimates (a value
// missing from the estimate counts as 100%) and how many of them the estimate's top five kept.
nlohmann::json compare_with_exact(const Xapian::Database& db, const std::vector<BenchQuery>& queries,
                                  const std::vector<qq::SearchResults>& estimated) {
    std::vector<double> total_errors, value_errors, kept;
    for (size_t i = 0; i < queries.size(); ++i) {
        if (estimated[i].facets_exact) continue;
        qq::SearchRequest exact_request = queries[i].request;
        exact_request.exact_counts = true;
        const auto exact = qq::search(db, exact_request);
        if (exact.total) total_errors.push_back(std::abs(double(estimated[i].total) - exact.total) / exact.total);
        for (const auto& [facet, counts] : exact.facets) {
            auto top = [](const std::map<std::string, Xapian::doccount>& m) {
                std::vector<std::pair<Xapian::doccount, std::string>> v;
                for (const auto& [value, n] : m) v.emplace_back(n, value);
                std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
                if (v.size() > 5) v.resize(5);
                return v;
            };
            const auto est_it = estimated[i].facets.find(facet);
            const std::map<std::string, Xapian::doccount> none;
            const auto& est = est_it == estimated[i].facets.end() ? none : est_it->second;
            const auto exact_top = top(counts), est_top = top(est);
            if (exact_top.empty()) continue;
            size_t in_both = 0;
            for (const auto& [n, value] : exact_top) {
                const auto e = est.find(value);
                value_errors.push_back(std::abs(double(e == est.end() ? 0 : e->second) - n) / n);
                for (const auto& [m, other] : est_top) in_both += other == value;
            }
            kept.push_back(double(in_both) / exact_top.size());
        }
    }
    auto mean = [](const std::vector<double>& v) {
        double sum = 0;
        for (double x : v) sum += x;
        return v.empty() ? 0.0 : sum / v.size();
    };
    return {{"sampled_queries", total_errors.size()},
            {"total_error_median", total_errors.empty() ? 0.0 : percentile(total_errors, 0.5)},
            {"total_error_max", total_errors.empty() ? 0.0 : percentile(total_errors, 1.0)},
            {"top5_value_error_mean", mean(value_errors)},
            {"top5_value_error_median", value_errors.empty() ? 0.0 : percentile(value_errors, 0.5)},
            {"top5_kept_mean", mean(kept)}};
}

}  // namespace

int main(int argc, char** argv) {
    const Options o = parse_options(argc, argv);
    try {
        const auto queries = read_queries(o.queries, o);
        const Xapian::Database db(o.db);
        nlohmann::json matches = nlohmann::json::array();
        nlohmann::json per_query = nlohmann::json::array();
        std::vector<qq::SearchResults> first_results;
        for (const auto& q : queries) {  // warm-up pass
            const auto results = qq::search(db, q.request);
            first_results.push_back(results);
            matches.push_back(results.total);
            per_query.push_back({{"kind", q.kind}, {"query", q.request.query}, {"total", results.total},
                                 {"exact", results.facets_exact}, {"sampled", results.facets_sampled}});
        }
        std::vector<double> all;
        std::map<std::string, std::vector<double>> by_kind;
        std::vector<std::vector<double>> by_query(queries.size());
        for (int r = 0; r < o.repetitions; ++r) {
            for (size_t i = 0; i < queries.size(); ++i) {
                const auto& q = queries[i];
                const auto start = Clock::now();
                const auto results = qq::search(db, q.request);
                const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
                if (results.facets.empty()) throw std::runtime_error("no facet counts for query " + q.request.query);
                all.push_back(ms);
                by_kind[q.kind].push_back(ms);
                by_query[i].push_back(ms);
            }
        }
        for (size_t i = 0; i < queries.size(); ++i) per_query[i]["p50"] = percentile(by_query[i], 0.5);
        nlohmann::json out = {{"documents", db.get_doccount()}, {"queries", queries.size()},
                              {"repetitions", o.repetitions}, {"all", summary(all)}, {"matches", matches},
                              {"per_query", per_query}};
        for (const auto& [kind, ms] : by_kind) out["by_kind"][kind] = summary(ms);
        if (o.compare_exact) out["estimates"] = compare_with_exact(db, queries, first_results);
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
