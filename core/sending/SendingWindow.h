#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QTimeZone>

namespace megaphone {

// An optional local sending window, "HH:MM-HH:MM", applied in each recipient's own time
// zone (see RecipientZoneResolver). The window is [start, end): "09:00-20:00" sends from
// 09:00:00 up to 19:59:59 local time. It may wrap past midnight ("21:00-08:00"); "24:00" is
// accepted as an end. A default-constructed window (or parse("")) is always open.
//
// Time changes: on a spring-forward day a start inside the skipped hour opens at the first
// local instant after the gap (e.g. 02:30 in Berlin opens at 03:00 CEST); on a fall-back
// day the repeated hour is judged by the local clock each time, so "02:00-02:30" opens
// twice. Pure logic: the time is passed in (UTC unix ms); an invalid zone counts as UTC.
class SendingWindow
{
    Q_DECLARE_TR_FUNCTIONS(megaphone::SendingWindow)

public:
    SendingWindow() = default;

    // Error codes: "window-format" (not "HH:MM-HH:MM"), "window-time" (not a time of day),
    // "window-empty" (opens and closes at the same minute).
    static Result<SendingWindow> parse(const QString &text);

    bool isAlwaysOpen() const { return m_alwaysOpen; }
    int startMinute() const { return m_startMinute; } // minutes after local midnight
    int endMinute() const { return m_endMinute; } // 1..1440
    QString toString() const; // "09:00-20:00", "" when always open

    bool isOpen(qint64 nowMs, const QTimeZone &zone) const;
    // The first instant >= nowMs at which the window is open (nowMs itself when open now).
    qint64 nextOpeningMs(qint64 nowMs, const QTimeZone &zone) const;

private:
    SendingWindow(int startMinute, int endMinute);
    bool containsMinute(int minuteOfDay) const;

    bool m_alwaysOpen = true;
    int m_startMinute = 0;
    int m_endMinute = 24 * 60;
};

} // namespace megaphone
