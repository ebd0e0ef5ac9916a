#include "SendingWindow.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>
#include <set>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kDayMs = 24 * 60 * kMinuteMs;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

// Seconds east of UTC at the instant `utcMs`.
int offsetSeconds(const QTimeZone &zone, qint64 utcMs)
{
    if (!zone.isValid())
        return 0;
    return zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc()));
}

// Local wall time as "milliseconds since the local epoch".
qint64 localMs(const QTimeZone &zone, qint64 utcMs)
{
    return utcMs + qint64(offsetSeconds(zone, utcMs)) * 1000;
}

int localMinuteOfDay(const QTimeZone &zone, qint64 utcMs)
{
    const qint64 local = localMs(zone, utcMs);
    return static_cast<int>((local - floorDiv(local, kDayMs) * kDayMs) / kMinuteMs);
}

QString hhmm(int minutes)
{
    return u"%1:%2"_s.arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

SendingWindow::SendingWindow(int startMinute, int endMinute)
    : m_alwaysOpen(false), m_startMinute(startMinute), m_endMinute(endMinute)
{ }

Result<SendingWindow> SendingWindow::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return SendingWindow();
    // Hyphen, en dash or "to" between two H:MM or HH:MM times.
    static const QRegularExpression pattern(
        u"^(\\d{1,2}):(\\d{2})\\s*(?:-|\u2013|to)\\s*(\\d{1,2}):(\\d{2})$"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(trimmed);
    if (!match.hasMatch()) {
        return makeError(u"window-format"_s,
            tr("\"%1\" is not a sending window. Write it as HH:MM-HH:MM, for example "
               "09:00-20:00, or leave it empty to send at any hour.")
                .arg(trimmed));
    }
    int minutes[2] = { 0, 0 };
    for (int i = 0; i < 2; ++i) {
        const int hours = match.captured(1 + 2 * i).toInt();
        const int mins = match.captured(2 + 2 * i).toInt();
        const bool endOfDay = i == 1 && hours == 24 && mins == 0;
        if (!endOfDay && (hours > 23 || mins > 59)) {
            return makeError(u"window-time"_s,
                tr("%1 is not a time of day: use 00:00 to 23:59 (24:00 may end a window).")
                    .arg(match.captured(1 + 2 * i) + u':' + match.captured(2 + 2 * i)));
        }
        minutes[i] = hours * 60 + mins;
    }
    if (minutes[0] == minutes[1]) {
        return makeError(u"window-empty"_s,
            tr("The sending window opens and closes at the same time (%1). Leave it "
               "empty to send at any hour.")
                .arg(hhmm(minutes[0])));
    }
    return SendingWindow(minutes[0], minutes[1]);
}

QString SendingWindow::toString() const
{
    if (m_alwaysOpen)
        return {};
    return hhmm(m_startMinute) + u'-' + hhmm(m_endMinute);
}

bool SendingWindow::containsMinute(int minuteOfDay) const
{
    if (m_alwaysOpen)
        return true;
    if (m_startMinute < m_endMinute)
        return minuteOfDay >= m_startMinute && minuteOfDay < m_endMinute;
    return minuteOfDay >= m_startMinute || minuteOfDay < m_endMinute; // wraps past midnight
}

bool SendingWindow::isOpen(qint64 nowMs, const QTimeZone &zone) const
{
    return containsMinute(localMinuteOfDay(zone, nowMs));
}

qint64 SendingWindow::nextOpeningMs(qint64 nowMs, const QTimeZone &zone) const
{
    if (isOpen(nowMs, zone))
        return nowMs;
    // The window opens either where the local clock reaches the start minute or at a
    // time change that jumps into the window. Collect both kinds over the next few days
    // (a local day lasts at most ~25 h, and a zone may skip a whole date) and take the
    // earliest that really is open.
    const qint64 horizonMs = nowMs + 4 * kDayMs;
    std::set<int> offsets { offsetSeconds(zone, nowMs) };
    std::set<qint64> candidates;
    if (zone.isValid() && zone.hasTransitions()) {
        const QTimeZone::OffsetDataList transitions
            = zone.transitions(QDateTime::fromMSecsSinceEpoch(nowMs + 1, QTimeZone::utc()),
                QDateTime::fromMSecsSinceEpoch(horizonMs, QTimeZone::utc()));
        for (const QTimeZone::OffsetData &transition : transitions) {
            offsets.insert(transition.offsetFromUtc);
            candidates.insert(transition.atUtc.toMSecsSinceEpoch());
        }
    }
    const qint64 today = floorDiv(localMs(zone, nowMs), kDayMs);
    for (qint64 day = today - 1; day <= today + 4; ++day) {
        for (int offset : offsets)
            candidates.insert(day * kDayMs + m_startMinute * kMinuteMs - qint64(offset) * 1000);
    }
    for (qint64 candidate : candidates) {
        if (candidate > nowMs && candidate <= horizonMs && isOpen(candidate, zone))
            return candidate;
    }
    return nowMs; // unreachable for a real window: it opens at least once a day
}

} // namespace megaphone
