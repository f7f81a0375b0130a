/** @file address_sanitizer.h @brief Whether this build runs under AddressSanitizer (GCC or clang), which changes how memory limits work. */
#pragma once

#if defined(__SANITIZE_ADDRESS__)
#define QUORUM_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define QUORUM_ASAN 1
#endif
#endif

namespace quorum::isolation {

/// True in an AddressSanitizer build: RLIMIT_AS cannot be used there (ASan reserves terabytes
/// of shadow address space), so workers are bounded by ASan's hard_rss_limit_mb instead.
#ifdef QUORUM_ASAN
inline constexpr bool kAddressSanitizer = true;
#else
inline constexpr bool kAddressSanitizer = false;
#endif

}  // namespace quorum::isolation
