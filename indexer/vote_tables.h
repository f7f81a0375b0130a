/** @file vote_tables.h @brief Named votes read from a roll-call table by its rows and columns (HTML and pipe tables). */
#pragma once

#include <vector>

#include "extractors/extraction.h"
#include "schema/records.h"

namespace quorum::index {

/// The named votes of the last roll-call table among an item's blocks, read from its table cells
/// (extract::Block::column). Three layouts are read:
/// - a row per member under a header of sides ("Member | For | Against | Abstain"), each row
///   marking its side ("X", a tick, "Yes"), or the names listed down each side's column with no
///   member column ("For | Against" over "Cllr Ash | Cllr Birch");
/// - a row per member with the vote as a word in its own cell ("Cllr Ash | Aye", "Birch | No");
/// - a column per member: a row of names over a row of votes ("| Ash | Birch |" over
///   "| Aye | Nay |"); with several rows of votes (one per motion), the last one.
/// A table that names no one for or against (an attendance table of "Present | Absent") gives
/// nothing. Only the named votes of the result are set.
Vote read_vote_tables(const std::vector<const extract::Block*>& blocks);

/// Adds a table's named votes to a vote read from the text, when the text named none, and the
/// counts the names give where the text states none.
void add_table_votes(Vote& vote, const Vote& table);

}  // namespace quorum::index
