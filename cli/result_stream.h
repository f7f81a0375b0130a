/** @file result_stream.h @brief Writes a list of results as it is read: a CSV row each, or a JSON object whose list is written element by element. */
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <vector>

namespace quorum::cli {

/// Streams results to `out` without holding them: memory stays the same whatever their number.
/// CSV: a header row of `csv_columns`, then one row per result (query::csv_fields).
/// JSON: one object, indented as json_text indents: the members of `head`, then `list_key`
/// holding the results, then the members given to finish().
class ResultStream {
public:
    ResultStream(std::ostream& out, bool json, std::vector<std::string> csv_columns, const nlohmann::json& head,
                 std::string list_key);
    ResultStream(const ResultStream&) = delete;
    ResultStream& operator=(const ResultStream&) = delete;

    /// Writes one result (an object from query/result_serialiser.h).
    void add(const nlohmann::json& result);

    /// Closes the output; JSON adds `tail`'s members after the list. Call once, last.
    void finish(const nlohmann::json& tail = nlohmann::json::object());

    size_t rows() const { return rows_; }

private:
    std::ostream& out_;
    bool json_;
    std::vector<std::string> columns_;
    size_t rows_ = 0;
};

}  // namespace quorum::cli
