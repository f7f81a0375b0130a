/** @file date_candidates.cpp @brief Prints every meeting-date candidate of the files named, with its features, as TSV: the training data of tools/fit_meeting_date_weights.py. */
#include <exception>
#include <iostream>
#include <string>

#include "extractors/registry.h"
#include "facets/meeting_date.h"

// Usage: date_candidates FILE...
// Output: a header line "path iso order score <feature names...>", then one line per candidate.
// A file that cannot be read is reported on stderr and gives no lines; the exit code is then 1.
int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: date_candidates FILE...\n"
                     "Prints each file's meeting-date candidates with their features (TSV).\n";
        return 2;
    }
    const quorum::extract::Registry registry;
    std::cout << "path\tiso\torder\tscore";
    for (const auto& name : quorum::facets::meeting_date_feature_names()) std::cout << '\t' << name;
    std::cout << '\n';
    int status = 0;
    for (int i = 1; i < argc; ++i) {
        const std::string path = argv[i];
        try {
            const auto x = registry.extract_file(path);
            for (const auto& c : quorum::facets::meeting_date_candidates(x)) {
                std::cout << path << '\t' << c.iso << '\t' << c.order << '\t' << c.score;
                for (double f : c.features) std::cout << '\t' << f;
                std::cout << '\n';
            }
        } catch (const std::exception& e) {
            std::cerr << "date_candidates: " << path << ": " << e.what() << "\n";
            status = 1;
        }
    }
    return status;
}
