/** @file people_file.h @brief The user's people file (`quorum index --people FILE`): tab-separated "variant <TAB> name" rows that say which written forms are one person. */
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "schema/records.h"

namespace quorum::facets {

/// Variants of people's names and the one name each stands for, as the user wrote them.
class PeopleFile {
public:
    /// Parses the file's text: one "variant<TAB>name" per line; blank lines and lines starting
    /// with '#' are skipped; a first row "variant<TAB>name" is a header. Variants compare by
    /// their words (case and punctuation ignored: "Mr R. Gough" = "mr r gough"). Throws
    /// std::runtime_error naming `path` and the line for a row without exactly two non-empty
    /// fields, or a variant given two different names.
    static PeopleFile parse(std::string_view text, const std::string& path);
    /// Reads and parses `path`; throws std::runtime_error naming it when it cannot be read.
    static PeopleFile load(const std::string& path);

    /// The name `value` stands for, or `value` itself when the file does not list it.
    std::string name_for(const std::string& value) const;
    /// Renames every value the file lists and merges the people who become one: the first keeps
    /// its place; its role is the first of chair, officer, member, attending, public, apologies,
    /// absent that either held.
    void apply(std::vector<FacetValue>& people) const;
    /// Renames each listed name, keeping one of each.
    void apply(std::vector<std::string>& names) const;

    /// Whether `name` is one of the names the file gives (compared as variants are).
    bool gives(const std::string& name) const;

    bool empty() const { return names_.empty(); }

private:
    std::unordered_map<std::string, std::string> names_;  ///< variant's key -> name
};

}  // namespace quorum::facets
