/** @file person_identities.cpp @brief apply_person_identities(): the cross-document identity step of an indexing run, read from and written to value slots and boolean terms. */
#include "indexer/person_identities.h"

#include <algorithm>
#include <set>
#include <unordered_map>

#include "schema/fields.h"
#include "schema/person_forms.h"

namespace quorum::index {
namespace {

namespace n = schema::names;
using schema::decode_person_forms;
using schema::encode_person_forms;

Xapian::valueno slot_of(std::string_view field) { return static_cast<Xapian::valueno>(schema::field(field).slot); }

std::string term_of(std::string_view field, const std::string& name) {
    return schema::make_term(schema::field(field).prefix, schema::facet_term_value(name));
}

/// The first line of a multi-valued slot (a document's publishing council).
std::string first_line(const std::string& value) { return value.substr(0, value.find('\n')); }

void add_unique(std::vector<std::string>& list, const std::string& name) {
    if (std::find(list.begin(), list.end(), name) == list.end()) list.push_back(name);
}

std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& s : names) out += (out.empty() ? "" : "\n") + s;
    return out;
}

void set_or_remove(Xapian::Document& doc, std::string_view field, const std::vector<std::string>& names) {
    if (names.empty()) {
        if (!doc.get_value(slot_of(field)).empty()) doc.remove_value(slot_of(field));
    }
    else doc.add_value(slot_of(field), joined(names));
}

void remove_terms(Xapian::Document& doc, std::string_view field) {
    const std::string prefix(schema::field(field).prefix);
    std::vector<std::string> old;
    auto t = doc.termlist_begin();
    for (t.skip_to(prefix); t != doc.termlist_end() && (*t).starts_with(prefix); ++t) old.push_back(*t);
    for (const auto& term : old) doc.remove_term(term);
}

bool is_vote_kind(const std::string& kind) {
    return kind == n::kVotedFor || kind == n::kVotedAgainst || kind == n::kAbstained;
}

void remove_term(Xapian::Document& doc, const std::string& term) {
    auto t = doc.termlist_begin();
    t.skip_to(term);
    if (t != doc.termlist_end() && *t == term) doc.remove_term(term);
}

/// The terms under `field` of the forms `of_kind` accepts: an earlier identity's term goes unless
/// a form still has it (or `keep` holds it), and each identity's term is added.
template <typename OfKind>
void replace_identity_terms(Xapian::Document& doc, std::string_view field, const std::vector<PersonForm>& before,
                            const std::vector<PersonForm>& after, OfKind of_kind, std::set<std::string> keep = {}) {
    for (const auto& f : after)
        if (of_kind(f.kind)) keep.insert(term_of(field, f.identity));
    for (const auto& f : before)
        if (of_kind(f.kind) && !keep.count(term_of(field, f.identity))) remove_term(doc, term_of(field, f.identity));
    for (const auto& term : keep) doc.add_boolean_term(term);
}

/// Rewrites one document from its forms: `before` as stored, `after` with the new identities.
void rewrite(Xapian::Document& doc, const std::vector<PersonForm>& before, const std::vector<PersonForm>& after) {
    std::vector<std::string> people, staff, speakers;
    for (const auto& f : after) {
        if (f.kind == "speaker" || f.kind == "mover" || is_vote_kind(f.kind)) {
            if (f.kind == "speaker") add_unique(speakers, f.identity);
            continue;
        }
        add_unique(people, f.identity);
        if (f.kind == "officer") add_unique(staff, f.identity);
    }
    remove_terms(doc, n::kPerson);
    remove_terms(doc, n::kOfficer);
    remove_terms(doc, n::kSpeaker);
    for (const auto& p : people) doc.add_boolean_term(term_of(n::kPerson, p));
    for (const auto& p : staff) doc.add_boolean_term(term_of(n::kOfficer, p));
    for (const auto& p : speakers) doc.add_boolean_term(term_of(n::kSpeaker, p));
    set_or_remove(doc, n::kPerson, people);
    set_or_remove(doc, n::kOfficer, staff);
    set_or_remove(doc, n::kSpeaker, speakers);
    // Mover terms also hold the names as printed and as the meeting's person: only an earlier
    // identity's own term goes.
    const auto is_mover = [](const std::string& kind) { return kind == "mover"; };
    std::set<std::string> written_movers;
    for (const auto& f : after)
        if (is_mover(f.kind)) written_movers.insert(term_of(n::kMover, f.written));
    replace_identity_terms(doc, n::kMover, before, after, is_mover, written_movers);
    // A named vote's terms are its voters' identities only, each side's and voted:'s (as person terms are).
    for (const std::string_view side : {n::kVotedFor, n::kVotedAgainst, n::kAbstained})
        replace_identity_terms(doc, side, before, after, [side](const std::string& kind) { return kind == side; });
    replace_identity_terms(doc, n::kVoted, before, after, is_vote_kind);
    doc.add_value(slot_of(n::kPersonForms), encode_person_forms(after));
}

}  // namespace

size_t apply_person_identities(Xapian::WritableDatabase& db, const IdentifyPeople& identify) {
    if (!identify) return 0;
    struct Entry {
        Xapian::docid did;
        std::vector<PersonForm> forms;
    };
    std::vector<Entry> entries;
    NamesByDocument names;
    const Xapian::valueno forms_slot = slot_of(n::kPersonForms);
    for (auto v = db.valuestream_begin(forms_slot); v != db.valuestream_end(forms_slot); ++v)
        entries.push_back({v.get_docid(), decode_person_forms(*v)});
    if (entries.empty()) return 0;
    std::unordered_map<Xapian::docid, std::string> councils;
    const Xapian::valueno council_slot = slot_of(n::kCouncil);
    for (auto v = db.valuestream_begin(council_slot); v != db.valuestream_end(council_slot); ++v)
        councils.emplace(v.get_docid(), first_line(*v));
    for (const Entry& e : entries) {
        // A voter's written name is the meeting's person, already here, or the name as printed
        // with its title ("Cllr Ash"), which the identities would read as a given name.
        std::vector<std::string> written;
        for (const auto& f : e.forms)
            if (!is_vote_kind(f.kind)) add_unique(written, f.written);
        const auto c = councils.find(e.did);
        names.emplace_back(c == councils.end() ? "" : c->second, std::move(written));
    }
    const IdentitiesByCouncil identities = identify(names);
    size_t rewritten = 0;
    for (size_t k = 0; k < entries.size(); ++k) {
        const auto council = identities.find(names[k].first);
        std::vector<PersonForm> after = entries[k].forms;
        for (auto& f : after) {
            f.identity = f.written;
            if (council == identities.end()) continue;
            const auto it = council->second.find(f.written);
            if (it != council->second.end()) f.identity = it->second;
        }
        const bool same = std::equal(after.begin(), after.end(), entries[k].forms.begin(), entries[k].forms.end(),
                                     [](const PersonForm& a, const PersonForm& b) { return a.identity == b.identity; });
        if (same) continue;
        Xapian::Document doc = db.get_document(entries[k].did);
        rewrite(doc, entries[k].forms, after);
        db.replace_document(entries[k].did, doc);
        ++rewritten;
    }
    return rewritten;
}

}  // namespace quorum::index
