/** @file catalogue.h @brief The catalogue of a sharded index: what each shard holds (councils, years, documents, schema version), for people and for pruning. */
#pragma once

#include <string>
#include <vector>

namespace quorum::index {

struct CatalogueEntry {
    std::string name;                  ///< "eastmere", "2021", "hash-2-of-4"
    std::string path;                  ///< as the stub lists it, relative to the sharded folder
    std::vector<std::string> councils; ///< every council value its documents carry (sorted)
    std::vector<std::string> years;    ///< every meeting year ("YYYY", sorted)
    unsigned long long undated = 0;    ///< documents with no meeting date
    unsigned long long documents = 0;
    int schema_version = 0;
};

struct Catalogue {
    std::string shard_by;  ///< "council", "year" or "hash:N"
    std::vector<CatalogueEntry> shards;
};

/// The catalogue's file name inside a sharded index folder.
inline constexpr const char* kCatalogueFile = "shards.json";

/// The JSON text of `catalogue` (docs/scale-out.md describes it).
std::string catalogue_json(const Catalogue& catalogue);

/// Parses a catalogue; throws DatabaseError naming `source` when it is not one.
Catalogue parse_catalogue(const std::string& text, const std::string& source);

/// Writes `catalogue` to `folder`/shards.json (through a temporary file and a rename).
void write_catalogue(const std::string& folder, const Catalogue& catalogue);

/// The catalogue in `folder`, or an empty one (no shards) when there is none.
Catalogue read_catalogue(const std::string& folder);

/// What a query's filter flags say about the documents it can match, for pruning shards.
struct ShardFilter {
    std::vector<std::string> councils;  ///< --council values as typed; empty: any council
    std::string from, to;               ///< --from / --to as typed; empty: open
};

/// For each catalogue shard (in order), whether a query under `filter` can match anything
/// in it. Conservative: a council value that names no catalogue council exactly (after the
/// same normalisation as facet terms) prunes nothing, since the query may still resolve it
/// loosely; a shard holding undated documents stays for a date filter (the answer counts the
/// undated matches it leaves out).
std::vector<bool> shards_that_can_match(const Catalogue& catalogue, const ShardFilter& filter);

}  // namespace quorum::index
