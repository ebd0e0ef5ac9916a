#include "TokenBucket.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace megaphone {

namespace {

// Accumulated doubles may fall a hair short of a whole token at the very millisecond
// msUntilNext() promised one.
constexpr double kEpsilon = 1e-9;

double positiveOr(double value, double fallback)
{
    return value > 0 ? value : fallback;
}

} // namespace

double TokenBucket::effectiveCap(double numberThroughputMps, double userCapMps)
{
    constexpr double unset = std::numeric_limits<double>::infinity();
    const double cap
        = std::min(positiveOr(numberThroughputMps, unset), positiveOr(userCapMps, unset));
    return std::isinf(cap) ? 1.0 : cap;
}

TokenBucket::TokenBucket(double capMps, qint64 nowMs, TokenBucketTuning tuning)
    : m_tuning(tuning)
    , m_cap(positiveOr(capMps, 1.0))
    , m_rate(m_cap)
    , m_lastRefillMs(nowMs)
    , m_lastIncreaseMs(nowMs)
{
    m_tokens = capacity();
}

double TokenBucket::capacity() const
{
    return std::max(1.0, m_rate * m_tuning.burstSeconds);
}

double TokenBucket::tokensAt(qint64 nowMs) const
{
    const qint64 from = std::max(m_lastRefillMs, m_blockedUntilMs);
    if (nowMs <= from)
        return m_tokens;
    const double added = m_rate * static_cast<double>(nowMs - from) / 1000.0;
    return std::min(capacity(), m_tokens + added);
}

void TokenBucket::refill(qint64 nowMs)
{
    m_tokens = tokensAt(nowMs);
    m_lastRefillMs = std::max(m_lastRefillMs, nowMs);
}

bool TokenBucket::tryTake(qint64 nowMs)
{
    if (nowMs < m_blockedUntilMs)
        return false;
    refill(nowMs);
    if (m_tokens + kEpsilon < 1.0)
        return false;
    m_tokens = std::max(0.0, m_tokens - 1.0);
    return true;
}

qint64 TokenBucket::msUntilNext(qint64 nowMs) const
{
    const qint64 start = std::max(nowMs, m_blockedUntilMs);
    const double tokens = tokensAt(start);
    if (tokens + kEpsilon >= 1.0)
        return start - nowMs;
    const double missingMs = (1.0 - tokens) / m_rate * 1000.0;
    return start - nowMs + static_cast<qint64>(std::ceil(missingMs - kEpsilon));
}

void TokenBucket::onRateLimited(qint64 nowMs, std::optional<qint64> retryAfterMs)
{
    refill(nowMs);
    const bool coolingDown
        = m_lastDecreaseMs.has_value() && nowMs - *m_lastDecreaseMs < m_tuning.decreaseCooldownMs;
    if (!coolingDown) {
        const double floor = std::min(m_tuning.minRateMps, m_cap);
        m_rate = std::max(floor, m_rate / 2.0);
        m_lastDecreaseMs = nowMs;
    }
    if (retryAfterMs && *retryAfterMs > 0)
        m_blockedUntilMs = std::max(m_blockedUntilMs, nowMs + *retryAfterMs);
    // Nothing saved up survives an overload; after a Retry-After one message may go at once.
    m_tokens = m_blockedUntilMs > nowMs ? 1.0 : 0.0;
    m_lastIncreaseMs = std::max({ m_lastIncreaseMs, nowMs, m_blockedUntilMs });
}

void TokenBucket::onAccepted(qint64 nowMs)
{
    if (nowMs <= m_lastIncreaseMs)
        return;
    refill(nowMs);
    const qint64 elapsedMs = std::min<qint64>(nowMs - m_lastIncreaseMs, 1000);
    const double step = std::max(m_tuning.minIncreaseMps, m_cap * m_tuning.increaseFractionOfCap);
    m_rate = std::min(m_cap, m_rate + step * static_cast<double>(elapsedMs) / 1000.0);
    m_lastIncreaseMs = nowMs;
}

void TokenBucket::setCap(double capMps, qint64 nowMs)
{
    refill(nowMs);
    const bool atOldCap = m_rate + kEpsilon >= m_cap;
    m_cap = positiveOr(capMps, 1.0);
    if (atOldCap || m_rate > m_cap)
        m_rate = m_cap;
    m_tokens = std::min(m_tokens, capacity());
}

} // namespace megaphone
