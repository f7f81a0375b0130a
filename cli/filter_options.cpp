/** @file filter_options.cpp @brief Facet filter flags, defined once for every searching subcommand. */
#include "cli/filter_options.h"

namespace quorum::cli {

void add_filter_options(CLI::App* cmd, query::Filters& f) {
    // One value per flag (repeat the flag for more): the words after it are the query's.
    cmd->add_option("--council", f.councils, "Only this council: a name, part of one, or an abbreviation (KCC)")
        ->allow_extra_args(false);
    cmd->add_option("--body,--committee", f.bodies, "Only this body/committee, or part of its name")->allow_extra_args(false);
    cmd->add_option("--person", f.people,
                    "Only meetings this person attended, sent apologies to or spoke at (a surname is enough; "
                    "titles and initials are forgiven: 'Mr Gough', 'R W Gough')")
        ->allow_extra_args(false);
    cmd->add_option("--role", f.roles,
                    "Only meetings with someone in this role: chair, member, officer, attending, public, apologies, "
                    "absent")
        ->allow_extra_args(false)
        ->check(CLI::IsMember({"chair", "member", "officer", "attending", "public", "apologies", "absent"}));
    cmd->add_option("--speaker", f.speakers, "Only meetings where this person spoke on an item (a surname is enough)")
        ->allow_extra_args(false);
    cmd->add_option("--officer", f.officers, "Only meetings with this person as an officer (staff; a surname is enough)")
        ->allow_extra_args(false);
    cmd->add_option("--topic", f.topics, "Only this topic: slug, label or abbreviation (asb)")->allow_extra_args(false);
    cmd->add_option("--type", f.types, "Only this document type: minutes, agenda, decision, report")
        ->allow_extra_args(false);
    cmd->add_option("--from", f.from, "Meetings on or after this date (YYYY, YYYY-MM, YYYY-MM-DD)");
    cmd->add_option("--to", f.to, "Meetings on or before this date");
}

}  // namespace quorum::cli
