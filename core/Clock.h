#pragma once

#include <QtGlobal>

namespace megaphone {

// The time source for everything that stores or compares a time: UTC unix
// milliseconds. Tests may move it.
class Clock
{
public:
    static qint64 nowMs();
    static void setFixedForTesting(qint64 ms); // 0 returns to the real clock
};

} // namespace megaphone
