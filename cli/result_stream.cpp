/** @file result_stream.cpp @brief CSV rows and an incrementally written JSON object. */
#include "cli/result_stream.h"

#include "cli/output_format.h"
#include "query/result_serialiser.h"

namespace quorum::cli {
namespace {

// `j` as json_text prints it, every line after the first indented by `by` more spaces, so that
// it nests at that depth.
std::string nested(const nlohmann::json& j, size_t by) {
    const std::string text = json_text(j);
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        out += c;
        if (c == '\n') out.append(by, ' ');
    }
    return out;
}

void write_member(std::ostream& out, const std::string& key, const nlohmann::json& value) {
    out << "  " << json_text(key) << ": " << nested(value, 2);
}

}  // namespace

ResultStream::ResultStream(std::ostream& out, bool json, std::vector<std::string> csv_columns, const nlohmann::json& head,
                           std::string list_key)
    : out_(out), json_(json), columns_(std::move(csv_columns)) {
    if (!json_) {
        write_csv_row(out_, columns_);
        return;
    }
    out_ << "{\n";
    for (const auto& [key, value] : head.items()) {
        write_member(out_, key, value);
        out_ << ",\n";
    }
    out_ << "  " << json_text(list_key) << ": [";
}

void ResultStream::add(const nlohmann::json& result) {
    if (json_)
        out_ << (rows_ ? ",\n    " : "\n    ") << nested(result, 4);
    else
        write_csv_row(out_, query::csv_fields(result, columns_));
    ++rows_;
}

void ResultStream::finish(const nlohmann::json& tail) {
    if (!json_) return;
    out_ << (rows_ ? "\n  ]" : "]");
    for (const auto& [key, value] : tail.items()) {
        out_ << ",\n";
        write_member(out_, key, value);
    }
    out_ << "\n}\n";
}

}  // namespace quorum::cli
