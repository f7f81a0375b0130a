/** @file document_builder.cpp @brief Schema-driven term, value and data generation for one source file. */
#include "indexer/document_builder.h"

#include <algorithm>
#include <array>

#include "facets/people/people.h"
#include "schema/fields.h"
#include "schema/person_forms.h"
#include "schema/sample_level.h"
#include "schema/stored_record.h"

namespace quorum::index {
namespace {

namespace n = schema::names;

std::string prefix_of(std::string_view field) { return std::string(schema::field(field).prefix); }
Xapian::valueno slot_of(std::string_view field) { return static_cast<Xapian::valueno>(schema::field(field).slot); }

constexpr size_t kMaxTermBytes = 240;

void add_boolean(Xapian::Document& doc, std::string_view field, std::string_view value) {
    if (value.empty()) return;
    std::string term = schema::make_term(schema::field(field).prefix, value);
    if (term.size() <= kMaxTermBytes) doc.add_boolean_term(term);
}

// source:ocr on a document with OCR'd pages, source:text-layer on one with pages of its own text
// (a mixed PDF has both).
void add_text_source_terms(Xapian::Document& doc, const DocumentRecord& r) {
    size_t ocr = 0;
    for (const auto& p : r.page_sources) ocr += p.source == "ocr";
    if (ocr) add_boolean(doc, n::kTextSource, "ocr");
    if (r.page_sources.size() < static_cast<size_t>(r.pages) || r.page_sources.empty())
        add_boolean(doc, n::kTextSource, "text-layer");
}

std::string join_values(const std::vector<FacetValue>& values) {
    std::string out;
    for (const auto& v : values) {
        if (!out.empty()) out += '\n';
        out += v.value;
    }
    return out;
}

std::string hex_to_bytes(std::string_view hex) {
    std::string out;
    for (size_t i = 0; i + 1 < hex.size(); i += 2) out += static_cast<char>(std::stoi(std::string(hex.substr(i, 2)), nullptr, 16));
    return out;
}

// "2025-01-30" -> "20250130"; "" for anything else.
std::string compact_date(const std::string& iso) {
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return "";
    return iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2);
}

// The date, month and year terms of a meeting date (YYYYMMDD).
void add_date_terms(Xapian::Document& doc, const std::string& ymd) {
    doc.add_boolean_term(prefix_of(n::kDate) + ymd);
    doc.add_boolean_term(prefix_of(n::kMonth) + ymd.substr(0, 6));
    doc.add_boolean_term(prefix_of(n::kYear) + ymd.substr(0, 4));
}

// The sides of an item's named votes, each under its field (also the kind of its person
// forms); absent is no vote.
struct VoteSide {
    const std::vector<std::string>* names;
    std::string_view field;
};

std::array<VoteSide, 3> vote_sides(const Vote& vote) {
    return {{{&vote.for_names, n::kVotedFor}, {&vote.against_names, n::kVotedAgainst}, {&vote.abstain_names, n::kAbstained}}};
}

// The name a voter goes by: the person of the meeting the printed name stands for, else the
// name as printed. It is the written name of the voter's person form, so the run's identity
// step gives the vote terms the identity's name as it gives person terms (person_identities.h).
std::string voter_name(const std::string& printed, const std::vector<FacetValue>& people) {
    std::string person = facets::resolve_person(printed, people);
    return person.empty() ? printed : person;
}

}  // namespace

std::string mtime_value(std::int64_t seconds) {
    const auto v = static_cast<std::uint32_t>(seconds < 0 ? 0 : seconds);
    return {static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8), static_cast<char>(v)};
}

std::string mime_type(std::string_view format) {
    if (format == "pdf") return "application/pdf";
    if (format == "html") return "text/html";
    return "text/plain";
}

std::vector<std::string> path_terms(std::string_view path) {
    std::vector<std::string> terms;
    const std::string p = prefix_of(n::kPath);
    for (size_t slash = path.find('/', 1); slash != std::string_view::npos; slash = path.find('/', slash + 1))
        terms.push_back(p + std::string(path.substr(0, slash)));
    std::erase_if(terms, [](const std::string& t) { return t.size() > kMaxTermBytes; });
    return terms;
}

DocumentBuilder::DocumentBuilder() {
    generator_.set_stemmer(Xapian::Stem("english"));
    generator_.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
    field_generator_.set_stemmer(Xapian::Stem("english"));
    field_generator_.set_stemming_strategy(Xapian::TermGenerator::STEM_ALL_Z);
}

void DocumentBuilder::add_facet_terms(Xapian::Document& doc, const DocumentRecord& r) const {
    const auto& f = r.facets;
    for (const auto& c : f.councils) add_boolean(doc, n::kCouncil, schema::facet_term_value(c.value));
    for (const auto& c : f.mentions) add_boolean(doc, n::kMentions, schema::facet_term_value(c.value));
    for (const auto& b : f.bodies) add_boolean(doc, n::kCommittee, schema::facet_term_value(b.value));
    std::vector<FacetValue> staff;  // officer: means the people whose role is officer
    for (const auto& p : f.people) {
        add_boolean(doc, n::kPerson, schema::facet_term_value(p.value));
        add_boolean(doc, n::kRole, p.role);
        if (p.role == "officer") {
            add_boolean(doc, n::kOfficer, schema::facet_term_value(p.value));
            staff.push_back(p);
        }
    }
    for (const auto& t : f.topics) add_boolean(doc, n::kTopic, t.value);
    for (const auto& t : f.doc_types) add_boolean(doc, n::kDocType, t.value);
    const std::string document_ymd = f.dates.empty() ? "" : compact_date(f.dates.front().value);
    if (!document_ymd.empty()) {
        add_date_terms(doc, document_ymd);
        doc.add_value(slot_of(n::kDate), document_ymd);
    }
    // A file of several meetings: each meeting's date and body are the file's too; the dates
    // other than the slot's are also other-meeting dates, which date ranges look up.
    for (const Meeting& m : r.meetings) {
        if (const std::string ymd = compact_date(m.date); !ymd.empty()) {
            add_date_terms(doc, ymd);
            if (ymd != document_ymd) doc.add_boolean_term(prefix_of(n::kOtherMeetingDate) + ymd);
        }
        add_boolean(doc, n::kCommittee, schema::facet_term_value(m.body));
    }
    if (!f.councils.empty()) doc.add_value(slot_of(n::kCouncil), join_values(f.councils));
    if (!f.bodies.empty()) doc.add_value(slot_of(n::kCommittee), f.bodies.front().value);
    if (!staff.empty()) doc.add_value(slot_of(n::kOfficer), join_values(staff));
    if (!f.people.empty()) doc.add_value(slot_of(n::kPerson), join_values(f.people));
    std::vector<FacetValue> speakers;
    for (const auto& item : r.items)
        for (const auto& s : item.speakers)
            if (std::none_of(speakers.begin(), speakers.end(), [&](const FacetValue& v) { return v.value == s; }))
                speakers.push_back({s, "text", 1.0, ""});
    for (const auto& s : speakers) add_boolean(doc, n::kSpeaker, schema::facet_term_value(s.value));
    if (!speakers.empty()) doc.add_value(slot_of(n::kSpeaker), join_values(speakers));
    // The names as written, each its own identity until the run's identity step (person_identities.h).
    std::vector<schema::PersonForm> forms;
    for (const auto& p : f.people) forms.push_back({p.role, p.value, p.value});
    for (const auto& s : speakers) forms.push_back({"speaker", s.value, s.value});
    for (const auto& item : r.items)
        for (const std::string* m : {&item.vote.mover_person, &item.vote.seconder_person})
            if (!m->empty() && std::none_of(forms.begin(), forms.end(), [&](const schema::PersonForm& x) {
                    return x.kind == "mover" && x.written == *m;
                }))
                forms.push_back({"mover", *m, *m});
    for (const auto& item : r.items)
        for (const auto& side : vote_sides(item.vote))
            for (const std::string& printed : *side.names) {
                const std::string name = voter_name(printed, f.people);
                if (std::none_of(forms.begin(), forms.end(), [&](const schema::PersonForm& x) {
                        return x.kind == side.field && x.written == name;
                    }))
                    forms.push_back({std::string(side.field), name, name});
            }
    if (!forms.empty()) doc.add_value(slot_of(n::kPersonForms), schema::encode_person_forms(forms));
    if (!f.topics.empty()) doc.add_value(slot_of(n::kTopic), join_values(f.topics));
    if (!f.doc_types.empty()) doc.add_value(slot_of(n::kDocType), f.doc_types.front().value);
}

namespace {

// The named votes of an item: each voter's name (voter_name) under its side's field and under
// voted: (for, against, abstaining; absent is no vote).
void add_named_votes(Xapian::Document& doc, const Vote& vote, const std::vector<FacetValue>& people) {
    for (const auto& side : vote_sides(vote))
        for (const std::string& printed : *side.names) {
            const std::string value = schema::facet_term_value(voter_name(printed, people));
            add_boolean(doc, side.field, value);
            add_boolean(doc, n::kVoted, value);
        }
}

}  // namespace

std::vector<std::uint32_t> DocumentBuilder::index_items(Xapian::Document& doc, const DocumentRecord& r) {
    generator_.set_document(doc);
    field_generator_.set_document(doc);
    const unsigned title_weight = schema::field(n::kTitle).weight;
    const std::string title_prefix = prefix_of(n::kTitle);
    const std::string resolution_prefix = prefix_of(n::kResolution);
    if (!r.title.empty()) field_generator_.index_text_without_positions(r.title, 1, title_prefix);
    bool resolved = false;
    std::vector<std::uint32_t> positions;
    for (const Item& item : r.items) {
        generator_.increase_termpos(kItemPositionGap);
        positions.push_back(generator_.get_termpos() + 1);
        add_boolean(doc, n::kItemNumber, item.number);
        if (!item.title.empty()) {
            field_generator_.index_text_without_positions(item.title, 1, title_prefix);
            generator_.index_text(item.title, title_weight);
            generator_.increase_termpos(kItemPositionGap);
        }
        generator_.index_text(item.text, schema::field(n::kBody).weight);
        if (!item.resolution.empty()) {
            field_generator_.index_text_without_positions(item.resolution, schema::field(n::kResolution).weight,
                                                          resolution_prefix);
            resolved = true;
        }
        if (!item.vote.result.empty()) add_boolean(doc, n::kResult, item.vote.result);
        if (item.vote.result == "unanimous") add_boolean(doc, n::kResult, "carried");
        add_boolean(doc, n::kMover, schema::facet_term_value(item.vote.mover));
        add_boolean(doc, n::kMover, schema::facet_term_value(item.vote.seconder));
        add_boolean(doc, n::kMover, schema::facet_term_value(item.vote.mover_person));
        add_boolean(doc, n::kMover, schema::facet_term_value(item.vote.seconder_person));
        add_named_votes(doc, item.vote, r.facets.people);
    }
    if (resolved) add_boolean(doc, n::kResolved, "yes");
    add_text_source_terms(doc, r);
    // The generators hold a handle on `doc` (set_document()): let go of it here, on the thread
    // that built it, before the document goes to the writer thread. Xapian counts a handle's
    // references without atomics, so a handle kept until the next build() was released on this
    // thread while the writer thread wrote the same document: a SIGSEGV in replace_document
    // (Xapian::TermIterator::operator++), seen under load in tests/index_tools_test.cpp.
    generator_.set_document(Xapian::Document());
    field_generator_.set_document(Xapian::Document());
    return positions;
}

BuiltDocument DocumentBuilder::build(const DocumentRecord& r) {
    BuiltDocument out;
    out.doc_id = schema::document_id(r.path);

    Xapian::Document& doc = out.document;
    const std::vector<std::uint32_t> item_positions = index_items(doc, r);
    doc.add_boolean_term(prefix_of(n::kId) + out.doc_id);
    doc.add_boolean_term(schema::sample_level_term(schema::sample_level(out.doc_id)));
    for (const auto& t : path_terms(r.path)) doc.add_boolean_term(t);
    add_boolean(doc, n::kMime, mime_type(r.format));
    const size_t dot = r.path.find_last_of('.');
    if (dot != std::string::npos && r.path.find('/', dot) == std::string::npos) {
        std::string ext = r.path.substr(dot + 1);
        std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
        add_boolean(doc, n::kExtension, ext);
    }
    add_facet_terms(doc, r);
    doc.add_value(slot_of(n::kModified), mtime_value(r.stamp.mtime));
    doc.add_value(slot_of(n::kSize), Xapian::sortable_serialise(static_cast<double>(r.stamp.size)));
    doc.add_value(slot_of(n::kContentHash), hex_to_bytes(r.stamp.hash));
    doc.add_value(slot_of(n::kSourcePath), r.path);
    doc.add_value(slot_of(n::kDateOrder), schema::date_order_value(doc.get_value(slot_of(n::kDate)), r.path));
    doc.set_data(schema::stored_data_string(schema::record_to_json(r, out.doc_id, item_positions)));

    return out;
}

}  // namespace quorum::index
