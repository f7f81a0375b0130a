/** @file cmd_schema.cpp @brief `quorum schema`: prints the index schema (prefixes, slots, aliases) for readers of the index. */
#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/output_format.h"
#include "schema/fields.h"

namespace quorum::cli {

Runner add_schema_command(CLI::App& app) {
    auto format = std::make_shared<std::string>("markdown");
    CLI::App* cmd = app.add_subcommand("schema",
                                       "Print the index schema: each field's term prefix, value slot, encoding and query\n"
                                       "aliases (the table in docs/schema.md), for python3-xapian, quest and xapian-delve users.");
    cmd->add_option("--format", *format, "markdown (default) or json")->check(CLI::IsMember({"markdown", "json"}));
    return [format] {
        if (*format == "markdown") {
            std::cout << "Schema version " << schema::kSchemaVersion << "\n\n" << schema::schema_markdown_table();
            return static_cast<int>(kExitOk);
        }
        nlohmann::json fields = nlohmann::json::array();
        for (const auto& f : schema::fields())
            fields.push_back({{"name", f.name},
                              {"prefix", f.prefix},
                              {"free_text", f.kind != schema::FieldKind::Boolean},
                              {"positional", f.kind == schema::FieldKind::FreeText},
                              {"slot", f.slot},
                              {"stored", f.stored},
                              {"aliases", f.aliases},
                              {"description", f.description}});
        std::cout << json_text({{"version", schema::kSchemaVersion}, {"fields", fields}}) << "\n";
        return static_cast<int>(kExitOk);
    };
}

}  // namespace quorum::cli
