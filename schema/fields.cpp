/** @file fields.cpp @brief The schema table itself. Every prefix and value slot Quorum uses is written here and nowhere else. */
#include "schema/fields.h"

#include "schema/sample_level.h"

#include <cctype>
#include <sstream>
#include <stdexcept>

namespace quorum::schema {

const std::vector<Field>& fields() {
    using K = FieldKind;
    using V = ValueEncoding;
    // Slots 0 and 2 keep Omega's meanings (mtime, size); Quorum's own slots start at 5.
    static const std::vector<Field> table = {
        {names::kId, "Q", K::Boolean, -1, V::None, false, {}, 0,
         "unique id: 'd' + 16 hex digits of the path's hash (one Xapian document per source file)"},
        {names::kSampleLevel, "XSAMPLE", K::Boolean, -1, V::None, false, {}, 0,
         "sampling level 0-20 from the id's hash (schema/sample_level.h): counts beyond the exact limit "
         "read the documents of the deeper levels, the same documents in one index and in its shards"},
        {names::kPath, "P", K::Boolean, -1, V::None, true, {"path"}, 0,
         "path prefixes: one term per folder above the file; path: on a file's own path finds its Q id"},
        {names::kMime, "T", K::Boolean, -1, V::None, true, {"mime"}, 0, "MIME type, e.g. application/pdf"},
        {names::kExtension, "E", K::Boolean, -1, V::None, false, {"ext"}, 0, "file extension, lower case"},
        {names::kTitle, "S", K::Stems, -1, V::None, true, {"title"}, 5,
         "document and item titles (terms ZS...); item titles also count 5x in the body text"},
        {names::kBody, "", K::FreeText, -1, V::None, true, {}, 1,
         "every item's title and text, unprefixed, positional (stored once, in the data's 'text')"},
        {names::kResolution, "XRES", K::Stems, -1, V::None, true, {"resolution", "decision"}, 1,
         "resolution / decision text ('RESOLVED that ...'), terms ZXRES..."},
        {names::kItemNumber, "XITEM", K::Boolean, -1, V::None, true, {"item"}, 0,
         "item numbers as printed ('84', '3', '09.17.01'), one term per item"},
        {names::kResolved, "XRESOLVED", K::Boolean, -1, V::None, true, {"resolved"}, 0,
         "'yes' on documents with at least one resolution"},
        {names::kResult, "XRESULT", K::Boolean, -1, V::None, true, {"result"}, 0,
         "how an item's motion ended, one term per item that states it: carried, lost, unanimous (also carried)"},
        {names::kMover, "XMOVER", K::Boolean, -1, V::None, true, {"mover", "seconder"}, 0,
         "who moved or seconded an item's motion, as printed (term value normalised)"},
        {names::kVoted, "XVOTED", K::Boolean, -1, V::None, true, {"voted"}, 0,
         "people named voting on an item's motion, for, against or abstaining (a roll call in the text or a "
         "table), by the person's identity within the council (as person: names them) when the printed name "
         "stands for a person of the meeting, else as printed (term value normalised)"},
        {names::kVotedFor, "XVFOR", K::Boolean, -1, V::None, true, {"votedfor"}, 0,
         "people named voting for an item's motion, as voted: has them"},
        {names::kVotedAgainst, "XVAGAINST", K::Boolean, -1, V::None, true, {"votedagainst"}, 0,
         "people named voting against an item's motion, as voted: has them"},
        {names::kAbstained, "XVABSTAIN", K::Boolean, -1, V::None, true, {"abstained"}, 0,
         "people named abstaining on an item's motion, as voted: has them"},
        {names::kTextSource, "XSOURCE", K::Boolean, -1, V::None, true, {"source"}, 0,
         "where the text came from: 'ocr' on documents with OCR'd pages, 'text-layer' on documents with text "
         "of their own (a mixed PDF has both)"},
        {names::kCouncil, "XCOUNCIL", K::Boolean, 10, V::StringList, true, {"council"}, 0,
         "publishing authority (canonical name; term value normalised)"},
        {names::kMentions, "XMENTION", K::Boolean, -1, V::None, true, {"mentions"}, 0,
         "councils named in the text but not the publisher"},
        {names::kCommittee, "XBODY", K::Boolean, 11, V::String, true, {"body", "committee"}, 0,
         "body or committee that met"},
        {names::kDate, "D", K::Boolean, 5, V::DateYYYYMMDD, true, {"date"}, 0,
         "meeting date: value YYYYMMDD and term DYYYYMMDD (Omega's convention)"},
        {names::kOtherMeetingDate, "XDATE", K::Boolean, -1, V::None, true, {}, 0,
         "a file that holds several meetings: each meeting date other than the file's own (the date slot's), "
         "term XDATEYYYYMMDD; date: ranges and --from/--to find them"},
        {names::kMonth, "M", K::Boolean, -1, V::None, false, {"month"}, 0, "meeting month: term MYYYYMM"},
        {names::kYear, "Y", K::Boolean, -1, V::None, false, {"year"}, 0, "meeting year: term YYYYY"},
        {names::kOfficer, "XOFFICER", K::Boolean, 12, V::StringList, true, {"officer"}, 0,
         "people of the meeting whose role is officer (staff), as the person field names them"},
        {names::kPerson, "XPERSON", K::Boolean, 20, V::StringList, true, {"person", "people"}, 0,
         "people of the meeting (listed present, in attendance, with apologies or absent, or speaking), the fullest name "
         "without titles that the person has in the council's documents (one identity, docs/people.md)"},
        {names::kRole, "XROLE", K::Boolean, -1, V::None, true, {"role"}, 0,
         "the roles people had at the meeting: chair, member, officer, attending, public, apologies, absent"},
        {names::kSpeaker, "XSPEAKER", K::Boolean, 21, V::StringList, true, {"speaker"}, 0,
         "people shown speaking on an item (introduced, presented, asked, answered, moved), as the person field names them"},
        {names::kPersonForms, "", K::Boolean, 26, V::StringList, false, {}, 0,
         "each person, speaker, mover and named voter as the document writes them and the identity they are "
         "within the council (docs/people.md): one line each: the role (or 'speaker', 'mover', or a named vote's "
         "side: 'voted_for', 'voted_against', 'abstained'), the written name and the identity, tab-separated"},
        {names::kTopic, "XTOPIC", K::Boolean, 13, V::StringList, true, {"topic"}, 0,
         "topic slugs from the taxonomy"},
        {names::kDocType, "XTYPE", K::Boolean, 14, V::String, true, {"type"}, 0,
         "document type: minutes, agenda, decision or report"},
        {names::kModified, "", K::Boolean, 0, V::BigEndian32, false, {}, 0,
         "file modification time, 4-byte big-endian seconds (Omega's slot 0)"},
        {names::kSize, "", K::Boolean, 2, V::SortableNumber, false, {}, 0,
         "file size in bytes, sortable_serialise (Omega's slot 2)"},
        {names::kContentHash, "", K::Boolean, 7, V::Raw, false, {}, 0,
         "XXH3-128 hash of the file's bytes (16 bytes)"},
        {names::kSourcePath, "", K::Boolean, 8, V::String, false, {}, 0,
         "the file's path as indexed (for incremental runs)"},
        {names::kFacetConfig, "", K::Boolean, 9, V::Raw, false, {}, 0,
         "XXH3-128 of the facet configuration that applied to the file (manifest row, folder defaults, "
         "taxonomy, date order, rules version): a run re-labels the documents whose configuration changed"},
        {names::kIndexedAt, "", K::Boolean, 15, V::BigEndian32, false, {}, 0,
         "when the index first received the file's current content, 4-byte big-endian seconds (kept when "
         "the file is only touched, moved or re-labelled; quorum serve's Atom feed lists newest first by it)"},
        {names::kDateOrder, "", K::Boolean, 16, V::String, false, {}, 0,
         "the meeting date (YYYYMMDD, empty when undated), a newline and the file's path as indexed: date sorts "
         "order by it, so meetings on the same date come in the same order from one index and from its shards"},
    };
    return table;
}

const Field& field(std::string_view name) {
    for (const auto& f : fields())
        if (f.name == name) return f;
    throw std::out_of_range("schema has no field named '" + std::string(name) + "'");
}

std::optional<Field> field_for_alias(std::string_view alias) {
    for (const auto& f : fields())
        for (auto a : f.aliases)
            if (a == alias) return f;
    return std::nullopt;
}

std::string make_term(std::string_view prefix, std::string_view value) {
    std::string term(prefix);
    if (!prefix.empty() && !value.empty() && (std::isupper(static_cast<unsigned char>(value[0])) || value[0] == ':'))
        term += ':';
    term += value;
    return term;
}

std::string date_order_value(std::string_view ymd, std::string_view path) {
    std::string value(ymd);
    value += '\n';
    value += path;
    return value;
}

std::string facet_term_value(std::string_view value) {
    std::string out;
    bool dash = false;
    for (unsigned char c : value) {
        if (std::isalnum(c) || c >= 0x80) {
            if (dash && !out.empty()) out += '-';
            dash = false;
            out += static_cast<char>(std::tolower(c));
        } else {
            dash = true;
        }
        if (out.size() >= 200) break;
    }
    return out;
}

namespace {

std::string_view kind_name(const Field& f) {
    if (f.kind == FieldKind::FreeText) return "free text";
    if (f.kind == FieldKind::Stems) return "stems";
    return f.prefix.empty() ? "value only" : "boolean";
}

std::string_view encoding_name(ValueEncoding e) {
    switch (e) {
        case ValueEncoding::None: return "";
        case ValueEncoding::String: return "string";
        case ValueEncoding::StringList: return "strings joined by newline";
        case ValueEncoding::DateYYYYMMDD: return "YYYYMMDD";
        case ValueEncoding::SortableNumber: return "sortable_serialise";
        case ValueEncoding::BigEndian32: return "4-byte big-endian";
        case ValueEncoding::Raw: return "raw bytes";
    }
    return "";
}

}  // namespace

std::string schema_markdown_table() {
    // Built with a stream: GCC 12 at -O3 gives a false -Wrestrict on long string concatenations.
    std::ostringstream out;
    out << "| field | prefix | kind | slot | slot encoding | stored | query aliases | description |\n"
           "|---|---|---|---|---|---|---|---|\n";
    for (const auto& f : fields()) {
        std::string aliases;
        for (auto a : f.aliases) {
            if (!aliases.empty()) aliases += ", ";
            aliases.append(a).append(":");
        }
        out << "| " << f.name << " | ";
        if (!f.prefix.empty()) out << '`' << f.prefix << '`';
        out << " | " << kind_name(f) << " | ";
        if (f.slot >= 0) out << f.slot;
        out << " | " << encoding_name(f.encoding) << " | " << (f.stored ? "yes" : "") << " | " << aliases << " | "
            << f.description << " |\n";
    }
    return out.str();
}

}  // namespace quorum::schema
