/** @file sample_level.cpp @brief Sampling levels from a document id's hash bits. */
#include "schema/sample_level.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <stdexcept>

#include "schema/fields.h"

namespace quorum::schema {

unsigned sample_level(std::string_view document_id) {
    // "d" + 16 hex digits of an XXH3-64 hash: its low bits are already uniform.
    const std::string_view hex = document_id.substr(std::min<size_t>(1, document_id.size()));
    uint64_t hash = 0;
    const auto [end, error] = std::from_chars(hex.data(), hex.data() + hex.size(), hash, 16);
    if (error != std::errc() || end != hex.data() + hex.size() || hex.empty())
        throw std::invalid_argument("not a document id: '" + std::string(document_id) + "'");
    return std::min<unsigned>(static_cast<unsigned>(std::countr_zero(hash)), kDeepestSampleLevel);
}

std::string sample_level_term(unsigned level) {
    static const std::string prefix(field(names::kSampleLevel).prefix);
    return prefix + std::to_string(std::min(level, kDeepestSampleLevel));
}

double sample_fraction(unsigned from_level, unsigned below_level) {
    if (below_level <= from_level) return 0.0;
    const double deeper = below_level > kDeepestSampleLevel ? 0.0 : std::ldexp(1.0, -static_cast<int>(below_level));
    return std::ldexp(1.0, -static_cast<int>(from_level)) - deeper;
}

}  // namespace quorum::schema
