/** @file query_builder.cpp @brief QueryParser set-up from the schema, facet-value matching, syntax checks. */
#include "query/query_builder.h"

#include <algorithm>
#include <cctype>
#include <charconv>

#include "query/date_range.h"
#include "query/facet_match.h"
#include "query/phrase_wildcard.h"
#include "query/query_error.h"
#include "query/query_rewrite.h"
#include "query/spelling.h"
#include "query/synonyms.h"
#include "query/words.h"
#include "schema/document_id.h"
#include "schema/fields.h"

namespace quorum::query {
namespace {

namespace n = schema::names;

constexpr size_t kMaxQueryBytes = 64 * 1024;
constexpr size_t kMaxQueryWords = 1000;  // each word costs a spelling look-up and a posting list

bool is_operator(const std::string& w) {
    return w == "AND" || w == "OR" || w == "NOT" || w == "XOR" || w == "NEAR" || w == "ADJ" || w.starts_with("NEAR/") ||
           w.starts_with("ADJ/");
}

// Matches a facet value forgivingly (query/facet_match.h): an OR of the indexed values it
// stands for. A value that matches none matches no document, and adds a note saying so.
class FacetValueProcessor : public Xapian::FieldProcessor {
public:
    FacetValueProcessor(const Xapian::Database& db, std::string_view field, std::vector<std::string>& notes)
        : db_(db), field_(field), notes_(notes) {}

    Xapian::Query operator()(const std::string& value) override {
        const FacetMatch match = match_facet_value(db_, field_, value);
        if (match.terms.empty()) {
            notes_.push_back(no_match_note(field_, value, match));
            return Xapian::Query::MatchNothing;
        }
        return Xapian::Query(Xapian::Query::OP_OR, match.terms.begin(), match.terms.end());
    }

private:
    const Xapian::Database& db_;
    std::string field_;
    std::vector<std::string>& notes_;  // borrowed from QueryBuilder::Impl
};

// A stems-only field (title:, resolution:): the value's words as Z-prefixed stems under the
// field's prefix, ANDed; a quoted phrase matches its words anywhere in the field (the index
// keeps no positions for these fields).
class StemsFieldProcessor : public Xapian::FieldProcessor {
public:
    StemsFieldProcessor(const Xapian::QueryParser& stems_parser, std::string prefix)
        : parser_(stems_parser), prefix_(std::move(prefix)) {}

    Xapian::Query operator()(const std::string& value) override {
        return parser_.parse_query(value, kStemsFlags, prefix_);
    }

    static constexpr unsigned kStemsFlags = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_NO_POSITIONS;

private:
    Xapian::QueryParser parser_;  // a copy (QueryParser is a reference-counted handle)
    std::string prefix_;
};

// "path:/archive/kent" is a folder (its P term); "path:/archive/kent/2024-03-01.pdf" is a
// file, found by its id (Q + document_id): the index keeps P terms for folders only.
class PathProcessor : public Xapian::FieldProcessor {
public:
    explicit PathProcessor(std::string folder_prefix, std::string id_prefix)
        : folder_prefix_(std::move(folder_prefix)), id_prefix_(std::move(id_prefix)) {}

    Xapian::Query operator()(const std::string& value) override {
        std::string path = value;
        while (path.size() > 1 && path.back() == '/') path.pop_back();
        return Xapian::Query(Xapian::Query::OP_OR, Xapian::Query(folder_prefix_ + path),
                             Xapian::Query(id_prefix_ + schema::document_id(path)));
    }

private:
    std::string folder_prefix_, id_prefix_;
};

// Where extract_phrase_wildcards() put a quoted phrase ending in '*': the field name stands
// in for the phrase in the text Xapian parses, its value is the phrase's index.
constexpr const char* kPhraseWildcardField = "quorumwildcardphrase";

// A phrase ending in '*', by its index in `phrases` (set for each parse): positional in the
// body text, or (with `stems_prefix` set) as stems of a stems-only field.
class PhraseWildcardProcessor : public Xapian::FieldProcessor {
public:
    PhraseWildcardProcessor(const Xapian::Database& db, const std::vector<std::string>& phrases,
                            const std::string* stems_prefix)
        : db_(db), phrases_(phrases), stems_prefix_(stems_prefix) {}

    Xapian::Query operator()(const std::string& value) override {
        size_t n = 0;
        const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), n);
        if (error != std::errc() || end != value.data() + value.size() || n >= phrases_.size())
            throw QueryError("unknown field '" + std::string(kPhraseWildcardField) + ":'", 0);  // typed, not ours
        const std::string& phrase = phrases_[n];
        const size_t star = phrase.find_last_not_of(" \t\n");
        const std::string text = phrase.substr(0, star);
        std::vector<std::string> words;
        for (const Word& w : split_words(text)) words.push_back(w.term);
        if (words.empty() || text.empty() || (std::isspace(static_cast<unsigned char>(text.back())) ||
                                              (std::ispunct(static_cast<unsigned char>(text.back())))))
            throw QueryError("'*' must follow a word, as in \"planning application*\" (in \"" + phrase + "\")", 0);
        if (stems_prefix_) return stems_with_wildcard(db_, words, *stems_prefix_, kMaxWildcardExpansion);
        return phrase_with_wildcard(db_, words, kMaxWildcardExpansion);
    }

private:
    const Xapian::Database& db_;
    const std::vector<std::string>& phrases_;
    const std::string* stems_prefix_;  // borrowed from QueryBuilder::Impl; nullptr: body text
};

// "date:2019-03" (no "..") means that whole month: rewrite to "date:2019-03..2019-03".
std::string expand_single_dates(const std::string& text) {
    std::string out;
    size_t i = 0;
    while (i < text.size()) {
        const size_t at = text.find("date:", i);
        if (at == std::string::npos || (at > 0 && !std::isspace(static_cast<unsigned char>(text[at - 1])) &&
                                        text[at - 1] != '(' && text[at - 1] != '-' && text[at - 1] != '+')) {
            if (at == std::string::npos) {
                out += text.substr(i);
                break;
            }
            out += text.substr(i, at + 5 - i);
            i = at + 5;
            continue;
        }
        size_t end = at + 5;
        while (end < text.size() && !std::isspace(static_cast<unsigned char>(text[end])) && text[end] != ')') ++end;
        const std::string value = text.substr(at + 5, end - at - 5);
        out += text.substr(i, at - i);
        out += "date:" + value;
        if (!value.empty() && value.find("..") == std::string::npos) out += ".." + value;
        i = end;
    }
    return out;
}

// "Did you mean": words the index does not hold, replaced by the closest indexed word.
// Field values (after "name:") and operators are left alone. "" when nothing changes.
std::string spelling_correction(const Xapian::Database& db, const std::string& text) {
    std::string out;
    bool changed = false;
    size_t i = 0;
    while (i < text.size()) {
        if (!std::isalpha(static_cast<unsigned char>(text[i]))) {
            out += text[i++];
            continue;
        }
        size_t end = i;
        while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '\'')) ++end;
        const std::string word = text.substr(i, end - i);
        const bool field_value = i > 0 && text[i - 1] == ':';
        const bool field_name = end < text.size() && text[end] == ':';
        std::string lower = word;
        std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
        if (!field_value && !field_name && !is_operator(word) && word.size() > 2 && !db.term_exists(lower)) {
            const std::string suggestion = suggest_word(db, lower);
            if (!suggestion.empty()) {
                out += suggestion;
                changed = true;
                i = end;
                continue;
            }
        }
        out += word;
        i = end;
    }
    return changed ? out : "";
}

// 0 when `text` is valid UTF-8, else the 1-based byte position of the first bad sequence.
size_t first_invalid_utf8(const std::string& text) {
    for (size_t i = 0; i < text.size();) {
        const unsigned char c = text[i];
        const size_t length = c < 0x80 ? 1 : (c >= 0xC2 && c <= 0xDF) ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
        if (length == 0 || i + length > text.size()) return i + 1;
        for (size_t k = 1; k < length; ++k)
            if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return i + 1;
        i += length;
    }
    return 0;
}

size_t count_words(const std::string& text) {
    size_t words = 0;
    bool in_word = false;
    for (const unsigned char c : text) {
        const bool space = std::isspace(c) || c == '(' || c == ')' || c == '"';
        if (!space && !in_word) ++words;
        in_word = !space;
    }
    return words;
}

// Xapian expands wildcards when the query runs, not when it is parsed: run it once, matching
// nothing, so that a wildcard over the limit is a QueryError here with a message that helps.
void check_wildcard_expansion(const Xapian::Database& db, const Xapian::Query& query) {
    if (query.get_description().find("WILDCARD") == std::string::npos) return;
    try {
        Xapian::Enquire enquire(db);
        enquire.set_query(query);
        (void)enquire.get_mset(0, 0);
    } catch (const Xapian::WildcardError& e) {
        throw QueryError("wildcard matches too many words (limit " + std::to_string(kMaxWildcardExpansion) +
                             "); make it longer: " + e.get_msg(),
                         0);
    }
}

Xapian::Query any_of(const std::vector<Xapian::Query>& qs) {
    return Xapian::Query(Xapian::Query::OP_OR, qs.begin(), qs.end());
}

}  // namespace

void check_query_syntax(const std::string& text) {
    if (text.size() > kMaxQueryBytes)
        throw QueryError("query is " + std::to_string(text.size()) + " bytes; the limit is " +
                             std::to_string(kMaxQueryBytes),
                         0);
    for (size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = text[i];
        if (c < 0x20 && c != '\t' && c != '\n')
            throw QueryError("control character (code " + std::to_string(c) + ") at character " + std::to_string(i + 1),
                             i + 1);
    }
    if (const size_t bad = first_invalid_utf8(text))
        throw QueryError("invalid UTF-8 at byte " + std::to_string(bad) + " (queries must be UTF-8 text)", bad);
    if (const size_t words = count_words(text); words > kMaxQueryWords)
        throw QueryError("query has " + std::to_string(words) + " words; the limit is " + std::to_string(kMaxQueryWords),
                         0);
    // Quotes and parentheses.
    size_t open_quote = 0;
    bool in_quote = false;
    std::vector<size_t> parens;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') {
            in_quote = !in_quote;
            if (in_quote) open_quote = i + 1;
        } else if (!in_quote && c == '(') {
            parens.push_back(i + 1);
            if (parens.size() > 100) throw QueryError("parentheses nested more than 100 deep", i + 1);
        } else if (!in_quote && c == ')') {
            if (parens.empty()) throw QueryError("unmatched ')' at character " + std::to_string(i + 1), i + 1);
            parens.pop_back();
        }
    }
    if (in_quote) throw QueryError("unclosed quote opened at character " + std::to_string(open_quote), open_quote);
    if (!parens.empty())
        throw QueryError("unclosed '(' at character " + std::to_string(parens.back()), parens.back());

    // Words outside quotes: dangling operators and unknown prefixes.
    struct Word {
        std::string text;
        size_t pos;
    };
    std::vector<Word> words;
    in_quote = false;
    std::string cur;
    size_t start = 0;
    auto flush = [&] {
        if (!cur.empty()) words.push_back({cur, start});
        cur.clear();
    };
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') in_quote = !in_quote;
        if (!in_quote && (std::isspace(static_cast<unsigned char>(c)) || c == '(' || c == ')')) {
            flush();
            if (c == '(' || c == ')') words.push_back({std::string(1, c), i + 1});
            continue;
        }
        if (cur.empty()) start = i + 1;
        cur += c;
    }
    flush();
    const auto fields = QueryBuilder::field_names();
    for (size_t k = 0; k < words.size(); ++k) {
        const Word& w = words[k];
        if (is_operator(w.text)) {
            const bool unary_not = w.text == "NOT" && k > 0 && is_operator(words[k - 1].text) && words[k - 1].text != "NOT";
            const bool at_start = k == 0 || words[k - 1].text == "(";
            const bool at_end = k + 1 == words.size() || words[k + 1].text == ")";
            const bool after_op = k > 0 && is_operator(words[k - 1].text) && !unary_not;
            if (at_end || (at_start && w.text != "NOT") || (after_op && w.text != "NOT"))
                throw QueryError("operator " + w.text + " at character " + std::to_string(w.pos) +
                                     " needs a term on both sides",
                                 w.pos);
            continue;
        }
        const size_t colon = w.text.find(':');
        if (colon != std::string::npos && colon > 0 && w.text[0] != '"') {
            std::string name = w.text.substr(0, colon);
            if (name[0] == '+' || name[0] == '-') name.erase(0, 1);
            const bool plain = !name.empty() && std::all_of(name.begin(), name.end(), [](unsigned char c) {
                return std::islower(c) || c == '_';
            });
            if (plain && name != "http" && name != "https" &&
                std::find(fields.begin(), fields.end(), name) == fields.end()) {
                std::string known;
                for (const auto& f : fields) known += (known.empty() ? "" : ", ") + f;
                throw QueryError("unknown field '" + name + ":' at character " + std::to_string(w.pos) +
                                     " (known: " + known + ")",
                                 w.pos);
            }
            if (plain && colon + 1 == w.text.size())
                throw QueryError("field '" + name + ":' at character " + std::to_string(w.pos) + " has no value", w.pos);
        }
    }
}

struct QueryBuilder::Impl {
    const Xapian::Database& db;
    Xapian::QueryParser parser;        ///< the query language (body text positional, STEM_SOME)
    Xapian::QueryParser stems_parser;  ///< stems-only fields: STEM_ALL_Z, no positions
    std::vector<std::unique_ptr<Xapian::FieldProcessor>> keep_alive;
    std::vector<std::string> wildcard_phrases;  ///< the phrases ending in '*' of the query being parsed
    std::string stems_prefix;                   ///< the field parse_stems() is parsing for
    std::vector<std::string> notes;             ///< filter values that matched nothing, this parse

    explicit Impl(const Xapian::Database& d) : db(d) {
        auto body_phrases = std::make_unique<PhraseWildcardProcessor>(db, wildcard_phrases, nullptr);
        parser.add_prefix(kPhraseWildcardField, body_phrases.get());
        keep_alive.push_back(std::move(body_phrases));
        auto stems_phrases = std::make_unique<PhraseWildcardProcessor>(db, wildcard_phrases, &stems_prefix);
        stems_parser.add_prefix(kPhraseWildcardField, stems_phrases.get());
        keep_alive.push_back(std::move(stems_phrases));

        stems_parser.set_database(db);
        stems_parser.set_stemmer(Xapian::Stem("english"));
        stems_parser.set_stemming_strategy(Xapian::QueryParser::STEM_ALL_Z);
        stems_parser.set_default_op(Xapian::Query::OP_AND);
        add_fields(stems_parser, false);

        parser.set_database(db);
        parser.set_stemmer(Xapian::Stem("english"));
        parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
        parser.set_default_op(Xapian::Query::OP_AND);
        parser.set_max_expansion(kMaxWildcardExpansion, Xapian::Query::WILDCARD_LIMIT_ERROR);
        add_fields(parser, true);
    }

    // Every query-language field of the schema. Stems-only fields go through a
    // StemsFieldProcessor in the main parser (`stems_by_processor`), and are plain prefixes in
    // the stems parser.
    void add_fields(Xapian::QueryParser& p, bool stems_by_processor) {
        for (const auto& f : schema::fields()) {
            for (auto alias : f.aliases) {
                const std::string a(alias);
                if (f.name == n::kDate) continue;  // handled by the range processor
                if (f.kind == schema::FieldKind::Stems && stems_by_processor) {
                    auto proc = std::make_unique<StemsFieldProcessor>(stems_parser, std::string(f.prefix));
                    p.add_prefix(a, proc.get());
                    keep_alive.push_back(std::move(proc));
                } else if (f.kind != schema::FieldKind::Boolean) {
                    p.add_prefix(a, std::string(f.prefix));
                } else if (f.name == n::kPath) {
                    auto proc = std::make_unique<PathProcessor>(std::string(f.prefix),
                                                                std::string(schema::field(n::kId).prefix));
                    p.add_boolean_prefix(a, proc.get());
                    keep_alive.push_back(std::move(proc));
                } else if (is_named_facet(f.name)) {
                    auto proc = std::make_unique<FacetValueProcessor>(db, f.name, notes);
                    p.add_boolean_prefix(a, proc.get());
                    keep_alive.push_back(std::move(proc));
                } else {
                    p.add_boolean_prefix(a, std::string(f.prefix));
                }
            }
        }
        const auto& date = schema::field(n::kDate);
        p.add_rangeprocessor((new MeetingDateRangeProcessor(static_cast<Xapian::valueno>(date.slot), "date:", &db))->release());
    }

    // The text Xapian parses: field names in lower case, phrases ending in '*' set aside in
    // `wildcard_phrases`, dates and abbreviations expanded, phrases in stems-only fields as groups.
    std::string rewrite(const std::string& text) {
        PhraseWildcards split = extract_phrase_wildcards(lowercase_field_names(text, field_names()), kPhraseWildcardField);
        wildcard_phrases = std::move(split.phrases);
        std::string out = phrases_to_groups(expand_synonyms(expand_single_dates(split.text)), stems_field_names());
        // Those fields hold stems only, which a prefix cannot be matched against: say so rather
        // than match nothing.
        if (const std::string word = stems_field_wildcard(out, stems_field_names()); !word.empty())
            throw QueryError("a wildcard does not work in title: or resolution: (they keep word stems only): \"" + word +
                                 "\"; search the words without the *, or the body text",
                             0);
        return out;
    }

    static std::vector<std::string> stems_field_names() {
        std::vector<std::string> names;
        for (const auto& f : schema::fields())
            if (f.kind == schema::FieldKind::Stems)
                for (auto a : f.aliases) names.emplace_back(a);
        return names;
    }

    static bool is_named_facet(std::string_view name) {
        return name == n::kCouncil || name == n::kCommittee || name == n::kOfficer || name == n::kMentions ||
               name == n::kTopic || name == n::kDocType || name == n::kMover || name == n::kPerson ||
               name == n::kSpeaker || name == n::kRole || name == n::kVoted || name == n::kVotedFor ||
               name == n::kVotedAgainst || name == n::kAbstained;
    }

    Xapian::Query facet(std::string_view field, const std::vector<std::string>& values) {
        std::vector<Xapian::Query> qs;
        for (const auto& v : values) {
            FacetValueProcessor proc(db, field, notes);
            qs.push_back(proc(v));
        }
        return any_of(qs);
    }
};

QueryBuilder::QueryBuilder(const Xapian::Database& db) : impl_(std::make_unique<Impl>(db)) {}
QueryBuilder::~QueryBuilder() = default;

std::vector<std::string> QueryBuilder::field_names() {
    std::vector<std::string> names;
    for (const auto& f : schema::fields())
        for (auto a : f.aliases) names.emplace_back(a);
    return names;
}

Xapian::Query QueryBuilder::parse_text(const std::string& text, const std::string& default_prefix) const {
    check_query_syntax(lowercase_field_names(text, field_names()));
    constexpr unsigned flags = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_WILDCARD |
                               Xapian::QueryParser::FLAG_PURE_NOT | Xapian::QueryParser::FLAG_AUTO_SYNONYMS;
    try {
        return impl_->parser.parse_query(impl_->rewrite(text), flags, default_prefix);
    } catch (const Xapian::QueryParserError& e) {
        throw QueryError(e.get_msg(), 0);
    } catch (const Xapian::WildcardError& e) {
        throw QueryError("wildcard matches too many words (limit " + std::to_string(kMaxWildcardExpansion) +
                             "); make it longer: " + e.get_msg(),
                         0);
    }
}

Xapian::Query QueryBuilder::parse_stems(const std::string& text, const std::string& prefix) const {
    check_query_syntax(lowercase_field_names(text, field_names()));
    try {
        impl_->stems_prefix = prefix;
        return impl_->stems_parser.parse_query(impl_->rewrite(text), StemsFieldProcessor::kStemsFlags, prefix);
    } catch (const Xapian::QueryParserError& e) {
        throw QueryError(e.get_msg(), 0);
    }
}

ParsedQuery QueryBuilder::parse(const std::string& text, const Filters& filters) const {
    ParsedQuery out;
    impl_->notes.clear();
    std::vector<Xapian::Query> filter_parts;
    const auto& f = filters;
    if (!f.councils.empty()) filter_parts.push_back(impl_->facet(n::kCouncil, f.councils));
    if (!f.bodies.empty()) filter_parts.push_back(impl_->facet(n::kCommittee, f.bodies));
    if (!f.officers.empty()) filter_parts.push_back(impl_->facet(n::kOfficer, f.officers));
    if (!f.people.empty()) filter_parts.push_back(impl_->facet(n::kPerson, f.people));
    if (!f.speakers.empty()) filter_parts.push_back(impl_->facet(n::kSpeaker, f.speakers));
    if (!f.roles.empty()) filter_parts.push_back(impl_->facet(n::kRole, f.roles));
    if (!f.topics.empty()) filter_parts.push_back(impl_->facet(n::kTopic, f.topics));
    if (!f.types.empty()) filter_parts.push_back(impl_->facet(n::kDocType, f.types));
    const std::vector<Xapian::Query> undated_parts = filter_parts;  // the filters but the dates
    if (!f.from.empty() || !f.to.empty()) {
        MeetingDateRangeProcessor range(static_cast<Xapian::valueno>(schema::field(n::kDate).slot), "", &impl_->db);
        filter_parts.push_back(range(f.from, f.to));
    }

    if (f.resolutions_only)
        filter_parts.emplace_back(schema::make_term(schema::field(n::kResolved).prefix, "yes"));
    Xapian::Query user = text.empty() ? Xapian::Query::MatchAll : parse_text(text);
    if (f.resolutions_only && !text.empty()) {
        // The words must be in a resolution (stems, no positions); phrases and NEAR are
        // checked on the document's positional text.
        user = Xapian::Query(Xapian::Query::OP_AND, parse_stems(text, std::string(schema::field(n::kResolution).prefix)),
                             user);
    }
    check_wildcard_expansion(impl_->db, user);
    if (!text.empty()) out.corrected = spelling_correction(impl_->db, text);
    out.query = filter_parts.empty()
                    ? user
                    : Xapian::Query(Xapian::Query::OP_FILTER, user,
                                    Xapian::Query(Xapian::Query::OP_AND, filter_parts.begin(), filter_parts.end()));
    out.description = user.get_description();
    if (!f.from.empty() || !f.to.empty()) {
        // What the dates leave out for having none: no value in the date slot.
        const Xapian::Query dated(Xapian::Query::OP_VALUE_GE, static_cast<Xapian::valueno>(schema::field(n::kDate).slot), "0");
        Xapian::Query rest = user;
        for (const auto& part : undated_parts) rest = Xapian::Query(Xapian::Query::OP_FILTER, rest, part);
        out.undated_left_out = Xapian::Query(Xapian::Query::OP_AND_NOT, rest, dated);
    }
    // Decisions parse the words twice (text and resolution stems): each note once.
    for (auto& note : impl_->notes)
        if (std::find(out.notes.begin(), out.notes.end(), note) == out.notes.end()) out.notes.push_back(std::move(note));
    impl_->notes.clear();
    return out;
}

}  // namespace quorum::query
