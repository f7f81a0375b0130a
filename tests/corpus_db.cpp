/** @file corpus_db.cpp @brief Builds the shared corpus index once. */
#include "tests/corpus_db.h"

#include "facets/facet_detector.h"
#include "indexer/indexer.h"
#include "tests/temp_dir.h"
#include "tests/test_paths.h"

namespace quorum::test {

const std::string& corpus_db() {
    static TempDir dir;
    static const std::string path = [] {
        const facets::FacetDetector detector;
        index::IndexOptions o;
        o.db_path = dir.str() + "/db";
        for (const char* sub : {"pdf", "html", "text"}) o.roots.push_back(corpus_dir() + "/" + sub);
        o.detect_facets = [&detector](const extract::Extraction& e, std::vector<Item>& items) {
            return detector.detect(e, items);
        };
        index::run_index(o);
        return o.db_path;
    }();
    return path;
}

}  // namespace quorum::test
