/** @file cmd_mentions.cpp @brief `quorum mentions PHRASE`: every occurrence, with context, and counts per year or month. */
#include <unistd.h>

#include <algorithm>
#include <iomanip>
#include <map>
#include <iostream>
#include <memory>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/filter_options.h"
#include "cli/index_opening.h"
#include "cli/output_format.h"
#include "cli/result_stream.h"
#include "indexer/database.h"
#include "query/mentions.h"
#include "query/query_error.h"
#include "query/result_serialiser.h"
#include "query/search_notes.h"

namespace quorum::cli {
namespace {

struct MentionsOptions {
    std::string db;
    std::vector<std::string> words;
    query::Filters filters;
    std::string by = "year";
    std::string format = "text";
    bool counts_only = false;
    bool require_all_shards = false;
};

// Counts per period as a bar chart scaled to 50 columns.
void print_chart(const std::map<std::string, size_t>& counts, std::ostream& out, bool terminal) {
    size_t most = 0, width = 0;
    for (const auto& [period, count] : counts) {
        most = std::max(most, count);
        width = std::max(width, period.size());
    }
    const std::string block = terminal ? "\u2588" : "#";
    for (const auto& [period, count] : counts) {
        const size_t bars = count == 0 ? 0 : std::max<size_t>(1, count * 50 / most);
        out << "  " << period << std::string(width - period.size(), ' ') << "  ";
        for (size_t i = 0; i < bars; ++i) out << block;
        out << " " << count << "\n";
    }
}

// Text output, written as the mentions are found: each under its document's heading.
class TextMentions {
public:
    TextMentions(std::ostream& out, bool terminal) : out_(out), terminal_(terminal) {}

    void add(const query::Mention& m) {
        if (m.path != last_path_) {
            out_ << (last_path_.empty() ? "" : "\n") << emphasis(m.date.empty() ? "(undated)" : m.date, terminal_) << "  "
                 << join_strings(nlohmann::json(m.council)) << (m.body.empty() ? "" : " · " + m.body) << "\n  " << m.path
                 << "\n";
            last_path_ = m.path;
        }
        out_ << "    item " << (m.item_number.empty() ? "-" : m.item_number) << ", p" << m.page
             << (m.ocr_confidence >= 0 ? " (OCR, confidence " + std::to_string(m.ocr_confidence) + ")" : "")
             << (m.in_title ? " (title)" : "") << ": …" << m.before << highlighted_match(m.match, terminal_) << m.after
             << "…\n";
        // The published page, as search prints it, when the file's address is known.
        if (!m.source_url.empty()) out_ << "      " << query::page_link(m.path, m.source_url, m.format, m.page) << "\n";
    }

    void finish(const query::MentionsResult& r, const std::string& phrase, const std::string& by) {
        if (r.total) out_ << (last_path_.empty() ? "" : "\n");
        out_ << r.total << " mention" << (r.total == 1 ? "" : "s") << " of \"" << phrase << "\" in " << r.documents
             << " document" << (r.documents == 1 ? "" : "s") << ", by " << by << ":\n";
        if (by == "person") print_people(r.by_period);
        else print_chart(r.by_period, out_, terminal_);
    }

private:
    // "  12  Roger Gough": most mentions first, then by name.
    void print_people(const std::map<std::string, size_t>& counts) {
        std::vector<std::pair<std::string, size_t>> rows(counts.begin(), counts.end());
        std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
        for (const auto& [person, count] : rows) out_ << "  " << std::setw(5) << count << "  " << person << "\n";
    }

    std::ostream& out_;
    bool terminal_;
    std::string last_path_;
};

int run(const MentionsOptions& o) {
    std::string phrase;
    for (const auto& w : o.words) phrase += (phrase.empty() ? "" : " ") + w;
    for (const auto& w : o.words)
        if (w.size() > 1 && w[0] == '-') {
            std::cerr << "quorum mentions: \"" << w << "\" is not an option of mentions, and a phrase has no NOT; "
                      << "see 'quorum mentions --help'\n";
            return kExitUsage;
        }
    const std::string db_path = index::resolve_db_path(o.db);
    int status = kExitOk;
    std::optional<index::OpenedIndex> opened =
        open_for_query("quorum mentions", db_path, o.require_all_shards, &o.filters, status);
    if (!opened) return status;
    Xapian::Database& db = opened->db;
    // Every mention is written as its document is read, none kept. The CSV or JSON stream starts
    // with the first mention (or at the end), so a bad phrase prints nothing on stdout.
    const bool terminal = ::isatty(STDOUT_FILENO);
    const bool csv_counts = o.format == "csv" && o.counts_only;
    TextMentions text(std::cout, terminal);
    std::unique_ptr<ResultStream> stream;
    auto open_stream = [&] {
        if (!stream && o.format != "text" && !csv_counts)
            stream = std::make_unique<ResultStream>(std::cout, o.format == "json", query::mention_csv_columns(),
                                                    nlohmann::json{{"phrase", phrase}, {"by", o.by}}, "mentions");
    };
    query::MentionsResult r;
    try {
        r = query::for_each_mention(db, phrase, o.filters,
                                    o.by == "month"    ? query::MentionPeriod::Month
                                    : o.by == "person" ? query::MentionPeriod::Person
                                                       : query::MentionPeriod::Year,
                                    [&](const query::Mention& m) {
                                        if (o.counts_only) return;
                                        if (o.format == "text") return text.add(m);
                                        open_stream();
                                        stream->add(query::mention_json(m));
                                    });
    } catch (const query::QueryError& e) {
        std::cerr << "quorum mentions: bad phrase or filter \"" << phrase << "\": " << e.what() << "\n";
        return kExitUsage;
    } catch (const Xapian::Error& e) {
        std::cerr << "quorum mentions: " << e.get_description() << "\n";
        return kExitUsage;
    }
    for (const auto& note : r.notes) std::cerr << "quorum mentions: " << note << "\n";
    if (const std::string undated = query::undated_note(r.undated_left_out); !undated.empty())
        std::cerr << "quorum mentions: " << undated << "\n";
    if (o.format == "text") {
        text.finish(r, phrase, o.by);
    } else if (csv_counts) {
        write_csv_row(std::cout, {o.by, "mentions"});
        for (const auto& [period, count] : r.by_period) write_csv_row(std::cout, {period, std::to_string(count)});
    } else {
        open_stream();
        nlohmann::json tail = query::mentions_summary_json(phrase, r, o.by);
        tail.erase("phrase");
        tail.erase("by");
        mark_partial(tail, *opened);
        stream->finish(tail);
    }
    if (r.total == 0) std::cerr << "No mentions of \"" << phrase << "\"\n";
    return kExitOk;
}

}  // namespace

Runner add_mentions_command(CLI::App& app) {
    auto o = std::make_shared<MentionsOptions>();
    CLI::App* cmd = app.add_subcommand(
        "mentions",
        "Every mention of a word or phrase, exhaustively (no relevance cut-off): each occurrence\n"
        "with its meeting, date, council, item, page and a keyword-in-context line, then the\n"
        "counts per year (or month) as a bar chart. Words match as written (any case), not\n"
        "stemmed: \"licence\" does not find \"licences\"; a trailing * matches any ending (licen*).\n\n"
        "Examples:\n"
        "  quorum mentions 'county lines'\n"
        "  quorum mentions 'anti-social behaviour' --council eastmere --by month\n"
        "  quorum mentions 'licen*' --from 2022 --format csv > licensing.csv\n\n"
        "Exit status: 0 success (also when nothing matched), 2 bad phrase/filter or no index,\n"
        "3 a shard did not answer with --require-all-shards.");
    cmd->add_option("phrase", o->words, "The word or phrase (several words are one phrase)")
        ->type_name("PHRASE")
        ->required();
    cmd->add_option("--db", o->db, "Index folder (default: $QUORUM_DB, else ./quorum-db)")->type_name("DIR");
    add_filter_options(cmd, o->filters);
    add_shard_options(cmd, o->require_all_shards);
    cmd->add_option("--by", o->by,
                    "Count per year (default), month, or person (who spoke on the items with the mentions, most first)")
        ->check(CLI::IsMember({"year", "month", "person"}));
    cmd->add_flag("--counts", o->counts_only, "Only the counts per year or month, not each mention");
    cmd->add_option("--format", o->format, "text (default), json or csv")->check(CLI::IsMember({"text", "json", "csv"}));
    return [o] { return run(*o); };
}

}  // namespace quorum::cli
