/** @file resolutions.cpp @brief Finding an item's decisions in full: formal resolutions with their parts, and decision sentences. */
#include "indexer/resolutions.h"

#include "indexer/item_text.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

namespace quorum::index {
namespace {

using extract::Block;
using extract::BlockKind;

bool is_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)); }
bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)); }
bool is_upper(char c) { return std::isupper(static_cast<unsigned char>(c)); }

std::string lower(std::string_view s) {
    std::string out(s);
    for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool contains(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

// Whether `word` occurs in `text` as a whole word.
bool has_word(std::string_view text, std::string_view word) {
    for (size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
        const size_t end = at + word.size();
        if ((at == 0 || !is_alpha(text[at - 1])) && (end == text.size() || !is_alpha(text[end]))) return true;
    }
    return false;
}

// ------------------------------------------------------------------ formal openings

// Where "RESOLVED" at `at` opens a resolution: not inside a word ("UNRESOLVED") and not a table
// heading ("RESOLVED BALANCE / SURPLUS": a capitalised word other than THAT after it).
bool resolved_opens(std::string_view text, size_t at) {
    if (at > 0 && is_alpha(text[at - 1])) return false;
    const size_t end = at + 8;
    if (end >= text.size()) return true;
    const char next = text[end];
    if (next != ' ') return !is_alpha(next);
    size_t w = end + 1;
    size_t w_end = w;
    while (w_end < text.size() && is_alpha(text[w_end])) ++w_end;
    const std::string_view word = text.substr(w, w_end - w);
    if (word.empty() || !is_upper(word[0])) return true;
    return word == "THAT" || word == "That" || word == "UNANIMOUSLY" || word == "Unanimously";
}

// "It was RESOLVED" / "It was APPROVED": the resolution starts at "It was".
size_t back_to_it_was(std::string_view text, size_t at) {
    for (std::string_view lead : {"It was ", "it was "})
        if (at >= lead.size() && text.substr(at - lead.size(), lead.size()) == lead) return at - lead.size();
    return at;
}

constexpr std::array<std::string_view, 27> kMarkers = {
    "Resolved:",        "Resolved that",         "Resolved -",
    "Resolved –",       "Resolved (",            "RESOLUTION:",
    "Decision:",        "DECISION:",             "Decisions:",
    "DECISIONS:",       "Recommendations agreed", "Recommendation agreed",
    "Recommendation(s) agreed", "RECOMMENDATIONS AGREED", "RECOMMENDATION AGREED",
    "AGREED:",          "AGREED that",           "AGREED -",
    "AGREED –",         "It was APPROVED",       "It was AGREED",
    "RESULT:",          "The Committee approved", "The Council approved",
    "Council approved", "The Board approved",    "The Panel approved",
};

// A paragraph starting "THAT ..." (a resolution's wording under its mover and seconder) or
// "That the Committee ...:" (the decision after a vote): a resolution from its first word.
bool opens_with_that(std::string_view t) {
    if (t.starts_with("THAT ") || t.starts_with("AND THAT ")) return true;
    if (!t.starts_with("That the ")) return false;
    const std::string head = lower(t.substr(0, 80));
    for (std::string_view body : {"committee", "council", "board", "panel", "cabinet", "commission"})
        if (has_word(head, body)) return true;
    return false;
}

/// The length of a "MOTION:" / "Motion:" label that `t` starts with, or 0.
size_t motion_label(std::string_view t) {
    for (std::string_view label : {"MOTION:", "Motion:", "MOTION -", "Motion -", "MOTION –", "Motion –"})
        if (t.starts_with(label)) return label.size();
    return 0;
}

/// Where the first formal opening in `text` starts, or npos.
size_t find_formal(std::string_view text) {
    size_t best = std::string_view::npos;
    for (size_t at = text.find("RESOLVED"); at != std::string_view::npos && at < best; at = text.find("RESOLVED", at + 1))
        if (resolved_opens(text, at)) best = back_to_it_was(text, at);
    for (auto m : kMarkers) {
        const size_t at = text.find(m);
        if (at < best && (at == 0 || !is_alpha(text[at - 1]))) best = at;
    }
    const std::string_view t = trim(text);
    // "MOTION: Trustee Reyes moved to ...": a motion labelled at the start of its paragraph (not
    // "Notice of Motion:" inside one).
    if (motion_label(t) > 0) best = std::min(best, static_cast<size_t>(t.data() - text.data()));
    if (best == std::string_view::npos && (t == "AGREED" || t == "AGREED.")) best = text.find("AGREED");
    // "... were CARRIED (unanimously). That the Committee for Parks: 1. Noted ...": the decision's wording.
    for (size_t at = text.find(". That the "); at != std::string_view::npos && at + 2 < best; at = text.find(". That the ", at + 1)) {
        const std::string_view rest = text.substr(at + 2);
        const size_t colon = rest.find(':');
        if (colon != std::string_view::npos && colon < 100 && opens_with_that(rest)) best = at + 2;
    }
    return best;
}

// ------------------------------------------------------------------ paragraph numbers

enum class NumberStyle { None, Dot, Paren, Bracketed };  // "3.", "3)", "(3)"

struct ParagraphNumber {
    NumberStyle style = NumberStyle::None;
    int value = 0;
};

// The paragraph number `t` starts with: "3. ", "4) ", "(27) ".
ParagraphNumber paragraph_number(std::string_view t) {
    size_t i = 0;
    const bool bracket = !t.empty() && t[0] == '(';
    if (bracket) ++i;
    const size_t digits = i;
    while (i < t.size() && i - digits < 4 && is_digit(t[i])) ++i;
    if (i == digits || i >= t.size()) return {};
    const int value = std::stoi(std::string(t.substr(digits, i - digits)));
    const char sep = t[i];
    const bool ends = i + 1 >= t.size() || t[i + 1] == ' ';
    if (bracket && sep == ')' && ends) return {NumberStyle::Bracketed, value};
    if (!bracket && sep == ')' && ends) return {NumberStyle::Paren, value};
    if (!bracket && sep == '.' && ends) return {NumberStyle::Dot, value};
    return {};
}

// A list part: "(a)", "a)", "A)", "i)", "1.", "•", "-", "o ".
bool starts_list_part(std::string_view t) {
    if (t.empty()) return false;
    if (t.starts_with("•") || t.starts_with("") || t.starts_with("- ") || t.starts_with("– ") || t.starts_with("o "))
        return true;
    if (paragraph_number(t).style != NumberStyle::None) return true;
    size_t i = t[0] == '(' ? 1 : 0;
    const size_t letters = i;
    while (i < t.size() && i - letters < 4 && is_alpha(t[i])) ++i;
    return i > letters && i - letters <= 4 && i < t.size() && (t[i] == ')' || (t[i] == '.' && i - letters == 1));
}

// A short line that records how a vote went, or who proposed: "Carried.", "Motion carried",
// "Proposed: A Smith", "For (51) Mr ...", "AYES: ...".
bool is_vote_line(std::string_view t) {
    if (t.size() > 2000) return false;
    const std::string l = lower(t.substr(0, 40));
    for (std::string_view lead : {"for (", "against (", "abstain (", "abstentions (", "ayes:", "nays:", "noes:", "absent:",
                                  "abstain:", "recused:", "motion by:", "second:", "seconder:", "result:", "vote:",
                                  "roll call vote", "roll call:", "voting aye", "voting nay"})
        if (l.starts_with(lead)) return true;
    if (t.size() > 120) return false;
    for (std::string_view lead : {"carried", "motion carried", "substantive motion carried", "motion lost", "lost",
                                  "agreed.", "agreed unanimously", "agreed by", "the motion was carried", "the motion was lost", "proposed:", "seconded:",
                                  "proposed by", "seconded by", "unanimous", "motion passed", "the motion passed",
                                  "motion failed", "the motion failed", "the motion carried", "motion approved"})
        if (l.starts_with(lead)) return true;
    return false;
}

// The discussion resumes: "The Chairman ...", "Following the debate ...", "Mr Smith asked ...".
bool resumes_discussion(std::string_view t) {
    for (std::string_view lead : {"The Chairman", "The Chair ", "Following", "In accordance with", "Officers", "Meeting ended",
                                  "The meeting", "There being no", "Signed", "CHAIR", "Members asked", "Members raised",
                                  "During discussion", "In response", "Councillor ", "Cllr ", "Mr ", "Mrs ", "Ms ",
                                  "Dr ", "ACTION", "Action:", "Reason(s) for", "Reasons for", "Reason for", "Background",
                                  "Any alternatives", "Any interest", "Legal Implications", "Financial Implications"})
        if (t.starts_with(lead)) return true;
    return false;
}

// "PUBLIC COMMENT": a heading in capitals (two or more words, no lower-case letter) is the next part of the meeting.
bool is_capitals_heading(std::string_view t) {
    if (t.size() > 80 || t.find(' ') == std::string_view::npos || t.ends_with(":")) return false;
    return std::none_of(t.begin(), t.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
}

bool ends_open(std::string_view t) {
    t = trim(t);
    return t.ends_with(":") || t.ends_with(";") || t.ends_with(",") || t.ends_with(" and") || t.ends_with(" or") ||
           t.ends_with("following") || t.ends_with("–") || t.ends_with("-");
}

// "Decision:" alone: a label whose decision is the blocks under it.
bool label_only(std::string_view piece) {
    const std::string_view t = trim(piece);
    return t == "Decision:" || t == "Decisions:" || t == "DECISION:" || t == "DECISIONS:";
}

size_t leading_vote_sentence(std::string_view text);

// A formal resolution from `first` (the opening's block, cut at the opening) through its parts.
struct FormalResolution {
    std::string text;
    size_t next = 0;  ///< the first block after it
};

FormalResolution take_formal(const std::vector<const Block*>& blocks, size_t first, size_t opening,
                             ParagraphNumber own) {
    FormalResolution r;
    r.text = std::string(trim(std::string_view(blocks[first]->text).substr(opening)));
    // A "MOTION:" label's colon opens no list of parts: what follows it is the motion's wording.
    const size_t label = motion_label(r.text);
    const size_t colon = r.text.find_first_of(":;", label);
    const bool runs_on = (label == 0 && label_only(r.text)) || ends_open(r.text) || (colon != std::string::npos && colon < 60);
    size_t j = first + 1;
    for (size_t taken = 0; j < blocks.size() && taken < 60; ++j, ++taken) {
        const std::string_view t = trim(blocks[j]->text);
        if (t.empty()) continue;
        // A paragraph number alone ("9)", "4. 5. 6."): the PDF's number column, read apart from its text.
        if (std::all_of(t.begin(), t.end(), [](char c) { return is_digit(c) || c == '.' || c == ')' || c == '(' || c == ' '; }))
            continue;
        // "Carried. 11) The Chairman ...": the result, run into the next paragraph, ends it.
        if (const size_t end = leading_vote_sentence(t); end > 0) {
            r.text += "\n" + std::string(trim(t.substr(0, end)));
            break;
        }
        if (is_vote_line(t)) {
            r.text += "\n" + std::string(t);
            continue;
        }
        if ((find_formal(t) == 0 || opens_with_that(t)) && !label_only(r.text) && !t.starts_with("That ")) break;
        if (runs_on) {
            const ParagraphNumber n = paragraph_number(t);
            if (own.style != NumberStyle::None && n.style == own.style && n.value != own.value) break;
            if (own.style == NumberStyle::None && (n.style == NumberStyle::Paren || n.style == NumberStyle::Bracketed))
                break;
            if (resumes_discussion(t)) break;
            if (blocks[j]->kind == BlockKind::Heading && is_capitals_heading(t)) break;
        } else {
            const bool part = starts_list_part(t) && ends_open(r.text);
            const bool that = t.starts_with("That ") || t.starts_with("THAT ") || t.starts_with("AND THAT ");
            // "Trustee Orr seconded the motion.": the seconder's line of a motion.
            const bool seconding = t.size() <= 160 && has_word(lower(t), "seconded");
            if (!part && !that && !seconding) break;
        }
        r.text += "\n" + std::string(t);
    }
    r.next = j;
    return r;
}

// The paragraph number of a resolution: before its opening in the block ("(27) RESOLVED"), or a
// block of its own just before it ("(4)" then "RESOLVED that ...").
ParagraphNumber own_number(const std::vector<const Block*>& blocks, size_t i, size_t opening) {
    const std::string_view before = trim(std::string_view(blocks[i]->text).substr(0, opening));
    if (!before.empty()) return paragraph_number(std::string(before) + " ");
    if (i > 0) {
        const std::string_view prev = trim(blocks[i - 1]->text);
        if (prev.size() <= 6) return paragraph_number(std::string(prev) + " ");
    }
    return {};
}

// ------------------------------------------------------------------ decision sentences

// Words before a full stop that do not end a sentence: titles, initials, "No.", "a.m".
bool abbreviation(std::string_view word) {
    if (word.size() == 1 && is_upper(word[0])) return true;  // an initial: "R. Smith"
    for (std::string_view a : {"Mr", "Mrs", "Ms", "Dr", "Cllr", "St", "No", "no", "Rev", "Revd", "Prof", "approx", "a.m",
                               "p.m", "etc", "Co", "Nos", "vs", "e.g", "i.e", "Sgt", "Insp"})
        if (word == a) return true;
    return false;
}

std::vector<std::string_view> sentences(std::string_view text) {
    std::vector<std::string_view> out;
    size_t start = 0;
    for (size_t i = 0; i + 1 < text.size(); ++i) {
        const char c = text[i];
        if ((c != '.' && c != '!' && c != '?') || (text[i + 1] != ' ' && text[i + 1] != '\n')) continue;
        size_t w = i;
        while (w > start && !std::isspace(static_cast<unsigned char>(text[w - 1]))) --w;
        while (w < i && (text[w] == '(' || text[w] == '"' || text[w] == '\'')) ++w;  // "(R. Kessler)"
        if (c == '.' && abbreviation(text.substr(w, i - w))) continue;
        size_t next = i + 1;
        while (next < text.size() && std::isspace(static_cast<unsigned char>(text[next]))) ++next;
        if (next < text.size() && !is_upper(text[next]) && !is_digit(text[next]) && text[next] != '(' &&
            text[next] != '"' && text[next] != '\'')
            continue;
        out.push_back(trim(text.substr(start, i + 1 - start)));
        start = next;
        i = next == 0 ? 0 : next - 1;
    }
    if (start < text.size()) out.push_back(trim(text.substr(start)));
    return out;
}

// Words that name the meeting or a body of it, as the subject of a decision.
constexpr std::array<std::string_view, 12> kCollective = {"council", "councillors", "committee", "board", "panel",
                                                          "commission", "commissioners", "members", "trustees",
                                                          "cabinet", "membership", "meeting"};

// "22/03650/TCA Stonehaven, High Street - Treework NO OBJECTION".
bool planning_response(const std::string& l) {
    for (size_t at = l.find('/'); at != std::string::npos; at = l.find('/', at + 1)) {
        size_t a = at;
        while (a > 0 && is_digit(l[a - 1])) --a;
        size_t b = at + 1;
        while (b < l.size() && is_digit(l[b])) ++b;
        if (at - a < 2 || b - at - 1 < 4 || b >= l.size() || l[b] != '/') continue;
        for (std::string_view response : {"no objection", "object", "support", "approve", "refuse"})
            if (contains(l.substr(b), response)) return true;
    }
    return false;
}

constexpr std::array<std::string_view, 38> kDecisionPhrases = {
    "seconded", "motion passed", "motion was passed", "motion carried", "motion was carried", "motion failed",
    "motion was lost", "motion lost", "passed unanimously", "carried unanimously", " was carried", " were carried",
    "all in favour", "all were in favour", "unanimously agreed", "unanimously approved", "unanimously resolved",
    "unanimously voted", "it was agreed", "it was resolved", "it was decided", "it was approved", "this was agreed",
    "was agreed", "were agreed", "and agreed", "agreed following the vote", "all agreed", "were approved",
    "was approved", "approved and adopted", "was adopted", "were adopted", "was accepted", "were accepted",
    "were voted in", "was elected", "were elected"};

// "... 349.85 Cllr Daphne Clements proposed": a proposal starts with its proposer's title, when one
// stands at most five words before it.
size_t back_to_proposer(std::string_view sentence, size_t at) {
    size_t end = at;
    for (int words = 0; words < 5; ++words) {
        while (end > 0 && sentence[end - 1] == ' ') --end;
        if (end == 0) break;
        const size_t space = sentence.rfind(' ', end - 1);
        const size_t from = space == std::string_view::npos ? 0 : space + 1;
        const std::string_view word = sentence.substr(from, end - from);
        for (std::string_view title : {"Cllr", "Councillor", "Councilor", "Mr", "Mrs", "Ms", "Dr", "Commissioner",
                                       "Trustee", "Mayor", "Alderman"})
            if (word == title || (word.size() == title.size() + 1 && word.starts_with(title) && word.back() == '.'))
                return from;
        end = from;
    }
    return at;
}

// Where the decision in `sentence` is said (the earliest phrase that records one), or npos.
size_t decision_at(std::string_view sentence) {
    const std::string l = lower(sentence);
    size_t best = std::string::npos;
    auto take = [&](size_t at) { best = std::min(best, at); };
    for (auto phrase : kDecisionPhrases)
        if (const size_t at = l.find(phrase); at != std::string::npos) take(at);
    // "Moved by Hensley to adopt.", "Motion by Reyes, second by Tran": a proposal with its mover.
    // Not "the table is often moved by the footballers": "moved by" opens the sentence or follows a colon.
    if (l.starts_with("moved by ")) take(0);
    if (const size_t at = l.find(": moved by "); at != std::string::npos) take(at + 2);
    for (size_t at = l.find("motion by "); at != std::string::npos; at = l.find("motion by ", at + 1))
        if (at == 0 || !is_alpha(l[at - 1])) {
            take(at);
            break;
        }
    for (std::string_view verb : {" moved to ", " moved that "}) {
        const size_t at = l.find(verb);
        if (at != std::string::npos && !contains(l, "was moved") && !contains(l, "be moved") && !contains(l, "been moved") &&
            !contains(l, "were moved"))
            take(at);
    }
    for (auto body : kCollective)
        for (std::string_view verb : {"agreed", "approved", "resolved", "decided", "adopted", "accepted"})
            for (std::string_view adverb : {"", "unanimously ", "then ", "also "}) {
                const std::string phrase = std::string(body) + " " + std::string(adverb) + std::string(verb);
                for (size_t at = l.find(phrase); at != std::string::npos; at = l.find(phrase, at + 1))
                    if ((at == 0 || !is_alpha(l[at - 1])) && !is_alpha(l[std::min(l.size() - 1, at + phrase.size())])) {
                        take(at);
                        break;
                    }
            }
    // "The Committee noted the report": the meeting's conclusion on a report (not "Members noted
    // that ...", which is discussion).
    const size_t noted = l.find("noted ");
    const std::string_view after_noted = noted == std::string::npos ? std::string_view() : std::string_view(l).substr(noted, 70);
    const bool noted_a_paper = contains(after_noted, "report") || contains(after_noted, "update") ||
                               contains(after_noted, "work programme") || contains(after_noted, "accounts");
    if (noted != std::string::npos && noted_a_paper)
        for (std::string_view body : {"committee", "council", "board", "panel", "commission", "cabinet"})
            if (has_word(l.substr(0, noted), body)) take(noted);
    if (best == std::string::npos && planning_response(l)) best = 0;
    if (best == std::string::npos) return best;
    // "Cllr A proposed ..., seconded by Cllr B": the decision starts with its proposal.
    if (l.compare(best, 8, "seconded") == 0)
        for (std::string_view lead : {"propos", "moved", "nominat", "motion"})
            if (const size_t at = l.find(lead); at < best) best = at;
    return best;
}

// Where the clause holding the decision at `at` starts: after "..., so", after a comma, or after
// "and" when a new subject follows ("... was discussed and it was agreed that ...").
size_t clause_start(std::string_view sentence, size_t at) {
    const std::string l = lower(sentence.substr(0, at + 4));  // through "it w" / "the ", for the joints below
    size_t start = 0;
    for (std::string_view separator : {", ", "; "}) {
        const size_t comma = l.rfind(separator, at);
        if (comma == std::string::npos || comma + 2 <= start) continue;
        start = comma + 2;
        if (l.compare(start, 3, "so ") == 0) start += 3;
    }
    for (std::string_view joint : {" and it ", " and the ", " and all "}) {
        const size_t a = l.rfind(joint);
        if (a != std::string::npos && a + 5 > start) start = a + 5;
    }
    // "Hall hire 30.00 It was agreed ...": a table row's figure, then the decision with its capital.
    if (at > start + 1 && sentence[at - 1] == ' ' && is_digit(sentence[at - 2]) && is_upper(sentence[at])) start = at;
    return start;
}

bool is_decision_sentence(std::string_view sentence) { return decision_at(sentence) != std::string::npos; }

// "Proposed: A Wren ...", "Proposed by Cllr Marsh ...", "Moved by ...": a paragraph that opens with the mover.
bool opens_with_proposer(std::string_view t) {
    const std::string l = lower(t.substr(0, 12));
    return l.starts_with("proposed") || l.starts_with("moved by") || l.starts_with("moved:");
}

// The length of `text`'s first sentence when it only records a vote result ("Agreed unanimously.",
// "Carried.") and more text follows it in the block; else 0.
size_t leading_vote_sentence(std::string_view text) {
    const std::vector<std::string_view> all = sentences(text);
    if (all.size() < 2 || !is_vote_line(all.front())) return 0;
    // "Proposed: A Wren. Seconded: B Teal." and "Carried. 6 for, 2 against." are one vote record.
    const std::string_view rest = all[1];
    if (is_vote_line(rest) || (is_digit(rest.front()) && paragraph_number(rest).style == NumberStyle::None)) return 0;
    const std::string_view first = all.front();
    return static_cast<size_t>(first.data() + first.size() - text.data());
}

}  // namespace

std::string find_resolution(std::string_view text) {
    const size_t at = find_formal(text);
    if (at == std::string_view::npos) return {};
    return std::string(trim(text.substr(at)));
}

std::string find_decision_sentences(std::string_view text) {
    std::string out;
    const std::vector<std::string_view> all = sentences(text);
    for (size_t i = 0; i < all.size(); ++i) {
        std::string_view s = all[i];
        const size_t at = decision_at(s);
        if (at == std::string::npos) continue;
        // "Proposed: A Smith Seconded: B Jones Carried." records the vote on the sentence before it.
        const bool vote_only = lower(s.substr(0, 8)) == "proposed";
        if (vote_only && i > 0 && !is_decision_sentence(all[i - 1])) {
            if (!out.empty()) out += ' ';
            out += all[i - 1];
        } else {
            // The proposer's name starts a proposal; otherwise the clause that says the decision does.
            const size_t proposer = back_to_proposer(s, at);
            s = trim(s.substr(proposer < at ? proposer : clause_start(s, at)));
        }
        if (!out.empty()) out += ' ';
        out += s;
    }
    return out;
}

std::string item_resolution(const std::vector<const Block*>& blocks) {
    std::vector<std::string> pieces;
    for (size_t i = 0; i < blocks.size(); ++i) {
        const std::string& text = blocks[i]->text;
        const std::string_view t = trim(text);
        size_t opening = opens_with_that(t) ? text.find(t.substr(0, 4)) : find_formal(text);
        if (opening == std::string::npos) continue;
        FormalResolution r = take_formal(blocks, i, opening, own_number(blocks, i, opening));
        pieces.push_back(std::move(r.text));
        i = r.next - 1;
    }
    if (pieces.empty()) {
        // No formal resolution: the decision sentences, with the vote lines that follow them.
        size_t skip = 0;  // bytes of block i already taken as the vote line of the decision before it
        bool previous_taken = false;
        for (size_t i = 0; i < blocks.size(); ++i, skip = 0) {
            const std::string_view text = std::string_view(blocks[i]->text).substr(skip);
            std::string piece = find_decision_sentences(text);
            if (piece.empty()) {
                previous_taken = false;
                continue;
            }
            // "Proposed: A Wren Seconded: B Teal Carried." as a paragraph of its own records the
            // vote on the motion the paragraph before it words.
            if (i > 0 && skip == 0 && !previous_taken && opens_with_proposer(trim(text)) &&
                blocks[i - 1]->kind != BlockKind::Heading) {
                const std::vector<std::string_view> before = sentences(trim(blocks[i - 1]->text));
                const bool worded = !before.empty() && before.back().size() <= 400 &&
                                    (before.back().ends_with(".") || before.back().ends_with(":"));
                if (worded) piece = std::string(before.back()) + "\n" + piece;
            }
            while (i + 1 < blocks.size() && leading_vote_sentence(blocks[i + 1]->text) == 0 &&
                   is_vote_line(trim(blocks[i + 1]->text)))
                piece += "\n" + std::string(trim(blocks[++i]->text));
            // "Agreed unanimously. 11) The Chairman ...": the result, run into the next paragraph.
            if (i + 1 < blocks.size()) {
                const std::string_view next = blocks[i + 1]->text;
                if (const size_t end = leading_vote_sentence(next); end > 0) {
                    piece += "\n" + std::string(trim(next.substr(0, end)));
                    skip = end;
                }
            }
            pieces.push_back(std::move(piece));
            previous_taken = true;
            if (skip > 0) {
                ++i;
                const size_t taken = skip;
                // the rest of the next block is read as a block of its own
                std::string rest = find_decision_sentences(std::string_view(blocks[i]->text).substr(taken));
                if (!rest.empty()) pieces.push_back(std::move(rest));
            }
        }
    }
    std::string out;
    for (const auto& p : pieces) {
        if (!out.empty()) out += "\n\n";
        out += p;
    }
    return out;
}

}  // namespace quorum::index
