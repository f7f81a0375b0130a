/** @file data_tables.h @brief The data tables shipped in schema/data/, compiled into the binary. */
#pragma once

#include <string_view>

namespace quorum::schema {

/// schema/data/gazetteer.tsv as it was at build time.
std::string_view gazetteer_tsv();

/// schema/data/taxonomy.tsv as it was at build time.
std::string_view taxonomy_tsv();

/// schema/data/synonyms.tsv as it was at build time.
std::string_view synonyms_tsv();

}  // namespace quorum::schema
