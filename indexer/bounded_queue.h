/** @file bounded_queue.h @brief A small blocking queue with a capacity, so producers cannot outrun the consumer. */
#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace quorum::index {

/// Multi-producer, multi-consumer FIFO. push() blocks while full; pop() blocks while empty
/// and returns nullopt once close() was called and the queue drained.
template <typename T>
class BoundedQueue {
public:
    explicit BoundedQueue(size_t capacity) : capacity_(capacity) {}

    void push(T value) {
        std::unique_lock lock(mutex_);
        not_full_.wait(lock, [&] { return items_.size() < capacity_; });
        items_.push_back(std::move(value));
        not_empty_.notify_one();
    }

    /// As push(), but gives up at once when the queue is full: false then (`value` is dropped).
    bool try_push(T value) {
        std::lock_guard lock(mutex_);
        if (items_.size() >= capacity_) return false;
        items_.push_back(std::move(value));
        not_empty_.notify_one();
        return true;
    }

    std::optional<T> pop() {
        std::unique_lock lock(mutex_);
        not_empty_.wait(lock, [&] { return !items_.empty() || closed_; });
        if (items_.empty()) return std::nullopt;
        T value = std::move(items_.front());
        items_.pop_front();
        not_full_.notify_one();
        return value;
    }

    /// No more pushes will come; wakes every waiting consumer.
    void close() {
        std::lock_guard lock(mutex_);
        closed_ = true;
        not_empty_.notify_all();
    }

private:
    size_t capacity_;
    std::deque<T> items_;
    bool closed_ = false;
    std::mutex mutex_;
    std::condition_variable not_empty_, not_full_;
};

}  // namespace quorum::index
