/** @file vote_items_test.cpp @brief The vote filters of a query, and which items of a document hold the vote they name (query/vote_items.h). Fictional people. */
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include <xapian.h>

#include "query/vote_items.h"
#include "schema/stored_record.h"

using namespace quorum;

namespace {

// The filters of a query as the query parser gives the fields' prefixes: "A|B; C" (terms sorted).
std::string filters_of(const std::string& text) {
    Xapian::QueryParser qp;
    qp.set_default_op(Xapian::Query::OP_AND);
    for (const auto& [name, prefix] : std::vector<std::pair<std::string, std::string>>{
             {"voted", "XVOTED"}, {"votedfor", "XVFOR"}, {"votedagainst", "XVAGAINST"}, {"abstained", "XVABSTAIN"},
             {"mover", "XMOVER"}, {"result", "XRESULT"}, {"person", "XPERSON"}})
        qp.add_boolean_prefix(name, prefix);
    qp.add_prefix("resolution", "XRES");
    std::string out;
    for (auto terms : query::vote_filters(qp.parse_query(text, Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_PURE_NOT))) {
        std::sort(terms.begin(), terms.end());
        std::string filter;
        for (const auto& t : terms) filter += (filter.empty() ? "" : "|") + t;
        out += (out.empty() ? "" : "; ") + filter;
    }
    return out;
}

// Three items: 0 without a vote, 1 and 2 with the votes given.
nlohmann::json stored(const Vote& first, const Vote& second) {
    DocumentRecord r;
    r.path = "/a/minutes.txt";
    for (const Vote* v : {static_cast<const Vote*>(nullptr), &first, &second}) {
        Item i;
        i.title = "Item";
        i.text = "Text.";
        if (v) i.vote = *v;
        r.items.push_back(i);
    }
    return schema::record_to_json(r, "d0");
}

std::string holding(const nlohmann::json& data, const std::vector<query::VoteFilter>& filters, const std::string& forms) {
    std::string out;
    for (const auto& h : query::items_holding_votes(data, filters, forms))
        out += (out.empty() ? "" : " ") + std::to_string(h.index) + "(" + std::to_string(h.filters) + ")";
    return out;
}

}  // namespace

TEST_CASE("vote filters: each run of OR over vote terms, NOT branches and other fields left out", "[query][votes]") {
    struct Row {
        const char* query;
        const char* filters;
    };
    const Row rows[] = {
        {"budget votedagainst:jane-smith", "XVAGAINSTjane-smith"},
        {"votedagainst:jane-smith", "XVAGAINSTjane-smith"},
        {"votedagainst:jane-smith votedagainst:j-smith", "XVAGAINSTj-smith|XVAGAINSTjane-smith"},
        {"mover:reed result:carried budget", "XMOVERreed; XRESULTcarried"},
        {"abstained:cole voted:ash", "XVABSTAINcole; XVOTEDash"},  // the parser orders fields by prefix
        {"budget NOT votedfor:reed", ""},
        {"person:smith budget", ""},
        {"resolution:ultimate", ""},
        {"budget", ""},
    };
    for (const auto& row : rows) {
        INFO(row.query);
        CHECK(filters_of(row.query) == row.filters);
    }
}

TEST_CASE("the items holding a filtered vote, from each item's stored vote and the person forms", "[query][votes]") {
    Vote smith_against;
    smith_against.against_names = {"Councillor J. Smith"};
    smith_against.for_names = {"Cllr Ash", "Reed", "Mrs Ashby-Vane"};
    Vote moved;
    moved.mover = "Cllr Reed";
    moved.mover_person = "T Reed";
    moved.result = "unanimous";
    moved.against_names = {"Smith"};
    const nlohmann::json data = stored(smith_against, moved);
    const std::string forms =
        "member\tJ Smith\tJane Smith\nmember\tT Reed\tTom Reed\nmover\tT Reed\tTom Reed\n"
        "voted_against\tJ Smith\tJane Smith\nvoted_for\tCllr Ash\tCllr Ash\nvoted_for\tT Reed\tTom Reed\n"
        "voted_for\tClara Ashby-Vane\tClara Ashby-Vane\n"
        "voted_against\tSmith\tSmith";
    struct Row {
        const char* what;
        std::vector<query::VoteFilter> filters;
        const char* items;
    };
    const Row rows[] = {
        {"a printed name by its person form's identity", {{"XVAGAINSTjane-smith"}}, "1(1)"},
        {"voted: holds every side", {{"XVOTEDjane-smith"}}, "1(1)"},
        {"the other side does not", {{"XVFORjane-smith"}}, ""},
        {"a name printed as its form is written (no person of the meeting)", {{"XVFORcllr-ash"}}, "1(1)"},
        {"a surname alone fits the one form of its side", {{"XVFORtom-reed"}}, "1(1)"},
        {"a hyphenated surname is one surname", {{"XVFORclara-ashby-vane"}}, "1(1)"},
        {"a name written as printed (it fitted two people) keeps it", {{"XVAGAINSTsmith"}}, "2(1)"},
        {"the mover by the identity of the meeting's person", {{"XMOVERtom-reed"}}, "2(1)"},
        {"the mover as printed", {{"XMOVERcllr-reed"}}, "2(1)"},
        {"a unanimous result is carried too", {{"XRESULTcarried"}}, "2(1)"},
        {"any term of a filter", {{"XRESULTlost", "XVAGAINSTjane-smith"}}, "1(1)"},
        {"most filters first", {{"XVFORcllr-ash"}, {"XRESULTcarried"}, {"XMOVERtom-reed"}}, "2(2) 1(1)"},
        {"no filter, no item", {}, ""},
    };
    for (const auto& row : rows) {
        INFO(row.what);
        CHECK(holding(data, row.filters, forms) == row.items);
    }
    // A form written exactly as printed wins, though looser fits of the same side come first.
    const std::string ashes = "voted_for\tJane Ash\tJane Ash\nvoted_for\tJohn Ash\tJohn Ash\n"
                              "voted_for\tCllr Ash\tCeleste Ash";
    CHECK(holding(data, {{"XVFORceleste-ash"}}, ashes) == "1(1)");
    // Without person forms (an index built before voters had forms), printed names still count.
    CHECK(holding(data, {{"XVAGAINSTcouncillor-j-smith"}}, "") == "1(1)");
    CHECK(holding(data, {{"XVAGAINSTjane-smith"}}, "") == "");
}
