/** @file gazetteer.h @brief The councils Quorum knows by name: canonical names, short forms and kinds, loaded from schema/data/gazetteer.tsv. */
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace quorum::facets {

struct GazetteerEntry {
    std::string canonical;             ///< "Blaby District Council"
    std::string kind;                  ///< district, county, unitary, london-borough, metropolitan, welsh,
                                       ///< scottish, police, fire, partnership, ...
    std::vector<std::string> aliases;  ///< short forms: "Blaby DC", "Blaby"; acronyms "HBBC"
    std::vector<std::string> members;  ///< for joint bodies: the canonical names of member councils
};

/// An immutable lookup of authority names. Thread-safe to share.
class Gazetteer {
public:
    /// Parses the TSV format documented at the top of schema/data/gazetteer.tsv.
    /// Throws std::runtime_error naming the line on malformed input.
    static Gazetteer parse(std::string_view tsv);

    /// The gazetteer compiled into the binary (schema/data/gazetteer.tsv).
    static const Gazetteer& builtin();

    /// The entry whose canonical name or alias equals `name` (case- and whitespace-insensitive,
    /// "&" == "and"), or nullptr.
    const GazetteerEntry* find(std::string_view name) const;

    const std::vector<GazetteerEntry>& entries() const { return entries_; }

private:
    std::vector<GazetteerEntry> entries_;
    std::vector<std::pair<std::string, size_t>> index_;  ///< normalised name -> entry, sorted
};

/// Normalises a name for lookup: lower case, "&" -> "and", punctuation dropped, spaces collapsed.
std::string normalise_name(std::string_view name);

}  // namespace quorum::facets
