/** @file vote_tables_test.cpp @brief Roll-call tables read column-wise into named votes, on invented tables (fictional councils and boards); table cells keep their columns through the HTML and text extractors. */
#include <catch2/catch.hpp>

#include <xapian.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "extractors/extractor.h"
#include "extractors/text_cleanup.h"
#include "indexer/extraction_cache.h"
#include "indexer/indexer.h"
#include "indexer/item_splitter.h"
#include "indexer/vote_label_columns.h"
#include "indexer/vote_tables.h"
#include "indexer/votes.h"
#include "tests/block_builders.h"
#include "tests/temp_dir.h"

using quorum::extract::Block;
using quorum::extract::BlockKind;

namespace {

// Pipe-table rows ("| Ash | X | |"), one a line, as table-cell blocks with their columns; a line
// without a '|' is a paragraph.
std::vector<Block> cells_of(const std::string& table) {
    std::vector<Block> blocks;
    std::istringstream lines(table);
    for (std::string line; std::getline(lines, line);) {
        if (line.find('|') == std::string::npos) {
            blocks.push_back(quorum::test::para(line));
            continue;
        }
        for (auto& c : quorum::extract::split_pipe_row(line)) blocks.push_back({BlockKind::TableCell, c.text, 1, c.column});
    }
    return blocks;
}

std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : ",") + n;
    return out;
}

// "for|against|abstain|absent names, then the for/against/abstain counts".
std::string render(const quorum::Vote& v) {
    return joined(v.for_names) + "|" + joined(v.against_names) + "|" + joined(v.abstain_names) + "|" +
           joined(v.absent_names) + "|" + std::to_string(v.in_favour) + "/" + std::to_string(v.against) + "/" +
           std::to_string(v.abstained);
}

}  // namespace

TEST_CASE("split_pipe_row keeps each cell's column, empty cells counted", "[vote-tables]") {
    struct Row {
        const char* text;
        const char* expected;
    };
    const Row rows[] = {
        {"| Ash | | X |", "0:Ash 2:X"},
        {"Ash | Birch", "0:Ash 1:Birch"},
        {"| --- | --- |", ""},
        {"|  | Orr | Pell |", "1:Orr 2:Pell"},
    };
    for (const auto& r : rows) {
        INFO(r.text);
        std::string out;
        for (const auto& c : quorum::extract::split_pipe_row(r.text))
            out += (out.empty() ? "" : " ") + std::to_string(c.column) + ":" + c.text;
        CHECK(out == r.expected);
    }
}

TEST_CASE("roll-call tables give the item's named votes, read by column", "[vote-tables][minutes-structure]") {
    // Fictional Lowmoor District Council, Fenwick Parish Council and the Tarnside School Board.
    struct Row {
        const char* name;
        const char* table;
        const char* expected;
    };
    const Row rows[] = {
        {"a row per member marking a side's column; empty cells keep the marks in their columns",
         "| Councillor | For | Against | Abstain |\n| Cllr Ash | X | | |\n| Cllr Birch | | X | |\n| Cllr Cole | X | | |\n"
         "| Cllr Dane | | | X |",
         "Cllr Ash,Cllr Cole|Cllr Birch|Cllr Dane||2/1/1"},
        {"ticks under Yes/No/Absent with a member heading; a totals row marks no one",
         "| Member | Yes | No | Absent |\n| Orr | \xE2\x9C\x93 | | |\n| Pell | \xE2\x9C\x93 | | |\n| Quill | | | \xE2\x9C\x93 |\n"
         "| Total | 2 | 0 | 1 |",
         "Orr,Pell|||Quill|2/-1/-1"},
        {"names listed down each side's column, no member column (a UK recorded vote)",
         "| For (3) | Against (2) | Abstain (1) |\n| Cllr Ash | Cllr Birch | Cllr Dane |\n| Cllr Cole | Cllr Eve | |\n"
         "| Cllr Finch | | |",
         "Cllr Ash,Cllr Cole,Cllr Finch|Cllr Birch,Cllr Eve|Cllr Dane||3/2/1"},
        {"one cell per side holding every name, lines run together by the extractor",
         "| For | Against |\n| Cllr Ash Cllr Cole | Cllr Birch |",
         "Cllr Ash,Cllr Cole|Cllr Birch|||2/1/-1"},
        {"a row per member with the vote in its own cell (a US board's roll call)",
         "| Trustee | Vote |\n| Vance | Aye |\n| Orr | Nay |\n| Pell | Aye |\n| Lane | Absent |",
         "Vance,Pell|Orr||Lane|2/1/-1"},
        {"a column per member: names over votes",
         "| | Vance | Orr | Pell | Lane |\n| Roll call | Yes | No | Yes | Abstain |",
         "Vance,Pell|Orr|Lane||2/1/1"},
        {"a column per member with a row per motion: the last motion's votes",
         "| Motion | Vance | Orr | Pell |\n| Amendment | Nay | Nay | Aye |\n| Substantive | Aye | Aye | Nay |",
         "Vance,Orr|Pell|||2/1/-1"},
        {"the last table of the item is its last vote",
         "| Member | Vote |\n| Vance | Aye |\n| Orr | Aye |\nThe substantive motion was then put.\n"
         "| Member | Vote |\n| Vance | Nay |\n| Orr | Aye |",
         "Orr|Vance|||1/1/-1"},
        {"an attendance table is no vote", "| Member | Present | Absent |\n| Ash | X | |\n| Birch | | X |", "||||-1/-1/-1"},
        {"a checklist of Yes and No is no vote",
         "| Check | Yes | No |\n| Fire exits clear | X | |\n| Lighting working | | X |", "||||-1/-1/-1"},
        {"an agenda table whose first heading is 'No' is no vote",
         "| No | Item | Action by |\n| Minutes | Approved | Clerk |\n| Finance | Noted | RFO |", "||||-1/-1/-1"},
        {"planning responses are no vote",
         "| Application | Response |\n| Mill House extension | No |\n| Barn conversion | No |", "||||-1/-1/-1"},
    };
    for (const auto& r : rows) {
        INFO(r.name);
        const std::vector<Block> blocks = cells_of(r.table);
        std::vector<const Block*> pointers;
        for (const auto& b : blocks) pointers.push_back(&b);
        quorum::Vote v;
        quorum::index::add_table_votes(v, quorum::index::read_vote_tables(pointers));
        CHECK(render(v) == r.expected);
    }
}

TEST_CASE("named votes in the text are kept, and a table fills only what the text does not state", "[vote-tables]") {
    quorum::Vote v = quorum::index::read_vote("Ayes: Vance, Orr. Nays: Pell. Motion carried.");
    quorum::Vote table;
    table.for_names = {"Lane"};
    quorum::index::add_table_votes(v, table);
    CHECK(render(v) == "Vance,Orr|Pell|||2/1/-1");
    quorum::Vote counted = quorum::index::read_vote("Carried, 7 in favour.");
    table.against_names = {"Moss"};
    quorum::index::add_table_votes(counted, table);
    CHECK(render(counted) == "Lane|Moss|||7/1/-1");  // the stated count stands
}

TEST_CASE("a roll-call table in an HTML page and in a text file reaches the item's vote", "[vote-tables][minutes-structure]") {
    // Fictional Fenwick Parish Council.
    const std::string html =
        "<html><body><h2>5. Village hall lease</h2><p>Cllr Ash moved that the lease be renewed. Motion carried.</p>"
        "<table><tr><th>Councillor</th><th>For</th><th>Against</th><th>Abstain</th></tr>"
        "<tr><td>Cllr Ash</td><td>X</td><td></td><td></td></tr>"
        "<tr><td>Cllr Birch</td><td colspan=\"2\"></td><td>X</td></tr>"
        "<tr><td>Cllr Cole</td><td></td><td>X</td><td></td></tr></table>"
        "<h2>6. Date of next meeting</h2><p>To be confirmed.</p></body></html>";
    const auto from_html = quorum::extract::make_html_extractor()->extract(html);
    const std::string text =
        "5. Village hall lease\n\nCllr Ash moved that the lease be renewed. Motion carried.\n\n"
        "| Councillor | For | Against | Abstain |\n|---|---|---|---|\n| Cllr Ash | X | | |\n| Cllr Birch | | | X |\n"
        "| Cllr Cole | | X | |\n\n6. Date of next meeting\n\nTo be confirmed.\n";
    const auto from_text = quorum::extract::make_text_extractor()->extract(text);
    for (const auto* e : {&from_html, &from_text}) {
        const auto items = quorum::index::split_items(*e);
        std::string votes;
        for (const auto& item : items)
            if (!item.vote.for_names.empty()) votes += item.number + ":" + render(item.vote) + ";";
        CHECK(votes == "5:Cllr Ash|Cllr Cole|Cllr Birch||1/1/1;");
    }
}

TEST_CASE("a vote box read column by column is rejoined label by label", "[vote-tables][minutes-structure]") {
    using quorum::test::heading;
    using quorum::test::para;
    // Fictional Lowmoor Planning Commission: the PDF gives the box's labels, then its values run together.
    struct Row {
        const char* name;
        std::vector<Block> blocks;
        const char* expected;  // the blocks' texts joined with " / "
    };
    const Row rows[] = {
        {"a name of two words is the one listed between commas",
         {heading("RESULT:"), heading("MOTION BY:"), heading("SECOND:"), heading("AYES:"), heading("NAYS:"),
          heading("ABSENT:"), heading("CARRIED [3-1-1]"), para("Van Ness Orr Pell, Van Ness, Quill Lane Moss"),
          heading("PUBLIC HEARINGS")},
         "RESULT: CARRIED [3-1-1] / MOTION BY: Van Ness / SECOND: Orr / AYES: Pell, Van Ness, Quill / NAYS: Lane / "
         "ABSENT: Moss / PUBLIC HEARINGS"},
        {"'None' is a value of its own; no result label",
         {heading("MOTION BY:"), heading("SECOND:"), heading("AYES:"), heading("NAYS:"), heading("ABSENT:"),
          para("Orr Pell Orr, Pell, Quill None Lane")},
         "MOTION BY: Orr / SECOND: Pell / AYES: Orr, Pell, Quill / NAYS: None / ABSENT: Lane"},
        {"the item number printed in the box's column goes to the next heading",
         {heading("RESULT:"), heading("MOTION BY:"), heading("SECOND:"), heading("AYES:"), heading("4. APPROVED [UNANIMOUS]"),
          para("Orr Pell Orr, Pell, Quill"), heading("PUBLIC HEARINGS"), para("None were held.")},
         "RESULT: APPROVED [UNANIMOUS] / MOTION BY: Orr / SECOND: Pell / AYES: Orr, Pell, Quill / 4. PUBLIC HEARINGS / "
         "None were held."},
        {"names of several words that no list confirms: left as printed",
         {heading("MOTION BY:"), heading("SECOND:"), heading("AYES:"), para("Van Ness Orr Pell Quill")},
         "MOTION BY: / SECOND: / AYES: / Van Ness Orr Pell Quill"},
        {"a mover's value with a comma is no box",
         {heading("MOTION BY:"), heading("SECOND:"), heading("AYES:"), para("Orr, Pell Quill Lane")},
         "MOTION BY: / SECOND: / AYES: / Orr, Pell Quill Lane"},
        {"two labels are no box", {heading("AYES:"), heading("NAYS:"), para("Orr Pell")}, "AYES: / NAYS: / Orr Pell"},
        {"prose after the labels is no list of names",
         {heading("MOTION BY:"), heading("SECOND:"), heading("AYES:"), para("The vote was taken by a show of hands")},
         "MOTION BY: / SECOND: / AYES: / The vote was taken by a show of hands"},
    };
    for (const auto& r : rows) {
        INFO(r.name);
        std::string out;
        for (const auto& b : quorum::index::rejoin_vote_label_columns(r.blocks)) out += (out.empty() ? "" : " / ") + b.text;
        CHECK(out == r.expected);
    }
    // The rejoined box gives the item its mover, seconder, named votes and result.
    const std::vector<Block> box = quorum::index::rejoin_vote_label_columns(rows[0].blocks);
    std::string text;
    for (const auto& b : box) text += b.text + "\n\n";
    const quorum::Vote v = quorum::index::read_vote(text);
    CHECK(v.mover == "Van Ness");
    CHECK(v.seconder == "Orr");
    CHECK(v.result == "carried");
    CHECK(render(v) == "Pell,Van Ness,Quill|Lane||Moss|3/1/-1");
}

TEST_CASE("a cached extraction whose table cells have no column is read again", "[vote-tables][ocr-cache]") {
    quorum::test::TempDir dir;
    Xapian::WritableDatabase db((dir.path() / "db").string(), Xapian::DB_CREATE_OR_OPEN);
    quorum::extract::Extraction e;
    e.blocks = {quorum::test::para("5. Allotment rents"), {BlockKind::TableCell, "Cllr Ash", 1, 0},
                {BlockKind::TableCell, "X", 1, 1}};
    db.set_metadata(quorum::index::extraction_key("with-columns"), quorum::index::encode_cached_extraction(e));
    e.blocks[1].column = e.blocks[2].column = -1;  // as cached before cells kept their columns
    db.set_metadata(quorum::index::extraction_key("without-columns"), quorum::index::encode_cached_extraction(e));
    e.blocks.resize(1);  // no table at all: nothing is missing
    db.set_metadata(quorum::index::extraction_key("no-table"), quorum::index::encode_cached_extraction(e));
    db.commit();
    const auto with = quorum::index::load_cached_extraction(db, "with-columns", "/a.md");
    REQUIRE(with.has_value());
    CHECK(with->blocks[2].column == 1);
    CHECK_FALSE(quorum::index::load_cached_extraction(db, "without-columns", "/a.md").has_value());
    CHECK(quorum::index::load_cached_extraction(db, "no-table", "/a.md").has_value());
}

TEST_CASE("a record's items and facets both read the rejoined vote box", "[vote-tables][minutes-structure]") {
    using quorum::test::heading;
    using quorum::test::para;
    // Fictional Lowmoor Planning Commission.
    quorum::extract::Extraction e;
    e.blocks = {heading("1. ROLL CALL"), para("Present: Commissioners Orr, Pell and Quill."), heading("2. FENCE HEIGHTS"),
                para("The commission discussed fence heights."), heading("MOTION BY:"), heading("SECOND:"), heading("AYES:"),
                para("Orr Pell Orr, Pell, Quill"), heading("3. ADJOURNMENT")};
    std::string seen;  // the blocks the facet detector was given
    const quorum::index::FacetDetector detect = [&](const quorum::extract::Extraction& x, std::vector<quorum::Item>&) {
        for (const auto& b : x.blocks) seen += b.text + " / ";
        return quorum::DocumentFacets{};
    };
    const quorum::DocumentRecord r = quorum::index::make_record(e, {}, detect);
    CHECK(seen.find("MOTION BY: Orr / SECOND: Pell / AYES: Orr, Pell, Quill / ") != std::string::npos);
    REQUIRE(r.items.size() >= 3);
    const auto fences = std::find_if(r.items.begin(), r.items.end(), [](const quorum::Item& i) { return i.number == "2"; });
    REQUIRE(fences != r.items.end());
    CHECK(fences->vote.mover == "Orr");
    CHECK(fences->vote.seconder == "Pell");
    CHECK(render(fences->vote) == "Orr,Pell,Quill||||3/-1/-1");
}
