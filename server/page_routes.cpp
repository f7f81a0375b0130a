/** @file page_routes.cpp @brief Pages, static files and original documents by path. */
#include "indexer/index_roots.h"
#include "server/meetings.h"
#include "server/original_files.h"
#include "server/pages.h"
#include "server/routes.h"

namespace quorum::server {
namespace {

std::optional<std::string> after(const std::string& path, const std::string& prefix) {
    if (path.size() <= prefix.size() || path.compare(0, prefix.size(), prefix) != 0) return std::nullopt;
    return path.substr(prefix.size());
}

Response static_file(const std::string& body, const std::string& type) {
    Response r;
    r.body = body;
    r.content_type = type;
    r.headers["Cache-Control"] = "public, max-age=3600";
    return r;
}

// /files/ID: the original file of an indexed meeting. Anything else under /files/ (`..`,
// encoded or not, absolute paths, names) is not an id and gets 404.
Response original_file(const std::string& id, ServerContext& ctx) {
    const std::string not_found = "no original file for " + id + " (only files in the index, under a folder it was built from, are served)";
    auto opened = ctx.handles.with_latest([&](Xapian::Database& db) -> std::optional<OpenedFile> {
        const auto meeting = find_meeting(db, id);
        if (!meeting) return std::nullopt;
        return open_original(meeting->exact_path, index::load_roots(db));
    });
    if (!opened) throw RequestError(404, not_found);
    Response r;
    r.file_fd = opened->fd;
    r.file_size = opened->size;
    r.content_type = opened->content_type;
    // An original HTML file is shown sandboxed: none of its scripts, forms or plugins run, and
    // it cannot reach this server's pages.
    r.headers["Content-Security-Policy"] = "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'";
    return r;
}

Response opensearch(const Request& request) {
    const std::string base = escape_html("http://" + (request.host.empty() ? std::string("127.0.0.1") : request.host));
    Response r;
    r.content_type = "application/opensearchdescription+xml";
    r.body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
             "<OpenSearchDescription xmlns=\"http://a9.com/-/spec/opensearch/1.1/\">\n"
             "  <ShortName>Quorum</ShortName>\n"
             "  <Description>Search council meeting minutes</Description>\n"
             "  <InputEncoding>UTF-8</InputEncoding>\n"
             "  <Url type=\"text/html\" method=\"get\" template=\"" + base + "/search?q={searchTerms}\"/>\n"
             "  <Url type=\"application/json\" method=\"get\" template=\"" + base + "/api/search?q={searchTerms}\"/>\n"
             "</OpenSearchDescription>\n";
    return r;
}

}  // namespace

std::optional<Response> page_route(const Request& r, ServerContext& ctx) {
    if (r.path == "/" || r.path == "/search") return search_page(r, ctx, false);
    if (r.path == "/decisions") return search_page(r, ctx, true);
    if (r.path == "/mentions") return mentions_page(r, ctx);
    if (auto id = after(r.path, "/meetings/")) return meeting_page(r, ctx, *id);
    if (auto id = after(r.path, "/files/")) return original_file(*id, ctx);
    if (r.path == "/static/quorum.css") return static_file(stylesheet(), "text/css; charset=utf-8");
    if (r.path == "/static/icon.svg" || r.path == "/favicon.ico") return static_file(icon_svg(), "image/svg+xml");
    if (r.path == "/opensearch.xml") return opensearch(r);
    if (r.path.rfind("/export/", 0) == 0) return export_route(r, ctx);
    if (r.path == "/feed/search.atom") return atom_feed(r, ctx, false);
    if (r.path == "/feed/decisions.atom") return atom_feed(r, ctx, true);
    return std::nullopt;
}

}  // namespace quorum::server
