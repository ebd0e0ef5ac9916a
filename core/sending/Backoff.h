#pragma once

#include <QtGlobal>

#include <functional>
#include <optional>

namespace megaphone {

// When to retry one recipient whose request was certainly not accepted (DESIGN.md section 3).
//
// - not-accepted and rate-limited answers: exponential backoff with full jitter, a delay
//   drawn uniformly from [0, min(cap, base x 2^(failures-1))]; after `maxAttempts` failed
//   attempts the answer is "give up" (std::nullopt).
// - Meta 131056 (pair rate limit): 4^n seconds, n = failures - 1 (1 s, 4 s, 16 s, ...), as
//   Meta documents; not jittered and not limited by `capMs`; gives up after
//   `maxPairLimitAttempts` failed attempts.
// In both, a Retry-After from the answer wins when it is longer (it is never cut to the cap).
//
// `failures` counts the failed attempts of this recipient so far, this one included, so the
// first failure is 1. Pure logic: the random source is injected, so tests are exact.
struct BackoffPolicy
{
    qint64 baseMs = 2000;
    qint64 capMs = 5 * 60 * 1000;
    int maxAttempts = 5; // sends in all, the first one included
    int maxPairLimitAttempts = 7; // 131056: retries after 1, 4, 16, 64, 256, 1024 s
};

class Backoff
{
public:
    // Returns a number uniformly distributed in [0, 1).
    using RandomSource = std::function<double()>;

    // An empty `random` uses QRandomGenerator::global().
    explicit Backoff(BackoffPolicy policy = BackoffPolicy(), RandomSource random = {});

    // The delay before the next attempt, or std::nullopt to give up.
    std::optional<qint64> delayMs(
        int failures, std::optional<qint64> retryAfterMs = std::nullopt) const;

    // The same for Meta 131056.
    std::optional<qint64> pairLimitDelayMs(
        int failures, std::optional<qint64> retryAfterMs = std::nullopt) const;

    // The jitter ceiling for the given failure: min(cap, base x 2^(failures-1)).
    qint64 ceilingMs(int failures) const;

    const BackoffPolicy &policy() const { return m_policy; }

private:
    BackoffPolicy m_policy;
    RandomSource m_random;
};

} // namespace megaphone
