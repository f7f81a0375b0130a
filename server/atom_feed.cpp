/** @file atom_feed.cpp @brief An Atom feed of the meetings matching a search, the ones the index received last first, for feed readers. */
#include <algorithm>
#include <ctime>

#include "query/query_builder.h"
#include "schema/fields.h"
#include "schema/index_data_codec.h"
#include "schema/stored_record.h"
#include "server/html.h"
#include "server/pages.h"
#include "server/routes.h"

namespace quorum::server {
namespace {

constexpr Xapian::doccount kFeedEntries = 30;

// Quorum's Atom extension elements (RFC 4287 section 6): quorum:partial, quorum:missing_shard.
constexpr const char* kQuorumAtomNamespace = "urn:quorum:atom";

std::string rfc3339(std::int64_t seconds) {
    const std::time_t t = static_cast<std::time_t>(seconds);
    std::tm tm{};
    ::gmtime_r(&t, &tm);
    char out[32];
    std::strftime(out, sizeof out, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return out;
}

std::int64_t seconds_in(const Xapian::Document& doc, std::string_view field) {
    const std::string v = doc.get_value(static_cast<Xapian::valueno>(schema::field(field).slot));
    std::int64_t t = 0;
    for (const char c : v) t = (t << 8) | static_cast<unsigned char>(c);
    return t;
}

// When the index received the document (an index built before the indexed_at slot: the file's
// modification time).
std::int64_t received(const Xapian::Document& doc) {
    const std::int64_t at = seconds_in(doc, schema::names::kIndexedAt);
    return at ? at : seconds_in(doc, schema::names::kModified);
}

struct FeedEntry {
    std::string id, title, summary;
    std::int64_t updated = 0;
};

// Xapian orders documents with the same sort value by document id, which differs between one
// index and the same files in shards (issue 20): the feed reads on past its last entry's group of
// equal indexed_at values (up to this many documents), then orders ties by the meeting id.
constexpr Xapian::doccount kMostTiesRead = 1000;

// The matches the index received last, by the indexed_at value, ties by meeting id (an index
// built before indexed_at: every document ties, and the feed lists by id).
std::vector<FeedEntry> newest_matches(const Xapian::Database& db, const query::SearchRequest& req) {
    const query::QueryBuilder builder(db);
    Xapian::Enquire enquire(db);
    enquire.set_query(builder.parse(req.query, req.filters).query);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    enquire.set_sort_by_value(static_cast<Xapian::valueno>(schema::field(schema::names::kIndexedAt).slot), true);
    const auto decider = req.deadline.decider(db, "the match");
    Xapian::MSet mset;
    for (Xapian::doccount wanted = 2 * kFeedEntries;; wanted *= 4) {
        mset = enquire.get_mset(0, std::min(wanted, kMostTiesRead), nullptr, decider.get());
        req.deadline.check("the match");
        if (mset.size() < std::min(wanted, kMostTiesRead) || wanted >= kMostTiesRead) break;
        if (mset[kFeedEntries - 1].get_sort_key() != mset[mset.size() - 1].get_sort_key()) break;
    }
    const schema::IndexDataCodecs codecs(db);
    std::vector<FeedEntry> out;
    std::string cut_key;  // the sort key of the last entry the feed keeps: read no further than its ties
    for (auto it = mset.begin(); it != mset.end(); ++it) {
        if (out.size() >= kFeedEntries && it.get_sort_key() != cut_key) break;
        if (out.size() + 1 == kFeedEntries) cut_key = it.get_sort_key();
        const Xapian::Document doc = it.get_document();
        const nlohmann::json data = schema::parse_stored(codecs.for_document(*it), doc.get_data());
        const nlohmann::json facets = schema::stored_facet_summary(data);
        FeedEntry e;
        e.id = data.value("id", "");
        e.title = data.value("title", "");
        if (e.title.empty()) e.title = data.value("path", "");
        std::string council;
        for (const auto& c : facets["council"]) council += (council.empty() ? "" : ", ") + c.get<std::string>();
        e.summary = council;
        for (const char* key : {"body", "date", "doc_type"})
            if (facets[key].is_string() && !facets[key].get<std::string>().empty()) e.summary += " · " + facets[key].get<std::string>();
        e.updated = received(doc);
        out.push_back(std::move(e));
    }
    std::stable_sort(out.begin(), out.end(), [](const FeedEntry& a, const FeedEntry& b) {
        return a.updated != b.updated ? a.updated > b.updated : a.id < b.id;
    });
    if (out.size() > kFeedEntries) out.resize(kFeedEntries);
    return out;
}

}  // namespace

Response atom_feed(const Request& request, ServerContext& ctx, bool decisions) {
    const query::SearchRequest req = search_request(request, ctx.limits, decisions);
    const auto entries = ctx.handles.with_latest([&](Xapian::Database& db) { return newest_matches(db, req); });
    const std::vector<std::string> missing = ctx.handles.missing_shards();
    const std::string base = "http://" + (request.host.empty() ? std::string("127.0.0.1") : request.host);
    Params state;
    for (const auto& p : request.params)
        if (!p.second.empty()) state.push_back(p);
    const std::string page = base + link(decisions ? "/decisions" : "/search", with_param(state, "sort", "newest"));
    std::int64_t newest = 0;
    for (const auto& e : entries) newest = std::max(newest, e.updated);
    Html x;  // Atom is XML: the same escaping serves
    x.raw("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"")
        .attr("xmlns:quorum", kQuorumAtomNamespace)
        .raw(">\n<title>")
        .text("Quorum: " + (req.query.empty() ? std::string("all meetings") : req.query))
        .raw("</title>\n");
    // A stub with shards that did not answer: a feed reader shows the subtitle; a program reads
    // the same marks as the API's JSON ("partial", "missing_shards").
    if (!missing.empty()) {
        x.raw("<subtitle>").text("Partial answer: " + partial_notice_text(missing)).raw("</subtitle>\n");
        x.raw("<quorum:partial>true</quorum:partial>\n");
        for (const auto& name : missing) x.raw("<quorum:missing_shard>").text(name).raw("</quorum:missing_shard>\n");
    }
    x.raw("<id>").text(base + link("/feed/search.atom", state)).raw("</id>\n<link rel=\"alternate\"")
        .attr("href", page).raw("/>\n<link rel=\"self\"").attr("href", base + request.raw_target).raw("/>\n<updated>")
        .text(rfc3339(newest)).raw("</updated>\n<author><name>Quorum</name></author>\n");
    for (const auto& e : entries) {
        x.raw("<entry><id>").text("urn:quorum:meeting:" + e.id).raw("</id><title>").text(e.title).raw("</title><link")
            .attr("href", base + "/meetings/" + e.id).raw("/><updated>").text(rfc3339(e.updated)).raw("</updated><summary>")
            .text(e.summary).raw("</summary></entry>\n");
    }
    x.raw("</feed>\n");
    Response r;
    r.content_type = "application/atom+xml; charset=utf-8";
    r.body = x.str();
    return r;
}

}  // namespace quorum::server
