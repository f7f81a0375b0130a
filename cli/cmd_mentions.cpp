/** @file cmd_mentions.cpp @brief `quorum mentions PHRASE`: every occurrence, with context, and counts per year or month. */
#include <unistd.h>

#include <algorithm>
#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/filter_options.h"
#include "cli/output_format.h"
#include "indexer/database.h"
#include "query/mentions.h"
#include "query/query_error.h"
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
};

nlohmann::json mention_json(const query::Mention& m) {
    return {{"path", m.path},   {"date", m.date},           {"council", m.council},
            {"body", m.body},   {"item", m.item_number},    {"title", m.item_title},
            {"in_title", m.in_title}, {"page", m.page},     {"before", m.before},
            {"match", m.match}, {"after", m.after}};
}

// Counts per period as a bar chart scaled to 50 columns.
void print_chart(const std::map<std::string, size_t>& counts, std::ostream& out, bool terminal) {
    size_t most = 0, width = 0;
    for (const auto& [period, count] : counts) {
        most = std::max(most, count);
        width = std::max(width, period.size());
    }
    const std::string block = terminal ? "\u2588" : "#";
    for (const auto& [period, count] : counts) {
        const size_t bars = most == 0 ? 0 : std::max<size_t>(1, count * 50 / most);
        out << "  " << period << std::string(width - period.size(), ' ') << "  ";
        for (size_t i = 0; i < bars; ++i) out << block;
        out << " " << count << "\n";
    }
}

void print_text(const query::MentionsResult& r, const std::string& phrase, const MentionsOptions& o, bool terminal) {
    auto& out = std::cout;
    if (!o.counts_only) {
        std::string last_path;
        for (const auto& m : r.mentions) {
            if (m.path != last_path) {
                out << (last_path.empty() ? "" : "\n") << emphasis(m.date.empty() ? "(undated)" : m.date, terminal) << "  "
                    << join_strings(nlohmann::json(m.council)) << (m.body.empty() ? "" : " · " + m.body) << "\n  "
                    << m.path << "\n";
                last_path = m.path;
            }
            out << "    item " << (m.item_number.empty() ? "-" : m.item_number) << ", p" << m.page
                << (m.in_title ? " (title)" : "") << ": …" << m.before
                << highlight_for_terminal("<b>" + m.match + "</b>", terminal) << m.after << "…\n";
        }
        if (!r.mentions.empty()) out << "\n";
    }
    out << r.mentions.size() << " mention" << (r.mentions.size() == 1 ? "" : "s") << " of \"" << phrase << "\" in "
        << r.documents << " document" << (r.documents == 1 ? "" : "s") << ", by " << o.by << ":\n";
    print_chart(r.by_period, out, terminal);
}

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
    Xapian::Database db;
    try {
        db = index::open_for_reading(db_path);
    } catch (const index::DatabaseError& e) {
        std::cerr << "quorum mentions: " << e.what() << "\n";
        return kExitUsage;
    }
    query::MentionsResult r;
    try {
        r = query::find_mentions(db, phrase, o.filters,
                                 o.by == "month" ? query::MentionPeriod::Month : query::MentionPeriod::Year);
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
    if (o.format == "json") {
        nlohmann::json list = nlohmann::json::array();
        if (!o.counts_only)
            for (const auto& m : r.mentions) list.push_back(mention_json(m));
        nlohmann::json out = {{"phrase", phrase},     {"parsed", r.parsed},     {"total", r.mentions.size()},
                              {"documents", r.documents}, {"by", o.by},          {"counts", r.by_period},
                              {"mentions", list}};
        std::cout << json_text(out) << "\n";
    } else if (o.format == "csv") {
        if (o.counts_only) {
            write_csv_row(std::cout, {o.by, "mentions"});
            for (const auto& [period, count] : r.by_period) write_csv_row(std::cout, {period, std::to_string(count)});
        } else {
            write_csv_row(std::cout, {"path", "date", "council", "body", "item", "title", "page", "before", "match", "after"});
            for (const auto& m : r.mentions) {
                std::string council;
                for (const auto& c : m.council) council += (council.empty() ? "" : ";") + c;
                write_csv_row(std::cout, {m.path, m.date, council, m.body, m.item_number, m.item_title,
                                          std::to_string(m.page), m.before, m.match, m.after});
            }
        }
    } else {
        print_text(r, phrase, o, ::isatty(STDOUT_FILENO));
    }
    if (r.mentions.empty()) std::cerr << "No mentions of \"" << phrase << "\"\n";
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
        "Exit status: 0 success (also when nothing matched), 2 bad phrase/filter or no index.");
    cmd->add_option("phrase", o->words, "The word or phrase (several words are one phrase)")
        ->type_name("PHRASE")
        ->required();
    cmd->add_option("--db", o->db, "Index folder (default: $QUORUM_DB, else ./quorum-db)")->type_name("DIR");
    add_filter_options(cmd, o->filters);
    cmd->add_option("--by", o->by, "Count per year (default) or month")->check(CLI::IsMember({"year", "month"}));
    cmd->add_flag("--counts", o->counts_only, "Only the counts per year or month, not each mention");
    cmd->add_option("--format", o->format, "text (default), json or csv")->check(CLI::IsMember({"text", "json", "csv"}));
    return [o] { return run(*o); };
}

}  // namespace quorum::cli
