/** @file meeting_date.cpp @brief Finds the date of the meeting a document records: labelled fields, the heading area and title first; previous, next and discussed meetings never. */
#include "facets/meeting_date.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <set>

#include "facets/date_util.h"

namespace quorum::facets {
namespace {

using date_util::DateMatch;

constexpr size_t kHeadChars = 3000;   // the heading area: the first blocks up to this many characters
constexpr size_t kHeadBlocks = 40;
constexpr size_t kScanChars = 400000; // labels and "held on" are looked for this far into a document

// The label a date stands after ("Date:", "Date of decision:", "Publication date:").
enum class Label { None, Meeting, Decision, Publication, Other };

/// What surrounds one date found in the heading area.
struct DateContext {
    std::string before;    ///< lower case, the text before the date (with the previous block when the date opens its block)
    std::string sentence;  ///< the tail of `before` after the last sentence break
    std::string after;     ///< lower case, up to 120 characters after the date
    std::string previous;  ///< lower case, the block before the date's block
    size_t block_index = 0;
    bool opens_block = false;    ///< nothing but "on"/"held"/punctuation before it in its block
    bool date_heading = false;   ///< the block is little more than the date ("Tuesday 7 February 2023 at 6.00 pm")
    bool weekday = false;
    bool item_heading = false;   ///< the block starts with an item number ("42. MINUTES OF ...")
    bool closes_heading = false; ///< one of the first blocks, short, and the date ends it (a time may follow)
    bool summons = false;        ///< the sentence calls the meeting ("are hereby summoned", "notice is hereby given")
    bool signed_off = false;     ///< a signature block: "Signed: ..., Clerk" then "Date: ..."
    bool date_column = false;    ///< the block before is a table's header row with a "Date" column
    bool under_minutes_approval = false;  ///< under an "Approval of minutes" heading: an earlier meeting
    bool heading_block = false;  ///< the block is a heading
};

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool contains(std::string_view haystack, std::string_view needle) { return haystack.find(needle) != std::string_view::npos; }

bool contains_any(std::string_view haystack, const std::vector<std::string_view>& needles) {
    return std::any_of(needles.begin(), needles.end(), [&](std::string_view n) { return contains(haystack, n); });
}

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// "date **", "Date:", "DATE: |" -> "date".
std::string strip_label_tail(std::string_view s) {
    size_t end = s.size();
    while (end > 0 && std::string_view(" \t*:|-_\u00a0").find(s[end - 1]) != std::string_view::npos) --end;
    return std::string(s.substr(0, end));
}

// Short words written with a full stop inside a sentence: "Co. Limerick", "St. Norbert", "Mr. Kern".
bool is_abbreviation_before(const std::string& before, size_t dot) {
    static constexpr std::array<std::string_view, 12> kAbbreviations = {"co", "st", "rd", "mr", "mrs", "ms", "dr",
                                                                        "no", "ave", "ltd", "cllr", "nos"};
    size_t start = dot;
    while (start > 0 && std::isalpha(static_cast<unsigned char>(before[start - 1]))) --start;
    const std::string_view word = std::string_view(before).substr(start, dot - start);
    return std::find(kAbbreviations.begin(), kAbbreviations.end(), word) != kAbbreviations.end();
}

std::string last_sentence(const std::string& before) {
    size_t cut = 0;
    for (size_t i = before.find(". "); i != std::string::npos; i = before.find(". ", i + 1))
        if (i > 1 && std::isalpha(static_cast<unsigned char>(before[i - 1])) &&
            std::isalpha(static_cast<unsigned char>(before[i - 2])) && !is_abbreviation_before(before, i))
            cut = i + 2;  // "Apologies were received. The ..." but not "St. Norbert", "E. Cleveland", "Co. Limerick"
    return before.substr(cut);
}

bool starts_with_item_number(std::string_view text) {
    size_t i = 0;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
    return i > 0 && i < 4 && i < text.size() && (text[i] == '.' || text[i] == ')' || text[i] == ' ');
}

// --- Scoring ---------------------------------------------------------------------------

// "Closing date", "Date of next meeting": labels of dates that are not the meeting's.
bool other_kind_of_date(const std::string& tail) {
    static constexpr std::array<std::string_view, 16> kinds = {
        "closing", "due", "expiry", "start", "end", "effective", "review", "target", "implementation",
        "completion", "issue", "print", "report", "next", "deadline", "response"};
    std::string_view rest(tail.data(), tail.size() - 4);  // tail ends with "date"
    while (!rest.empty() && rest.back() == ' ') rest.remove_suffix(1);
    const size_t cut = rest.find_last_of(" |");
    const std::string_view word = cut == std::string_view::npos ? rest : rest.substr(cut + 1);
    return std::find(kinds.begin(), kinds.end(), word) != kinds.end();
}

// A field label written just before the date ("Date:", "Meeting Date", "Date of decision:").
Label label_kind(const std::string& before) {
    const std::string tail = strip_label_tail(before);
    if (ends_with(tail, "date of decision") || ends_with(tail, "decision date") || ends_with(tail, "decided at meeting"))
        return Label::Decision;
    if (ends_with(tail, "publication date") || ends_with(tail, "date published") || ends_with(tail, "date of publication"))
        return Label::Publication;
    if (ends_with(tail, "next meeting") || ends_with(tail, "next meeting is")) return Label::Other;
    if (ends_with(tail, "date of meeting") || ends_with(tail, "meeting date") || ends_with(tail, "date held") ||
        ends_with(tail, "date of the meeting"))
        return Label::Meeting;
    const bool ends_with_date_word = ends_with(tail, "date") && (tail.size() == 4 || !std::isalpha(static_cast<unsigned char>(tail[tail.size() - 5])));
    if (!ends_with_date_word) return Label::None;  // not "update", "candidate"
    return other_kind_of_date(tail) ? Label::Other : Label::Meeting;
}

// "the next meeting of the Board", "minutes of the previous meeting": the last meeting the
// sentence names is another one. ("Draft minutes subject to approval at the next meeting.
// Ordinary Meeting of the Parish Council Wednesday 4 July 2018" names its own meeting last.)
bool refers_to_other_meeting(const std::string& sentence) {
    const size_t at = sentence.rfind("meeting");
    if (at == std::string::npos) return contains(sentence, "previous");
    const std::string_view lead = std::string_view(sentence).substr(at < 14 ? 0 : at - 14, std::min<size_t>(at, 14));
    return contains_any(lead, {"next", "future", "previous", "last", "following", "subsequent", "adjourned"});
}

// Another meeting (previous, next, future), a deadline or a publication: never the meeting date.
bool names_another_date(const DateContext& c) {
    static const std::vector<std::string_view> before_cues = {
        "date of next", "until", "postpone", "defer", "last annual", "the minutes of", "minutes of the last", "confirm the minutes",
        "approve the minutes", "approval of the minutes", "printed", "issued", "despatch",
        "dispatch", "circulated", "deadline", "closing date", "expire", "dated", "date of birth", "will be held",
        "would be held", "to be held", "scheduled", "due to", "will take place", "would take place",
        "to take place", "adjourned to", "reconvene", "no later than", "by noon", "before", "since", "between",
        "from ", "posted", "updated", "revised", "amended", "cabinet on", "approved by"};
    // A summons or notice calls this meeting: its "will be held" / "to be held" is the meeting's own date.
    static const std::vector<std::string_view> future_cues = {"will be held", "would be held", "to be held", "scheduled",
                                                              "will take place", "would take place", "to take place"};
    static const std::vector<std::string_view> after_cues = {
        "(item", "were approved", "be approved", "was approved", "were agreed", "be agreed", "were confirmed",
        "be confirmed", "be signed", "were signed", "was signed", "correct record", "accurate record",
        "true record", "taken as read", "were adopted", "was adopted", "be adopted", "were checked",
        "were received", "be received", "as a true", "as a correct", "as an accurate"};
    if (c.under_minutes_approval) return true;
    if (refers_to_other_meeting(c.sentence)) return true;
    // "Subject to approval by the Council on April 8, 2019", "APPROVED 4/8/2019": when these minutes
    // were (or will be) approved, at a later meeting. Only the words just before the date count.
    if (contains(std::string_view(c.sentence).substr(c.sentence.size() > 40 ? c.sentence.size() - 40 : 0), "approv")) return true;
    for (std::string_view cue : before_cues)
        if (contains(c.sentence, cue) && !(c.summons && contains_any(cue, future_cues))) return true;
    if (contains_any(std::string_view(c.after).substr(0, 90), after_cues)) return true;
    const bool about_minutes = contains(c.sentence, "minutes of the meeting") || contains(c.sentence, "minutes of meeting");
    return (c.item_heading && contains(c.sentence, "minutes")) || (about_minutes && c.block_index > 3);
}

// --- Collecting candidates ---------------------------------------------------------------

// An agenda's opening sentence that calls its own meeting without the word "summons": "A meeting of
// the Finance Committee will be held on Monday 11th March 2019" in the first blocks (a later
// "will be held" is usually another meeting's, and "the next meeting will be held" always is).
// Also a meeting named before its "will be held" ("The Annual Town Meeting will be held on ...").
bool announces_this_meeting(const std::string& sentence, size_t block_index) {
    const bool names_meeting = contains_any(sentence, {"a meeting of", "meeting of the", "meeting will be held",
                                                       "meeting is to be held", "meeting will take place"});
    return block_index < 4 && names_meeting && contains_any(sentence, {"will be held", "to be held", "will take place"}) &&
           !refers_to_other_meeting(sentence);
}

std::optional<std::string> as_iso(const DateMatch& m) { return date_util::iso_date(m.year, m.month, m.day); }

// Each date written in `text`, with its byte offset.
std::vector<std::pair<size_t, DateMatch>> dates_in(std::string_view text, bool prefer_mdy, size_t limit = std::string_view::npos) {
    std::vector<std::pair<size_t, DateMatch>> out;
    const size_t end = std::min(limit, text.size());
    for (size_t pos = 0; pos < end; ++pos) {
        if (!date_util::could_start_date(text, pos)) continue;
        if (auto m = date_util::match_date(text.substr(pos), prefer_mdy)) {
            out.emplace_back(pos, *m);
            pos += m->length - 1;
        }
    }
    return out;
}

bool is_connector(std::string_view prefix) {
    const std::string p = lower(strip_label_tail(prefix));
    return p.empty() || p == "on" || p == "held" || p == "held on" || p == "date" || p.size() <= 3;
}

// What may follow a date that closes a heading line: nothing, or a time ("at 5.00 pm", "7.30pm").
bool ends_heading(std::string_view after) {
    size_t i = after.find_first_not_of(" ,.-\u2013");
    if (i == std::string_view::npos) return true;
    std::string_view rest = after.substr(i);
    if (rest.rfind("at ", 0) == 0) rest.remove_prefix(3);
    if (rest.empty() || !std::isdigit(static_cast<unsigned char>(rest[0]))) return false;
    return rest.size() <= 12 && (contains(rest, "am") || contains(rest, "pm") || contains(rest, "a.m") ||
                                 contains(rest, "p.m") || contains(rest, ":") || contains(rest, "."));
}

// "Signed: J Penrose, Town Clerk", "Clerk to the Council": the line over a signing date.
bool is_signature_line(std::string_view text) {
    const std::string l = lower(text.substr(0, 120));
    return text.size() <= 100 && (l.rfind("signed", 0) == 0 || l.rfind("signature", 0) == 0 || contains(l, "clerk") ||
                                  contains(l, "proper officer"));
}

// A table's header row: a few capitalised words, no digits, one of them "Date" ("Title of Meeting
// Date Place Time Attendees").
bool is_header_row_with_date(std::string_view text) {
    if (text.size() > 80) return false;
    size_t words = 0;
    bool date = false;
    for (size_t i = 0; i < text.size();) {
        while (i < text.size() && text[i] == ' ') ++i;
        const size_t start = i;
        while (i < text.size() && text[i] != ' ') ++i;
        if (i == start) break;
        const std::string_view w = text.substr(start, i - start);
        if (std::any_of(w.begin(), w.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); })) return false;
        date = date || lower(w) == "date";
        ++words;
    }
    return date && words >= 3 && words <= 10;
}

// Under an "Approval of minutes" heading, within the three blocks before: the dates there name
// the earlier meetings whose minutes are approved ("B. APPROVAL OF MINUTES" / "1." / "Minutes - June 25, 2024").
bool under_minutes_approval(const std::vector<extract::Block>& blocks, size_t index) {
    for (size_t k = index; k-- > 0 && k + 6 >= index;) {
        const std::string l = lower(blocks[k].text);
        if (l.size() <= 60 && contains(l, "minutes") && contains_any(l, {"approv", "confirm", "adopt", "previous", "last meeting"}))
            return true;
        // Another section heading ends the search; item numbers ("2.") and the items' own lines do not.
        if (blocks[k].kind == extract::BlockKind::Heading && !contains(l, "minutes") && l.find(' ') != std::string::npos) return false;
    }
    return false;
}

DateContext make_context(const std::vector<extract::Block>& blocks, size_t index, size_t pos, const DateMatch& m) {
    const std::string& text = blocks[index].text;
    DateContext c;
    c.block_index = index;
    c.weekday = m.has_weekday;
    c.opens_block = is_connector(std::string_view(text).substr(0, pos));
    c.date_heading = text.size() <= m.length + 40;
    c.item_heading = starts_with_item_number(text) && text.find_first_not_of(' ') != pos;  // not "12 September 2024"
    std::string before = text.substr(0, pos);
    if (c.opens_block && index > 0) before = blocks[index - 1].text + " " + before;
    c.before = lower(before.size() > 240 ? before.substr(before.size() - 240) : before);
    c.sentence = last_sentence(c.before);
    c.after = lower(std::string_view(text).substr(pos + m.length, 120));
    c.closes_heading = index < 3 && !c.opens_block && text.size() <= 160 && ends_heading(c.after);
    c.summons = contains_any(c.sentence, {"summon", "hereby given", "hereby called", "requested to attend",
                                          "required to attend", "invited to attend"}) ||
                announces_this_meeting(c.sentence, index);
    c.signed_off = contains_any(c.before, {"signed", "signature"}) ||
                   (index > 0 && is_signature_line(blocks[index - 1].text));
    c.date_column = index > 0 && index < 8 && is_header_row_with_date(blocks[index - 1].text);
    c.under_minutes_approval = under_minutes_approval(blocks, index);
    c.previous = index > 0 ? lower(std::string_view(blocks[index - 1].text).substr(0, 200)) : "";
    c.heading_block = blocks[index].kind == extract::BlockKind::Heading;
    return c;
}

// --- Candidates and their features --------------------------------------------------------

// The features of a candidate, in the order of kFeatureNames; facets/meeting_date_weights.inc
// weighs them (fitted by tools/fit_meeting_date_weights.py, docs/accuracy.md).
enum Feature : size_t {
    kBias, kLabelMeeting, kLabelDecision, kLabelPublication, kSignedOff, kHeldWord, kSummons, kDateColumn,
    kClosesHeading, kDateHeading, kMeetingWord, kWeekday, kOpensBlock, kEarlyBlock, kBlockPosition, kHeadingBlock,
    kTimeFollows, kBodyLineBefore, kFirstInHead, kInHead, kLabelField, kInTitle, kMetadataDate, kLaterPattern,
    kLatePage, kAgreement, kRepeats, kYearless, kFeatureCount
};

const std::array<std::string, kFeatureCount> kFeatureNames = {
    "bias", "label_meeting", "label_decision", "label_publication", "signed_off", "held_word", "summons", "date_column",
    "closes_heading", "date_heading", "meeting_word", "weekday", "opens_block", "early_block", "block_position",
    "heading_block", "time_follows", "body_line_before", "first_in_head", "in_head", "label_field", "in_title",
    "metadata_date", "later_pattern", "late_page", "agreement", "repeats", "yearless"};

// Where a candidate was found: the agreement feature counts the other places that give its date.
enum class Pass { Head, LabelField, Title, Later, Metadata };

struct Candidate {
    std::string iso;
    std::string source;
    size_t order = 0;  ///< position in reading order; earlier wins a tie
    Pass pass = Pass::Head;
    std::array<double, kFeatureCount> f{};
};

Candidate make_candidate(const DateMatch& m, Pass pass, std::string source, size_t order) {
    Candidate c{*as_iso(m), std::move(source), order, pass, {}};
    c.f[kBias] = 1;
    c.f[kWeekday] = m.has_weekday ? 1 : 0;
    return c;
}

// "at 5.00 pm", "7.30pm", "- 19:00", "commencing at 6pm": a time right after the date.
bool time_follows(std::string_view after) {
    size_t i = after.find_first_not_of(" ,.-\u2013(");
    if (i == std::string_view::npos) return false;
    std::string_view rest = after.substr(i);
    for (std::string_view lead : {"commencing at ", "starting at ", "beginning at ", "at "})
        if (rest.rfind(lead, 0) == 0) {
            rest.remove_prefix(lead.size());
            break;
        }
    if (rest.empty() || !std::isdigit(static_cast<unsigned char>(rest[0]))) return false;
    const std::string_view head = rest.substr(0, 12);
    return contains(head, "am") || contains(head, "pm") || contains(head, "a.m") || contains(head, "p.m") || contains(head, ":") ||
           (head.size() > 2 && (head[1] == '.' || head[2] == '.'));
}

bool ends_with_body_noun(std::string_view lowered) {
    for (std::string_view noun : {"council", "committee", "cabinet", "board", "panel", "commission", "meeting", "a.g.m", "agm",
                                  "authority", "sub-committee", "forum", "assembly", "trustees"})
        if (ends_with(lowered, noun)) return true;
    return false;
}

// The line over the date, or the text before it on its own line, names a body or a meeting:
// "<Name> Parish Council - 3rd September 2019", "Planning Committee" / "12 September 2024 at 5.00 pm".
bool body_line_before(const DateContext& c, std::string_view before_in_block) {
    const std::string own = lower(strip_label_tail(before_in_block));
    if (!own.empty()) return own.size() <= 120 && ends_with_body_noun(own);
    const std::string prev = strip_label_tail(c.previous);
    return !prev.empty() && prev.size() <= 120 && ends_with_body_noun(prev);
}

void context_features(const DateContext& c, std::string_view before_in_block, Candidate& cand) {
    auto& f = cand.f;
    f[kHeldWord] = contains(c.sentence, "held") ? 1 : 0;
    f[kSummons] = c.summons ? 1 : 0;
    f[kDateColumn] = c.date_column ? 1 : 0;
    f[kClosesHeading] = c.closes_heading ? 1 : 0;
    f[kDateHeading] = c.date_heading ? 1 : 0;
    f[kMeetingWord] = contains_any(c.sentence, {"meeting", "minutes", "notes of", "agenda", "summoned", "met on", "met at"}) ||
                              contains_any(std::string_view(c.after).substr(0, 24), {"minutes", "meeting"})
                          ? 1
                          : 0;
    f[kOpensBlock] = c.opens_block && !c.date_heading ? 1 : 0;  // a block that is only a date opens it trivially
    f[kEarlyBlock] = c.block_index < 3 ? 1 : 0;
    f[kBlockPosition] = static_cast<double>(std::min(c.block_index, kHeadBlocks)) / kHeadBlocks;
    f[kHeadingBlock] = c.heading_block ? 1 : 0;
    f[kTimeFollows] = time_follows(c.after) ? 1 : 0;
    f[kBodyLineBefore] = body_line_before(c, before_in_block) ? 1 : 0;
    f[kSignedOff] = c.signed_off ? 1 : 0;
}

void label_features(Label label, Candidate& cand) {
    cand.f[kLabelMeeting] = label == Label::Meeting ? 1 : 0;
    cand.f[kLabelDecision] = label == Label::Decision ? 1 : 0;
    cand.f[kLabelPublication] = label == Label::Publication ? 1 : 0;
}

// A listing page or calendar: many blocks in the heading area that are nothing but a date.
bool looks_like_listing(const std::vector<std::pair<DateContext, Candidate>>& found) {
    std::vector<std::string> dates;
    for (const auto& [c, cand] : found)
        if (c.date_heading && std::find(dates.begin(), dates.end(), cand.iso) == dates.end()) dates.push_back(cand.iso);
    return dates.size() >= 4;
}

// A block that says the body did not meet: "NO MEETING", "No meeting held.", "Meeting cancelled".
bool says_no_meeting(std::string_view text) {
    const std::string l = lower(strip_label_tail(text));
    return l == "no meeting" || l == "no meeting held" || l == "no meeting was held" || l == "meeting cancelled" ||
           l == "meeting canceled" || l == "no meeting this week";
}

// Whether a "NO MEETING" block follows the heading at `i` before the next section (a City
// Record prints "CITY COUNCIL MONDAY, JANUARY 1, 1996" and then "NO MEETING" under the
// proceedings heading when the council did not sit).
bool no_meeting_follows(const std::vector<extract::Block>& blocks, size_t i) {
    constexpr size_t kLookahead = 15;
    for (size_t k = i + 1; k < blocks.size() && k <= i + kLookahead; ++k)
        if (says_no_meeting(blocks[k].text)) return true;
    return false;
}

// Whether a date starts near the end of `first` and runs on into `second`, as when a layout
// breaks a heading inside its date ("... ON WEDNESDAY, 6th" / "MAY, 2015, AT 10.00 A.M.").
bool date_runs_on(const std::string& first, const std::string& second, bool prefer_mdy) {
    const std::string joined = first + " " + second.substr(0, 40);
    for (size_t pos = first.size() > 20 ? first.size() - 20 : 0; pos < first.size(); ++pos) {
        if (!date_util::could_start_date(joined, pos)) continue;
        if (auto m = date_util::match_date(std::string_view(joined).substr(pos), prefer_mdy))
            return pos + m->length > first.size();
    }
    return false;
}

// The heading area's blocks, with a date broken over two blocks joined into the first.
std::vector<extract::Block> head_blocks(const extract::Extraction& x, bool prefer_mdy) {
    std::vector<extract::Block> out;
    size_t chars = 0;
    for (size_t i = 0; i < x.blocks.size() && out.size() < kHeadBlocks && chars < kHeadChars; ++i) {
        out.push_back(x.blocks[i]);
        if (i + 1 < x.blocks.size() && date_runs_on(x.blocks[i].text, x.blocks[i + 1].text, prefer_mdy)) {
            out.back().text += " " + x.blocks[i + 1].text;
            ++i;
        }
        chars += out.back().text.size();
    }
    return out;
}

// The years the heading area and the title write in full dates, the most frequent first.
std::vector<int> document_years(const extract::Extraction& x, const std::vector<extract::Block>& blocks, bool prefer_mdy) {
    std::vector<std::pair<int, int>> counts;  // year, count
    auto count = [&](std::string_view text) {
        for (const auto& found : dates_in(text, prefer_mdy)) {
            const int year = found.second.year;
            auto it = std::find_if(counts.begin(), counts.end(), [year](const auto& c) { return c.first == year; });
            if (it == counts.end()) counts.emplace_back(year, 1);
            else ++it->second;
        }
    };
    count(x.title);
    for (const auto& b : blocks) count(b.text);
    std::stable_sort(counts.begin(), counts.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    std::vector<int> out;
    for (const auto& c : counts) out.push_back(c.first);
    return out;
}

// Dates written with a weekday but no year ("on Wednesday 12th December at 7.30pm"): the year is
// one the document writes elsewhere (or the one before or after it) in which that day falls on
// that weekday.
std::vector<std::pair<size_t, DateMatch>> yearless_dates_in(std::string_view text, const std::vector<int>& years, bool prefer_mdy) {
    std::vector<std::pair<size_t, DateMatch>> out;
    if (years.empty()) return out;
    for (size_t pos = 0; pos < text.size(); ++pos) {
        if (!date_util::could_start_date(text, pos)) continue;
        if (auto full = date_util::match_date(text.substr(pos), prefer_mdy)) {
            pos += full->length - 1;
            continue;
        }
        const auto y = date_util::match_yearless(text.substr(pos));
        if (!y) continue;
        for (int year : years) {
            bool found = false;
            for (int candidate : {year, year + 1, year - 1})
                if (date_util::is_valid_date(candidate, y->month, y->day) &&
                    date_util::weekday_of(candidate, y->month, y->day) == y->weekday) {
                    out.emplace_back(pos, DateMatch{candidate, y->month, y->day, y->length, true, false});
                    found = true;
                    break;
                }
            if (found) break;
        }
        pos += y->length - 1;
    }
    return out;
}

// The heading area: every date in the first blocks up to kHeadChars characters, but those that
// name another meeting, a deadline or a publication ("the minutes of the meeting held on ...",
// "Date of next meeting", "Official Publication of ...").
void head_candidates(const extract::Extraction& x, bool prefer_mdy, std::vector<Candidate>& out) {
    std::vector<std::pair<DateContext, Candidate>> found;
    const std::vector<extract::Block> blocks = head_blocks(x, prefer_mdy);
    const std::vector<int> years = document_years(x, blocks, prefer_mdy);
    for (size_t i = 0; i < blocks.size(); ++i) {
        const std::string& text = blocks[i].text;
        if (blocks[i].kind == extract::BlockKind::Heading && no_meeting_follows(blocks, i)) continue;
        auto dates = dates_in(text, prefer_mdy, kHeadChars);
        const size_t full_dates = dates.size();
        for (auto& d : yearless_dates_in(text, years, prefer_mdy)) dates.push_back(std::move(d));
        for (size_t k = 0; k < dates.size(); ++k) {
            const auto& [pos, m] = dates[k];
            const DateContext c = make_context(blocks, i, pos, m);
            const Label label = label_kind(c.before);
            if (label == Label::Other) continue;
            if (label == Label::None &&
                (contains(c.sentence, "publication") || contains(c.sentence, "published") || names_another_date(c)))
                continue;
            const bool structural = label == Label::Meeting || label == Label::Decision || c.date_heading || c.opens_block;
            Candidate cand = make_candidate(m, Pass::Head, structural ? "structure" : "text", 1000 + i * 1000 + pos / 100);
            cand.f[kInHead] = 1;
            cand.f[kYearless] = k >= full_dates ? 1 : 0;
            context_features(c, std::string_view(text).substr(0, pos), cand);
            label_features(label, cand);
            found.push_back({c, std::move(cand)});
        }
    }
    const bool listing = looks_like_listing(found);
    bool first = true;
    for (auto& [c, cand] : found) {
        // A listing keeps only dates that say they are a meeting's ("held", a summons, a label).
        const bool says_meeting = cand.f[kLabelDecision] + cand.f[kLabelMeeting] + cand.f[kHeldWord] + cand.f[kSummons] > 0;
        if (listing && !says_meeting) continue;
        cand.f[kFirstInHead] = first ? 1 : 0;
        first = false;
        out.push_back(std::move(cand));
    }
}

// "Date of decision: 08/03/2018", "Publication date: ...", "Date held: 2nd August 2013",
// wherever they stand (modern.gov puts them at the foot of the page, a signed record of
// decision at the end of its last paragraph).
void label_candidates(const extract::Extraction& x, bool prefer_mdy, std::vector<Candidate>& out) {
    static constexpr std::array<std::string_view, 8> labels = {"date of decision", "decided at meeting", "publication date",
                                                               "date held", "date of meeting", "meeting date",
                                                               "date of the meeting", "decision date"};
    size_t chars = 0;
    for (size_t i = 0; i < x.blocks.size() && chars < kScanChars; ++i) {
        const std::string& text = x.blocks[i].text;
        chars += text.size();
        const std::string lowered = lower(text);
        for (auto label : labels) {
            for (size_t at = lowered.find(label); at != std::string::npos; at = lowered.find(label, at + 1)) {
                const size_t value = text.find_first_not_of(" :*\t", at + label.size());
                if (value == std::string::npos || value > at + label.size() + 4) continue;
                if (contains(std::string_view(lowered).substr(at < 24 ? 0 : at - 24, std::min<size_t>(at, 24)), "next")) continue;
                if (auto m = date_util::match_date(std::string_view(text).substr(value), prefer_mdy)) {
                    Candidate cand = make_candidate(*m, Pass::LabelField, "structure", 500000 + i);
                    cand.f[kLabelField] = 1;
                    // Past the first pages of a long document (a report's appendix, a decision log) a
                    // label dates something the document cites.
                    cand.f[kLatePage] = x.blocks[i].page > 2 ? 1 : 0;
                    label_features(label_kind(std::string(label)), cand);
                    out.push_back(std::move(cand));
                }
            }
        }
    }
}

// The document's title and descriptive metadata ("Cabinet – Minutes – 14 March 2024").
void title_candidates(const extract::Extraction& x, bool prefer_mdy, std::vector<Candidate>& out) {
    std::vector<std::string> titles = {x.title};
    for (const char* key : {"Title", "title", "DC.title", "og:title", "Subject", "description", "running-header"})
        if (auto it = x.metadata.find(key); it != x.metadata.end()) titles.push_back(it->second);
    size_t order = 0;
    for (const auto& title : titles) {
        for (const auto& [pos, m] : dates_in(title, prefer_mdy)) {
            DateContext c;
            c.before = lower(title.substr(0, pos));
            c.sentence = last_sentence(c.before);
            c.after = lower(std::string_view(title).substr(pos + m.length, 120));
            if (names_another_date(c)) continue;
            Candidate cand = make_candidate(m, Pass::Title, "metadata", 100 + order++);
            cand.f[kInTitle] = 1;
            out.push_back(std::move(cand));
        }
    }
}

// HTML <meta name="DC.date">: often the page's date.
void metadata_date_candidates(const extract::Extraction& x, std::vector<Candidate>& out) {
    for (const char* key : {"DC.date", "dc.date", "DCTERMS.date", "dcterms.date"})
        if (auto it = x.metadata.find(key); it != x.metadata.end())
            if (auto m = date_util::match_date(it->second, false)) {
                Candidate cand = make_candidate(*m, Pass::Metadata, "metadata", 900000);
                cand.f[kMetadataDate] = 1;
                out.push_back(std::move(cand));
            }
}

Candidate later_candidate(const DateMatch& m, const std::string& source, size_t order) {
    Candidate cand = make_candidate(m, Pass::Later, source, order);
    cand.f[kLaterPattern] = 1;
    return cand;
}

// Minutes printed deep inside another publication ("Notes of the meeting held on 26th March
// 2013" on page 19 of a newsletter): a block that opens with minutes/notes and says "held".
void held_later(const std::vector<extract::Block>& blocks, size_t i, bool prefer_mdy, std::vector<Candidate>& out) {
    const std::string& text = blocks[i].text;
    const std::string head = lower(std::string_view(text).substr(0, 160));
    if (!(head.rfind("minutes", 0) == 0 || head.rfind("notes of", 0) == 0 || head.rfind("draft minutes", 0) == 0)) return;
    if (!contains(head, "held")) return;
    for (const auto& [pos, m] : dates_in(text, prefer_mdy, 160)) {
        const DateContext c = make_context(blocks, i, pos, m);
        if (!contains(c.sentence, "held") || names_another_date(c)) continue;
        Candidate cand = later_candidate(m, "text", 600000 + i);
        cand.f[kHeldWord] = 1;
        cand.f[kMeetingWord] = 1;
        out.push_back(std::move(cand));
        return;
    }
}

// A heading that names a body and a date: "CITY COUNCIL MONDAY, JANUARY 4, 2010" in a
// weekly City Record, "COUNTY COUNCIL - THURSDAY, 13 MARCH 2025" in an agenda pack.
void body_date_heading(const std::vector<extract::Block>& blocks, size_t i, bool prefer_mdy, std::vector<Candidate>& out) {
    if (blocks[i].kind != extract::BlockKind::Heading || blocks[i].text.size() > 80) return;
    if (no_meeting_follows(blocks, i)) return;
    const std::string& text = blocks[i].text;
    for (const auto& [pos, m] : dates_in(text, prefer_mdy)) {
        if (pos + m.length + 20 < text.size()) continue;
        if (ends_with_body_noun(lower(strip_label_tail(std::string_view(text).substr(0, pos))))) {
            Candidate cand = later_candidate(m, "structure", 700000 + i);
            cand.f[kHeadingBlock] = 1;
            cand.f[kBodyLineBefore] = 1;
            out.push_back(std::move(cand));
            return;
        }
    }
}

// A record of decision signed and dated: "17/1/2025" over a dotted "........ date" line.
void signature_date(const std::vector<extract::Block>& blocks, size_t i, bool prefer_mdy, std::vector<Candidate>& out) {
    if (i + 1 >= blocks.size()) return;
    const std::string next = lower(blocks[i + 1].text);
    const size_t dots = next.find_first_not_of(". _");
    if (dots == 0 || dots == std::string::npos || next.substr(dots) != "date") return;
    auto m = date_util::match_date(blocks[i].text, prefer_mdy);
    if (m && blocks[i].text.size() <= m->length + 4) {
        Candidate cand = later_candidate(*m, "structure", 800000 + i);
        cand.f[kDateHeading] = 1;
        out.push_back(std::move(cand));
    }
}

// A resolution's adoption clause: "PASSED AND ADOPTED by the Board ... at its regular meeting on
// the 12th day of April 2022": the meeting that decided it.
void adopted_at_meeting(const std::vector<extract::Block>& blocks, size_t i, bool prefer_mdy, std::vector<Candidate>& out) {
    const std::string l = lower(blocks[i].text);
    if (!contains(l, "adopted") && !contains(l, "passed")) return;
    for (const auto& [pos, m] : dates_in(blocks[i].text, prefer_mdy)) {
        const DateContext c = make_context(blocks, i, pos, m);
        if (!contains_any(c.sentence, {"adopted", "passed"}) || !contains(c.sentence, "meeting") || names_another_date(c)) continue;
        Candidate cand = later_candidate(m, "text", 650000 + i);
        cand.f[kMeetingWord] = 1;
        out.push_back(std::move(cand));
        return;
    }
}

// Past the heading area: the patterns above, anywhere.
void later_candidates(const extract::Extraction& x, bool prefer_mdy, std::vector<Candidate>& out) {
    size_t chars = 0;
    for (size_t i = 0; i < x.blocks.size() && chars < kScanChars; ++i) {
        chars += x.blocks[i].text.size();
        held_later(x.blocks, i, prefer_mdy, out);
        adopted_at_meeting(x.blocks, i, prefer_mdy, out);
        body_date_heading(x.blocks, i, prefer_mdy, out);
        signature_date(x.blocks, i, prefer_mdy, out);
    }
}

// Agreement between candidates: how many other places (heading, labelled field, title, later
// pattern, metadata) give the same date, and how often the heading area repeats it.
void agreement_features(std::vector<Candidate>& candidates) {
    for (auto& c : candidates) {
        std::set<Pass> passes;
        int repeats = 0;
        for (const auto& o : candidates) {
            if (o.iso != c.iso || &o == &c) continue;
            if (o.pass != c.pass) passes.insert(o.pass);
            if (o.pass == Pass::Head && c.pass == Pass::Head) ++repeats;
        }
        c.f[kAgreement] = std::min<double>(passes.size(), 2) / 2;
        c.f[kRepeats] = std::min(repeats, 3) / 3.0;
    }
}

// Whether the sentence around a date confirms an earlier meeting's minutes: "5. Minutes of the
// Parish Council meeting held on 08 November 2018", "The minutes of the parish council meeting
// held on 28th March 2019 were checked ... agreed as a true record".
bool confirms_minutes_of(const DateContext& c) {
    if (c.under_minutes_approval) return true;
    // The words that lead to the date: after the last field label, within 100 characters.
    std::string_view lead = c.sentence;
    if (const size_t colon = lead.rfind(':'); colon != std::string_view::npos) lead.remove_prefix(colon + 1);
    if (lead.size() > 100) lead.remove_prefix(lead.size() - 100);
    if (!contains(lead, "minutes of") || contains(c.sentence, "this meeting")) return false;
    if (c.item_heading) return true;
    static const std::vector<std::string_view> cues = {"true record", "correct record", "accurate record", "approved",
                                                       "agreed", "confirmed", "signed", "adopted", "taken as read"};
    // Within the sentence: a field label after the date ("... held on 6th January 2020 at 7pm
    // Present: ...", a heading read with the lines under it) starts other text.
    const std::string_view after = std::string_view(c.after).substr(0, c.after.find(':'));
    return contains_any(after, cues);
}

// The dates of earlier meetings whose minutes the document confirms. A meeting confirms the
// minutes of meetings before it, so its own date is later than all of them.
std::vector<std::string> confirmed_minutes_dates(const extract::Extraction& x, bool prefer_mdy) {
    std::vector<std::string> out;
    size_t chars = 0;
    for (size_t i = 0; i < x.blocks.size() && chars < kScanChars; ++i) {
        const std::string& text = x.blocks[i].text;
        chars += text.size();
        if (!contains(lower(text), "minutes")) continue;
        for (const auto& [pos, m] : dates_in(text, prefer_mdy))
            if (confirms_minutes_of(make_context(x.blocks, i, pos, m))) out.push_back(*as_iso(m));
    }
    return out;
}

// Drops candidates on or before the date of minutes the document confirms: a heading that
// repeats the previous meeting's date, or last year's heading left on a new set of minutes.
void drop_dates_before_confirmed_minutes(const extract::Extraction& x, bool prefer_mdy, std::vector<Candidate>& candidates) {
    const std::vector<std::string> confirmed = confirmed_minutes_dates(x, prefer_mdy);
    if (confirmed.empty()) return;
    const std::string latest = *std::max_element(confirmed.begin(), confirmed.end());  // ISO dates sort as text
    candidates.erase(std::remove_if(candidates.begin(), candidates.end(), [&](const Candidate& c) { return c.iso <= latest; }),
                     candidates.end());
}

// Votes for the order a document writes its dates in: "January 16, 2020" and 12/25/2019 say
// month first; "16 January 2020" and 25/12/2019 say day first, as does a weekday that falls on
// one reading only ("Thursday, 4/11/2019": month first). Other ambiguous numeric dates
// ("01/10/2020") and ISO dates do not vote.
void vote_date_order(std::string_view text, int& month_first, int& day_first) {
    for (size_t pos = 0; pos < text.size(); ++pos) {
        if (!date_util::could_start_date(text, pos)) continue;
        const auto m = date_util::match_date(text.substr(pos), false);
        const auto m_mdy = m ? m : date_util::match_date(text.substr(pos), true);
        if (!m_mdy) continue;
        const std::string_view written = text.substr(pos, m_mdy->length);
        if (!m_mdy->numeric) {
            // Past a weekday ("Thursday, "), a month name first or a day number first.
            size_t i = 0;
            if (m_mdy->has_weekday) {
                while (i < written.size() && std::isalpha(static_cast<unsigned char>(written[i]))) ++i;
                while (i < written.size() && !std::isalnum(static_cast<unsigned char>(written[i]))) ++i;
            }
            if (i < written.size() && std::isalpha(static_cast<unsigned char>(written[i]))) {
                size_t e = i;
                while (e < written.size() && std::isalpha(static_cast<unsigned char>(written[e]))) ++e;
                if (date_util::month_number(written.substr(i, e - i)) != 0) ++month_first;
            } else if (i < written.size()) {
                ++day_first;
            }
        } else if (m_mdy->has_weekday && m) {
            // "Thursday, 4/11/2019": when the weekday falls on one reading only, match_date took
            // that one, and the order it is votes.
            size_t i = 0;
            while (i < written.size() && std::isalpha(static_cast<unsigned char>(written[i]))) ++i;
            const int weekday = date_util::weekday_index(written.substr(0, i));
            while (i < written.size() && !std::isdigit(static_cast<unsigned char>(written[i]))) ++i;
            int first = 0;
            while (i < written.size() && std::isdigit(static_cast<unsigned char>(written[i]))) first = first * 10 + (written[i++] - '0');
            if (m->day != m->month && weekday == date_util::weekday_of(m->year, m->month, m->day)) {
                const bool other_fits = date_util::is_valid_date(m->year, m->day, m->month) &&
                                        date_util::weekday_of(m->year, m->day, m->month) == weekday;
                if (!other_fits) (first == m->month ? month_first : day_first) += 1;
            }
        } else if (!m) {
            ++month_first;  // reads only month first: 12/25/2019
        } else if (!date_util::match_date(text.substr(pos), true) && written.find_first_of("/.") != std::string_view::npos) {
            ++day_first;  // reads only day first: 25/12/2019
        }
        pos += m_mdy->length - 1;
    }
}

}  // namespace

bool has_us_postal_address(const extract::Extraction& extraction) {
    constexpr size_t kAddressChars = 200000;
    size_t chars = 0;
    for (const auto& b : extraction.blocks) {
        if ((chars += b.text.size()) > kAddressChars) break;
        const std::string& t = b.text;
        // ", XX 12345": a state's two capitals and a five-digit ZIP code.
        for (size_t i = 0; i + 9 < t.size(); ++i) {
            if (t[i] != ',' || t[i + 1] != ' ' || !std::isupper(static_cast<unsigned char>(t[i + 2])) ||
                !std::isupper(static_cast<unsigned char>(t[i + 3])) || t[i + 4] != ' ')
                continue;
            size_t d = i + 5;
            while (d < t.size() && std::isdigit(static_cast<unsigned char>(t[d]))) ++d;
            if (d - (i + 5) == 5 && (d == t.size() || !std::isalnum(static_cast<unsigned char>(t[d])))) return true;
        }
    }
    return false;
}

bool has_us_place_signs(const extract::Extraction& extraction) {
    static constexpr std::array<std::string_view, 50> kStates = {
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia",
        "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
        "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire",
        "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania",
        "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington",
        "West Virginia", "Wisconsin", "Wyoming"};
    constexpr size_t kSignChars = 60000;
    size_t chars = 0;
    auto digits = [](std::string_view t, size_t at, size_t n) {
        if (at + n > t.size()) return false;
        for (size_t k = at; k < at + n; ++k)
            if (!std::isdigit(static_cast<unsigned char>(t[k]))) return false;
        return true;
    };
    for (const auto& b : extraction.blocks) {
        if ((chars += b.text.size()) > kSignChars) break;
        const std::string_view t = b.text;
        for (size_t i = 0; i < t.size(); ++i) {
            // A North American telephone number: "(541) 555-0123" or "541-555-0123".
            const bool starts = i == 0 || !std::isalnum(static_cast<unsigned char>(t[i - 1]));
            if (starts && t[i] == '(' && digits(t, i + 1, 3) && i + 5 < t.size() && t[i + 4] == ')') {
                const size_t j = i + 5 + (t[i + 5] == ' ' ? 1 : 0);
                if (digits(t, j, 3) && j + 3 < t.size() && t[j + 3] == '-' && digits(t, j + 4, 4)) return true;
            }
            if (starts && digits(t, i, 3) && i + 3 < t.size() && t[i + 3] == '-' && digits(t, i + 4, 3) && i + 7 < t.size() &&
                t[i + 7] == '-' && digits(t, i + 8, 4) && (i + 12 == t.size() || !std::isdigit(static_cast<unsigned char>(t[i + 12]))))
                return true;
        }
        // US council titles: "Councilor" (British and Canadian usage writes "Councillor"),
        // "Councilmember", "Mayor Pro Tem".
        // US business forms, as a licensing board's records name its licensees: "Harbor Grill LLC",
        // "d/b/a The Lantern" (British companies are "Ltd" or "LLP").
        for (std::string_view title : {"Councilor", "COUNCILOR", "Councilmember", "COUNCILMEMBER", "Mayor Pro Tem", "MAYOR PRO TEM",
                                       "LLC", "L.L.C.", "d/b/a", "D/B/A"})
            for (size_t at = t.find(title); at != std::string_view::npos; at = t.find(title, at + 1)) {
                const size_t end = at + title.size();
                if ((at == 0 || !std::isalpha(static_cast<unsigned char>(t[at - 1]))) &&
                    (title[0] != 'L' || end == t.size() || !std::isalpha(static_cast<unsigned char>(t[end]))))
                    return true;
            }
        // "<Place>, Oregon", "State of California", "Commonwealth of Massachusetts".
        for (std::string_view state : kStates)
            for (size_t at = t.find(state); at != std::string_view::npos; at = t.find(state, at + 1)) {
                const size_t end = at + state.size();
                if (end < t.size() && std::isalpha(static_cast<unsigned char>(t[end]))) continue;
                const std::string_view lead = t.substr(at < 16 ? 0 : at - 16, std::min<size_t>(at, 16));
                if ((at >= 2 && t.substr(at - 2, 2) == ", ") || ends_with(lead, "State of ") || ends_with(lead, "Commonwealth of "))
                    return true;
            }
    }
    return false;
}

std::optional<bool> document_month_first(const extract::Extraction& extraction) {
    constexpr size_t kVoteChars = 60000;
    int month_first = 0, day_first = 0;
    vote_date_order(extraction.title, month_first, day_first);
    size_t chars = 0;
    for (size_t i = 0; i < extraction.blocks.size() && chars < kVoteChars; ++i) {
        vote_date_order(extraction.blocks[i].text, month_first, day_first);
        chars += extraction.blocks[i].text.size();
    }
    if (month_first != day_first) return month_first > day_first;
    // No dates to go by: a US address, telephone number or state says month first.
    if (has_us_postal_address(extraction) || has_us_place_signs(extraction)) return true;
    return std::nullopt;
}

namespace {

struct Weight {
    std::string_view feature;
    double value;
};

// Fitted weights, one per feature (tools/fit_meeting_date_weights.py writes the file).
constexpr Weight kWeights[] = {
#include "facets/meeting_date_weights.inc"
};

const std::array<double, kFeatureCount>& weights() {
    static const std::array<double, kFeatureCount> w = [] {
        std::array<double, kFeatureCount> out{};
        for (const auto& [feature, value] : kWeights) {
            const auto it = std::find(kFeatureNames.begin(), kFeatureNames.end(), feature);
            if (it != kFeatureNames.end()) out[static_cast<size_t>(it - kFeatureNames.begin())] = value;
        }
        return out;
    }();
    return w;
}

double score_of(const Candidate& c) {
    double s = 0;
    for (size_t i = 0; i < kFeatureCount; ++i) s += weights()[i] * c.f[i];
    return s;
}

std::vector<Candidate> all_candidates(const extract::Extraction& extraction, bool prefer_mdy) {
    // The document's own dates say how it writes numeric ones; the option decides only when they do not.
    prefer_mdy = document_month_first(extraction).value_or(prefer_mdy);
    std::vector<Candidate> candidates;
    head_candidates(extraction, prefer_mdy, candidates);
    label_candidates(extraction, prefer_mdy, candidates);
    title_candidates(extraction, prefer_mdy, candidates);
    later_candidates(extraction, prefer_mdy, candidates);
    metadata_date_candidates(extraction, candidates);
    drop_dates_before_confirmed_minutes(extraction, prefer_mdy, candidates);
    agreement_features(candidates);
    return candidates;
}

}  // namespace

const std::vector<std::string>& meeting_date_feature_names() {
    static const std::vector<std::string> names(kFeatureNames.begin(), kFeatureNames.end());
    return names;
}

std::vector<std::string> meeting_date_weight_names() {
    std::vector<std::string> out;
    for (const auto& w : kWeights) out.emplace_back(w.feature);
    return out;
}

std::vector<MeetingDateCandidate> meeting_date_candidates(const extract::Extraction& extraction, bool prefer_mdy) {
    std::vector<MeetingDateCandidate> out;
    for (const auto& c : all_candidates(extraction, prefer_mdy))
        out.push_back({c.iso, c.source, c.order, std::vector<double>(c.f.begin(), c.f.end()), score_of(c)});
    return out;
}

std::optional<std::string> parse_date(std::string_view text, bool prefer_mdy) {
    auto m = date_util::match_date(text, prefer_mdy);
    if (!m) return std::nullopt;
    return as_iso(*m);
}

std::vector<FacetValue> detect_meeting_date(const extract::Extraction& extraction, bool prefer_mdy) {
    const std::vector<MeetingDateCandidate> candidates = meeting_date_candidates(extraction, prefer_mdy);
    // The best-scored candidate wins when it beats "not stated" (score 0); earlier wins a tie.
    const MeetingDateCandidate* winner = nullptr;
    double total = 1;  // exp(0): "not stated"
    for (const auto& c : candidates) {
        total += std::exp(std::min(c.score, 30.0));
        if (!winner || c.score > winner->score || (c.score == winner->score && c.order < winner->order)) winner = &c;
    }
    if (!winner || winner->score <= 0) return {};
    // Confidence: the winner's share of the candidates' weight, "not stated" among them.
    const double confidence = std::exp(std::min(winner->score, 30.0)) / total;
    return {{winner->iso, winner->source, confidence, ""}};
}

}  // namespace quorum::facets
