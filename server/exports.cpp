/** @file exports.cpp @brief Every match of a search, decisions or mentions view as CSV or JSON, streamed page by page from one revision of the index. */
#include <chrono>
#include <memory>
#include <optional>
#include <sstream>

#include "indexer/database.h"
#include "indexer/shards/shard_opening.h"
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

/// The time an export's work has taken: the calls that produce its rows, not the time the client
/// takes to read them (a slow reader must not use up the limit). A stream is pulled on one
/// thread at a time.
class WorkClock {
public:
    using Clock = std::chrono::steady_clock;
    void start() { started_ = Clock::now(); }
    void stop() {
        if (started_) spent_ += Clock::now() - *started_;
        started_.reset();
    }
    double seconds() const {
        const Clock::duration now = started_ ? Clock::now() - *started_ : Clock::duration::zero();
        return std::chrono::duration<double>(spent_ + now).count();
    }

private:
    Clock::duration spent_ = Clock::duration::zero();
    std::optional<Clock::time_point> started_;
};

/// The deadline of an export's work: limits.max_seconds of `clock`'s time (or the tests' own).
query::Deadline export_deadline(const ServeLimits& limits, const std::shared_ptr<WorkClock>& clock) {
    if (limits.make_deadline) return limits.make_deadline();
    return query::Deadline([clock, max = limits.max_seconds] { return clock->seconds() >= max; });
}

/// The last line of an export stopped at the time limit.
std::string stopped_note(const ServeLimits& limits, const std::string& step, size_t rows) {
    std::ostringstream seconds;
    seconds << limits.max_seconds;
    return "stopped after " + std::to_string(rows) + " rows: the export reached the time limit of " + seconds.str() +
           " s (during " + step + "); narrow the search";
}

/// Search and decisions: pages of limits.export_page_rows hits from a private handle (one
/// revision throughout), until the export limit or the time limit of the work.
RowSource search_rows(const std::string& db_path, query::SearchRequest req, bool csv, const ServeLimits& limits) {
    struct State {
        Xapian::Database db;
        query::SearchRequest req;
        size_t emitted = 0;
        std::optional<query::SearchResults> first_page;  ///< run before the response starts
        std::shared_ptr<WorkClock> clock = std::make_shared<WorkClock>();
        std::string stopped;  ///< the note when the time limit stopped the export
        std::vector<std::string> missing_shards;  ///< shards of a stub that did not answer
        enum { Header, Rows, Footer, Done } step = Header;
    };
    const size_t max_rows = limits.max_export_rows, page_rows = std::max<size_t>(1, limits.export_page_rows);
    auto s = std::make_shared<State>();
    s->clock->start();
    index::OpenedIndex opened = index::open_index(db_path);
    s->db = std::move(opened.db);
    for (const auto& m : opened.missing) s->missing_shards.push_back(m.name);
    s->req = std::move(req);
    s->req.facets = false;
    s->req.offset = 0;
    s->req.limit = std::min<size_t>(page_rows, max_rows);
    s->req.deadline = export_deadline(limits, s->clock);
    // The first page now, so that a malformed query is a 400 and a first page over the time
    // limit a 503, not a cut-off stream.
    s->first_page = query::search(s->db, s->req);
    s->clock->stop();
    const auto footer = [s, csv, max_rows]() -> std::string {
        s->step = State::Done;
        const bool truncated = s->emitted >= max_rows || !s->stopped.empty();
        if (csv) {
            if (!s->stopped.empty()) return "# " + s->stopped + "\r\n";
            return truncated ? "# stopped at " + std::to_string(max_rows) + " rows (the export limit); narrow the search\r\n" : "";
        }
        nlohmann::json partial = nlohmann::json::object();
        mark_partial(partial, s->missing_shards);
        std::string tail;
        for (const auto& [key, value] : partial.items()) tail += ",\n\"" + key + "\": " + one_line(value);
        return "\n],\n\"exported\": " + std::to_string(s->emitted) + ",\n\"truncated\": " + (truncated ? "true" : "false") +
               (s->stopped.empty() ? std::string() : ",\n\"stopped\": " + one_line(s->stopped)) + tail + "}\n";
    };
    const auto rows = [s, csv, max_rows, page_rows, limits, footer]() -> std::string {
        switch (s->step) {
            case State::Header:
                s->step = State::Rows;
                return csv ? csv_row(export_columns())
                           : "{\"query\": " + one_line(s->req.query) + ",\n\"results\": [\n";
            case State::Rows: {
                s->req.offset = s->emitted;
                s->req.limit = std::min<size_t>(page_rows, max_rows - s->emitted);
                std::optional<query::SearchResults> page = std::move(s->first_page);
                s->first_page.reset();
                try {
                    if (!page) page = query::search(s->db, s->req);
                } catch (const query::TimeLimitExceeded& e) {
                    // The status line has gone: the export ends here, and its last line says why.
                    s->stopped = stopped_note(limits, e.step(), s->emitted);
                    return footer();
                }
                std::string out;
                for (const auto& h : page->hits) {
                    const nlohmann::json j = server::search_hit_json(h);
                    if (csv)
                        out += csv_row(query::csv_fields(j, export_columns()));
                    else
                        out += (s->emitted ? ",\n" : "") + one_line(j);
                    ++s->emitted;
                }
                if (page->hits.size() < s->req.limit || s->emitted >= max_rows) s->step = State::Footer;
                if (!out.empty()) return out;
                return footer();
            }
            case State::Footer: return footer();
            case State::Done: break;
        }
        return "";
    };
    return [s, rows]() {
        s->clock->start();
        std::string out = rows();
        s->clock->stop();
        return out;
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
    const query::Deadline deadline = request_deadline(ctx.limits);
    const MentionsParams p = mentions_params(request, ctx.limits);
    if (p.phrase.empty()) throw RequestError(400, "parameter q (the phrase to find) is missing");
    // Every mention is found before the response starts (over the time limit: a 503); the
    // stream only writes them out.
    auto result = std::make_shared<query::MentionsResult>(ctx.handles.with_latest(
        [&](Xapian::Database& db) { return query::find_mentions(db, p.phrase, p.filters, p.period, deadline); }));
    const size_t max_rows = ctx.limits.max_export_rows;
    auto at = std::make_shared<size_t>(0);
    auto header = std::make_shared<bool>(true);
    const std::string phrase = p.phrase;
    nlohmann::json partial = nlohmann::json::object();
    mark_partial(partial, ctx.handles.missing_shards());
    std::string partial_tail;
    for (const auto& [key, value] : partial.items()) partial_tail += ",\n\"" + key + "\": " + one_line(value);
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
        return "\n],\n\"total\": " + std::to_string(list.size()) + ",\n\"truncated\": " + (truncated ? "true" : "false") +
               partial_tail + "}\n";
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
            return export_response(kind, csv, search_rows(ctx.handles.path(), std::move(req), csv, ctx.limits));
        }
    return std::nullopt;
}

}  // namespace quorum::server
