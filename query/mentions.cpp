/** @file mentions.cpp @brief Candidate documents from the index, occurrences from their stored text. */
#include "query/mentions.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <tuple>

#include "query/phrase_wildcard.h"
#include "query/query_error.h"
#include "query/search_notes.h"
#include "query/words.h"
#include "schema/fields.h"
#include "schema/person_forms.h"
#include "schema/index_data_codec.h"
#include "schema/stored_record.h"

namespace quorum::query {
namespace {

namespace n = schema::names;

constexpr size_t kContextBytes = 70;

bool word_matches(const std::string& term, const MentionPattern& p, size_t k) {
    if (k + 1 == p.words.size() && p.last_is_prefix) return term.compare(0, p.words[k].size(), p.words[k]) == 0;
    return term == p.words[k];
}

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Up to `bytes` bytes before `end` (or after `begin`), cut at a UTF-8 boundary and a space,
// whitespace collapsed.
std::string collapse(std::string_view s) {
    std::string out;
    bool space = false;
    for (char c : s) {
        if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
            space = true;
            continue;
        }
        if (space && !out.empty()) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

std::string context_before(std::string_view text, size_t end) {
    size_t begin = end > kContextBytes ? end - kContextBytes : 0;
    while (begin > 0 && begin < end && is_continuation(static_cast<unsigned char>(text[begin]))) ++begin;
    if (begin > 0) {
        const size_t space = text.find(' ', begin);
        if (space != std::string_view::npos && space < end) begin = space + 1;
    }
    std::string out = collapse(text.substr(begin, end - begin));
    if (!text.substr(begin, end - begin).empty() && std::isspace(static_cast<unsigned char>(text[end - 1]))) out += ' ';
    return out;
}

std::string context_after(std::string_view text, size_t begin) {
    size_t end = std::min(text.size(), begin + kContextBytes);
    while (end < text.size() && is_continuation(static_cast<unsigned char>(text[end]))) --end;
    if (end < text.size()) {
        const size_t space = text.rfind(' ', end);
        if (space != std::string_view::npos && space > begin) end = space;
    }
    std::string out = collapse(text.substr(begin, end - begin));
    if (begin < end && std::isspace(static_cast<unsigned char>(text[begin]))) out.insert(out.begin(), ' ');
    return out;
}

void scan_segment(std::string_view text, const MentionPattern& p, const std::function<void(size_t, size_t)>& found) {
    const std::vector<Word> words = split_words(text);
    const size_t n = p.words.size();
    for (size_t i = 0; i + n <= words.size(); ++i) {
        bool all = true;
        for (size_t k = 0; k < n && all; ++k) all = word_matches(words[i + k].term, p, k);
        if (all) found(words[i].begin, words[i + n - 1].end);
    }
}

Xapian::Query candidate_query(const Xapian::Database& db, const MentionPattern& p) {
    if (p.last_is_prefix) return phrase_with_wildcard(db, p.words, kMaxWildcardExpansion);
    std::vector<Xapian::Query> parts(p.words.begin(), p.words.end());
    if (parts.size() == 1) return parts.front();
    return Xapian::Query(Xapian::Query::OP_PHRASE, parts.begin(), parts.end(), static_cast<Xapian::termcount>(parts.size()));
}

std::string period_key(const std::string& date, MentionPeriod period) {
    if (date.size() < 7) return "undated";
    return period == MentionPeriod::Month ? date.substr(0, 7) : date.substr(0, 4);
}

// A word that may label an item before its title: a number ("118", "7.1", "2024/25"), a letter or
// roman numeral ("(a)", "iv"), or "Item"/"Minute".
bool is_item_label(const std::string& term) {
    if (std::any_of(term.begin(), term.end(), [](unsigned char c) { return std::isdigit(c); })) return true;
    if (term.size() == 1) return true;
    if (term == "item" || term == "minute" || term == "min" || term == "no") return true;
    return term.size() <= 4 && term.find_first_not_of("ivxl") == std::string::npos;
}

}  // namespace

MentionPattern parse_mention_pattern(const std::string& phrase) {
    std::string text = phrase;
    // Quotes around the phrase are allowed ("county lines" typed with its quotes).
    std::erase(text, '"');
    MentionPattern p;
    size_t last = text.find_last_not_of(" \t\n");
    if (last != std::string::npos && text[last] == '*') {
        p.last_is_prefix = true;
        text.erase(last);
    }
    if (const size_t star = text.find('*'); star != std::string::npos)
        throw QueryError("'*' is only allowed at the end of the last word (at character " + std::to_string(star + 1) + ")",
                         star + 1);
    for (const Word& w : split_words(text)) p.words.push_back(w.term);
    if (p.words.empty()) throw QueryError("no word to look for in \"" + phrase + "\"", 0);
    if (p.last_is_prefix && !text.empty() && !std::isalnum(static_cast<unsigned char>(text.back())) &&
        static_cast<unsigned char>(text.back()) < 0x80)
        throw QueryError("'*' must follow a word (\"licens*\")", phrase.size());
    // A lone short prefix would list most of the index; in a phrase the other words narrow it.
    if (p.last_is_prefix && p.words.size() == 1 && p.words.back().size() < 3)
        throw QueryError("a wildcard needs at least 3 letters before the '*'", phrase.size());
    return p;
}

std::optional<std::pair<size_t, size_t>> title_span_in_text(std::string_view title, std::string_view text) {
    // Up to this many label words may come before the title: "Item 3 (a) Minutes ...".
    constexpr size_t kLeadingWords = 3;
    const std::vector<Word> title_words = split_words(title);
    if (title_words.empty()) return std::nullopt;
    const std::vector<Word> text_words = split_words(text, title_words.size() + kLeadingWords);
    for (size_t start = 0; start <= kLeadingWords && start + title_words.size() <= text_words.size(); ++start) {
        bool same = true;
        for (size_t k = 0; k < title_words.size() && same; ++k) same = text_words[start + k].term == title_words[k].term;
        if (same) return std::make_pair(text_words[start].begin, text_words[start + title_words.size() - 1].end);
        if (!is_item_label(text_words[start].term)) break;
    }
    // Or a paragraph of its own near the start, after a date or a reference line: "ROLL CALL".
    constexpr size_t kHeadingWithin = 1000;
    for (size_t begin = 0; begin < text.size() && begin < kHeadingWithin;) {
        const size_t end = std::min(text.find("\n\n", begin), text.size());
        const std::string_view block = text.substr(begin, end - begin);
        const std::vector<Word> words = split_words(block, title_words.size() + 1);
        bool same = words.size() == title_words.size();
        for (size_t k = 0; k < words.size() && same; ++k) same = words[k].term == title_words[k].term;
        if (same) return std::make_pair(begin + words.front().begin, begin + words.back().end);
        begin = end + 2;
    }
    return std::nullopt;
}

std::vector<Mention> scan_document(const nlohmann::json& data, const MentionPattern& pattern) {
    std::vector<Mention> out;
    const auto items = data.find("items");
    if (items == data.end() || !items->is_array()) return out;
    const nlohmann::json facets = schema::stored_facet_summary(data);
    const nlohmann::json meetings = schema::stored_meetings(data);
    const std::vector<std::string> council = facets["council"].get<std::vector<std::string>>();
    for (size_t i = 0; i < items->size(); ++i) {
        const auto& item = (*items)[i];
        if (!item.is_object()) continue;
        const std::string title = item.value("title", "");
        const std::string_view text = schema::stored_item_text(data, i);
        // The date and body of the item's meeting (a file may hold several), else the file's.
        // A later meeting with no date of its own stays undated.
        const size_t k = schema::stored_meeting_of_item(meetings, i);
        const nlohmann::json& meeting = meetings[k];
        const std::string meeting_date = meeting.value("date", ""), meeting_body = meeting.value("body", "");
        const std::string date = !meeting_date.empty() ? meeting_date : k == 0 ? facets["date"].get<std::string>() : "";
        const std::string body = meeting_body.empty() ? facets["body"].get<std::string>() : meeting_body;
        // A heading printed in the text is the title: its words are found there, once.
        const auto heading = title_span_in_text(title, text);
        for (const bool title_scan : {true, false}) {
            if (title_scan && heading) continue;
            const std::string_view segment = title_scan ? std::string_view(title) : text;
            scan_segment(segment, pattern, [&](size_t begin, size_t end) {
                Mention m;
                m.doc_id = data.value("id", "");
                m.path = data.value("path", "");
                m.source_url = data.value("source_url", "");
                m.format = data.value("format", "");
                m.date = date;
                m.council = council;
                m.body = body;
                m.item = i;
                m.item_number = item.value("number", "");
                m.speakers = item.value("speakers", std::vector<std::string>{});
                m.item_title = title;
                m.in_title = title_scan || (heading && begin >= heading->first && begin < heading->second);
                m.page = title_scan ? schema::stored_item_page(data, i, 0) : schema::stored_item_page(data, i, begin);
                const nlohmann::json ocr = schema::stored_ocr_pages(data, m.page, m.page);
                if (!ocr.is_null()) m.ocr_confidence = ocr["confidence"].get<int>();
                m.offset = begin;
                m.before = context_before(segment, begin);
                m.match = std::string(segment.substr(begin, end - begin));
                m.after = context_after(segment, end);
                out.push_back(std::move(m));
            });
        }
    }
    return out;
}

void fill_empty_periods(std::map<std::string, size_t>& counts, MentionPeriod period) {
    std::vector<std::string> dated;
    for (const auto& [key, count] : counts)
        if (key != "undated") dated.push_back(key);
    if (dated.size() < 2) return;
    // Keys are "YYYY" or "YYYY-MM" (period_key), so they sort in time order.
    const size_t key_size = period == MentionPeriod::Year ? 4 : 7;
    const auto well_formed = [&](const std::string& key) {
        return key.size() == key_size && std::all_of(key.begin(), key.end(), [](char c) {
                   return std::isdigit(static_cast<unsigned char>(c)) || c == '-';
               });
    };
    if (!well_formed(dated.front()) || !well_formed(dated.back())) return;
    const auto padded = [](int n, size_t width) {
        const std::string digits = std::to_string(n);
        return std::string(width > digits.size() ? width - digits.size() : 0, '0') + digits;
    };
    int year = std::stoi(dated.front().substr(0, 4));
    int month = period == MentionPeriod::Month ? std::stoi(dated.front().substr(5, 2)) : 1;
    for (std::string key = dated.front(); key < dated.back() && year <= 9999;) {
        if (period == MentionPeriod::Year || ++month > 12) {
            ++year;
            month = 1;
        }
        key = period == MentionPeriod::Year ? padded(year, 4) : padded(year, 4) + "-" + padded(month, 2);
        counts.try_emplace(key, 0);
    }
}

MentionsResult for_each_mention(const Xapian::Database& db, const std::string& phrase, const Filters& filters,
                                MentionPeriod period, const std::function<void(const Mention&)>& sink,
                                const Deadline& deadline) {
    const MentionPattern pattern = parse_mention_pattern(phrase);
    const QueryBuilder builder(db);
    const ParsedQuery filter = builder.parse("", filters);
    const Xapian::Query query(Xapian::Query::OP_FILTER, candidate_query(db, pattern), filter.query);

    MentionsResult out;
    out.parsed = query.get_description();
    out.notes = filter.notes;
    if (!filter.undated_left_out.empty())
        out.undated_left_out =
            count_exactly(db, Xapian::Query(Xapian::Query::OP_FILTER, candidate_query(db, pattern), filter.undated_left_out));
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    Xapian::MSet mset;
    try {
        const auto decider = deadline.decider(db, "the match");
        mset = enquire.get_mset(0, db.get_doccount(), nullptr, decider.get());
    } catch (const Xapian::WildcardError& e) {
        throw QueryError("wildcard matches too many words (limit " + std::to_string(kMaxWildcardExpansion) +
                             "); make it longer: " + e.get_msg(),
                         0);
    }
    // Oldest meeting first, undated last, then by path: sorted here from each candidate's two
    // values rather than by a KeyMaker, which Xapian 1.4's remote backend (a sharded index's
    // remote shards) does not run.
    struct Candidate {
        std::string date, path;
        Xapian::docid did;
    };
    std::vector<Candidate> order;
    order.reserve(mset.size());
    const auto date_slot = static_cast<Xapian::valueno>(schema::field(n::kDate).slot);
    const auto path_slot = static_cast<Xapian::valueno>(schema::field(n::kSourcePath).slot);
    for (auto it = mset.begin(); it != mset.end(); ++it) {
        const Xapian::Document doc = it.get_document();
        std::string date = doc.get_value(date_slot);
        order.push_back({date.empty() ? "\xff" : std::move(date), doc.get_value(path_slot), *it});
    }
    std::sort(order.begin(), order.end(),
              [](const Candidate& a, const Candidate& b) { return std::tie(a.date, a.path) < std::tie(b.date, b.path); });
    const schema::IndexDataCodecs codecs(db);
    const auto forms_slot = static_cast<Xapian::valueno>(schema::field(n::kPersonForms).slot);
    for (const Candidate& c : order) {
        deadline.check("reading the mentions");
        const Xapian::Document doc = db.get_document(c.did);
        const std::string stored = doc.get_data();
        const auto data = schema::parse_stored(codecs.for_data(c.did, stored), stored);
        std::vector<Mention> found = scan_document(data, pattern);
        // Speakers by their identity within the council (docs/people.md), as the speaker facet names them.
        const auto identities = schema::identity_names(doc.get_value(forms_slot));
        for (auto& m : found)
            for (auto& s : m.speakers)
                if (const auto it = identities.find(s); it != identities.end()) s = it->second;
        if (found.empty()) continue;
        ++out.documents;
        out.total += found.size();
        for (const auto& m : found) {
            if (period != MentionPeriod::Person) ++out.by_period[period_key(m.date, period)];
            else if (m.speakers.empty()) ++out.by_period[std::string(kNoSpeaker)];
            for (const auto& s : period == MentionPeriod::Person ? m.speakers : std::vector<std::string>{})
                ++out.by_period[s];
            sink(m);
        }
    }
    if (period != MentionPeriod::Person) fill_empty_periods(out.by_period, period);
    return out;
}

MentionsResult find_mentions(const Xapian::Database& db, const std::string& phrase, const Filters& filters,
                             MentionPeriod period, const Deadline& deadline) {
    std::vector<Mention> mentions;
    MentionsResult out =
        for_each_mention(db, phrase, filters, period, [&](const Mention& m) { mentions.push_back(m); }, deadline);
    out.mentions = std::move(mentions);
    return out;
}

}  // namespace quorum::query
