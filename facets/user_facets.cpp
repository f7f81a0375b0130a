/** @file user_facets.cpp @brief Manifest (CSV, tab-separated or JSON lines) and folder-defaults parsing and lookup. */
#include "facets/user_facets.h"

#include <fnmatch.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <optional>
#include <stdexcept>

#include "facets/meeting_date.h"

namespace quorum::facets {
namespace {

namespace fs = std::filesystem;

std::string trim(const std::string& s) {
    const size_t a = s.find_first_not_of(" \t\r\n");
    if (a == std::string::npos) return "";
    const size_t b = s.find_last_not_of(" \t\r\n");
    return s.substr(a, b - a + 1);
}

// Splits one tab-separated line: no quoting, each field trimmed.
std::vector<std::string> split_tsv(const std::string& line) {
    std::vector<std::string> out;
    std::stringstream in(line);
    std::string field;
    while (std::getline(in, field, '\t')) out.push_back(trim(field));
    if (!line.empty() && line.back() == '\t') out.emplace_back();
    return out;
}

// Splits one CSV line (RFC 4180 quoting, no embedded newlines).
std::vector<std::string> split_csv(const std::string& line) {
    std::vector<std::string> out(1);
    bool quoted = false;
    for (size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                out.back() += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                out.back() += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            out.emplace_back();
        } else {
            out.back() += c;
        }
    }
    for (auto& f : out) f = trim(f);
    return out;
}

bool is_facet_column(const std::string& key) {
    return key == "council" || key == "body" || key == "committee" || key == "doc_type" || key == "type" ||
           key == "date" || key == "meeting_date";
}

// A manifest column naming where each file was published.
bool is_url_column(const std::string& key) { return key == "url" || key == "source_url"; }

void set_field(UserFacets& f, const std::string& key, const std::string& value, const std::string& where) {
    if (is_url_column(key)) {
        if (value.empty()) return;
        if (!value.starts_with("http://") && !value.starts_with("https://"))
            throw std::runtime_error(where + ": '" + value + "' is not a web address (a url starts with http:// or https://)");
        if (f.source == "folder-defaults")
            throw std::runtime_error(where + ": a url belongs to one file: give it in a manifest's url column");
        f.url = value;
    } else if (key == "council") f.council = value;
    else if (key == "body" || key == "committee") f.body = value;
    else if (key == "doc_type" || key == "type") f.doc_type = value;
    else if (key == "date" || key == "meeting_date") {
        if (value.empty()) return;
        auto iso = parse_date(value);
        if (!iso) throw std::runtime_error(where + ": '" + value + "' is not a date (use YYYY-MM-DD)");
        f.date = *iso;
    } else if (key != "path") {
        throw std::runtime_error(where + ": unknown key '" + key + "' (use path, council, body, date, doc_type, url)");
    }
}

std::string absolute_glob(const std::string& pattern, const fs::path& base) {
    if (!pattern.empty() && pattern[0] == '/') return pattern;
    return (base / pattern).lexically_normal().string();
}

struct ManifestHeader {
    std::vector<std::string> columns;
    std::vector<std::string> ignored;  ///< columns that are neither `path` nor a facet
    bool facet_columns = false;
};

// The columns of a CSV or TSV header line: `path` and at least one facet column are needed;
// columns Quorum does not read (notes, sources) are ignored and reported.
ManifestHeader parse_header(const std::vector<std::string>& names, const std::string& where, bool tabs) {
    const char* kind = tabs ? "tab-separated" : "CSV";
    if (std::find(names.begin(), names.end(), "path") == names.end()) {
        std::string message = where + ": the " + std::string(kind) + " header must name a 'path' column";
        if (!tabs && names.size() == 1 && names[0].find(';') != std::string::npos)
            message += " (columns separated by ';'? use ',' or tabs)";
        throw std::runtime_error(message);
    }
    ManifestHeader h;
    h.columns = names;
    for (const auto& name : names) {
        if (name == "path") continue;
        if (is_facet_column(name) || is_url_column(name)) h.facet_columns = true;
        else h.ignored.push_back(name);
    }
    if (!h.facet_columns) {
        std::string message = where + ": the " + std::string(kind) +
                              " header names no column Quorum reads (council, body, date or meeting_date, "
                              "doc_type, url)";
        if (std::find(names.begin(), names.end(), "council_or_body") != names.end())
            message += "; 'council_or_body' mixes two facets: split it into 'council' and 'body'";
        throw std::runtime_error(message);
    }
    return h;
}

}  // namespace

void UserFacets::fill_missing(UserFacets& into) const {
    if (into.council.empty()) into.council = council;
    if (into.body.empty()) into.body = body;
    if (into.date.empty()) into.date = date;
    if (into.doc_type.empty()) into.doc_type = doc_type;
    if (into.url.empty()) into.url = url;
    if (into.source.empty()) into.source = source;
}

Manifest Manifest::load(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot read manifest " + path);
    const fs::path base = fs::absolute(path).parent_path();
    Manifest m;
    std::string line;
    std::optional<ManifestHeader> header;
    bool tabs = false;
    size_t line_no = 0;
    while (std::getline(in, line)) {
        ++line_no;
        const std::string where = path + ":" + std::to_string(line_no);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (trim(line).empty() || trim(line)[0] == '#') continue;
        UserFacets f;
        f.source = "manifest";
        std::string glob;
        if (!header && trim(line)[0] == '{') {
            const auto j = nlohmann::json::parse(line, nullptr, false);
            if (j.is_discarded() || !j.is_object()) throw std::runtime_error(where + ": not a JSON object");
            for (const auto& [key, value] : j.items()) {
                if (!value.is_string()) throw std::runtime_error(where + ": '" + key + "' must be a string");
                if (key == "path") glob = value.get<std::string>();
                else set_field(f, key, value.get<std::string>(), where);
            }
        } else if (!header) {
            // The header line decides the format: a tab in it makes the file tab-separated.
            tabs = line.find('\t') != std::string::npos;
            header = parse_header(tabs ? split_tsv(line) : split_csv(trim(line)), where, tabs);
            m.ignored_columns_ = header->ignored;
            continue;
        } else {
            const auto fields = tabs ? split_tsv(line) : split_csv(trim(line));
            if (fields.size() != header->columns.size()) {
                std::string message = where + ": " + std::to_string(fields.size()) + " fields, header has " +
                                      std::to_string(header->columns.size());
                if (!tabs && line.find('\t') != std::string::npos)
                    message += " (this line has tabs but the header has none: tab-separated files need tabs in "
                               "the header too)";
                else if (tabs && fields.size() < header->columns.size() && line.find(',') != std::string::npos)
                    message += " (the header is tab-separated: separate this line's fields with tabs too)";
                throw std::runtime_error(message);
            }
            for (size_t i = 0; i < fields.size(); ++i) {
                const std::string& column = header->columns[i];
                if (column == "path") glob = fields[i];
                else if (is_facet_column(column) || is_url_column(column)) set_field(f, column, fields[i], where);
            }
        }
        if (glob.empty()) throw std::runtime_error(where + ": no path");
        m.rows_.emplace_back(absolute_glob(glob, base), f);
    }
    return m;
}

std::optional<UserFacets> Manifest::lookup(const std::string& absolute_path) const {
    for (const auto& [glob, facets] : rows_)
        if (glob == absolute_path || ::fnmatch(glob.c_str(), absolute_path.c_str(), 0) == 0) return facets;
    return std::nullopt;
}

UserFacets FolderDefaults::parse(const std::string& text, const std::string& origin) {
    UserFacets f;
    f.source = "folder-defaults";
    std::istringstream in(text);
    std::string line;
    size_t line_no = 0;
    while (std::getline(in, line)) {
        ++line_no;
        line = trim(line);
        if (line.empty() || line[0] == '#') continue;
        const size_t colon = line.find(':');
        const std::string where = origin + ":" + std::to_string(line_no);
        if (colon == std::string::npos) throw std::runtime_error(where + ": expected 'key: value'");
        set_field(f, trim(line.substr(0, colon)), trim(line.substr(colon + 1)), where);
    }
    return f;
}

std::optional<UserFacets> FolderDefaults::for_folder(const std::string& folder) const {
    {
        std::lock_guard lock(mutex_);
        if (auto it = cache_.find(folder); it != cache_.end()) return it->second;
    }
    std::optional<UserFacets> found;
    const std::string file = folder + "/" + kFolderDefaultsFile;
    std::ifstream in(file);
    if (in) {
        std::stringstream buffer;
        buffer << in.rdbuf();
        found = parse(buffer.str(), file);
    }
    std::lock_guard lock(mutex_);
    cache_[folder] = found;
    return found;
}

std::optional<UserFacets> FolderDefaults::lookup(const std::string& absolute_path) const {
    std::optional<UserFacets> merged;
    for (fs::path dir = fs::path(absolute_path).parent_path(); !dir.empty(); dir = dir.parent_path()) {
        if (auto d = for_folder(dir.string())) {
            if (!merged) merged = UserFacets{};
            d->fill_missing(*merged);
        }
        if (dir == dir.root_path()) break;
    }
    return merged;
}

}  // namespace quorum::facets
