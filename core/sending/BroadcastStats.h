#pragma once

#include "Broadcast.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <algorithm>

#include <memory>

namespace megaphone {

class Database;

// The funnel of one broadcast, read the way a marketer reads a funnel: each stage counts
// the recipients who got at least that far, so the stages only narrow.
//   total      every recipient of the broadcast, skipped ones included
//   pending    waiting to be sent (new, or a retry that is not due yet)
//   sending    claimed by a dispatcher, the request in flight
//   sent       accepted by WhatsApp: status sent, delivered or read
//   delivered  reached the phone: status delivered or read (so delivered includes read)
//   read       opened: status read
//   replied    wrote back (replied_at set), whatever the status
//   failed     refused by WhatsApp or failed after acceptance (status failed)
//   skipped    never sent: opted out, no consent, frequency cap (status skipped)
//   unknown    the outcome cannot be known: a timeout after the request left (status unknown)
// pending + sending + sent + failed + skipped + unknown = total.
struct FunnelCounts
{
    qint64 total = 0;
    qint64 pending = 0;
    qint64 sending = 0;
    qint64 sent = 0;
    qint64 delivered = 0;
    qint64 read = 0;
    qint64 replied = 0;
    qint64 failed = 0;
    qint64 skipped = 0;
    qint64 unknown = 0;

    // Share of the total in percent (0 when there are no recipients).
    double percentOf(qint64 count) const;
    // Still to go: pending and sending.
    qint64 remaining() const { return pending + sending; }
};

// Messages accepted (by sent_at) per bucket, as a rate in messages per second.
struct ThroughputPoint
{
    qint64 atMs = 0;     // the bucket's start
    double perSecond = 0;
};

struct ThroughputSeries
{
    qint64 fromMs = 0;   // the chart's span [fromMs, toMs)
    qint64 toMs = 0;
    qint64 bucketMs = 1000;
    QList<ThroughputPoint> points; // every bucket of the span, empty ones as 0
    double capMps = 0;   // the line to draw against: the effective cap of the sending number
    double recentMps = 0; // the rate of the last 30 s while running, else 0
};

// Recipients that did not make it, grouped by status and error code.
struct FailureReason
{
    RecipientStatus status = RecipientStatus::Failed; // failed, skipped or unknown
    QString code;        // the provider's code or one of ours (opted-out...); may be empty
    QString explanation; // in words, in the user's language
    qint64 count = 0;
};

// The sending number's portfolio quota: unique people reached in a rolling 24 h.
struct QuotaFigures
{
    bool limited = false; // false: no portfolio or an unlimited tier
    qint64 used = 0;
    qint64 limit = 0;
    qint64 nextFreeAtMs = 0; // when the oldest counted person leaves the window; 0: none
    qint64 left() const { return limited ? std::max<qint64>(0, limit - used) : 0; }
};

struct EtaEstimate
{
    qint64 remaining = 0;
    double rateMps = 0;       // the rate the estimate assumes
    bool rateFromCap = false; // nothing sent lately: assumes the cap
    bool waitsForQuota = false; // more remain than the quota has left
    qint64 finishAtMs = 0;    // 0: nothing left, or no rate to estimate from
};

// Everything the dashboard shows for one broadcast, read at `readAtMs`.
struct BroadcastSnapshot
{
    qint64 broadcastId = 0;
    QString name;
    BroadcastStatus status = BroadcastStatus::Draft;
    QString pauseReason;
    qint64 resumeAtMs = 0;
    qint64 startedAtMs = 0;
    qint64 finishedAtMs = 0;
    qint64 readAtMs = 0;
    FunnelCounts funnel;
    ThroughputSeries throughput;
    QList<FailureReason> failures; // most frequent first
    QuotaFigures quota;
    EtaEstimate eta;
    // A delivery status has come back by webhook for some message of the sending account;
    // until then "sent" only means "accepted" and nothing is known about delivery.
    bool webhooksSeen = false;
};

// The dashboard's figures for one broadcast, in a few set-based queries on SQLite and
// PostgreSQL. No widgets: the dashboard runs read() off the GUI thread.
class BroadcastStats
{
    Q_DECLARE_TR_FUNCTIONS(BroadcastStats)

public:
    explicit BroadcastStats(std::shared_ptr<const Database> db);

    Result<BroadcastSnapshot> read(qint64 broadcastId, qint64 nowMs);

    // The broadcasts worth a dashboard, from BroadcastStore::list() (newest first): running
    // and paused ones first, then the most recent others that have started; at most `limit`.
    static QList<Broadcast> pickable(const QList<Broadcast> &newestFirst, int limit);

    // The throughput chart's span and bucket: the last 5 minutes per second while running;
    // else the broadcast's whole sending time, per second up to 5 minutes, longer ones in
    // buckets of a minute or more (at most ~360 points).
    static ThroughputSeries throughputSpan(BroadcastStatus status, qint64 startedAtMs,
                                           qint64 endAtMs, qint64 nowMs);

    // When the remaining recipients are done from `startMs`: at the recent rate (else the
    // cap); those beyond the quota left wait for capacity to free, about `limit` more per
    // 24 h from quota.nextFreeAtMs. An estimate: phones already counted in the window
    // do not use quota, and the estimate ignores that.
    static EtaEstimate estimate(qint64 remaining, double recentMps, double capMps,
                                const QuotaFigures &quota, qint64 startMs);

private:
    struct Setup;
    Result<Setup> readSetup(qint64 broadcastId);
    Result<FunnelCounts> readFunnel(qint64 broadcastId);
    Result<void> readThroughput(qint64 broadcastId, qint64 startedAtMs, ThroughputSeries &series);
    Result<QList<FailureReason>> readFailures(qint64 broadcastId, const QString &provider);
    Result<bool> readWebhooksSeen(qint64 accountId);

    std::shared_ptr<const Database> m_db;
};

} // namespace megaphone
