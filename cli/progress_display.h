/** @file progress_display.h @brief Progress for long runs: a bar with files/s, MB/s, OCR pages/s and ETA on a terminal, periodic lines otherwise. */
#pragma once

#include <chrono>
#include <cstdio>

#include "indexer/indexer.h"

namespace quorum::cli {

class ProgressDisplay {
public:
    /// Draws to stderr. `quiet` shows nothing; a non-terminal gets a line every 10 seconds.
    explicit ProgressDisplay(bool quiet);

    void update(const index::IndexProgress& p);
    /// Clears the bar line (terminal) before the summary is printed.
    void finish();

private:
    bool quiet_;
    bool tty_;
    std::chrono::steady_clock::time_point last_;
    bool drawn_ = false;
};

}  // namespace quorum::cli
