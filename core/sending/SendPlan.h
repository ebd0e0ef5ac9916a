#pragma once

#include <QCoreApplication>
#include <QList>

namespace megaphone {

// How long a broadcast will take and how it spreads over the days (the review step's ETA
// and daily plan): messages go at `mps` within the daily sending window, and the
// portfolio's messaging tier lets at most `tier` unique recipients through in any 24 h.
// For 10,000 recipients on a 250 tier: 40 days of 250.
struct SendPlan
{
    Q_DECLARE_TR_FUNCTIONS(SendPlan)

public:
    struct Input
    {
        qint64 recipients = 0;
        int mps = 80;
        int tier = 0;          // unique recipients per rolling 24 h; 0: unlimited
        qint64 tierUsed = 0;   // already used in the current 24 h
        int windowMinutes = 0; // minutes a day the sending window is open; 0: all day
    };
    struct Day
    {
        int day = 0; // 1 = the first day
        qint64 messages = 0;
    };

    qint64 recipients = 0;
    bool possible = true;  // false: the tier or window lets nothing through
    qint64 durationMs = 0; // from the start until the last message leaves
    QList<Day> days;       // one entry per day with messages

    static SendPlan make(const Input &input);
    // "about 2 minutes", "40 days (250 a day)", for the review step.
    QString describe() const;
};

} // namespace megaphone
