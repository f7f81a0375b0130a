/** @file document_id.cpp @brief A source file's unique id from its path (XXH3-64). */
#include "schema/document_id.h"

#include <xxhash.h>

#include <cstdio>

namespace quorum::schema {

std::string document_id(std::string_view path) {
    char out[18];
    std::snprintf(out, sizeof out, "d%016llx", static_cast<unsigned long long>(XXH3_64bits(path.data(), path.size())));
    return out;
}

}  // namespace quorum::schema
