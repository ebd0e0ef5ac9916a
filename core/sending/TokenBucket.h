#pragma once

#include <QtGlobal>

#include <optional>

namespace megaphone {

// Paces the requests of one sender number: a token bucket refilled at `currentRate()`
// messages per second, holding at most about one second's worth of tokens (at least one),
// with AIMD on top: a rate-limited answer halves the rate, accepted answers add it back
// little by little up to the cap.
//
// Pure logic: every call takes the time as UTC unix milliseconds (Clock::nowMs() in the
// product, any number in tests) and nothing reads a clock. Times that go backwards are
// treated as "no time passed". Not thread-safe; one dispatcher owns one bucket.
struct TokenBucketTuning
{
    double burstSeconds = 1.0; // bucket size = rate x this, at least 1 token
    double minRateMps = 1.0; // halving never goes below this (nor above the cap)
    double increaseFractionOfCap = 0.01; // additive increase per second of success...
    double minIncreaseMps = 1.0; // ...but at least this many mps per second
    qint64 decreaseCooldownMs = 1000; // rate-limited answers within this time of the last
                                      // halving do not halve again (they were in flight
                                      // together and report the same overload)
};

class TokenBucket
{
public:
    // The cap in messages per second: the lower of the number's throughput and the user's
    // cap; a value <= 0 means "not set". Both unset gives 1 mps.
    static double effectiveCap(double numberThroughputMps, double userCapMps);

    // Starts full (one burst may leave at once) at rate = cap.
    TokenBucket(double capMps, qint64 nowMs, TokenBucketTuning tuning = TokenBucketTuning());

    // Takes one token when one is available at `nowMs` (and no Retry-After block holds).
    bool tryTake(qint64 nowMs);

    // Milliseconds until tryTake() can succeed: 0 when it can now.
    qint64 msUntilNext(qint64 nowMs) const;

    // A rate-limited answer (429, Meta 4, 80007, 130429...): halves the rate (not below the
    // floor, and at most once per cooldown), empties the bucket, and, with a Retry-After,
    // lets nothing out before nowMs + retryAfterMs (then one message at once).
    void onRateLimited(qint64 nowMs, std::optional<qint64> retryAfterMs = std::nullopt);

    // An accepted answer: the rate grows by max(minIncreaseMps, cap x fraction) per second
    // since the previous increase (or since the last halving), up to the cap. A gap without
    // answers counts as at most one second of success.
    void onAccepted(qint64 nowMs);

    // A new cap (user changed it, or the number was upgraded to 1,000 mps). A bucket running
    // at its old cap jumps to the new one; one recovering from a halving keeps climbing;
    // the rate never stays above the cap.
    void setCap(double capMps, qint64 nowMs);

    double currentRate() const { return m_rate; }
    double cap() const { return m_cap; }
    // When the last Retry-After ends (0 when none was given).
    qint64 blockedUntilMs() const { return m_blockedUntilMs; }
    // Tokens in the bucket at `nowMs` (for tests and diagnostics).
    double tokensAt(qint64 nowMs) const;

private:
    double capacity() const;
    void refill(qint64 nowMs);

    TokenBucketTuning m_tuning;
    double m_cap = 1.0;
    double m_rate = 1.0;
    double m_tokens = 0.0;
    qint64 m_lastRefillMs = 0; // m_tokens is the content at this time
    qint64 m_blockedUntilMs = 0; // no token before this time
    std::optional<qint64> m_lastDecreaseMs;
    qint64 m_lastIncreaseMs = 0;
};

} // namespace megaphone
