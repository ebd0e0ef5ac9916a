#include "Backoff.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <utility>

namespace megaphone {

namespace {

std::optional<qint64> honourRetryAfter(qint64 delay, std::optional<qint64> retryAfterMs)
{
    if (retryAfterMs && *retryAfterMs > delay)
        return *retryAfterMs;
    return delay;
}

} // namespace

Backoff::Backoff(BackoffPolicy policy, RandomSource random)
    : m_policy(policy), m_random(std::move(random))
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

qint64 Backoff::ceilingMs(int failures) const
{
    const qint64 base = std::max<qint64>(0, m_policy.baseMs);
    const qint64 cap = std::max<qint64>(0, m_policy.capMs);
    qint64 ceiling = base;
    // Doubling stops at the cap, so large failure counts cannot overflow.
    for (int i = 1; i < failures && ceiling < cap; ++i)
        ceiling *= 2;
    return std::min(ceiling, cap);
}

std::optional<qint64> Backoff::delayMs(int failures, std::optional<qint64> retryAfterMs) const
{
    if (failures < 1)
        failures = 1;
    if (failures >= m_policy.maxAttempts)
        return std::nullopt;
    const double draw = std::clamp(m_random(), 0.0, 1.0);
    const auto jittered
        = static_cast<qint64>(std::floor(draw * static_cast<double>(ceilingMs(failures))));
    return honourRetryAfter(jittered, retryAfterMs);
}

std::optional<qint64> Backoff::pairLimitDelayMs(
    int failures, std::optional<qint64> retryAfterMs) const
{
    if (failures < 1)
        failures = 1;
    if (failures >= m_policy.maxPairLimitAttempts)
        return std::nullopt;
    qint64 seconds = 1;
    for (int n = 1; n < failures && seconds < (qint64(1) << 40); ++n)
        seconds *= 4;
    return honourRetryAfter(seconds * 1000, retryAfterMs);
}

} // namespace megaphone
