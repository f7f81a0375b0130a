/** @file content_hash.cpp @brief XXH3-128 content hashing. */
#include "indexer/content_hash.h"

#include <xxhash.h>

#include <cstdio>

namespace quorum::index {

std::string content_hash(std::string_view bytes) {
    const XXH128_hash_t h = XXH3_128bits(bytes.data(), bytes.size());
    char out[33];
    std::snprintf(out, sizeof out, "%016llx%016llx", static_cast<unsigned long long>(h.high64),
                  static_cast<unsigned long long>(h.low64));
    return out;
}

}  // namespace quorum::index
