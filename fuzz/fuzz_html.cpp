/** @file fuzz_html.cpp @brief libFuzzer target: any bytes through the HTML extractor give an Extraction that keeps its contract, or an ExtractError. */
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/fuzz_entries.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    quorum::fuzz::abort_on_problem(quorum::fuzz::extract_one(quorum::extract::Format::Html, input));
    return 0;
}
