/** @file attendance_prose.cpp @brief Rewrites "X, Y and Z were present." as "Present: X, Y and Z." for the attendance scanner. */
#include "facets/people/attendance_prose.h"

#include <array>
#include <cctype>

namespace quorum::facets::officer {
namespace {

struct Verb {
    std::string_view words;  ///< as written after the names, with the space before
    std::string_view label;
};

constexpr std::array<Verb, 13> kVerbs = {{
    {" called the meeting to order", "Chair: "},
    {" called the meeting back to order", "Chair: "},
    {" were also present", "Also present: "},
    {" was also present", "Also present: "},
    {" were also in attendance", "Also in attendance: "},
    {" was also in attendance", "Also in attendance: "},
    {" were present", "Present: "},
    {" was present", "Present: "},
    {" were in attendance", "In attendance: "},
    {" was in attendance", "In attendance: "},
    {" attended the meeting", "Present: "},
    {" was absent", "Absent: "},
    {" were absent", "Absent: "},
}};

constexpr size_t kMaxSentence = 600;  ///< longer "sentences" are not attendance lists

bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

/// Where the sentence holding text[end - 1] starts, not before `floor`.
size_t sentence_start(std::string_view text, size_t end, size_t floor) {
    for (size_t k = end; k > floor; --k) {
        const char c = text[k - 1];
        if (c == ':' || c == '\n') return k;
        if (c != '.' || k >= text.size() || text[k] != ' ') continue;
        // "R. Gough", "Mr. Smith" do not end a sentence: the word before the dot has two or more
        // letters and is not a title.
        size_t w = k - 1;
        while (w > floor && std::isalpha(static_cast<unsigned char>(text[w - 1]))) --w;
        const std::string_view word = text.substr(w, k - 1 - w);
        if (word.size() >= 2 && word != "Mr" && word != "Mrs" && word != "Ms" && word != "Dr" && word != "St" &&
            word != "Jr" && word != "Sr")
            return k + 1;
    }
    return floor;
}

bool has_capital(std::string_view s) {
    for (const char c : s)
        if (c >= 'A' && c <= 'Z') return true;
    return false;
}

}  // namespace

std::string attendance_prose_as_lists(std::string_view text) {
    std::string out;
    size_t copied = 0;  // text before this is in `out`
    // "The meeting was called to order by Commissioner Robert Sherrard at 7:07 p.m.": the one
    // who called it to order chaired it.
    constexpr std::string_view kPassive = " called to order by ";
    if (const size_t at = text.find(kPassive); at != std::string_view::npos) {
        const size_t start = sentence_start(text, at, 0);
        out.append(text.substr(0, start));
        out.append("Chair: ");
        copied = at + kPassive.size();
    }
    size_t pos = copied;
    while (pos < text.size()) {
        size_t best = std::string_view::npos;
        const Verb* verb = nullptr;
        for (const Verb& v : kVerbs) {
            const size_t at = text.find(v.words, pos);
            if (at < best) {
                best = at;
                verb = &v;
            }
        }
        if (!verb) break;
        const size_t after = best + verb->words.size();
        // "were present at the start of item 4" still lists them; "were presented" does not.
        if (after < text.size() && std::isalpha(static_cast<unsigned char>(text[after]))) {
            pos = after;
            continue;
        }
        size_t start = sentence_start(text, best, copied);
        while (start < best && (text[start] == ' ' || text[start] == '.' || text[start] == ';' || text[start] == ','))
            ++start;
        std::string_view names = text.substr(start, best - start);
        while (!names.empty() && (names.back() == ',' || names.back() == ' ')) names.remove_suffix(1);
        if (names.empty() || names.size() > kMaxSentence || !has_capital(names) || is_lower(names.front())) {
            pos = after;
            continue;
        }
        out.append(text.substr(copied, start - copied));
        // "Members of the Public and Media: Fay Orme was present.": the names' own label stands.
        size_t before = start;
        while (before > 0 && text[before - 1] == ' ') --before;
        if (before == 0 || text[before - 1] != ':' || verb->label == "Chair: ") out.append(verb->label);
        out.append(names);
        copied = after;
        pos = after;
    }
    if (copied == 0) return std::string(text);  // nothing rewritten
    out.append(text.substr(copied));
    return out;
}

}  // namespace quorum::facets::officer
