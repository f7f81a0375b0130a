/** @file exports.cpp @brief Every match of a search, decisions or mentions view as CSV or JSON, streamed page by page from one revision of the index. */
#include <memory>
#include <optional>

#include "indexer/database.h"
#include "query/result_serialiser.h"
#include "server/api_json.h"
#include "server/routes.h"

namespace quorum::server {
namespace {

std::string csv_field(const std::string& field) {
    if (field.find_first_of(",\"\r\n") == std::string::npos) return field;
    std::string out = "\"";
    for (const char c : field) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string csv_row(const std::vector<std::string>& fields) {
    std::string row;
    for (size_t i = 0; i < fields.size(); ++i) row += (i ? "," : "") + csv_field(fields[i]);
    return row + "\r\n";
}

std::string one_line(const nlohmann::json& j) { return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }

/// Pulls the next rows of an export; an empty string means the end.
using RowSource = std::function<std::string()>;

/// A stream that hands out what `next` produces, in pieces of at most the buffer's size.
std::function<size_t(char*, size_t)> stream_of(RowSource next) {
    auto pending = std::make_shared<std::string>();
    auto done = std::make_shared<bool>(false);
    return [next = std::move(next), pending, done](char* buffer, size_t max) -> size_t {
        while (pending->empty() && !*done) {
            *pending = next();
            if (pending->empty()) *done = true;
        }
        const size_t n = std::min(max, pending->size());
        pending->copy(buffer, n);
        pending->erase(0, n);
        return n;
    };
}

/// Search and decisions: pages of 100 hits from a private handle (one revision throughout).
// The CLI's CSV columns for decisions (every search column, then the resolution), after the
// meeting's id.
std::vector<std::string> export_columns() {
    std::vector<std::string> columns = query::search_hit_csv_columns(true);
    columns.insert(columns.begin(), "id");
    return columns;
}

// The CLI's mention columns, after the meeting's id.
std::vector<std::string> mention_export_columns() {
    std::vector<std::string> columns = query::mention_csv_columns();
    columns.insert(columns.begin(), "id");
    return columns;
}

RowSource search_rows(const std::string& db_path, query::SearchRequest req, bool csv, size_t max_rows) {
    struct State {
        Xapian::Database db;
        query::SearchRequest req;
        size_t emitted = 0;
        std::optional<query::SearchResults> first_page;  ///< run before the response starts
        enum { Header, Rows, Footer, Done } step = Header;
    };
    auto s = std::make_shared<State>();
    s->db = index::open_for_reading(db_path);
    s->req = std::move(req);
    s->req.facets = false;
    s->req.offset = 0;
    s->req.limit = std::min<size_t>(100, max_rows);
    // The first page now, so that a malformed query is a 400, not a cut-off stream.
    s->first_page = query::search(s->db, s->req);
    return [s, csv, max_rows]() -> std::string {
        switch (s->step) {
            case State::Header:
                s->step = State::Rows;
                return csv ? csv_row(export_columns())
                           : "{\"query\": " + one_line(s->req.query) + ",\n\"results\": [\n";
            case State::Rows: {
                s->req.offset = s->emitted;
                s->req.limit = std::min<size_t>(100, max_rows - s->emitted);
                const query::SearchResults r = s->first_page ? std::move(*s->first_page) : query::search(s->db, s->req);
                s->first_page.reset();
                std::string out;
                for (const auto& h : r.hits) {
                    const nlohmann::json j = server::search_hit_json(h);
                    if (csv)
                        out += csv_row(query::csv_fields(j, export_columns()));
                    else
                        out += (s->emitted ? ",\n" : "") + one_line(j);
                    ++s->emitted;
                }
                if (r.hits.size() < s->req.limit || s->emitted >= max_rows) s->step = State::Footer;
                if (!out.empty()) return out;
                [[fallthrough]];
            }
            case State::Footer: {
                s->step = State::Done;
                const bool truncated = s->emitted >= max_rows;
                if (csv) return truncated ? "# stopped at " + std::to_string(max_rows) + " rows (the export limit); narrow the search\r\n" : "";
                return "\n],\n\"exported\": " + std::to_string(s->emitted) + ",\n\"truncated\": " + (truncated ? "true" : "false") + "}\n";
            }
            case State::Done: break;
        }
        return "";
    };
}

Response export_response(const std::string& name, bool csv, RowSource rows) {
    Response r;
    r.content_type = csv ? "text/csv; charset=utf-8" : "application/json; charset=utf-8";
    r.headers["Content-Disposition"] = "attachment; filename=\"quorum-" + name + (csv ? ".csv\"" : ".json\"");
    r.stream = stream_of(std::move(rows));
    return r;
}

Response mentions_export(const Request& request, ServerContext& ctx, bool csv) {
    const MentionsParams p = mentions_params(request, ctx.limits);
    if (p.phrase.empty()) throw RequestError(400, "parameter q (the phrase to find) is missing");
    auto result = std::make_shared<query::MentionsResult>(
        ctx.handles.with_latest([&](Xapian::Database& db) { return query::find_mentions(db, p.phrase, p.filters, p.period); }));
    const size_t max_rows = ctx.limits.max_export_rows;
    auto at = std::make_shared<size_t>(0);
    auto header = std::make_shared<bool>(true);
    const std::string phrase = p.phrase;
    return export_response("mentions", csv, [=]() -> std::string {
        const auto& list = result->mentions;
        const size_t end = std::min(list.size(), max_rows);
        if (*header) {
            *header = false;
            return csv ? csv_row(mention_export_columns())
                       : "{\"phrase\": " + one_line(phrase) + ",\n\"mentions\": [\n";
        }
        if (*at > end) return "";
        std::string out;
        for (size_t stop = std::min(end, *at + 100); *at < stop; ++*at) {
            const auto& m = list[*at];
            if (csv)
                out += csv_row(query::csv_fields(server::mention_json(m), mention_export_columns()));
            else
                out += (*at ? ",\n" : "") + one_line(server::mention_json(m));
        }
        if (!out.empty()) return out;
        *at = end + 1;  // footer once
        const bool truncated = list.size() > max_rows;
        if (csv) return truncated ? "# stopped at " + std::to_string(max_rows) + " rows (the export limit); narrow the search\r\n" : "";
        return "\n],\n\"total\": " + std::to_string(list.size()) + ",\n\"truncated\": " + (truncated ? "true" : "false") + "}\n";
    });
}

}  // namespace

std::optional<Response> export_route(const Request& request, ServerContext& ctx) {
    const std::string& path = request.path;
    for (const std::string kind : {"search", "decisions", "mentions"})
        for (const bool csv : {true, false}) {
            if (path != "/export/" + kind + (csv ? ".csv" : ".json")) continue;
            if (kind == "mentions") return mentions_export(request, ctx, csv);
            query::SearchRequest req = search_request(request, ctx.limits, kind == "decisions");
            return export_response(kind, csv, search_rows(ctx.handles.path(), std::move(req), csv, ctx.limits.max_export_rows));
        }
    return std::nullopt;
}

}  // namespace quorum::server
