/** @file query_args.cpp @brief Splits a searching subcommand's arguments into options and query words, using CLI11's own table of the subcommand's options. */
#include "cli/query_args.h"

#include <algorithm>

namespace quorum::cli {

std::vector<std::string> query_words_last(const CLI::App& app, const std::vector<std::string>& args,
                                          const std::vector<std::string>& subcommands) {
    size_t at = 1;
    while (at < args.size() && std::find(subcommands.begin(), subcommands.end(), args[at]) == subcommands.end()) {
        if (args[at] == "--" || !args[at].starts_with("-")) return args;  // another subcommand, or none
        ++at;
    }
    if (at == args.size()) return args;
    const CLI::App* sub = app.get_subcommand(args[at]);
    std::vector<std::string> out(args.begin(), args.begin() + static_cast<std::ptrdiff_t>(at + 1));
    std::vector<std::string> words;
    for (size_t i = at + 1; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--") {
            words.insert(words.end(), args.begin() + static_cast<std::ptrdiff_t>(i + 1), args.end());
            break;
        }
        const bool long_option = a.starts_with("--");
        const CLI::Option* option = a.size() > 1 && a[0] == '-' ? sub->get_option_no_throw(a.substr(0, a.find('='))) : nullptr;
        if (!option && !long_option) {
            words.push_back(a);
            continue;
        }
        out.push_back(a);
        // The option's value is the next argument, whatever it looks like ("--offset -1").
        if (option && option->get_expected_max() > 0 && a.find('=') == std::string::npos && i + 1 < args.size())
            out.push_back(args[++i]);
    }
    if (!words.empty()) {
        out.emplace_back("--");
        out.insert(out.end(), words.begin(), words.end());
    }
    return out;
}

}  // namespace quorum::cli
