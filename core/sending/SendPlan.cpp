#include "SendPlan.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace megaphone {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr int kMaxDays = 3650; // beyond ten years a plan says nothing useful

} // namespace

SendPlan SendPlan::make(const Input &input)
{
    SendPlan plan;
    plan.recipients = std::max<qint64>(0, input.recipients);
    if (plan.recipients == 0)
        return plan;
    const int mps = std::max(1, input.mps);
    const qint64 openSeconds = input.windowMinutes > 0 ? qint64(input.windowMinutes) * 60 : 86400;
    const qint64 byRate = qint64(mps) * openSeconds;
    qint64 remaining = plan.recipients;
    for (int day = 1; remaining > 0; ++day) {
        if (day > kMaxDays) {
            plan.possible = false;
            plan.days.clear();
            return plan;
        }
        qint64 capacity = byRate;
        if (input.tier > 0)
            capacity = std::min<qint64>(capacity, input.tier - (day == 1 ? input.tierUsed : 0));
        const qint64 today = std::clamp<qint64>(capacity, 0, remaining);
        if (today > 0)
            plan.days.append({day, today});
        remaining -= today;
        if (remaining == 0) {
            const qint64 sendingMs = qint64(std::ceil(double(today) * 1000.0 / mps));
            plan.durationMs = qint64(day - 1) * kDayMs + sendingMs;
        }
    }
    return plan;
}

QString SendPlan::describe() const
{
    if (!possible)
        return tr("never: the messaging tier or the sending window lets nothing through");
    if (recipients == 0)
        return tr("nothing to send");
    if (days.size() <= 1 && durationMs < kDayMs) {
        const qint64 minutes = (durationMs + 59999) / 60000;
        if (minutes < 60)
            return tr("about %n minute(s)", nullptr, int(std::max<qint64>(1, minutes)));
        return tr("about %n hour(s)", nullptr, int((minutes + 59) / 60));
    }
    const int total = days.isEmpty() ? 0 : days.last().day;
    return tr("%n day(s), at most %1 a day", nullptr, total)
        .arg(QLocale().toString(std::max_element(days.begin(), days.end(),
                                                 [](const Day &a, const Day &b) {
                                                     return a.messages < b.messages;
                                                 })->messages));
}

} // namespace megaphone
