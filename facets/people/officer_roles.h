/** @file officer_roles.h @brief Reading the role beside a name: parenthesised and comma-separated parts ("(Chair, Eastmere District Council)"), appositions ("Mr Brennan, Head of Finance,") and the role before a name ("The Chair, Cllr Varley"). */
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "facets/people/officer_mentions.h"
#include "facets/people/officer_text.h"

namespace quorum::facets::officer {

/// A half-open token range [begin, end).
struct TokenRange {
    size_t begin = 0;
    size_t end = 0;
    bool empty() const { return begin >= end; }
};

/// The text of tokens[range] as written in the block, spaces collapsed.
std::string range_text(const std::vector<Token>& tokens, TokenRange range);

/// Index of the ')' closing the '(' at `open`, searching no further than `limit`; `limit` when
/// there is none.
size_t closing_paren(const std::vector<Token>& tokens, size_t open, size_t limit);

/// Splits tokens[range] into parts at commas, semicolons, colons, dashes and parentheses (each
/// parenthesis is a part of its own) and adds each part to `m` as a role or an organisation:
/// a part with a role word ("Chair", "Head of Finance", "solicitor for ...") is a role, a part
/// with an organisation word ("Northvale Police") is an organisation, a part with neither
/// continues a role ("Corporate Director Children, Young People and Education") or else counts
/// as an organisation. Parts that are the person's initials ("(NO)"), notes in lower case
/// ("(part of the meeting)", "(work commitments)"), other people or prose are dropped.
void add_role_parts(const std::vector<Token>& tokens, TokenRange range, Mention& m);

/// The role phrase starting at `begin` (capitalised words and "of", "and", "for", "the"):
/// "Head of Finance" in "Mr Brennan, Head of Finance, introduced". Empty unless it holds a role
/// word and starts with a capital.
TokenRange role_phrase_after(const std::vector<Token>& tokens, size_t begin, size_t limit);

/// Like role_phrase_after() for an organisation: "Hinckley and Bosworth Borough Council" in
/// "Rachel Burgess, Hinckley and Bosworth Borough Council, ...". Empty unless it holds an
/// organisation word.
TokenRange org_phrase_after(const std::vector<Token>& tokens, size_t begin, size_t limit);

/// The role phrase ending just before `end` ("Neighbourhood Policing Area Commander" in "the
/// Neighbourhood Policing Area Commander, Inspector Emma Maxwell"). Empty unless it holds a
/// role word and names nobody. tokens[end] is the ',', ':' or '(' between phrase and name.
TokenRange role_phrase_before(const std::vector<Token>& tokens, size_t end);

}  // namespace quorum::facets::officer
