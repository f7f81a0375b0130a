/** @file facet_detector.h @brief All of a document's facets, in order of precedence: the user's manifest and folder defaults, the file's structure and metadata, then its text. */
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "extractors/extraction.h"
#include "facets/gazetteer.h"
#include "facets/taxonomy.h"
#include "facets/user_facets.h"
#include "schema/records.h"

namespace quorum::facets {

/// The version of the detection rules: bump it with a change to how facets are detected (not
/// to the data tables, which the configuration includes anyway), so that the next
/// `quorum index` re-labels every document from its cached extraction.
inline constexpr int kFacetRulesVersion = 8;  // 8 (session 12): people rules (job fields, movers, letters; issue 17), named votes as identities (issue 15), and every document re-built with its sampling-level term (schema/sample_level.h; issue 20); 7 (session 11): named votes from roll-call tables and as terms (issue 15), date/type/body/council rules (issue 16), people rules (issue 17); 3: topics keep their evidence (issue 16); 4: people identities per council (issue 17); 5: meetings within a file (issue 15); 6 (session 10): body, type and date rules (issue 16), attendance labels by layout (issue 17), where decisions end and named votes (issue 15)

struct FacetOptions {
    std::string manifest_path;   ///< optional CSV or JSON-lines manifest (docs/facets.md)
    std::string taxonomy_path;   ///< optional user taxonomy TSV added to the built-in one
    bool prefer_mdy = false;     ///< numeric dates month-first (US archives)
    std::string people_path;     ///< optional people file: "variant<TAB>name" rows (facets/people/people_file.h)
};

/// Loads the data once; detect() is thread-safe.
class FacetDetector {
public:
    /// Throws std::runtime_error naming the file when a manifest or taxonomy cannot be read.
    explicit FacetDetector(const FacetOptions& options = {});
    ~FacetDetector();

    /// The document's facets; also fills each item's topics. The file name is never evidence
    /// unless the user's manifest says so.
    DocumentFacets detect(const extract::Extraction& extraction, std::vector<Item>& items) const;

    /// What every file's facets depend on besides the file and its own user facets: the rules
    /// version, the date order, the built-in and user taxonomies and the gazetteer, as text.
    /// A change to it means every document may need re-labelling.
    std::string shared_configuration() const;

    /// What the user states for the file at `path` (its manifest row, filled in by folder
    /// defaults), or nullopt; detect() puts these first.
    std::optional<UserFacets> stated_facets(const std::string& path) const;

    /// Notes for the user about the configuration as loaded (a manifest's columns that were
    /// read past), each a sentence naming the file.
    std::vector<std::string> notes() const;

    /// One identity per person within each council, across documents (identities.h), the
    /// people file's names kept as the user gave them.
    std::map<std::string, std::map<std::string, std::string>> person_identities(
        const std::vector<std::pair<std::string, std::vector<std::string>>>& names_by_document) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace quorum::facets
