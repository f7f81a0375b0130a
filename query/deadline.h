/** @file deadline.h @brief A time limit on one request's work: checked between steps and inside Xapian's matches, it stops the work with TimeLimitExceeded. */
#pragma once

#include <xapian.h>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace quorum::query {

/// The work ran past its Deadline. what() names the step it was stopped in ("the facet counts").
class TimeLimitExceeded : public std::runtime_error {
public:
    explicit TimeLimitExceeded(const std::string& step) : std::runtime_error(step), step_(step) {}
    const std::string& step() const { return step_; }

private:
    std::string step_;
};

/// When the work of one request must stop. The default is no limit. Work checks it between its
/// steps (check()) and, through decider(), every few documents inside a match that lists many
/// documents, so a request over its limit frees its thread instead of finishing unseen.
class Deadline {
public:
    using Clock = std::chrono::steady_clock;

    Deadline() = default;
    /// `seconds` from now on the steady clock.
    static Deadline after(double seconds);
    /// A deadline that has passed when `passed` says so (tests count checks with it).
    explicit Deadline(std::function<bool()> passed) : passed_(std::make_shared<std::function<bool()>>(std::move(passed))) {}

    bool unlimited() const { return !passed_; }
    /// Seconds until the deadline made by after() (negative once it has passed); nullopt for no
    /// limit or a deadline given as a function. Xapian's own time limit is set from it.
    std::optional<double> seconds_left() const;
    bool passed() const { return passed_ && (*passed_)(); }

    /// Throws TimeLimitExceeded naming `step` when the deadline has passed.
    void check(std::string_view step) const {
        if (passed()) throw TimeLimitExceeded(std::string(step));
    }

    /// A match decider for Enquire::get_mset that keeps every document and checks the deadline
    /// every kDocumentsPerCheck documents (throwing TimeLimitExceeded, which ends the match);
    /// nullptr when there is no limit, or when `db` is a stub of shards or a remote database
    /// (query::counts_on_shards: xapian-tcpsrv runs no decider of ours, it would throw
    /// Xapian::UnimplementedError, and a combined database does not say whether a shard is
    /// remote); there the deadline is checked between steps only. Pass it to get_mset and keep
    /// it until the match ends.
    std::unique_ptr<Xapian::MatchDecider> decider(const Xapian::Database& db, std::string_view step) const;

    static constexpr unsigned kDocumentsPerCheck = 64;

    /// Bounds the match `enquire` runs on each remote shard's server, which runs no decider of
    /// ours: Enquire::set_time_limit(seconds_left()), sent with the query to each server, stops
    /// it checking matches beyond those the MSet needs once the time is up. It bounds a count
    /// (get_mset with check_at_least), not the ranking of a page sorted by value. Returns
    /// whether a limit was set; throws TimeLimitExceeded naming `step` when none is left.
    bool limit(Xapian::Enquire& enquire, std::string_view step) const;

private:
    std::shared_ptr<std::function<bool()>> passed_;
    std::optional<Clock::time_point> end_;
};

}  // namespace quorum::query
