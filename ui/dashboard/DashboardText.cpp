#include "DashboardText.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace megaphone {

QString DashboardText::duration(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, (ms + 999) / 1000);
    const int minutes = int((seconds / 60) % 60);
    const int hours = int((seconds / 3600) % 24);
    const qint64 days = seconds / 86400;
    if (seconds < 60)
        return tr("%n s", nullptr, int(seconds));
    if (seconds < 3600)
        return tr("%n min", nullptr, int((seconds + 59) / 60));
    if (days == 0)
        return minutes > 0 ? tr("%1 h %2 min").arg(hours).arg(minutes) : tr("%n h", nullptr, hours);
    const QString dayText = tr("%n day(s)", nullptr, int(days));
    return hours > 0 ? tr("%1 %2 h").arg(dayText).arg(hours) : dayText;
}

QString DashboardText::clockTime(qint64 atMs, qint64 nowMs)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(atMs);
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs).date();
    const QLocale locale;
    const QString time = locale.toString(at.time(), QLocale::ShortFormat);
    if (at.date() == today)
        return tr("at %1").arg(time);
    if (at.date() == today.addDays(1))
        return tr("tomorrow at %1").arg(time);
    return tr("on %1 at %2").arg(locale.toString(at.date(), u"ddd d MMM"_s), time);
}

QString DashboardText::rate(double mps)
{
    const bool whole = std::abs(mps - std::round(mps)) < 0.05 || mps >= 10;
    return QLocale().toString(mps, 'f', whole ? 0 : 1);
}

} // namespace megaphone
