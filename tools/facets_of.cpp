/** @file facets_of.cpp @brief Prints the date, councils, body and document type Quorum detects for each file named, one TSV line per file: for trying rules on invented layouts. */
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "extractors/registry.h"
#include "facets/facet_detector.h"
#include "indexer/indexer.h"

namespace {

std::string joined(const std::vector<quorum::FacetValue>& values) {
    std::string out;
    for (const auto& v : values) out += (out.empty() ? "" : "; ") + v.value;
    return out;
}

}  // namespace

// Usage: facets_of FILE...
// Output: "path date councils body doc_type" per file, as the index would label it (default
// options: no manifest, no user taxonomy). A file that cannot be read is named on stderr; exit 1.
int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: facets_of FILE...\n"
                     "Prints each file's detected date, councils, body and document type (TSV).\n";
        return 2;
    }
    const quorum::extract::Registry registry;
    const quorum::facets::FacetDetector detector;
    int status = 0;
    for (int i = 1; i < argc; ++i) {
        const std::string path = argv[i];
        try {
            const auto x = registry.extract_file(path);
            const auto f = quorum::index::make_record(x, {}, [&](const quorum::extract::Extraction& e,
                                                              std::vector<quorum::Item>& items) {
                               return detector.detect(e, items);
                           }).facets;
            std::cout << path << '\t' << joined(f.dates) << '\t' << joined(f.councils) << '\t' << joined(f.bodies) << '\t'
                      << joined(f.doc_types) << '\n';
        } catch (const std::exception& e) {
            std::cerr << "facets_of: " << path << ": " << e.what() << "\n";
            status = 1;
        }
    }
    return status;
}
