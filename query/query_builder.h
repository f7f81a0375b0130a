/** @file query_builder.h @brief The query language: Xapian's QueryParser configured from the schema, with strict syntax checks. */
#pragma once

#include <xapian.h>

#include <memory>
#include <string>
#include <vector>

namespace quorum::query {

/// The most index words one trailing wildcard may expand to ("licens*"); beyond it the query
/// is refused with a QueryError asking for a longer prefix.
inline constexpr Xapian::termcount kMaxWildcardExpansion = 5000;

/// Filters given as command-line flags; each does what the matching prefix does in a query.
struct Filters {
    std::vector<std::string> councils, bodies, officers, topics, types;
    std::vector<std::string> people, roles, speakers;  ///< person:, role:, speaker: as flags
    std::string from, to;  ///< dates (YYYY, YYYY-MM, YYYY-MM-DD, DD/MM/YYYY); empty = open
    bool resolutions_only = false;  ///< words match resolution text only; items with a resolution
};

/// A parsed query: what Xapian will run, and the words the index does not know.
struct ParsedQuery {
    Xapian::Query query;        ///< the user's query filtered by the filters
    std::string description;    ///< Xapian's get_description() of `query`
    std::string corrected;      ///< the query with spelling corrected, or "" if nothing to suggest
    /// What the user should know about how the query was read: each filter value (flag or
    /// field prefix) that matched no value in the index, with the closest ones.
    std::vector<std::string> notes;
    /// With a date filter (--from/--to): the documents it leaves out for having no meeting date
    /// that would otherwise match. An empty Query() without one.
    Xapian::Query undated_left_out;
};

/// Rejects what Xapian's lenient parser would silently reinterpret: unbalanced quotes or
/// parentheses, an operator with nothing on one side, an unknown `field:` prefix. Throws
/// QueryError saying what is wrong and at which character.
void check_query_syntax(const std::string& text);

/// Builds queries for one database. The database is borrowed and must outlive the builder.
class QueryBuilder {
public:
    explicit QueryBuilder(const Xapian::Database& db);
    ~QueryBuilder();

    /// Parses `text` (may be empty when filters are given) and applies `filters`.
    /// Throws QueryError for malformed queries and filters.
    ParsedQuery parse(const std::string& text, const Filters& filters = {}) const;

    /// Query for free text only, with no filters. Unprefixed words search `default_prefix`
    /// ("" = the body text).
    Xapian::Query parse_text(const std::string& text, const std::string& default_prefix = "") const;

    /// `text` against a stems-only field (schema FieldKind::Stems, e.g. the resolution
    /// prefix): words become Z-prefixed stems, phrases lose their positions.
    Xapian::Query parse_stems(const std::string& text, const std::string& prefix) const;

    /// The query-language field names, for messages and docs ("council", "body", ...).
    static std::vector<std::string> field_names();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace quorum::query
