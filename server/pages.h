/** @file pages.h @brief The HTML pages: search, decisions, mentions, meeting, errors; each built from the request's parameters alone. */
#pragma once

#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "server/html.h"
#include "server/http_types.h"

namespace quorum::server {

struct ServerContext;

/// URL parameters, in order; the whole state of a page.
using Params = std::vector<std::pair<std::string, std::string>>;

/// `params` with every `name` replaced by one `name=value` (removed when value is empty).
Params with_param(Params params, const std::string& name, const std::string& value);
/// `params` with `name=value` added (kept when already there).
Params adding_param(Params params, const std::string& name, const std::string& value);
/// `params` without the pair `name=value`.
Params without_param(Params params, const std::string& name, const std::string& value);
/// "path?query" (just "path" when there are no parameters).
std::string link(const std::string& path, const Params& params);

/// The top of every page: head, stylesheet, the navigation with `active` marked, and the
/// search form for `form_path` holding `query` and the hidden filter parameters `keep`.
void page_start(Html& h, const std::string& title, const std::string& active, const std::string& form_path,
                const std::string& query, const Params& keep, const std::string& placeholder);
void page_end(Html& h);

/// A visible notice, when `missing` names shards of a stub that did not answer, that the
/// page's answer leaves out what they hold (nothing when `missing` is empty).
void partial_notice(Html& h, const std::vector<std::string>& missing);

/// The notice's sentence, after "Partial answer:" ("1 shard of the index did not answer
/// (NAME). Results, counts and charts leave out what it holds."); also the Atom feed's subtitle.
std::string partial_notice_text(const std::vector<std::string>& missing);

/// An HTML response holding `h`.
Response html_response(const Html& h, int status = 200);

/// An error page: the status and the message, with a way back to the search page.
Response error_page(const Request& request, int status, const std::string& message);

/// /search and /decisions.
Response search_page(const Request& request, ServerContext& context, bool decisions);
/// /mentions.
Response mentions_page(const Request& request, ServerContext& context);
/// /meetings/ID.
Response meeting_page(const Request& request, ServerContext& context, const std::string& id);

/// Draws counts per period (years "2024" or months "2024-03") as an inline SVG bar chart, each
/// bar a link given by `href(period)`; counts shown as "about N" when `estimated`.
void timeline_svg(Html& h, const std::vector<std::pair<std::string, unsigned long long>>& counts,
                  const std::function<std::string(const std::string&)>& href, bool estimated, const std::string& label);

/// The stylesheet served at /static/quorum.css.
const std::string& stylesheet();
/// The icon served at /static/icon.svg.
const std::string& icon_svg();

}  // namespace quorum::server
