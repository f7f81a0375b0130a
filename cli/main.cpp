/** @file main.cpp @brief The `quorum` executable: parses the command line and runs one subcommand. */
#include <iostream>

#include "cli/commands.h"

int main(int argc, char** argv) {
    using namespace quorum::cli;
    CLI::App app{"Quorum: search archives of council meeting minutes.\n\n"
                 "Typical use:\n"
                 "  quorum extract minutes.pdf          show what Quorum reads from a file\n"
                 "\nRun 'quorum SUBCOMMAND --help' for the options of each subcommand.",
                 "quorum"};
    app.require_subcommand(1);
    app.set_version_flag("--version", "quorum 0.1.0");

    Runner run_extract = add_extract_command(app);

    try {
        app.parse(argc, argv);
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
    return kExitUsage;
}
