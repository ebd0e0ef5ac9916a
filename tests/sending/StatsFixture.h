#pragma once

#include "DispatcherFixture.h"

#include <QString>

namespace megaphone::test {

// A broadcast with a known set of recipient states for the dashboard's tests, all times
// relative to `nowMs`. Twenty recipients in id order:
//   2 pending; 1 sending; 5 sent 2 s ago; 3 delivered and 2 read (one replied) sent 10 s
//   ago; 2 failed 131026 and 1 failed 131050; 2 skipped opted-out; 1 unknown; 1 sent
//   60 s ago and claimed 23 h ago (the oldest in the quota window).
// The account: throughput 1000/s, a portfolio of tier 100; the broadcast: running since
// 10 minutes, max_mps 50.
class StatsFixture : public DispatcherFixture
{
public:
    struct Known
    {
        qint64 accountId = 0;
        qint64 broadcastId = 0;
        QList<qint64> recipientIds; // in id order
    };

    // Account, contacts and a running broadcast whose 20 recipients are all pending.
    Known addPendingBroadcast(qint64 nowMs, qint64 accountId = 0);
    // addPendingBroadcast, then the states above.
    Known addKnownBroadcast(qint64 nowMs);

    // Sets one recipient's status and times (0: NULL); the error code and title when given.
    void setRecipient(qint64 id, const QString &status, qint64 claimedAt, qint64 sentAt = 0,
                      const QString &code = {}, const QString &title = {});
    void exec(const QString &sql, const QVariantList &values);
};

} // namespace megaphone::test
