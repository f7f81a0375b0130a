/** @file test_main.cpp @brief Catch2's main for the quorum test suite. */
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
