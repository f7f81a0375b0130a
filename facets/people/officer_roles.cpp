/** @file officer_roles.cpp @brief Classifying the words beside a name into roles and organisations. */
#include "facets/people/officer_roles.h"

#include "facets/people/officer_lexicon.h"

#include <algorithm>

namespace quorum::facets::officer {
namespace {

constexpr size_t kMaxPartTokens = 16;    ///< longer parts are prose, not a role
constexpr size_t kMaxPhraseTokens = 12;  ///< appositions and roles before a name

bool is_connector(const Token& t) {
    return t.kind == TokenKind::Word &&
           (t.text == "of" || t.text == "and" || t.text == "for" || t.text == "the" || t.text == "to" ||
            t.text == "in" || t.text == "on");
}

bool is_part_separator(const Token& t) {
    return is_punct(t, ",") || is_punct(t, ";") || is_punct(t, ":") || is_dash(t);
}

/// "(NO)" after "Nick Oakhill": capitals whose first letter is the person's first initial.
bool is_initials_of(std::string_view caps, const Mention& m) {
    if (caps.size() > 4) return false;
    const char first = !m.given.empty() ? m.given.front()[0] : (m.surname.empty() ? 0 : m.surname[0]);
    return caps[0] == first;
}

/// Drops "and", "&", "." and "/" from both ends of a part, a leading copy of the person's initials
/// ("JB Chair" after "Jo Bruce") and trailing numbers ("CLERK 02.23.01").
TokenRange trim_part(const std::vector<Token>& tokens, TokenRange r, const Mention& m) {
    auto filler = [&](size_t k) {
        return tokens[k].text == "and" || tokens[k].text == "&" || is_punct(tokens[k], ".") || is_punct(tokens[k], "/");
    };
    while (!r.empty() && filler(r.begin)) ++r.begin;
    if (r.end - r.begin > 1 && is_upper_word(tokens[r.begin]) && is_initials_of(tokens[r.begin].text, m) &&
        !is_role_word(tokens[r.begin].text))
        ++r.begin;
    while (!r.empty() && (filler(r.end - 1) || tokens[r.end - 1].kind == TokenKind::Number)) --r.end;
    return r;
}

bool has_role_word(const std::vector<Token>& tokens, TokenRange r) {
    for (size_t k = r.begin; k < r.end; ++k)
        if (tokens[k].kind == TokenKind::Word && is_role_word(tokens[k].text)) return true;
    return false;
}

bool has_org_word(const std::vector<Token>& tokens, TokenRange r) {
    for (size_t k = r.begin; k < r.end; ++k)
        if (tokens[k].kind == TokenKind::Word && is_org_word(tokens[k].text)) return true;
    return false;
}

/// A part that names someone ("Mr. Mycock, who took the chair", "Christian Williams").
bool names_a_person(const std::vector<Token>& tokens, TokenRange r) {
    for (size_t k = r.begin; k < r.end; ++k) {
        // "D C M Llewellyn": initials and a surname
        if (is_initial(tokens[k]) && k + 1 < r.end && (is_initial(tokens[k + 1]) || is_punct(tokens[k + 1], ".")) &&
            k + 2 < r.end && (is_cap_word(tokens[k + 2]) || is_initial(tokens[k + 2])))
            return true;
        if (match_title(tokens, k) && k + 1 < r.end && !is_punct(tokens[k + 1], ")")) {
            const auto title = match_title(tokens, k);
            if (title->end < r.end && (is_cap_word(tokens[title->end]) || is_initial(tokens[title->end]))) return true;
        }
        if (is_given_name(tokens[k].text) && k + 1 < r.end && is_cap_word(tokens[k + 1])) return true;
    }
    return false;
}

/// "CHAIR" -> "Chair"; "RFO" stays.
std::string title_case_role(std::string_view caps) {
    std::string out = lower(caps);
    if (caps.size() <= 3) return std::string(caps);
    out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

enum class PartKind { Drop, Role, Org, Neither, Chair };

PartKind classify_part(const std::vector<Token>& tokens, TokenRange r, const Mention& m) {
    if (r.empty() || r.end - r.begin > kMaxPartTokens) return PartKind::Drop;
    const Token& first = tokens[r.begin];
    if (r.end - r.begin == 1 && is_upper_word(first)) {
        if (is_role_word(first.text)) return PartKind::Role;  // "CHAIR", "RFO"
        // Initials ("(NO)") and short council abbreviations ("(CDC)") say nothing useful.
        return first.text.size() <= 3 || is_initials_of(first.text, m) ? PartKind::Drop : PartKind::Org;
    }
    if (first.kind != TokenKind::Word || first.text == "Item" || first.text == "Minute" || first.text == "Minutes")
        return PartKind::Drop;
    if (lower(range_text(tokens, r)) == "in the chair") return PartKind::Chair;
    if (is_lower_word(first) && !is_role_word(first.text)) return PartKind::Drop;
    if (names_a_person(tokens, r)) return PartKind::Drop;
    if (std::all_of(tokens.begin() + static_cast<long>(r.begin), tokens.begin() + static_cast<long>(r.end),
                    [](const Token& t) { return t.kind == TokenKind::Number || is_month(t.text) || is_weekday(t.text); }))
        return PartKind::Drop;  // "(Saturday)", "(12 May)"
    if (first.text == "Office" || first.text == "Department" || first.text == "Directorate")
        return PartKind::Org;  // "Office of the Police and Crime Commissioner"
    if (has_role_word(tokens, r)) return PartKind::Role;
    if (has_org_word(tokens, r) || first.text == "The") return PartKind::Org;  // "The Anchor Vaults"
    return PartKind::Neither;
}

/// Adds one classified part; a part with neither kind continues the role before it.
void add_part(const std::vector<Token>& tokens, TokenRange r, PartKind kind, PartKind& previous, Mention& m) {
    if (kind == PartKind::Drop) return;
    if (kind == PartKind::Chair) {  // "(Leader of the Council, in the Chair)"
        m.roles.emplace_back("Chair");
        previous = PartKind::Role;
        return;
    }
    std::string text = r.end - r.begin == 1 && is_upper_word(tokens[r.begin]) && kind == PartKind::Role
                           ? title_case_role(tokens[r.begin].text)
                           : range_text(tokens, r);
    if (kind == PartKind::Neither && previous == PartKind::Role && !m.roles.empty()) {
        m.roles.back() += ", " + text;
        return;
    }
    if (kind == PartKind::Role) m.roles.push_back(std::move(text));
    else m.orgs.push_back(std::move(text));
    previous = kind == PartKind::Neither ? PartKind::Org : kind;
}

}  // namespace

std::string range_text(const std::vector<Token>& tokens, TokenRange r) {
    if (r.empty()) return "";
    const char* begin = tokens[r.begin].text.data();
    const char* end = tokens[r.end - 1].text.data() + tokens[r.end - 1].text.size();
    return collapse_spaces(std::string_view(begin, static_cast<size_t>(end - begin)));
}

size_t closing_paren(const std::vector<Token>& tokens, size_t open, size_t limit) {
    const std::string_view close = is_punct(tokens[open], "[") ? "]" : ")";
    const std::string_view again = is_punct(tokens[open], "[") ? "[" : "(";
    int depth = 0;
    for (size_t k = open; k < limit; ++k) {
        if (is_punct(tokens[k], again)) ++depth;
        else if (is_punct(tokens[k], close) && --depth == 0) return k;
    }
    return limit;
}

void add_role_parts(const std::vector<Token>& tokens, TokenRange range, Mention& m) {
    PartKind previous = PartKind::Drop;
    size_t part_begin = range.begin;
    auto flush = [&](size_t end) {
        const TokenRange part = trim_part(tokens, {part_begin, end}, m);
        add_part(tokens, part, classify_part(tokens, part, m), previous, m);
    };
    for (size_t k = range.begin; k < range.end; ++k) {
        if (is_punct(tokens[k], "(") || is_punct(tokens[k], "[")) {
            flush(k);
            const size_t close = closing_paren(tokens, k, range.end);
            // Inside a parenthesis, commas still separate parts: "(Chair, Eastmere District Council)".
            PartKind inner_previous = PartKind::Drop;
            size_t inner_begin = k + 1;
            for (size_t j = k + 1; j <= close && j < range.end + 1; ++j) {
                if (j == close || is_part_separator(tokens[j])) {
                    const TokenRange part = trim_part(tokens, {inner_begin, j}, m);
                    add_part(tokens, part, classify_part(tokens, part, m), inner_previous, m);
                    inner_begin = j + 1;
                }
                if (j == close) break;
            }
            previous = inner_previous;
            k = close;
            part_begin = close + 1;
        } else if (is_part_separator(tokens[k])) {
            flush(k);
            part_begin = k + 1;
        }
    }
    if (part_begin < range.end) flush(range.end);
}

namespace {

/// Capitalised words, numbers and connectors from `begin`, trailing connectors dropped.
TokenRange capitalised_phrase_after(const std::vector<Token>& tokens, size_t begin, size_t limit) {
    size_t end = begin;
    while (end < limit && end - begin < kMaxPhraseTokens) {
        const Token& t = tokens[end];
        if (end > begin && is_clause_word(t.text)) break;  // "... and Public Health During the ..."
        if (is_cap_word(t) || is_upper_word(t) || t.kind == TokenKind::Number || is_connector(t) ||
            (is_lower_word(t) && is_role_word(t.text)) || is_punct(t, "&"))
            ++end;
        else
            break;
    }
    // "Team Manager Legal Services 23 August 2024": the date a sign-off ends with is not the role's.
    while (end > begin && (is_connector(tokens[end - 1]) || tokens[end - 1].kind == TokenKind::Number ||
                           is_month(tokens[end - 1].text)))
        --end;
    if (end == begin || !(is_cap_word(tokens[begin]) || is_upper_word(tokens[begin]))) return {};
    return {begin, end};
}

}  // namespace

TokenRange role_phrase_after(const std::vector<Token>& tokens, size_t begin, size_t limit) {
    const TokenRange r = capitalised_phrase_after(tokens, begin, limit);
    if (r.empty() || !has_role_word(tokens, r) || names_a_person(tokens, r)) return {};
    // An organisation's name is no role, unless a job ends it ("City Recorder", "Town Clerk") or
    // follows its first word ("Team Manager Legal Services").
    const bool job_second = r.end - r.begin >= 2 && is_role_word(tokens[r.begin + 1].text);
    if (is_org_word(tokens[r.begin].text) && !is_role_word(tokens[r.end - 1].text) && !job_second) return {};
    return r;
}

TokenRange org_phrase_after(const std::vector<Token>& tokens, size_t begin, size_t limit) {
    const TokenRange r = capitalised_phrase_after(tokens, begin, limit);
    if (r.empty() || !has_org_word(tokens, r) || names_a_person(tokens, r)) return {};
    return r;
}

TokenRange role_phrase_before(const std::vector<Token>& tokens, size_t end) {
    size_t begin = end;
    while (begin > 0 && end - begin < kMaxPhraseTokens) {
        const Token& t = tokens[begin - 1];
        if (t.text == "the" || t.text == "The") break;
        // Numbers only in "Section 151 Officer"; "24 September 2021 Chief Finance Officer" is a date.
        const bool section_number = t.kind == TokenKind::Number && begin >= 2 && tokens[begin - 2].text == "Section";
        if (is_cap_word(t) || is_upper_word(t) || section_number || is_connector(t) || is_punct(t, "&"))
            --begin;
        else
            break;
    }
    while (begin < end && is_connector(tokens[begin])) ++begin;
    const TokenRange r{begin, end};
    if (r.empty()) return {};
    // The phrase must stand on its own: after "the", punctuation, a number or the start of the
    // block; before a colon ("Chief Finance Officer: Yvonne Stirling") after anything.
    const Token* before = begin > 0 ? &tokens[begin - 1] : nullptr;
    const bool starts_clause = !before || before->text == "the" || before->text == "The" ||
                               before->kind != TokenKind::Word || is_punct(tokens[end], ":");
    // "HR Partner: Celia Vane": a short abbreviation in capitals may open it ("IT", "ICT"); a
    // heading in capitals ("BOARD MEMBER:") is not a job's field.
    const bool abbreviation = is_upper_word(tokens[begin]) && tokens[begin].text.size() <= 3;
    if (!starts_clause || !(is_cap_word(tokens[begin]) || abbreviation) || !has_role_word(tokens, r) ||
        names_a_person(tokens, r))
        return {};
    return r;
}

}  // namespace quorum::facets::officer
