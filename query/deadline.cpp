/** @file deadline.cpp @brief The steady-clock deadline and the match decider that checks it inside a match. */
#include "query/deadline.h"

#include "query/shards/facet_spies.h"

namespace quorum::query {
namespace {

class DeadlineDecider : public Xapian::MatchDecider {
public:
    DeadlineDecider(Deadline deadline, std::string step) : deadline_(std::move(deadline)), step_(std::move(step)) {}
    bool operator()(const Xapian::Document&) const override {
        if (++seen_ % Deadline::kDocumentsPerCheck == 0) deadline_.check(step_);
        return true;
    }

private:
    Deadline deadline_;
    std::string step_;
    mutable unsigned long seen_ = 0;
};

}  // namespace

Deadline Deadline::after(double seconds) {
    const auto end = Clock::now() + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
    Deadline d([end] { return Clock::now() >= end; });
    d.end_ = end;
    return d;
}

std::optional<double> Deadline::seconds_left() const {
    if (!end_) return std::nullopt;
    return std::chrono::duration<double>(*end_ - Clock::now()).count();
}

bool Deadline::limit(Xapian::Enquire& enquire, std::string_view step) const {
    const std::optional<double> left = seconds_left();
    if (!left) return false;
    // 0 means no limit to Xapian: a deadline already passed stops here.
    if (*left <= 0) throw TimeLimitExceeded(std::string(step));
    enquire.set_time_limit(*left);
    return true;
}

std::unique_ptr<Xapian::MatchDecider> Deadline::decider(const Xapian::Database& db, std::string_view step) const {
    if (unlimited() || counts_on_shards(db)) return nullptr;
    return std::make_unique<DeadlineDecider>(*this, std::string(step));
}

}  // namespace quorum::query
