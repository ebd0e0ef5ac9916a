#pragma once

#include "Broadcast.h"
#include "Result.h"
#include "SendingStore.h"

#include <QCoreApplication>
#include <QList>

#include <memory>

namespace megaphone {

class Database;

// What `send` or `confirm` did: the status the broadcast is in now, and when it started,
// how its audience was sorted.
struct StartOutcome
{
    BroadcastStatus status = BroadcastStatus::Draft;
    AudienceCounts counts;
};

struct DueOutcome
{
    QList<qint64> started;
    QList<qint64> awaitingConfirmation; // the schedule was missed by more than the grace
};

// The user's and the scheduler's moves of a broadcast (DESIGN.md section 3), each allowed
// only from the states it makes sense in, with a specific error otherwise. The audience is
// materialised when a broadcast starts (consent, opt-out and the frequency cap enforced in
// SQL), then it is `running` for whichever dispatcher holds its account.
class BroadcastControl
{
    Q_DECLARE_TR_FUNCTIONS(BroadcastControl)

public:
    // `actor` names who acts in the audit log: "user", "cli", "scheduler".
    explicit BroadcastControl(std::shared_ptr<const Database> db, QString actor = QStringLiteral("user"));

    // A draft: `scheduled` when its scheduled_at is later than now, else started now.
    Result<StartOutcome> send(qint64 id, qint64 nowMs);
    // A missed schedule the user confirms: started now.
    Result<StartOutcome> confirm(qint64 id, qint64 nowMs);
    // Scheduled broadcasts of an account (0: every account) whose time has come start,
    // unless the schedule was missed by more than the team's grace (the machine was off):
    // those wait in `awaiting_confirmation` instead of blasting late.
    Result<DueOutcome> startDue(qint64 accountId, qint64 nowMs);

    Result<void> pause(qint64 id, const QString &reason);
    Result<void> resume(qint64 id);
    Result<void> cancel(qint64 id);
    // Counted user actions, written to the audit log with their count; a completed
    // broadcast with recipients queued again runs again. A cancelled one is refused.
    Result<int> retryFailed(qint64 id);
    Result<int> retryUnknown(qint64 id);

private:
    Result<Broadcast> load(qint64 id);
    Result<StartOutcome> start(const Broadcast &broadcast, const QList<BroadcastStatus> &from,
                               qint64 nowMs);
    Result<void> move(qint64 id, const QList<BroadcastStatus> &from, BroadcastStatus to,
                      const QString &reason, const QString &refusal);
    Result<int> requeued(qint64 id, const QString &action, Result<int> count);
    Result<void> retryAllowed(qint64 id);

    std::shared_ptr<const Database> m_db;
    QString m_actor;
};

} // namespace megaphone
