/** @file vote_items.cpp @brief The items holding a query's filtered vote, from each item's stored vote and the document's person forms. */
#include "query/vote_items.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>

#include "query/person_match.h"
#include "schema/fields.h"
#include "schema/person_forms.h"
#include "schema/stored_record.h"

namespace quorum::query {
namespace {

namespace n = schema::names;

constexpr std::array<std::string_view, 6> kVoteFields = {n::kVoted,  n::kVotedFor, n::kVotedAgainst,
                                                         n::kAbstained, n::kMover, n::kResult};

std::string term_of(std::string_view field, std::string_view value) {
    return schema::make_term(schema::field(field).prefix, value);
}

// Whether `term` is a term of one of the vote fields: its prefix, then a value that is not the
// rest of a longer prefix (XRESULT... is not a resolution term XRES...).
bool is_vote_term(const std::string& term) {
    return std::any_of(kVoteFields.begin(), kVoteFields.end(), [&](std::string_view field) {
        const std::string_view prefix = schema::field(field).prefix;
        return term.size() > prefix.size() && term.starts_with(prefix) &&
               (term[prefix.size()] == ':' || !std::isupper(static_cast<unsigned char>(term[prefix.size()])));
    });
}

// Whether `q` is only an OR of vote terms (or one), which `terms` then gains.
bool vote_terms_only(const Xapian::Query& q, VoteFilter& terms) {
    const auto type = q.get_type();
    if (type == Xapian::Query::LEAF_TERM) {
        if (q.get_terms_begin() == q.get_terms_end() || !is_vote_term(*q.get_terms_begin())) return false;
        terms.push_back(*q.get_terms_begin());
        return true;
    }
    if (type != Xapian::Query::OP_OR && type != Xapian::Query::OP_SCALE_WEIGHT) return false;
    if (q.get_num_subqueries() == 0) return false;
    for (size_t i = 0; i < q.get_num_subqueries(); ++i)
        if (!vote_terms_only(q.get_subquery(i), terms)) return false;
    return true;
}

void collect(const Xapian::Query& q, std::vector<VoteFilter>& out) {
    if (VoteFilter terms; vote_terms_only(q, terms)) {
        out.push_back(std::move(terms));
        return;
    }
    const auto type = q.get_type();
    // What is only under NOT, or only may match (AND_MAYBE's right), names no vote the hit holds.
    const bool first_only = type == Xapian::Query::OP_AND_NOT || type == Xapian::Query::OP_AND_MAYBE;
    const size_t count = first_only ? std::min<size_t>(1, q.get_num_subqueries()) : q.get_num_subqueries();
    for (size_t i = 0; i < count; ++i) collect(q.get_subquery(i), out);
}

// The words of a name for fitting a printed voter to a form: lower case, split at spaces, full
// stops and commas, a hyphenated or apostrophised surname one word, titles and honours left out
// ("Cllr J. Smith" -> {j, smith}; "Mrs Ashby-Vane" and "Clara Ashby-Vane" share {ashbyvane}).
std::vector<std::string> name_words(std::string_view name) {
    std::vector<std::string> words(1);
    for (const char c : name) {
        if (c == ' ' || c == '.' || c == ',' || c == '\t') {
            if (!words.back().empty()) words.emplace_back();
        } else if (c != '-' && c != '\'') {
            words.back() += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    if (words.back().empty()) words.pop_back();
    return person_name_words(words);
}

// The identity a printed voter goes by: the identity of the side's form written as printed (a
// name that named no person of the meeting), else of the one form of the side it fits as a name
// (the person it was resolved to when indexed); "" when none or several fit.
std::string voter_identity(const std::string& printed, std::string_view side, const std::vector<schema::PersonForm>& forms) {
    for (const auto& f : forms)
        if (f.kind == side && f.written == printed) return f.identity;  // before any loose fit
    const schema::PersonForm* fit = nullptr;
    const std::vector<std::string> wanted = name_words(printed);
    for (const auto& f : forms) {
        if (f.kind != side) continue;
        if (!person_name_matches(wanted, name_words(f.written))) continue;
        if (fit && fit->written != f.written) return "";
        fit = &f;
    }
    return fit ? fit->identity : "";
}

// Every vote term the item's stored vote gave the document, as the identity step left it.
std::set<std::string> item_vote_terms(const nlohmann::json& stored, const std::vector<schema::PersonForm>& forms) {
    const Vote vote = schema::stored_vote(stored);
    std::set<std::string> out;
    auto add_term = [&](std::string_view field, std::string_view value) {
        if (!value.empty()) out.insert(term_of(field, value));
    };
    auto add = [&](std::string_view field, std::string_view name) { add_term(field, schema::facet_term_value(name)); };
    add_term(n::kResult, vote.result);  // as the indexer writes it, not as a name
    if (vote.result == "unanimous") add_term(n::kResult, "carried");
    for (const std::string* name : {&vote.mover, &vote.seconder, &vote.mover_person, &vote.seconder_person})
        add(n::kMover, *name);
    for (const std::string* person : {&vote.mover_person, &vote.seconder_person})
        for (const auto& f : forms)
            if (f.kind == "mover" && f.written == *person) add(n::kMover, f.identity);
    const std::pair<const std::vector<std::string>*, std::string_view> sides[] = {
        {&vote.for_names, n::kVotedFor}, {&vote.against_names, n::kVotedAgainst}, {&vote.abstain_names, n::kAbstained}};
    for (const auto& [printed_names, side] : sides)
        for (const std::string& printed : *printed_names)
            for (const std::string& name : {printed, voter_identity(printed, side, forms)}) {
                add(side, name);
                add(n::kVoted, name);
            }
    return out;
}

}  // namespace

std::vector<VoteFilter> vote_filters(const Xapian::Query& query) {
    std::vector<VoteFilter> out;
    collect(query, out);
    return out;
}

std::vector<HeldVote> items_holding_votes(const nlohmann::json& data, const std::vector<VoteFilter>& filters,
                                          const std::string& person_forms) {
    std::vector<HeldVote> held;
    const auto items = data.find("items");
    if (filters.empty() || items == data.end() || !items->is_array()) return {};
    const std::vector<schema::PersonForm> forms = schema::decode_person_forms(person_forms);
    for (size_t i = 0; i < items->size(); ++i) {
        const auto& item = (*items)[i];
        if (!item.is_object() || !item.contains("vote") || !item["vote"].is_object()) continue;
        const std::set<std::string> terms = item_vote_terms(item["vote"], forms);
        const auto satisfied = std::count_if(filters.begin(), filters.end(), [&](const VoteFilter& filter) {
            return std::any_of(filter.begin(), filter.end(), [&](const std::string& t) { return terms.count(t) > 0; });
        });
        if (satisfied > 0) held.push_back({i, static_cast<size_t>(satisfied)});
    }
    std::stable_sort(held.begin(), held.end(), [](const HeldVote& a, const HeldVote& b) { return a.filters > b.filters; });
    return held;
}

}  // namespace quorum::query
