#include "Clock.h"

#include <QDateTime>

#include <atomic>

namespace megaphone {

namespace {
std::atomic<qint64> g_fixedMs{0};
}

qint64 Clock::nowMs()
{
    const qint64 fixed = g_fixedMs.load(std::memory_order_relaxed);
    return fixed != 0 ? fixed : QDateTime::currentMSecsSinceEpoch();
}

void Clock::setFixedForTesting(qint64 ms)
{
    g_fixedMs.store(ms, std::memory_order_relaxed);
}

} // namespace megaphone
