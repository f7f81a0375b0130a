/** @file served_archive.cpp @brief Builds and serves the test archive once. */
#include "tests/served_archive.h"

#include <filesystem>

#include "facets/facet_detector.h"
#include "indexer/indexer.h"
#include "tests/temp_dir.h"
#include "tests/test_paths.h"

namespace quorum::test {

void index_folders(const std::string& db_path, const std::vector<std::string>& roots) {
    const facets::FacetDetector detector;
    index::IndexOptions o;
    o.db_path = db_path;
    o.roots = roots;
    o.threads = 2;
    o.detect_facets = [&detector](const extract::Extraction& e, std::vector<Item>& items) { return detector.detect(e, items); };
    index::run_index(o);
}

std::unique_ptr<server::QuorumServer> start_server(const std::string& db_path, unsigned threads,
                                                   const server::ServeLimits& limits) {
    server::ServeOptions o;
    o.limits = limits;
    o.db_path = db_path;
    o.http.port = 0;
    o.http.threads = threads;
    return std::make_unique<server::QuorumServer>(o);
}

const ServedArchive& served_archive() {
    static TempDir dir;
    static std::unique_ptr<server::QuorumServer> server;
    static const ServedArchive archive = [] {
        namespace fs = std::filesystem;
        ServedArchive a;
        a.root = dir.str() + "/archive";
        a.db = dir.str() + "/db";
        fs::create_directories(a.root);
        for (const std::string sub : {"/pdf", "/html", "/text"})
            for (const auto& e : fs::directory_iterator(corpus_dir() + sub)) fs::copy_file(e.path(), a.root + "/" + e.path().filename().string());
        for (const auto& e : fs::directory_iterator(std::string(QUORUM_SOURCE_DIR) + "/tests/fixtures/hostile-minutes"))
            if (e.path().extension() != ".md") fs::copy_file(e.path(), a.root + "/" + e.path().filename().string());
        index_folders(a.db, {a.root});
        server = start_server(a.db);
        a.port = server->port();
        return a;
    }();
    return archive;
}

}  // namespace quorum::test
