/** @file deadline.h @brief A time limit on one request's work: checked between steps and inside Xapian's matches, it stops the work with TimeLimitExceeded. */
#pragma once

#include <xapian.h>

#include <chrono>
#include <functional>
#include <memory>
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

private:
    std::shared_ptr<std::function<bool()>> passed_;
};

}  // namespace quorum::query
