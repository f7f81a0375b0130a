/** @file council_util.cpp @brief Scans text for authority names: gazetteer n-grams with a designator word, acronyms, guarded bare place names, and "X Parish Council" patterns. */
#include "facets/council_util.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

namespace quorum::facets::council_util {
namespace {

constexpr size_t kMaxNameWords = 12;  // "Office of the Police, Fire and Crime Commissioner for Avon and Somerset"
constexpr size_t kMaxPlaceWords = 6;  // "Armagh City, Banbridge and Craigavon"

bool is_upper(char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }
bool is_lower(char c) { return std::islower(static_cast<unsigned char>(c)) != 0; }
bool is_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

/// One word of the text: letters, digits, inner apostrophes and hyphens, non-ASCII letters; or "&".
struct Token {
    size_t begin = 0;
    size_t end = 0;
    std::string lowered;
    bool has_capital = false;     ///< "Blaby", "HBBC", "fERRY"
    bool starts_capital = false;  ///< first character upper case
    bool all_caps = false;
};

// Dashes and the no-break space separate words; other UTF-8 sequences (letters, curly
// apostrophes) belong to them.
size_t utf8_separator(std::string_view s, size_t i) {
    for (std::string_view sep : {"\u2013", "\u2014", "\u00a0", "\u2022", "\u201c", "\u201d"})
        if (s.substr(i, sep.size()) == sep) return sep.size();
    return 0;
}

bool is_word_byte(std::string_view s, size_t i) {
    const char c = s[i];
    if (is_alnum(c)) return true;
    if (static_cast<unsigned char>(c) >= 0x80) return utf8_separator(s, i) == 0;
    // An apostrophe or hyphen joins two word characters: "King's", "Stoke-on-Trent".
    return (c == '\'' || c == '-') && i > 0 && i + 1 < s.size() && is_alnum(s[i - 1]) && is_alnum(s[i + 1]);
}

Token make_token(std::string_view text, size_t begin, size_t end) {
    Token t{begin, end, lower(text.substr(begin, end - begin)), false, is_upper(text[begin]), true};
    bool letters = false;
    for (size_t i = begin; i < end; ++i) {
        if (is_upper(text[i])) t.has_capital = true, letters = true;
        if (is_lower(text[i])) t.all_caps = false, letters = true;
    }
    t.all_caps = t.all_caps && letters;
    return t;
}

std::vector<Token> tokenise(std::string_view text) {
    std::vector<Token> tokens;
    for (size_t i = 0; i < text.size();) {
        if (text[i] == '&') {
            tokens.push_back(make_token(text, i, i + 1));
            ++i;
        } else if (is_word_byte(text, i)) {
            size_t end = i;
            while (end < text.size() && is_word_byte(text, end)) ++end;
            tokens.push_back(make_token(text, i, end));
            i = end;
        } else {
            const size_t n = utf8_separator(text, i);
            i += n ? n : 1;
        }
    }
    return tokens;
}

bool is_designator(std::string_view lowered) {
    static constexpr std::array<std::string_view, 34> words = {
        "council", "councils", "authority", "police", "constabulary", "commissioner", "commissioners",
        "partnership", "board", "panel", "service", "brigade", "corporation", "fire", "dc", "bc", "cc",
        "mbc", "mdc", "lbc", "cbc", "pcc", "opcc", "pfcc", "lb", "rb", "borough", "district", "assembly",
        "committee", "trust", "comhairle", "csp", "executive"};
    return std::find(words.begin(), words.end(), lowered) != words.end();
}

bool is_title(std::string_view lowered) {
    static constexpr std::array<std::string_view, 16> titles = {
        "mr", "mrs", "ms", "miss", "dr", "cllr", "clr", "councillor", "sir", "lord", "lady",
        "inspector", "insp", "supt", "sergeant", "pc"};
    return std::find(titles.begin(), titles.end(), lowered) != titles.end();
}

bool is_joining_word(std::string_view lowered) {
    return lowered == "and" || lowered == "&" || lowered == "of" || lowered == "the" || lowered == "for";
}

// Counties name areas far more often than their councils, so "Kent" alone is never a mention.
bool place_may_be_mentioned(const GazetteerEntry& e) {
    if (e.kind == "county") return false;
    if (e.kind == "sample") return e.canonical.find("County Council") == std::string::npos;
    static constexpr std::array<std::string_view, 7> kinds = {"district", "unitary", "metropolitan", "london-borough",
                                                              "welsh", "scottish", "northern-ireland"};
    return std::find(kinds.begin(), kinds.end(), e.kind) != kinds.end();
}

bool listed_acronym(const GazetteerEntry& e, std::string_view written) {
    return std::find(e.aliases.begin(), e.aliases.end(), written) != e.aliases.end();
}

/// True when only spaces separate tokens a and b (so they read as one proper noun).
bool adjacent(std::string_view text, const Token& a, const Token& b) {
    for (size_t i = a.end; i < b.begin; ++i)
        if (text[i] != ' ') return false;
    return true;
}

bool at_sentence_start(std::string_view text, const Token& t) {
    size_t i = t.begin;
    while (i > 0 && text[i - 1] == ' ') --i;
    return i == 0 || text[i - 1] == '.' || text[i - 1] == ':' || text[i - 1] == '|';
}

// A bare place ("Melton") is taken only where it stands alone as a name.
bool stands_alone(std::string_view text, const std::vector<Token>& tokens, size_t first, size_t last) {
    if (first > 0) {
        const Token& prev = tokens[first - 1];
        if (is_title(prev.lowered)) return false;
        if (prev.has_capital && adjacent(text, prev, tokens[first])) return false;
        // "Duke of Edinburgh", "Bank of England": part of a longer proper noun.
        if ((prev.lowered == "of" || prev.lowered == "the") && first > 1 && tokens[first - 2].has_capital) return false;
    }
    if (last + 1 < tokens.size() && tokens[last + 1].has_capital && adjacent(text, tokens[last], tokens[last + 1]))
        return false;
    if (last + 1 < tokens.size() && tokens[last + 1].lowered.rfind("carriage", 0) == 0) return false;  // "Hackney carriage"
    return first != last || !at_sentence_start(text, tokens[first]);
}

struct Scanner {
    std::string_view text;
    const Gazetteer& gazetteer;
    bool with_places;
    std::vector<Token> tokens;
    std::vector<size_t> next_designator;  ///< index of the first designator at or after i

    void index_designators() {
        next_designator.assign(tokens.size() + 1, tokens.size());
        for (size_t i = tokens.size(); i-- > 0;)
            next_designator[i] = is_designator(tokens[i].lowered) ? i : next_designator[i + 1];
    }

    const GazetteerEntry* lookup(size_t first, size_t last) const {
        if (is_joining_word(tokens[last].lowered)) return nullptr;
        return gazetteer.find(text.substr(tokens[first].begin, tokens[last].end - tokens[first].begin));
    }

    // The longest acceptable name starting at token i, or nullopt.
    std::optional<NameMatch> match_at(size_t i) const {
        if (!tokens[i].starts_capital) return std::nullopt;
        const size_t remaining = tokens.size() - i;
        const bool designated_ahead = next_designator[i] < i + kMaxNameWords;
        const size_t longest = std::min(remaining, designated_ahead ? kMaxNameWords : kMaxPlaceWords);
        for (size_t n = longest; n >= 1; --n) {
            const size_t last = i + n - 1;
            const bool designated = next_designator[i] <= last;
            const bool acronym = n == 1 && tokens[i].all_caps && tokens[i].end - tokens[i].begin >= 3;
            if (!designated && !acronym && !(with_places && n <= kMaxPlaceWords)) continue;
            const GazetteerEntry* e = lookup(i, last);
            if (!e) continue;
            if (designated) return NameMatch{e, tokens[i].begin, tokens[last].end, false};
            if (acronym && listed_acronym(*e, text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin)))
                return NameMatch{e, tokens[i].begin, tokens[last].end, false};
            if (with_places && place_may_be_mentioned(*e) && stands_alone(text, tokens, i, last))
                return NameMatch{e, tokens[i].begin, tokens[last].end, true};
        }
        return std::nullopt;
    }
};

// --- Patterns for authorities the gazetteer does not list --------------------------------

bool is_pattern_stopword(std::string_view lowered) {
    static constexpr std::array<std::string_view, 50> words = {
        "of", "the", "for", "at", "to", "in", "on", "by", "from", "a", "an", "minutes", "minute", "notes",
        "meeting", "meetings", "held", "agenda", "draft", "ordinary", "annual", "extraordinary", "special",
        "joint", "emergency", "monthly", "summary", "report", "this", "that", "each", "every", "our", "your",
        "their", "its", "local", "other", "all", "any", "neighbouring", "with", "full", "official", "dear",
        "member", "members", "events", "news", "report"};
    // Words that end a place name: times ("7:00 p.m."), offices and people ("City of Boston Mayor
    // ..."), buildings ("... Government Center"), and the bodies that meet ("Port of Alsea Board").
    static constexpr std::array<std::string_view, 52> ends = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "am", "pm", "p", "a", "mayor", "councillor", "councilor", "councilmember", "government", "center", "centre",
        "chamber", "chambers", "hall", "building", "room", "office", "offices", "department", "board", "commission",
        "commissioners", "committee", "council", "regular", "workshop", "voting", "hearing", "hearings", "session",
        "staff", "notice", "public"};  // "CITY OF FERNBROOK STAFF REPORT", "... NOTICE OF PUBLIC MEETING"
    return std::find(words.begin(), words.end(), lowered) != words.end() ||
           std::find(ends.begin(), ends.end(), lowered) != ends.end();
}

// Designators of authorities named "<Place> <designator>", longest first.
const std::vector<std::vector<std::string_view>>& council_designators() {
    static const std::vector<std::vector<std::string_view>> designators = {
        {"city", "and", "county", "council"}, {"annual", "parish", "meeting"}, {"parish", "council"}, {"town", "council"},
        {"community", "council"},             {"village", "council"}, {"city", "council"},
        {"county", "council"},                {"borough", "council"}, {"district", "council"},
        {"township", "council"},              {"township"},  // "Nipissing Township" is the Township of Nipissing
        // Public bodies outside the UK named "<Place> <kind>": school, college, library and park
        // districts, county boards of education and health.
        {"unified", "school", "district"},    {"school", "district"}, {"community", "college", "district"},
        {"college", "district"},              {"library", "district"}, {"public", "library", "district"},
        {"park", "district"},                 {"board", "of", "education"}, {"board", "of", "health"},
    };
    return designators;
}

size_t designator_length_at(const std::vector<Token>& tokens, size_t i) {
    for (const auto& d : council_designators()) {
        if (i + d.size() > tokens.size()) continue;
        bool same = true;
        for (size_t k = 0; k < d.size() && same; ++k) same = tokens[i + k].lowered == d[k];
        if (same) return d.size();
    }
    return 0;
}

// Walks left from token `i` over capitalised place words ("SOULDERN", "Stoke fERRY",
// "Limerick City and ..."); returns the index of the first, or i when there is none.
size_t place_start_before(std::string_view text, const std::vector<Token>& tokens, size_t i) {
    size_t first = i;
    for (size_t k = i; k-- > 0 && i - k <= 3;) {
        const Token& t = tokens[k];
        if (!adjacent(text, t, tokens[k + 1])) break;
        if (t.lowered == "and" || t.lowered == "&" || t.lowered == "upon" || t.lowered == "on") {
            if (k == 0) break;
            continue;  // kept only if a place word precedes it
        }
        if (!t.has_capital || is_pattern_stopword(t.lowered)) break;
        first = k;
    }
    return first;
}

std::string span_text(std::string_view text, const std::vector<Token>& tokens, size_t first, size_t last) {
    return std::string(text.substr(tokens[first].begin, tokens[last].end - tokens[first].begin));
}

// The name for "<place> <designator>": the annual parish meeting is convened by, and minuted
// for, the parish council; a city council the gazetteer does not list (outside the UK) is
// named as the city: "DES MOINES CITY COUNCIL" -> "City of Des Moines"; a township the same way
// ("Ashgrove Township" -> "Township of Ashgrove").
std::string authority_name(std::string_view text, const std::vector<Token>& tokens, size_t first, size_t designator, size_t length) {
    const std::string place = title_case(span_text(text, tokens, first, designator - 1));
    if (tokens[designator].lowered == "annual") return place + " Parish Council";
    if (length == 2 && tokens[designator].lowered == "city") return "City of " + place;
    if (tokens[designator].lowered == "township") return "Township of " + place;
    return title_case(span_text(text, tokens, first, designator + length - 1));
}

void find_named_councils(std::string_view text, const std::vector<Token>& tokens,
                         std::vector<std::pair<size_t, std::string>>& found) {
    for (size_t i = 0; i < tokens.size(); ++i) {
        const size_t d = designator_length_at(tokens, i);
        if (d == 0) continue;
        const size_t first = place_start_before(text, tokens, i);
        if (first < i) found.emplace_back(tokens[first].begin, authority_name(text, tokens, first, i, d));
        i += d - 1;
    }
}

// "<Kind> of <Place>": the kinds of municipality and district named that way.
bool is_place_kind(std::string_view lowered) {
    static constexpr std::array<std::string_view, 8> kinds = {"city", "town", "township", "village", "port", "borough",
                                                              "municipality", "county"};
    return std::find(kinds.begin(), kinds.end(), lowered) != kinds.end();
}

// Whether the word at `k` begins the name of a body rather than continuing a place name: the
// word after it is a body's noun ("City of Fernbrook Licensing Board", "City of Ashgrove Planning
// Commission", "City of Ashgrove City Council"), as when a heading's lines are read as one.
// The same for the kind of sitting: the word before "Hearing", "Session" or "Workshop" says what
// kind it was ("Town of Marblehaven Transactional Hearing", "... Budget Session"), whatever it is.
bool starts_body_name(std::string_view text, const std::vector<Token>& tokens, size_t k) {
    static constexpr std::array<std::string_view, 10> nouns = {"board", "commission", "committee", "council", "authority", "panel",
                                                               "hearing", "hearings", "session", "workshop"};
    const auto is_noun = [&](size_t t) { return std::find(nouns.begin(), nouns.end(), tokens[t].lowered) != nouns.end(); };
    if (k + 1 >= tokens.size() || !adjacent(text, tokens[k], tokens[k + 1])) return false;
    // A body named for two things: "Parks and Recreation Advisory Board", "Health & Safety Committee".
    if (tokens[k + 1].lowered == "and" || tokens[k + 1].lowered == "&") {
        for (size_t t = k + 2; t < tokens.size() && t <= k + 5 && tokens[t].has_capital && adjacent(text, tokens[t - 1], tokens[t]); ++t)
            if (is_noun(t)) return true;
        return false;
    }
    if (!is_noun(k + 1)) return false;
    // "Committee of the Whole" (the council sitting as one committee) has no qualifier before it:
    // "CITY OF HOLLISTER FALLS COMMITTEE OF THE WHOLE" is the City of Hollister Falls.
    const bool of_the_whole = k + 4 < tokens.size() && tokens[k + 2].lowered == "of" && tokens[k + 3].lowered == "the" &&
                              tokens[k + 4].lowered == "whole";
    return !of_the_whole;
}

// "City of Winnipeg", "COUNCIL OF THE CITY OF NEW YORK" -> "City of New York", "Township of
// Nipissing", "Port of Alsea".
void find_cities(std::string_view text, const std::vector<Token>& tokens, std::vector<std::pair<size_t, std::string>>& found) {
    for (size_t i = 0; i + 2 < tokens.size(); ++i) {
        if (!is_place_kind(tokens[i].lowered) || tokens[i + 1].lowered != "of" || !tokens[i].has_capital) continue;
        if (tokens[i].lowered != "city" && !tokens[i + 2].has_capital) continue;
        size_t last = i + 1;
        for (size_t k = i + 2; k < tokens.size() && k < i + 5; ++k) {
            if (!tokens[k].has_capital || is_pattern_stopword(tokens[k].lowered) || !adjacent(text, tokens[k - 1], tokens[k]))
                break;
            if (k > i + 2 && starts_body_name(text, tokens, k)) break;
            // A place name keeps one case: after "Nipissing", OCR's reading of a logo's letters
            // ("NIPI I") or a state's code ("Ashgrove MN") changes to capitals and ends the name
            // ("CITY OF NEW YORK" is capitals throughout).
            if (k > i + 2 && tokens[k].all_caps != tokens[i + 2].all_caps) break;
            last = k;
        }
        if (last <= i + 1) continue;
        std::string name = title_case(span_text(text, tokens, i, last));
        // Letter-spaced print: "City of Cleve l a n d".
        for (size_t k = last + 1; k < tokens.size() && tokens[k].end - tokens[k].begin == 1 && !tokens[k].has_capital &&
                                  adjacent(text, tokens[k - 1], tokens[k]);
             ++k)
            name += tokens[k].lowered;
        found.emplace_back(tokens[i].begin, std::move(name));
    }
}

// "#1", "No. 2", "4", "1-MANHATTAN": the board's number, and a place written after it.
bool board_number(const std::vector<Token>& tokens, size_t i, std::string& number, std::string& place_after) {
    size_t k = i;
    if (k < tokens.size() && (tokens[k].lowered == "no" || tokens[k].lowered == "number")) ++k;
    if (k >= tokens.size()) return false;
    const std::string& t = tokens[k].lowered;
    size_t digits = 0;
    while (digits < t.size() && std::isdigit(static_cast<unsigned char>(t[digits]))) ++digits;
    if (digits == 0 || digits > 2) return false;
    number = t.substr(0, digits);
    if (digits + 1 < t.size() && t[digits] == '-') place_after = t.substr(digits + 1);
    else if (k + 1 < tokens.size() && tokens[k + 1].has_capital) place_after = tokens[k + 1].lowered;
    return true;
}

}  // namespace

std::vector<std::string> find_community_boards(std::string_view text) {
    static constexpr std::array<std::string_view, 5> boroughs = {"manhattan", "bronx", "brooklyn", "queens", "staten"};
    const std::vector<Token> tokens = tokenise(text);
    std::vector<std::string> out;
    for (size_t i = 0; i + 2 < tokens.size(); ++i) {
        if (tokens[i].lowered != "community" || tokens[i + 1].lowered != "board") continue;
        std::string number, place_after;
        if (!board_number(tokens, i + 2, number, place_after)) continue;
        std::string place = i > 0 ? tokens[i - 1].lowered : "";
        if (std::find(boroughs.begin(), boroughs.end(), place) == boroughs.end()) place = place_after;
        if (std::find(boroughs.begin(), boroughs.end(), place) == boroughs.end()) continue;
        std::string name = title_case(place) + " Community Board " + number;
        if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(std::move(name));
    }
    return out;
}

std::vector<NameMatch> find_names(std::string_view text, const Gazetteer& gazetteer, bool with_places, size_t limit) {
    Scanner s{text.substr(0, std::min(limit, text.size())), gazetteer, with_places, {}, {}};
    s.tokens = tokenise(s.text);
    s.index_designators();
    std::vector<NameMatch> out;
    for (size_t i = 0; i < s.tokens.size(); ++i) {
        auto m = s.match_at(i);
        if (!m) continue;
        out.push_back(*m);
        while (i + 1 < s.tokens.size() && s.tokens[i + 1].begin < m->end) ++i;
    }
    return out;
}

std::vector<std::string> find_authority_patterns(std::string_view text) {
    const std::vector<Token> tokens = tokenise(text);
    std::vector<std::pair<size_t, std::string>> found;
    find_named_councils(text, tokens, found);
    find_cities(text, tokens, found);
    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<std::string> out;
    for (auto& [pos, name] : found)
        if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(std::move(name));
    return out;
}

std::string title_case(std::string_view text) {
    static constexpr std::array<std::string_view, 10> small = {"and", "of", "the", "upon", "on", "in",
                                                               "with", "under", "le", "by"};
    std::string out = lower(text);
    size_t word_start = 0;
    for (size_t i = 0; i <= out.size(); ++i) {
        if (i < out.size() && out[i] != ' ' && out[i] != '-') continue;
        const std::string_view word(out.data() + word_start, i - word_start);
        const bool keep_small = word_start > 0 && std::find(small.begin(), small.end(), word) != small.end();
        if (!word.empty() && !keep_small) out[word_start] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[word_start])));
        word_start = i + 1;
    }
    return out;
}

bool is_all_caps(std::string_view text) {
    bool letters = false;
    for (char c : text) {
        if (is_lower(c)) return false;
        letters = letters || is_upper(c);
    }
    return letters;
}

}  // namespace quorum::facets::council_util
