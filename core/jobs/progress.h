#pragma once
// How long-running core jobs report progress and learn they should stop. Core reports through
// these small callables, never through widgets; the UI adapts them to signals.

#include <atomic>
#include <cstdint>
#include <functional>

namespace tw::core {

struct Progress {
    std::uint64_t records = 0;     // records handled so far
    std::uint64_t bytes = 0;       // input bytes consumed so far
    std::uint64_t totalBytes = 0;  // input size when known, else 0
};

// Called from the worker thread; must be cheap and thread-safe on the receiving side.
using ProgressSink = std::function<void(const Progress&)>;

// A cancel flag shared between the requester (any thread) and the job (polls it).
class CancelToken final {
public:
    void cancel() { flag_.store(true, std::memory_order_relaxed); }
    [[nodiscard]] bool cancelled() const { return flag_.load(std::memory_order_relaxed); }

private:
    std::atomic<bool> flag_{false};
};

}  // namespace tw::core
