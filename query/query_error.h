/** @file query_error.h @brief A malformed query: what is wrong and where (a 1-based character position). */
#pragma once

#include <stdexcept>
#include <string>

namespace quorum::query {

class QueryError : public std::runtime_error {
public:
    QueryError(const std::string& message, size_t position)
        : std::runtime_error(message), position_(position) {}
    /// 1-based character position in the query, or 0 when the problem is the whole query.
    size_t position() const { return position_; }

private:
    size_t position_;
};

}  // namespace quorum::query
