#pragma once

#include <QCoreApplication>
#include <QString>

namespace megaphone {

// Times and durations as the dashboard says them to a marketer.
class DashboardText
{
    Q_DECLARE_TR_FUNCTIONS(DashboardText)

public:
    // "45 s", "12 min", "3 h 20 min", "4 days 3 h".
    static QString duration(qint64 ms);
    // "at 15:05" today, "tomorrow at 09:00", else "on Tue 3 Dec at 15:05" (local time).
    static QString clockTime(qint64 atMs, qint64 nowMs);
    // "12.5" or "80" messages per second.
    static QString rate(double mps);
};

} // namespace megaphone
