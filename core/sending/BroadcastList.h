#pragma once

#include "Broadcast.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <memory>

namespace megaphone {

class Database;

// One broadcast as the Broadcasts page and the tray notifier see it: what it is, where
// it stands, and how many of its recipients are in each state.
struct BroadcastSummary
{
    qint64 id = 0;
    QString name;
    qint64 accountId = 0;
    QString accountLabel; // empty when the broadcast has no account yet
    BroadcastStatus status = BroadcastStatus::Draft;
    qint64 scheduledAt = 0;
    qint64 resumeAt = 0; // running, but waiting for tier quota or a sending window
    QString pauseReason;
    qint64 createdAt = 0;
    qint64 startedAt = 0;
    qint64 finishedAt = 0;
    QHash<RecipientStatus, qint64> counts; // states with none are absent

    qint64 count(RecipientStatus state) const { return counts.value(state); }
    qint64 total() const;
    // Recipients with an outcome: neither pending nor being sent.
    qint64 done() const;
    // Reached the provider: sent, delivered or read (each later state includes the earlier).
    qint64 sentOrLater() const;
    qint64 deliveredOrLater() const;

    friend bool operator==(const BroadcastSummary &, const BroadcastSummary &) = default;
};

// Every broadcast with its recipient counts, in two set-based queries whatever the
// number of broadcasts (one over broadcasts and their accounts, one GROUP BY over
// recipients), so a page can poll it every second.
class BroadcastList
{
    Q_DECLARE_TR_FUNCTIONS(BroadcastList)

public:
    explicit BroadcastList(std::shared_ptr<const Database> db);

    // Newest first, with counts.
    Result<QList<BroadcastSummary>> all();
    // Newest first, without counts (one query): enough to notice status changes.
    Result<QList<BroadcastSummary>> statuses();

private:
    Result<QHash<qint64, QHash<RecipientStatus, qint64>>> countsByBroadcast();

    std::shared_ptr<const Database> m_db;
};

} // namespace megaphone
