#include "BroadcastControl.h"

#include "AuditLog.h"
#include "BroadcastStore.h"
#include "Logging.h"
#include "TeamSettings.h"

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

constexpr qint64 minuteMs = 60 * 1000;

} // namespace

BroadcastControl::BroadcastControl(std::shared_ptr<const Database> db, QString actor)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
{
}

Result<Broadcast> BroadcastControl::load(qint64 id)
{
    auto found = BroadcastStore(m_db).find(id);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(u"not-found"_s, tr("There is no broadcast %1.").arg(id));
    return *found.value();
}

Result<StartOutcome> BroadcastControl::send(qint64 id, qint64 nowMs)
{
    auto broadcast = load(id);
    if (!broadcast)
        return broadcast.error();
    if (broadcast->status != BroadcastStatus::Draft)
        return makeError(u"wrong-state"_s,
                         tr("Broadcast %1 is %2; only a draft can be sent.")
                             .arg(QString::number(id), broadcastStatusToString(broadcast->status)));
    if (broadcast->scheduledAt > nowMs) {
        auto moved = BroadcastStore(m_db).transition(id, {BroadcastStatus::Draft},
                                                     BroadcastStatus::Scheduled);
        if (!moved)
            return moved.error();
        if (!moved.value())
            return makeError(u"wrong-state"_s, tr("Broadcast %1 changed meanwhile.").arg(id));
        return StartOutcome{BroadcastStatus::Scheduled, {}};
    }
    return start(broadcast.value(), {BroadcastStatus::Draft}, nowMs);
}

Result<StartOutcome> BroadcastControl::confirm(qint64 id, qint64 nowMs)
{
    auto broadcast = load(id);
    if (!broadcast)
        return broadcast.error();
    if (broadcast->status != BroadcastStatus::AwaitingConfirmation)
        return makeError(u"wrong-state"_s,
                         tr("Broadcast %1 is %2; only a broadcast whose schedule was missed "
                            "waits for confirmation.")
                             .arg(QString::number(id), broadcastStatusToString(broadcast->status)));
    return start(broadcast.value(), {BroadcastStatus::AwaitingConfirmation}, nowMs);
}

// Materialising twice is harmless (contacts already recipients are left alone), so the
// audience goes in first and the status moves after: a broadcast is never `running`
// without its recipients.
Result<StartOutcome> BroadcastControl::start(const Broadcast &broadcast,
                                             const QList<BroadcastStatus> &from, qint64 nowMs)
{
    auto cap = TeamSettings(m_db).frequencyCapHours();
    if (!cap)
        return cap.error();
    auto counts = SendingStore(m_db).materialise(broadcast.id, Audience::fromJson(broadcast.audience),
                                                 cap.value(), nowMs);
    if (!counts)
        return counts.error();
    auto moved = BroadcastStore(m_db).transition(broadcast.id, from, BroadcastStatus::Running);
    if (!moved)
        return moved.error();
    if (!moved.value())
        return makeError(u"wrong-state"_s, tr("Broadcast %1 changed meanwhile.").arg(broadcast.id));
    qCInfo(lcSend) << "broadcast" << broadcast.id << "started:" << counts->pending << "queued";
    return StartOutcome{BroadcastStatus::Running, counts.value()};
}

Result<DueOutcome> BroadcastControl::startDue(qint64 accountId, qint64 nowMs)
{
    auto due = BroadcastStore(m_db).dueScheduled(accountId, nowMs);
    if (!due)
        return due.error();
    auto grace = TeamSettings(m_db).missedScheduleGraceMinutes();
    if (!grace)
        return grace.error();
    DueOutcome outcome;
    for (const Broadcast &broadcast : due.value()) {
        if (nowMs - broadcast.scheduledAt > grace.value() * minuteMs) {
            auto moved = BroadcastStore(m_db).transition(
                broadcast.id, {BroadcastStatus::Scheduled}, BroadcastStatus::AwaitingConfirmation,
                tr("The scheduled time was missed by more than %n minute(s); confirm to send "
                   "it now.",
                   nullptr, grace.value()));
            if (!moved)
                return moved.error();
            if (moved.value())
                outcome.awaitingConfirmation << broadcast.id;
            continue;
        }
        auto started = start(broadcast, {BroadcastStatus::Scheduled}, nowMs);
        if (!started)
            return started.error();
        outcome.started << broadcast.id;
    }
    return outcome;
}

Result<void> BroadcastControl::move(qint64 id, const QList<BroadcastStatus> &from,
                                    BroadcastStatus to, const QString &reason,
                                    const QString &refusal)
{
    auto broadcast = load(id);
    if (!broadcast)
        return broadcast.error();
    auto moved = BroadcastStore(m_db).transition(id, from, to, reason);
    if (!moved)
        return moved.error();
    if (!moved.value())
        return makeError(u"wrong-state"_s,
                         refusal.arg(QString::number(id), broadcastStatusToString(broadcast->status)));
    return {};
}

Result<void> BroadcastControl::pause(qint64 id, const QString &reason)
{
    return move(id, {BroadcastStatus::Running}, BroadcastStatus::Paused, reason,
                tr("Broadcast %1 is %2; only a running broadcast can be paused."));
}

Result<void> BroadcastControl::resume(qint64 id)
{
    return move(id, {BroadcastStatus::Paused}, BroadcastStatus::Running, {},
                tr("Broadcast %1 is %2; only a paused broadcast can be resumed."));
}

Result<void> BroadcastControl::cancel(qint64 id)
{
    return move(id,
                {BroadcastStatus::Draft, BroadcastStatus::Scheduled,
                 BroadcastStatus::AwaitingConfirmation, BroadcastStatus::Running,
                 BroadcastStatus::Paused},
                BroadcastStatus::Cancelled, {},
                tr("Broadcast %1 is already %2."));
}

Result<void> BroadcastControl::retryAllowed(qint64 id)
{
    auto broadcast = load(id);
    if (!broadcast)
        return broadcast.error();
    if (broadcast->status == BroadcastStatus::Cancelled || broadcast->status == BroadcastStatus::Draft)
        return makeError(u"wrong-state"_s,
                         tr("Broadcast %1 is %2; nothing of it can be sent again.")
                             .arg(QString::number(id), broadcastStatusToString(broadcast->status)));
    return {};
}

Result<int> BroadcastControl::retryFailed(qint64 id)
{
    if (auto allowed = retryAllowed(id); !allowed)
        return allowed.error();
    return requeued(id, u"broadcast.retry_failed"_s, SendingStore(m_db).retryFailed(id));
}

Result<int> BroadcastControl::retryUnknown(qint64 id)
{
    if (auto allowed = retryAllowed(id); !allowed)
        return allowed.error();
    return requeued(id, u"broadcast.retry_unknown"_s, SendingStore(m_db).retryUnknown(id));
}

// A paused broadcast stays paused (the user resumes it); a completed one runs again.
Result<int> BroadcastControl::requeued(qint64 id, const QString &action, Result<int> count)
{
    if (!count)
        return count.error();
    if (auto logged = AuditLog(m_db).record(m_actor, action, u"broadcast/"_s + QString::number(id),
                                            {{u"recipients"_s, count.value()}});
        !logged)
        qCWarning(lcSend) << "audit log:" << logged.error().message;
    if (count.value() > 0) {
        auto moved = BroadcastStore(m_db).transition(id, {BroadcastStatus::Completed},
                                                     BroadcastStatus::Running);
        if (!moved)
            return moved.error();
    }
    return count.value();
}

} // namespace megaphone
