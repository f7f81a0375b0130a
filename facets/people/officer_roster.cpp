/** @file officer_roster.cpp @brief Reads the run of names under a "Name" column heading (a City Record's ward roster). */
#include "facets/people/officer_roster.h"

#include "facets/people/officer_lexicon.h"
#include "facets/people/officer_text.h"

namespace quorum::facets::officer {
namespace {

constexpr size_t kMinNames = 3;

bool is_suffix(const Token& t) { return t.text == "Jr" || t.text == "Sr" || t.text == "III" || t.text == "II"; }

/// A given name: a capitalised word, or two capitals ("TJ Dow").
bool is_given(const Token& t) { return is_cap_word(t) || (is_upper_word(t) && t.text.size() == 2); }

/// Reads one name at tokens[i] with a surname of `surname_words` words ("Sabra Pierce Scott");
/// returns the index after it, or 0 when no such name starts there.
size_t read_name(const std::vector<Token>& tokens, size_t i, size_t surname_words, Mention& m) {
    if (i >= tokens.size() || !is_given(tokens[i]) || is_suffix(tokens[i])) return 0;
    m.given = {std::string(tokens[i].text)};
    size_t k = i + 1;
    while (k < tokens.size() && is_initial(tokens[k])) {  // middle initials, with or without a dot
        m.given.emplace_back(tokens[k].text);
        ++k;
        if (k < tokens.size() && is_punct(tokens[k], ".")) ++k;
    }
    m.surname.clear();
    for (size_t w = 0; w < surname_words; ++w, ++k) {
        if (k >= tokens.size() || !is_cap_word(tokens[k]) || is_suffix(tokens[k])) return 0;
        m.surname += (m.surname.empty() ? "" : " ") + std::string(tokens[k].text);
    }
    // ", Jr." after the surname
    if (k + 1 < tokens.size() && is_punct(tokens[k], ",") && is_suffix(tokens[k + 1])) {
        k += 2;
        if (k < tokens.size() && is_punct(tokens[k], ".")) ++k;
    }
    return k;
}

/// How unlikely a reading of one name is: a first word that is not a known given name (2), a
/// surname of two words (1), a surname that ends in a known given name (1). "Sabra Pierce Scott
/// Kevin Conwell" reads as "Sabra Pierce Scott", "Kevin Conwell", not "Sabra Pierce", "Scott Kevin".
size_t name_cost(const Mention& m, size_t surname_words) {
    size_t cost = surname_words - 1;
    if (m.given.front().size() > 2 && !is_given_name(m.given.front())) cost += 2;
    const size_t last = m.surname.rfind(' ');
    if (is_given_name(last == std::string::npos ? m.surname : m.surname.substr(last + 1))) cost += 1;
    return cost;
}

/// The run of names from tokens[from] to the end read as exactly `count` names (a table's other
/// column says how many rows it has), at the least total name_cost(); empty when it cannot be.
std::vector<Mention> read_run_of(const std::vector<Token>& tokens, size_t from, size_t count) {
    constexpr size_t kNone = static_cast<size_t>(-1);
    const size_t n = tokens.size();
    // cost[c][i]: the least cost of reading tokens[i..n) as c names
    std::vector<std::vector<size_t>> cost(count + 1, std::vector<size_t>(n + 1, kNone)),
        next(count + 1, std::vector<size_t>(n + 1, 0)), words(count + 1, std::vector<size_t>(n + 1, 0));
    cost[0][n] = 0;
    for (size_t c = 1; c <= count; ++c)
        for (size_t i = n; i-- > from;)
            for (size_t w = 1; w <= 2; ++w) {
                Mention m;
                const size_t end = read_name(tokens, i, w, m);
                if (end == 0 || cost[c - 1][end] == kNone) continue;
                const size_t total = cost[c - 1][end] + name_cost(m, w);
                // A tie goes to the longer surname here: the row count is known, so "Robert Allen
                // Fisk", "Uriel Hernandez" rather than "Robert Allen", "Fisk Uriel Hernandez".
                if (cost[c][i] == kNone || total < cost[c][i] || (total == cost[c][i] && w == 2)) {
                    cost[c][i] = total;
                    next[c][i] = end;
                    words[c][i] = w;
                }
            }
    std::vector<Mention> out;
    if (cost[count][from] == kNone) return out;
    for (size_t c = count, i = from; c > 0; i = next[c][i], --c) {
        Mention m;
        read_name(tokens, i, words[c][i], m);
        m.structural = true;
        out.push_back(std::move(m));
    }
    return out;
}

/// The run of names from tokens[from] to the end, read so that every token belongs to a name,
/// at the least total name_cost(); empty when the run is not all names.
std::vector<Mention> read_run(const std::vector<Token>& tokens, size_t from) {
    constexpr size_t kNone = static_cast<size_t>(-1);
    const size_t n = tokens.size();
    std::vector<size_t> cost(n + 1, kNone), next(n + 1, 0), words(n + 1, 0);
    cost[n] = 0;
    for (size_t i = n; i-- > from;) {
        for (size_t w = 1; w <= 2; ++w) {
            Mention m;
            const size_t end = read_name(tokens, i, w, m);
            if (end == 0 || cost[end] == kNone) continue;
            const size_t c = cost[end] + name_cost(m, w);
            if (cost[i] == kNone || c < cost[i]) {
                cost[i] = c;
                next[i] = end;
                words[i] = w;
            }
        }
    }
    std::vector<Mention> out;
    if (cost[from] == kNone) return out;
    for (size_t i = from; i < n; i = next[i]) {
        Mention m;
        read_name(tokens, i, words[i], m);
        m.structural = true;
        out.push_back(std::move(m));
    }
    return out;
}

}  // namespace

std::vector<Mention> roster_mentions(std::string_view text) {
    const std::vector<Token> tokens = tokenize(text);
    if (tokens.empty() || tokens[0].text != "Name") return {};
    std::vector<Mention> out = read_run(tokens, 1);
    if (out.size() < kMinNames) return {};
    return out;
}

std::vector<Mention> attendee_table_mentions(std::string_view text, const std::vector<std::string_view>& next_blocks,
                                             size_t& prefix_end) {
    constexpr std::string_view kHeading = "Attendee Name ";
    const size_t at = text.find(kHeading);
    if (at == std::string_view::npos) return {};
    const std::vector<Token> tokens = tokenize(text.substr(at + kHeading.size()));
    // The Status column: one word per row, in the same order; it says how many names there are.
    std::vector<std::string_view> statuses;
    std::vector<Token> column;
    for (const std::string_view block : next_blocks) {
        column = tokenize(block);
        size_t k = 0;
        while (k < column.size() && column[k].text != "Status") ++k;
        if (k == column.size()) continue;
        for (++k; k < column.size(); ++k) {
            const std::string_view w = column[k].text;
            if (w != "Present" && w != "Absent" && w != "Late" && w != "Excused" && w != "Remote") break;
            statuses.push_back(w);
        }
        break;
    }
    std::vector<Mention> out;
    if (statuses.size() >= kMinNames) out = read_run_of(tokens, 0, statuses.size());
    if (out.empty()) {
        out = read_run(tokens, 0);
        statuses.clear();
    }
    if (out.size() < kMinNames) return {};
    prefix_end = at;
    for (size_t i = 0; i < out.size(); ++i) {
        const bool away = i < statuses.size() && (statuses[i] == "Absent" || statuses[i] == "Excused");
        out[i].absent = away;
        out[i].attendance = away ? AttendanceLabel::Absent : AttendanceLabel::Present;
    }
    return out;
}

}  // namespace quorum::facets::officer
