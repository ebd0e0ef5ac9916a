#pragma once

#include "Broadcast.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>

#include <memory>
#include <optional>

namespace megaphone {

class Database;

class BroadcastStore
{
    Q_DECLARE_TR_FUNCTIONS(BroadcastStore)

public:
    explicit BroadcastStore(std::shared_ptr<const Database> db);

    // Saves a new broadcast (normally a draft) and returns its id.
    Result<qint64> create(const Broadcast &broadcast);
    // Saves the editable fields of a draft; refused once it has started.
    Result<void> updateDraft(const Broadcast &broadcast);
    // Moves to `status`, with the reason when pausing. Sets started_at and
    // finished_at when a broadcast starts running or ends.
    Result<void> setStatus(qint64 id, BroadcastStatus status, const QString &pauseReason = {});
    // setStatus only while the broadcast is in one of `from`; false when it was not (it
    // changed meanwhile, or the move is not allowed), so two processes never both start it.
    Result<bool> transition(qint64 id, const QList<BroadcastStatus> &from, BroadcastStatus to,
                            const QString &pauseReason = {});
    // While a broadcast waits for tier quota or its sending window (0: not waiting).
    Result<void> setResumeAt(qint64 id, qint64 resumeAtMs);
    // Running broadcasts of an account that are not waiting past `nowMs`, oldest first.
    Result<QList<Broadcast>> runnable(qint64 accountId, qint64 nowMs);
    // Scheduled broadcasts whose time has come (accountId 0: of every account), oldest first.
    Result<QList<Broadcast>> dueScheduled(qint64 accountId, qint64 nowMs);
    Result<void> remove(qint64 id);
    Result<std::optional<Broadcast>> find(qint64 id);
    // Newest first.
    Result<QList<Broadcast>> list();

private:
    Result<QList<Broadcast>> select(const QString &where, const QVariantList &values);
    static QVariantList editableValues(const Broadcast &broadcast);

    std::shared_ptr<const Database> m_db;
};

} // namespace megaphone
