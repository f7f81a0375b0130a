/** @file output_format.cpp @brief CSV, terminal highlighting and small formatting helpers. */
#include "cli/output_format.h"

#include <algorithm>

namespace quorum::cli {

std::string json_text(const nlohmann::json& j, int indent) {
    return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

void write_csv_row(std::ostream& out, const std::vector<std::string>& fields) {
    bool first = true;
    for (const auto& f : fields) {
        if (!first) out << ',';
        first = false;
        if (f.find_first_of(",\"\n\r") == std::string::npos) {
            out << f;
            continue;
        }
        out << '"';
        for (char c : f) {
            if (c == '"') out << '"';
            out << c;
        }
        out << '"';
    }
    out << "\r\n";
}

std::string highlight_for_terminal(const query::Snippet& snippet, bool colour) {
    return colour ? query::marked_snippet(snippet, "\033[1m", "\033[0m") : query::marked_snippet(snippet, "**", "**");
}

std::string highlighted_match(const std::string& match, bool colour) {
    return colour ? "\033[1m" + match + "\033[0m" : "**" + match + "**";
}

std::string emphasis(const std::string& text, bool colour) { return colour ? "\033[1m" + text + "\033[0m" : text; }

std::string join_strings(const nlohmann::json& array, const std::string& sep) {
    std::string out;
    if (!array.is_array()) return out;
    for (const auto& v : array) {
        if (!v.is_string()) continue;
        if (!out.empty()) out += sep;
        out += v.get<std::string>();
    }
    return out;
}

std::string page_range(const nlohmann::json& pages) {
    if (!pages.is_array() || pages.size() != 2) return "";
    const int a = pages[0].get<int>(), b = pages[1].get<int>();
    return a == b ? "p" + std::to_string(a) : "pp" + std::to_string(a) + "-" + std::to_string(b);
}

std::string top_counts(const std::map<std::string, unsigned>& counts, size_t n, std::string_view count_prefix) {
    std::vector<std::pair<std::string, unsigned>> v(counts.begin(), counts.end());
    std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    std::string out;
    for (size_t i = 0; i < v.size() && i < n; ++i)
        out += (i ? ", " : "") + v[i].first + " (" + std::string(count_prefix) + std::to_string(v[i].second) + ")";
    if (v.size() > n) out += ", … " + std::to_string(v.size() - n) + " more";
    return out;
}

std::string vote_text(const nlohmann::json& v) {
    if (!v.is_object() || v.empty()) return "";
    std::string out = v.contains("result") && v["result"].is_string() ? v["result"].get<std::string>() : "";
    std::string counts;
    for (const char* k : {"for", "against", "abstain"})
        if (v.contains(k) && v[k].is_number_integer())
            counts += (counts.empty() ? "" : ", ") + std::string(k) + " " + std::to_string(v[k].get<int>());
    if (!counts.empty()) out += (out.empty() ? "(" : " (") + counts + ")";
    std::string people;
    if (v.contains("mover") && v["mover"].is_string()) people = "moved by " + v["mover"].get<std::string>();
    if (v.contains("seconder") && v["seconder"].is_string())
        people += (people.empty() ? "" : ", ") + std::string("seconded by ") + v["seconder"].get<std::string>();
    if (!people.empty()) out += (out.empty() ? "" : "; ") + people;
    return out;
}

}  // namespace quorum::cli
