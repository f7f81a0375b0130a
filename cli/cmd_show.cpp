/** @file cmd_show.cpp @brief `quorum show PATH`: what the index holds for one source file, with facet sources. */
#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/index_opening.h"
#include "cli/output_format.h"
#include "indexer/database.h"
#include "query/result_serialiser.h"
#include "indexer/index_state.h"
#include "indexer/record_store.h"
#include "schema/stored_record.h"

namespace quorum::cli {
namespace {

struct ShowOptions {
    std::string db;
    std::string path;
    std::string format = "text";
    bool require_all_shards = false;
};

nlohmann::json show_json(const nlohmann::json& doc) { return query::meeting_json(doc); }

// The largest evidence weight among a document's topics: its main topic's, which the others'
// share is measured against (docs/facets.md, "Topics").
std::size_t main_topic_weight(const nlohmann::json& topics) {
    std::size_t top = 0;
    for (const auto& t : topics)
        if (t.contains("evidence") && t["evidence"].is_object())
            top = std::max(top, t["evidence"].value("weight", std::size_t{0}));
    return top;
}

// "      evidence: weight 7 (35% of the main topic's) in 3 items: pothole (4, in a title), resurfacing (2)"
void print_topic_evidence(std::ostream& out, const nlohmann::json& e, std::size_t main_weight) {
    if (!e.is_object()) return;  // an index built before topics kept their evidence
    const std::size_t weight = e.value("weight", std::size_t{0});
    const std::size_t items = e.value("items", std::size_t{0});
    out << "\n      evidence: weight " << weight;
    if (main_weight > 0 && weight >= main_weight) out << " (main topic)";
    else if (main_weight > 0) out << " (" << weight * 100 / main_weight << "% of the main topic's)";
    out << " in " << items << (items == 1 ? " item" : " items");
    const auto words = e.value("words", nlohmann::json::array());
    constexpr std::size_t kShown = 8;
    for (std::size_t k = 0; k < words.size() && k < kShown; ++k) {
        const auto& w = words[k];
        out << (k ? ", " : ": ") << w.value("phrase", "") << " (" << w.value("mentions", std::size_t{0})
            << (w.value("in_title", false) ? ", in a title)" : ")");
    }
    if (words.size() > kShown) out << " and " << words.size() - kShown << " more";
}

void print_facet(std::ostream& out, const char* label, const nlohmann::json& values) {
    out << label << ":";
    if (values.empty()) out << " (none)";
    const std::size_t main_weight = main_topic_weight(values);
    for (const auto& v : values) {
        out << "\n    " << v.value("value", "");
        if (v.contains("role") && !v["role"].get<std::string>().empty()) out << " (" << v["role"].get<std::string>() << ")";
        out << "  [" << v.value("source", "") << ", confidence " << v.value("confidence", 0.0) << "]";
        if (v.contains("evidence")) print_topic_evidence(out, v["evidence"], main_weight);
    }
    out << "\n";
}

// "      vote: carried (for 8, against 1); moved by Councillor Reed, seconded by Councillor Moss"
void print_vote(std::ostream& out, const nlohmann::json& v) {
    if (const std::string text = query::vote_text(v); !text.empty()) out << "      vote: " << text << "\n";
}

// "      speakers: Roger Gough, Anna Whitlock"
void print_speakers(std::ostream& out, const nlohmann::json& speakers) {
    if (!speakers.is_array() || speakers.empty()) return;
    out << "      speakers:";
    for (size_t k = 0; k < speakers.size(); ++k) out << (k ? ", " : " ") << speakers[k].get<std::string>();
    out << "\n";
}

// "      topics: highways, budget": the item's own topics, whose evidence the document's add up.
void print_item_topics(std::ostream& out, const nlohmann::json& topics) {
    if (!topics.is_array() || topics.empty()) return;
    out << "      topics:";
    for (size_t k = 0; k < topics.size(); ++k) out << (k ? ", " : " ") << topics[k].get<std::string>();
    out << "\n";
}

// "  2. 2025-05-14  Parish Council  (pp3-4)  MINUTES OF THE MEETING OF ..."
void print_meeting(std::ostream& out, const nlohmann::json& m) {
    const auto text = [](const nlohmann::json& v) { return v.is_string() && !v.get<std::string>().empty() ? v.get<std::string>() : "-"; };
    const auto& pages = m["pages"];
    out << "  " << m["index"].get<size_t>() + 1 << ". " << text(m["date"]) << "  " << text(m["body"]) << "  (p" << pages[0];
    if (pages[1] != pages[0]) out << "-" << pages[1];
    out << ")";
    if (const std::string title = m.value("title", ""); !title.empty()) out << "  " << title;
    out << "\n";
}

void print_text(const nlohmann::json& j, std::ostream& out) {
    out << "path:     " << j["path"].get<std::string>() << "\n";
    if (!j["source_url"].get<std::string>().empty()) out << "source:   " << j["source_url"].get<std::string>() << "\n";
    out
        << "format:   " << j["format"].get<std::string>() << ", " << j["pages"] << " page(s)\n"
        << "title:    " << j["title"].get<std::string>() << "\n";
    const auto& f = j["facets"];
    print_facet(out, "council", f["council"]);
    print_facet(out, "mentions", f["mentions"]);
    print_facet(out, "body", f["body"]);
    print_facet(out, "date", f["date"]);
    print_facet(out, "type", f["doc_type"]);
    print_facet(out, "officers", f["officers"]);
    print_facet(out, "people", f.value("people", nlohmann::json::array()));
    print_facet(out, "topics", f["topics"]);
    const auto& meetings = j["meetings"];
    const bool several = meetings.size() > 1;
    if (several) {
        out << "meetings (" << meetings.size() << "):\n";
        for (const auto& m : meetings) print_meeting(out, m);
    }
    out << "items (" << j["items"].size() << "):\n";
    size_t shown_meeting = 0;
    for (const auto& i : j["items"]) {
        // Under each meeting its items: " meeting 2 (2025-05-14):"
        if (several && (i["meeting"].get<size_t>() != shown_meeting || &i == &j["items"].front())) {
            shown_meeting = i["meeting"].get<size_t>();
            out << " meeting " << shown_meeting + 1 << ":\n";
        }
        const auto& pages = i["pages"];
        out << "  " << (i["number"].get<std::string>().empty() ? "-" : i["number"].get<std::string>()) << "  "
            << i["title"].get<std::string>() << "  (p" << pages[0];
        if (pages[1] != pages[0]) out << "-" << pages[1];
        out << ")" << (i["resolved"].get<bool>() ? "  RESOLVED" : "") << "\n";
        print_vote(out, i["vote"]);
        print_speakers(out, i.value("speakers", nlohmann::json::array()));
        print_item_topics(out, i.value("topics", nlohmann::json::array()));
    }
    for (const auto& w : j["warnings"]) out << "warning: " << w.get<std::string>() << "\n";
    for (const auto& p : j["page_sources"]) {
        out << "page " << p["page"].get<int>() << ": " << p["source"].get<std::string>();
        if (p["source"] == "ocr") out << " (Tesseract mean confidence " << p["confidence"].get<int>() << ")";
        out << "\n";
    }
}

int run(const ShowOptions& o) {
    const std::string db_path = index::resolve_db_path(o.db);
    int status = kExitOk;
    std::optional<index::OpenedIndex> opened = open_for_query("quorum show", db_path, o.require_all_shards, nullptr, status);
    if (!opened) return status;
    const Xapian::Database& db = opened->db;
    std::error_code ec;
    const std::string path = std::filesystem::absolute(o.path, ec).lexically_normal().string();
    const auto doc = index::stored_document(db, path);
    if (!doc) {
        const std::string failed = db.get_metadata(index::failed_key(path));
        if (!failed.empty()) {
            const auto f = nlohmann::json::parse(failed, nullptr, false);
            std::cerr << "quorum show: " << path << " is not indexed: it failed ("
                      << (f.is_discarded() ? failed : f.value("message", "") + " [" + f.value("reason", "") + "]")
                      << "); fix it and re-run quorum index, or use --retry-failed\n";
        } else {
            std::cerr << "quorum show: " << path << " is not in the index at " << db_path << "\n";
        }
        return kExitPartial;
    }
    nlohmann::json j = show_json(*doc);
    mark_partial(j, *opened);
    if (o.format == "json")
        std::cout << json_text(j) << "\n";
    else
        print_text(j, std::cout);
    return kExitOk;
}

}  // namespace

Runner add_show_command(CLI::App& app) {
    auto o = std::make_shared<ShowOptions>();
    CLI::App* cmd = app.add_subcommand(
        "show",
        "Show what the index holds for one source file: facets with their source and\n"
        "confidence, items with pages and whether they hold a resolution, warnings.\n\n"
        "Example:\n  quorum show --db minutes-db archive/2024/cabinet-minutes.pdf\n\n"
        "Exit status: 0 shown, 1 the file is not in the index (or failed), 2 no index / usage error,\n"
        "3 a shard did not answer with --require-all-shards.");
    cmd->add_option("path", o->path, "The source file, as indexed (relative paths are resolved)")->required();
    cmd->add_option("--db", o->db, "Index folder (default: $QUORUM_DB, else ./quorum-db)")->type_name("DIR");
    add_shard_options(cmd, o->require_all_shards);
    cmd->add_option("--format", o->format, "text (default) or json")->check(CLI::IsMember({"text", "json"}));
    return [o] { return run(*o); };
}

}  // namespace quorum::cli
