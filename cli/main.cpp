/** @file main.cpp @brief The `quorum` executable: parses the command line and runs one subcommand. */
#include <iostream>
#include <string_view>

#include "cli/commands.h"
#include "cli/query_args.h"
#include "isolation/worker_main.h"

int main(int argc, char** argv) {
    using namespace quorum::cli;
    // The hidden subcommand `quorum index` starts its extraction workers with (isolation/).
    if (argc >= 2 && std::string_view(argv[1]) == quorum::isolation::kWorkerSubcommand)
        return quorum::isolation::run_extraction_worker(std::vector<std::string>(argv + 2, argv + argc));
    CLI::App app{"Quorum: search archives of council meeting minutes.\n\n"
                 "Typical use:\n"
                 "  quorum index --db minutes-db archive/   build or update an index\n"
                 "  quorum search --db minutes-db 'county lines' council:eastmere\n"
                 "  quorum mentions --db minutes-db 'county lines'   every mention, per year\n"
                 "  quorum decisions --db minutes-db cctv     past resolutions\n"
                 "  quorum facets --db minutes-db council     every council, with counts\n"
                 "  quorum show --db minutes-db FILE        what the index holds for a file\n"
                 "  quorum failures --db minutes-db         files that failed, and why\n"
                 "  quorum remove --db minutes-db FOLDER    take files out of the index (not off disk)\n"
                 "  quorum ocr-cache --db minutes-db --clean   drop OCR text no indexed file uses\n"
                 "  quorum extract minutes.pdf              show what Quorum reads from a file\n"
                 "  quorum serve --db minutes-db            the archive in a web browser, and a JSON API\n"
                 "\nRun 'quorum SUBCOMMAND --help' for the options of each subcommand.",
                 "quorum"};
    app.require_subcommand(1);
    app.set_version_flag("--version", "quorum 0.1.0");

    Runner run_extract = add_extract_command(app);
    Runner run_index = add_index_command(app);
    Runner run_show = add_show_command(app);
    Runner run_search = add_search_command(app);
    Runner run_decisions = add_decisions_command(app);
    Runner run_mentions = add_mentions_command(app);
    Runner run_schema = add_schema_command(app);
    Runner run_facets = add_facets_command(app);
    Runner run_failures = add_failures_command(app);
    Runner run_remove = add_remove_command(app);
    Runner run_ocr_cache = add_ocr_cache_command(app);
    Runner run_serve = add_serve_command(app);

    // "quorum search budget -housing": "-housing" is a query word (NOT housing), not an option.
    const std::vector<std::string> args =
        query_words_last(app, std::vector<std::string>(argv, argv + argc), {"search", "decisions", "mentions", "facets"});
    std::vector<const char*> arg_pointers;
    for (const auto& a : args) arg_pointers.push_back(a.c_str());
    try {
        app.parse(static_cast<int>(arg_pointers.size()), arg_pointers.data());
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return kExitUsage;
    }

    if (app.got_subcommand("extract")) return run_extract();
    if (app.got_subcommand("index")) return run_index();
    if (app.got_subcommand("show")) return run_show();
    if (app.got_subcommand("search")) return run_search();
    if (app.got_subcommand("decisions")) return run_decisions();
    if (app.got_subcommand("mentions")) return run_mentions();
    if (app.got_subcommand("schema")) return run_schema();
    if (app.got_subcommand("facets")) return run_facets();
    if (app.got_subcommand("failures")) return run_failures();
    if (app.got_subcommand("remove")) return run_remove();
    if (app.got_subcommand("ocr-cache")) return run_ocr_cache();
    if (app.got_subcommand("serve")) return run_serve();
    return kExitUsage;
}
