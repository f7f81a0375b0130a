/** @file facet_listing.cpp @brief Facet values from the index's term list; within a query, from each match's own terms. */
#include "query/facet_listing.h"

#include <algorithm>
#include <map>

#include "query/facet_match.h"
#include "query/query_error.h"
#include "schema/fields.h"

namespace quorum::query {
namespace {

namespace n = schema::names;

bool has_filters(const Filters& f) {
    return !f.councils.empty() || !f.bodies.empty() || !f.officers.empty() || !f.topics.empty() || !f.types.empty() ||
           !f.people.empty() || !f.roles.empty() || !f.speakers.empty() ||
           !f.from.empty() || !f.to.empty() || f.resolutions_only;
}

std::string field_named(std::string_view name) {
    auto field = schema::field_for_alias(name);
    // Its name too, which a filter's note names ("quorum facets voted_for" for votedfor:).
    for (const auto& f : schema::fields())
        if (!field && f.name == name) field = f;
    const std::vector<std::string> listable = listable_facets();
    if (!field || std::find(listable.begin(), listable.end(), field->name) == listable.end()) {
        std::string known;
        for (const auto& f : listable) known += (known.empty() ? "" : ", ") + f;
        throw QueryError("'" + std::string(name) + "' is not a facet (facets: " + known + ")", 0);
    }
    return std::string(field->name);
}

}  // namespace

std::vector<std::string> listable_facets() {
    return {std::string(n::kCouncil), std::string(n::kMentions), std::string(n::kCommittee), std::string(n::kOfficer),
            std::string(n::kTopic),   std::string(n::kDocType),  std::string(n::kYear),      std::string(n::kMonth),
            std::string(n::kPerson),  std::string(n::kRole),     std::string(n::kSpeaker),   std::string(n::kMover),
            std::string(n::kVoted),   std::string(n::kVotedFor), std::string(n::kVotedAgainst), std::string(n::kAbstained)};
}

FacetListing list_facet_values(const Xapian::Database& db, std::string_view field, const std::string& query,
                               const Filters& filters, const Deadline& deadline) {
    FacetListing out;
    out.field = field_named(field);
    const std::string prefix = schema::make_term(schema::field(out.field).prefix, "");
    std::map<std::string, Xapian::doccount> by_term;
    if (query.empty() && !has_filters(filters)) {
        out.documents = db.get_doccount();
        for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) by_term[*t] = t.get_termfreq();
    } else {
        const QueryBuilder builder(db);
        const ParsedQuery parsed = builder.parse(query, filters);
        out.notes = parsed.notes;
        Xapian::Enquire enquire(db);
        enquire.set_query(parsed.query);
        enquire.set_weighting_scheme(Xapian::BoolWeight());
        enquire.set_docid_order(Xapian::Enquire::ASCENDING);
        const auto decider = deadline.decider(db, "the match");
        const Xapian::MSet matches = enquire.get_mset(0, db.get_doccount(), nullptr, decider.get());
        out.documents = matches.size();
        // Each match's own terms under the prefix: one pass over the matches, however many values.
        for (auto it = matches.begin(); it != matches.end(); ++it) {
            if (it.get_rank() % Deadline::kDocumentsPerCheck == 0) deadline.check("the facet counts");
            auto term = db.termlist_begin(*it);
            for (term.skip_to(prefix); term != db.termlist_end(*it) && (*term).starts_with(prefix); ++term) ++by_term[*term];
        }
    }
    // Single-letter prefixes (Y, M) share their first letter with longer ones ("YEAR..." is not
    // ours, but keep only terms whose value is what the field indexes: digits for dates).
    for (const auto& [term, count] : by_term) {
        const std::string value = term.substr(prefix.size());
        if ((out.field == n::kYear || out.field == n::kMonth) &&
            !std::all_of(value.begin(), value.end(), [](unsigned char c) { return std::isdigit(c); }))
            continue;
        out.values.push_back({facet_display_value(db, out.field, term), count});
    }
    std::stable_sort(out.values.begin(), out.values.end(), [](const FacetValueCount& a, const FacetValueCount& b) {
        return a.documents != b.documents ? a.documents > b.documents : a.value < b.value;
    });
    return out;
}

}  // namespace quorum::query
