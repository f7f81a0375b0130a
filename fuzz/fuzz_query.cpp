/** @file fuzz_query.cpp @brief libFuzzer target: any query string gives a parsed query (which runs) or a QueryError. */
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/fuzz_entries.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    quorum::fuzz::abort_on_problem(quorum::fuzz::query_one(input));
    return 0;
}
