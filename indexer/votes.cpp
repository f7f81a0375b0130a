/** @file votes.cpp @brief Movers, seconders, vote counts and results read from an item's text. */
#include "indexer/votes.h"

#include "indexer/item_text.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <vector>

namespace quorum::index {
namespace {

bool is_upper(char c) { return std::isupper(static_cast<unsigned char>(c)); }
bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)); }

std::string lower(std::string_view s) {
    std::string out(s);
    for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// Words that belong to a name: capitalised ("Plowden", "S."), or a title ("Cllr").
bool name_word(std::string_view w) { return !w.empty() && (is_upper(w[0]) || w == "de" || w == "van"); }

// Strips what follows a name's last word: "Plowden." "Foote:" "Cordner,".
std::string_view clean(std::string_view w) {
    while (!w.empty() && (w.back() == ',' || w.back() == ';' || w.back() == ':' || w.back() == ')' ||
                          (w.back() == '.' && w.size() > 2)))
        w.remove_suffix(1);
    return w;
}

// The name of up to four words that starts at `at` ("by Councillor Rippington." -> "Councillor Rippington").
std::string name_after(std::string_view text, size_t at) {
    std::string out;
    for (int words = 0; words < 4 && at < text.size(); ++words) {
        while (at < text.size() && text[at] == ' ') ++at;
        const size_t end = text.find_first_of(" \n", at);
        const std::string_view raw = text.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at);
        if (!name_word(raw) || raw == "On" || raw == "The" || raw == "All" || raw == "Carried") break;
        if (!out.empty()) out += ' ';
        out += clean(raw);
        if (raw != clean(raw) && !(raw.size() == 2 && raw[1] == '.')) break;  // "Rippington." ends it; "S." does not
        if (end == std::string_view::npos) break;
        at = end;
    }
    return out;
}

// The name of up to four words that ends just before `at` ("Councillor Tuttle moved" -> "Councillor Tuttle").
std::string name_before(std::string_view text, size_t at) {
    size_t end = at;
    size_t start = at;
    for (int words = 0; words < 4; ++words) {
        while (end > 0 && text[end - 1] == ' ') --end;
        if (end == 0) break;
        const size_t space = text.find_last_of(" \n", end - 1);
        const size_t from = space == std::string_view::npos ? 0 : space + 1;
        const std::string_view word = text.substr(from, end - from);
        if (!name_word(word) || (word.back() == '.' && word.size() > 2) || word.back() == ',' || word.back() == ':') break;
        start = from;
        end = from;
    }
    return std::string(trim(text.substr(start, at - start)));
}

struct Found {
    size_t at = std::string::npos;
    std::string name;
};

// The last mover (or seconder) the text names, by the phrases in `after` ("moved by X") and
// `before` ("X moved").
Found last_name(std::string_view text, std::initializer_list<std::string_view> after,
                std::initializer_list<std::string_view> before) {
    Found best;
    auto consider = [&](size_t at, std::string name) {
        if (!name.empty() && (best.at == std::string::npos || at > best.at)) best = {at, std::move(name)};
    };
    for (auto phrase : after)
        for (size_t at = text.find(phrase); at != std::string_view::npos; at = text.find(phrase, at + 1))
            consider(at, name_after(text, at + phrase.size()));
    for (auto phrase : before)
        for (size_t at = text.find(phrase); at != std::string_view::npos; at = text.find(phrase, at + 1))
            consider(at, name_before(text, at));
    return best;
}

// The number just before `at` ("8 voting FOR" -> 8), or -1.
int number_before(std::string_view l, size_t at) {
    size_t end = at;
    while (end > 0 && l[end - 1] == ' ') --end;
    size_t start = end;
    while (start > 0 && is_digit(l[start - 1])) --start;
    if (start == end || end - start > 4) {
        static constexpr std::array<std::string_view, 13> kWords = {"no", "one", "two", "three", "four", "five", "six",
                                                                     "seven", "eight", "nine", "ten", "eleven", "twelve"};
        const size_t space = l.rfind(' ', end == 0 ? 0 : end - 1);
        const std::string_view word = l.substr(space == std::string_view::npos ? 0 : space + 1, end - (space == std::string_view::npos ? 0 : space + 1));
        for (size_t i = 0; i < kWords.size(); ++i)
            if (word == kWords[i]) return static_cast<int>(i);
        return -1;
    }
    return std::stoi(std::string(l.substr(start, end - start)));
}

// The number just after `at` ("for (51)" -> 51), or -1.
int number_after(std::string_view l, size_t at) {
    while (at < l.size() && (l[at] == ' ' || l[at] == '(' || l[at] == ':')) ++at;
    size_t end = at;
    while (end < l.size() && is_digit(l[end])) ++end;
    if (end == at || end - at > 4) return -1;
    return std::stoi(std::string(l.substr(at, end - at)));
}

// The count stated last for one side of a vote: "for (51)" / "51 in favour" / "8 voting for".
int last_count(const std::string& l, std::initializer_list<std::string_view> before_number,
               std::initializer_list<std::string_view> after_number) {
    int value = -1;
    size_t best = std::string::npos;
    auto consider = [&](size_t at, int n) {
        if (n >= 0 && (best == std::string::npos || at > best)) {
            best = at;
            value = n;
        }
    };
    for (auto phrase : before_number)
        for (size_t at = l.find(phrase); at != std::string::npos; at = l.find(phrase, at + 1))
            consider(at, number_after(l, at + phrase.size()));
    for (auto phrase : after_number)
        for (size_t at = l.find(phrase); at != std::string::npos; at = l.find(phrase, at + 1))
            consider(at, number_before(l, at));
    return value;
}

size_t last_of(const std::string& l, std::initializer_list<std::string_view> phrases) {
    size_t best = std::string::npos;
    for (auto p : phrases)
        if (const size_t at = l.rfind(p); at != std::string::npos && (best == std::string::npos || at > best)) best = at;
    return best;
}

// ------------------------------------------------------------------ named votes

enum class Side { For, Against, Abstain, Absent };

struct VoteLabel {
    Side side;
    size_t at = 0;        ///< where the label starts
    size_t names = 0;     ///< where its names start
    bool strong = false;  ///< a word only a vote uses ("Ayes", "NAYS") or a side with its count ("For (31)")
};

// "Ayes:", "NAYS:", "For (31)", "Against (12):", "Abstain:", "Absent:" at `at` of `l` (lower case):
// where the names after it start, or 0. A bare word needs its colon or its count in brackets.
size_t label_end(const std::string& l, size_t at, std::string_view word) {
    if (at > 0 && std::isalpha(static_cast<unsigned char>(l[at - 1]))) return 0;
    size_t i = at + word.size();
    if (i < l.size() && l[i] == ' ' && i + 1 < l.size() && l[i + 1] == '(') ++i;
    bool counted = false;
    if (i < l.size() && l[i] == '(') {
        const size_t close = l.find(')', i);
        if (close == std::string::npos || close - i > 5) return 0;
        for (size_t k = i + 1; k < close; ++k)
            if (!is_digit(l[k])) return 0;
        i = close + 1;
        counted = true;
    }
    if (i < l.size() && l[i] == ':') return i + 1;
    return counted ? i : 0;
}

std::vector<VoteLabel> vote_labels(const std::string& l) {
    static constexpr std::pair<std::string_view, Side> kWords[] = {
        {"ayes", Side::For},          {"aye", Side::For},           {"yeas", Side::For},
        {"voting aye", Side::For},    {"in favour", Side::For},     {"in favor", Side::For},
        {"for", Side::For},           {"nays", Side::Against},      {"noes", Side::Against},
        {"nay", Side::Against},       {"voting nay", Side::Against}, {"against", Side::Against},
        {"abstain", Side::Abstain},   {"abstained", Side::Abstain}, {"abstentions", Side::Abstain},
        {"abstaining", Side::Abstain}, {"absent", Side::Absent}};
    std::vector<VoteLabel> out;
    for (const auto& [word, side] : kWords)
        for (size_t at = l.find(word); at != std::string::npos; at = l.find(word, at + 1))
            if (const size_t names = label_end(l, at, word); names > 0) {
                const bool vote_word = word != "for" && word != "against" && word != "in favour" && word != "in favor" &&
                                       word != "absent" && word != "abstained";
                out.push_back({side, at, names, vote_word || l[at + word.size()] != ':'});
            }
    std::sort(out.begin(), out.end(), [](const VoteLabel& a, const VoteLabel& b) { return a.at < b.at; });
    // "voting aye:" also matched "aye:": keep the longer label that starts first.
    std::vector<VoteLabel> kept;
    for (const auto& v : out)
        if (kept.empty() || v.at >= kept.back().names) kept.push_back(v);
    return kept;
}

// Where the names after a label stop: the next label, a line end, or a sentence end (not an initial's full stop).
size_t names_end(std::string_view text, size_t from, size_t next_label) {
    size_t end = std::min({next_label, text.size(), from + 600});
    const size_t line = text.find('\n', from);
    if (line != std::string_view::npos) end = std::min(end, line);
    // "Abstain (2) Mr Ross Motion carried": the result printed on the list's line ends it.
    for (std::string_view result : {" Motion ", " MOTION ", " Carried", " CARRIED", " The motion"})
        if (const size_t at = text.find(result, from); at < end) end = at;
    for (size_t i = from; i + 1 < end; ++i) {
        if (text[i] != '.' || text[i + 1] != ' ') continue;
        size_t w = i;
        while (w > from && text[w - 1] != ' ' && text[w - 1] != ',') --w;
        if (i - w > 1) return i;  // "Pell. The motion" ends the list; "R. Lane" does not
    }
    return end;
}

// The named votes of the last vote the text records: its labels, read back from the last one
// while each side appears once.
void read_named_votes(std::string_view text, const std::string& l, Vote& v) {
    const std::vector<VoteLabel> labels = vote_labels(l);
    if (labels.empty()) return;
    size_t first = labels.size() - 1;
    bool seen[4] = {false, false, false, false};
    seen[static_cast<int>(labels[first].side)] = true;
    while (first > 0) {
        const VoteLabel& prev = labels[first - 1];
        if (seen[static_cast<int>(prev.side)] || labels[first].at - prev.at > 600) break;
        seen[static_cast<int>(prev.side)] = true;
        --first;
    }
    // "Absent: Cllr Moss" in a roll call alone is attendance, not a vote; "Reasons for: ..." alone is prose.
    if (!seen[static_cast<int>(Side::For)] && !seen[static_cast<int>(Side::Against)]) return;
    bool strong = labels.size() - first >= 2;
    for (size_t k = first; k < labels.size(); ++k) strong = strong || labels[k].strong;
    if (!strong) return;
    for (size_t k = first; k < labels.size(); ++k) {
        const size_t next = k + 1 < labels.size() ? labels[k + 1].at : text.size();
        std::vector<std::string> names = split_vote_names(text.substr(labels[k].names, names_end(text, labels[k].names, next) - labels[k].names));
        switch (labels[k].side) {
            case Side::For: v.for_names = std::move(names); break;
            case Side::Against: v.against_names = std::move(names); break;
            case Side::Abstain: v.abstain_names = std::move(names); break;
            case Side::Absent: v.absent_names = std::move(names); break;
        }
    }
}

}  // namespace

std::vector<std::string> split_vote_names(std::string_view list) {
    std::vector<std::string> out;
    std::string cur;
    auto flush = [&] {
        std::string_view n = trim(cur);
        while (!n.empty() && (n.back() == '.' || n.back() == ',')) n.remove_suffix(1);
        n = trim(n);
        // "Sir Paul Carter, CBE": an honour after a comma belongs to the name before it.
        if (!out.empty() && (n == "CBE" || n == "OBE" || n == "MBE" || n == "JP" || n == "KC" || n == "QC")) {
            out.back() += " " + std::string(n);
            cur.clear();
            return;
        }
        const bool words_ok = std::count(n.begin(), n.end(), ' ') < 5;
        if (!n.empty() && is_upper(n[0]) && words_ok && n != "None" && n != "NONE" && n != "Nil" && n != "N/A")
            out.emplace_back(n);
        cur.clear();
    };
    for (size_t i = 0; i < list.size(); ++i) {
        if (list[i] == ',' || list[i] == ';' || list[i] == '&') {
            flush();
        } else if (list.compare(i, 5, " and ") == 0) {
            flush();
            i += 4;
        } else {
            cur += list[i];
        }
    }
    flush();
    return out;
}

Vote read_vote(std::string_view text, std::string_view movers) {
    Vote v;
    const std::string l = lower(text);
    const Found mover = last_name(text, {"moved by ", "proposed by ", "Proposed: ", "Proposed by ", "MOTION BY: ", "Motion by: ",
                                         "On the proposal of "},
                                  {" moved ", " proposed,", " proposed that", " proposed the", " nominated "});
    const Found seconder = last_name(text, {"seconded by ", "Seconded: ", "Seconded by ", "SECOND: ", "Second: "},
                                     {" seconded", " Seconded"});
    v.mover = mover.name;
    v.seconder = seconder.name;
    if (!movers.empty()) {
        const size_t comma = movers.find(',');
        v.mover = std::string(trim(movers.substr(0, comma)));
        if (comma != std::string_view::npos) v.seconder = std::string(trim(movers.substr(comma + 1)));
    }
    v.in_favour = last_count(l, {"for (", "ayes (", "in favour ("}, {" voting for", " in favour", " for,", " voting in favour"});
    v.against = last_count(l, {"against (", "nays (", "noes ("}, {" against", " voting against"});
    v.abstained = last_count(l, {"abstain (", "abstentions (", "abstained ("}, {" abstained", " abstention", " abstentions"});
    if (const size_t at = l.rfind("passed "); at != std::string::npos) {
        const int a = number_after(l, at + 7);
        const size_t dash = l.find('-', at + 7);
        if (a >= 0 && dash != std::string::npos && dash < at + 12) {
            v.in_favour = a;
            v.against = number_after(l, dash + 1);
        }
    }
    read_named_votes(text, l, v);
    // "Ayes: Vance, Orr, Pell" without a count: the names are the count.
    if (v.in_favour < 0 && !v.for_names.empty()) v.in_favour = static_cast<int>(v.for_names.size());
    if (v.against < 0 && !v.against_names.empty()) v.against = static_cast<int>(v.against_names.size());
    if (v.abstained < 0 && !v.abstain_names.empty()) v.abstained = static_cast<int>(v.abstain_names.size());
    const size_t carried = last_of(l, {"carried", "motion passed", "motion was passed", "the motion passed", "it passed",
                                       "approved [", "agreed unanimously", "unanimously agreed", "all in favour",
                                       "all were in favour", "[unanimous]", "passed unanimously", "unanimously voted"});
    const size_t lost = last_of(l, {"motion lost", "motion was lost", "was lost", "motion failed", "failed [", " fell ",
                                    " fell.", "was defeated", "not carried", "amendment was lost"});
    if (lost != std::string::npos && (carried == std::string::npos || lost > carried)) {
        v.result = "lost";
    } else if (carried != std::string::npos) {
        const std::string tail = l.substr(carried, 40);
        const bool all = tail.find("unanim") != std::string::npos || tail.starts_with("all ") ||
                         tail.starts_with("[unanimous]") || l.compare(carried >= 12 ? carried - 12 : 0, 12, "unanimously ") == 0;
        v.result = all ? "unanimous" : "carried";
    }
    return v;
}

}  // namespace quorum::index
