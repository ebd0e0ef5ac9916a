#include "BroadcastStats.h"

#include "AnswerClassifier.h"
#include "Database.h"
#include "SendingStore.h"
#include "Sql.h"
#include "TeamSettings.h"
#include "TokenBucket.h"

#include <QHash>
#include <QVariant>

#include <cmath>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

constexpr qint64 kSecondMs = 1000;
constexpr qint64 kDayMs = 24 * 3600 * kSecondMs;
constexpr qint64 kLiveSpanMs = 5 * 60 * kSecondMs;
constexpr qint64 kRecentMs = 30 * kSecondMs;
constexpr qint64 kMaxPoints = 360;
constexpr int kDefaultMps = 80; // as the dispatcher: Meta's standard throughput per number

bool isActive(BroadcastStatus status)
{
    return status == BroadcastStatus::Running || status == BroadcastStatus::Paused;
}

// Rows of `recipients` (the status column as text) folded into the funnel's stages.
void addToFunnel(FunnelCounts &f, const QString &status, qint64 count)
{
    f.total += count;
    const auto parsed = recipientStatusFromString(status);
    switch (parsed.value_or(RecipientStatus::Unknown)) {
    case RecipientStatus::Pending: f.pending += count; break;
    case RecipientStatus::Sending: f.sending += count; break;
    case RecipientStatus::Read: f.read += count; [[fallthrough]];
    case RecipientStatus::Delivered: f.delivered += count; [[fallthrough]];
    case RecipientStatus::Sent: f.sent += count; break;
    case RecipientStatus::Failed: f.failed += count; break;
    case RecipientStatus::Skipped: f.skipped += count; break;
    case RecipientStatus::Unknown: f.unknown += count; break;
    }
}

qint64 chooseBucket(qint64 spanMs)
{
    static const qint64 steps[] = {60 * kSecondMs, 5 * 60 * kSecondMs, 15 * 60 * kSecondMs,
                                   3600 * kSecondMs, 6 * 3600 * kSecondMs, kDayMs};
    for (qint64 step : steps) {
        if (spanMs / step <= kMaxPoints)
            return step;
    }
    return kDayMs * ((spanMs / kDayMs) / kMaxPoints + 1);
}

} // namespace

double FunnelCounts::percentOf(qint64 count) const
{
    return total > 0 ? 100.0 * double(count) / double(total) : 0.0;
}

struct BroadcastStats::Setup
{
    BroadcastSnapshot snapshot;
    qint64 accountId = 0;
    QString provider;
    int accountMps = 0;
    int maxMps = 0;
    qint64 portfolioId = 0;
    int tier = 0;
};

BroadcastStats::BroadcastStats(std::shared_ptr<const Database> db) : m_db(std::move(db)) { }

Result<BroadcastSnapshot> BroadcastStats::read(qint64 broadcastId, qint64 nowMs)
{
    auto setup = readSetup(broadcastId);
    if (!setup)
        return setup.error();
    BroadcastSnapshot s = setup->snapshot;
    s.readAtMs = nowMs;

    auto funnel = readFunnel(broadcastId);
    if (!funnel)
        return funnel.error();
    s.funnel = funnel.value();

    const qint64 endMs = s.finishedAtMs > 0 ? s.finishedAtMs : nowMs;
    s.throughput = throughputSpan(s.status, s.startedAtMs, endMs, nowMs);
    auto teamCap = TeamSettings(m_db).maxMessagesPerSecond();
    if (!teamCap)
        return teamCap.error();
    double userCap = teamCap.value() > 0 ? teamCap.value() : 0;
    if (setup->maxMps > 0)
        userCap = userCap > 0 ? std::min<double>(userCap, setup->maxMps) : setup->maxMps;
    s.throughput.capMps = TokenBucket::effectiveCap(
        setup->accountMps > 0 ? setup->accountMps : kDefaultMps, userCap);
    if (auto done = readThroughput(broadcastId, s.startedAtMs, s.throughput); !done)
        return done.error();

    auto failures = readFailures(broadcastId, setup->provider);
    if (!failures)
        return failures.error();
    s.failures = failures.value();

    if (setup->portfolioId > 0 && setup->tier > 0) {
        auto usage = SendingStore(m_db).quotaUsage(setup->portfolioId, nowMs);
        if (!usage)
            return usage.error();
        s.quota = {true, usage->used, setup->tier, usage->nextFreeAtMs};
    }

    s.webhooksSeen = s.funnel.delivered > 0;
    if (!s.webhooksSeen) {
        auto seen = readWebhooksSeen(setup->accountId);
        if (!seen)
            return seen.error();
        s.webhooksSeen = seen.value();
    }

    const double recent = s.status == BroadcastStatus::Running ? s.throughput.recentMps : 0;
    const qint64 startMs = std::max(nowMs, s.resumeAtMs);
    if (isActive(s.status))
        s.eta = estimate(s.funnel.remaining(), recent, s.throughput.capMps, s.quota, startMs);
    else
        s.eta.remaining = s.funnel.remaining();
    return s;
}

Result<BroadcastStats::Setup> BroadcastStats::readSetup(qint64 broadcastId)
{
    auto q = Sql::exec(m_db->connection(),
        u"SELECT b.name, b.status, b.pause_reason, b.resume_at, b.started_at, b.finished_at, "
        "b.max_mps, b.account_id, a.provider, a.throughput_mps, a.portfolio_id, "
        "p.messaging_tier FROM broadcasts b LEFT JOIN accounts a ON a.id = b.account_id "
        "LEFT JOIN portfolios p ON p.id = a.portfolio_id WHERE b.id = ?"_s,
        {broadcastId}, tr("read the broadcast"));
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(u"not-found"_s, tr("The broadcast no longer exists."));
    Setup setup;
    BroadcastSnapshot &s = setup.snapshot;
    s.broadcastId = broadcastId;
    s.name = q->value(0).toString();
    s.status = broadcastStatusFromString(q->value(1).toString()).value_or(BroadcastStatus::Draft);
    s.pauseReason = q->value(2).toString();
    s.resumeAtMs = q->value(3).toLongLong();
    s.startedAtMs = q->value(4).toLongLong();
    s.finishedAtMs = q->value(5).toLongLong();
    setup.maxMps = q->value(6).toInt();
    setup.accountId = q->value(7).toLongLong();
    setup.provider = q->value(8).toString();
    setup.accountMps = q->value(9).toInt();
    setup.portfolioId = q->value(10).toLongLong();
    setup.tier = q->value(11).toInt();
    return setup;
}

Result<FunnelCounts> BroadcastStats::readFunnel(qint64 broadcastId)
{
    auto q = Sql::exec(m_db->connection(),
        // Counted on the index (broadcast_id, status, id); replies on their partial index.
        u"SELECT status, COUNT(*), (SELECT COUNT(*) FROM recipients r WHERE r.broadcast_id = ? "
        "AND r.replied_at IS NOT NULL) FROM recipients WHERE broadcast_id = ? GROUP BY status"_s,
        {broadcastId, broadcastId}, tr("count the broadcast's recipients"));
    if (!q)
        return q.error();
    FunnelCounts funnel;
    while (q->next()) {
        addToFunnel(funnel, q->value(0).toString(), q->value(1).toLongLong());
        funnel.replied = q->value(2).toLongLong();
    }
    return funnel;
}

Result<void> BroadcastStats::readThroughput(qint64 broadcastId, qint64 startedAtMs,
                                            ThroughputSeries &series)
{
    QList<qint64> counts((series.toMs - series.fromMs) / series.bucketMs, 0);
    if (!counts.isEmpty()) {
        auto q = Sql::exec(m_db->connection(),
            u"SELECT (sent_at - CAST(? AS BIGINT)) / CAST(? AS BIGINT), COUNT(*) FROM recipients "
            "WHERE broadcast_id = ? AND sent_at >= ? AND sent_at < ? GROUP BY 1"_s,
            {series.fromMs, series.bucketMs, broadcastId, series.fromMs, series.toMs},
            tr("count the messages sent per second"));
        if (!q)
            return q.error();
        while (q->next()) {
            const qint64 index = q->value(0).toLongLong();
            if (index >= 0 && index < counts.size())
                counts[index] = q->value(1).toLongLong();
        }
    }
    const double bucketSeconds = double(series.bucketMs) / kSecondMs;
    qint64 recentCount = 0;
    for (qsizetype i = 0; i < counts.size(); ++i) {
        const qint64 at = series.fromMs + i * series.bucketMs;
        series.points.append({at, double(counts[i]) / bucketSeconds});
        if (at >= series.toMs - kRecentMs)
            recentCount += counts[i];
    }
    if (series.bucketMs == kSecondMs && !counts.isEmpty()) {
        // Over the last 30 s, or since the start when that is nearer.
        const qint64 since = std::max(series.toMs - kRecentMs, startedAtMs);
        const qint64 seconds = std::max<qint64>(1, (series.toMs - since) / kSecondMs);
        series.recentMps = double(recentCount) / double(seconds);
    }
    return {};
}

Result<QList<FailureReason>> BroadcastStats::readFailures(qint64 broadcastId,
                                                         const QString &provider)
{
    auto q = Sql::exec(m_db->connection(),
        u"SELECT status, COALESCE(error_code, ''), MAX(error_title), COUNT(*) FROM recipients "
        "WHERE broadcast_id = ? AND status IN ('failed', 'skipped', 'unknown') "
        "GROUP BY status, COALESCE(error_code, '') ORDER BY 4 DESC, 1, 2"_s,
        {broadcastId}, tr("group the broadcast's failures"));
    if (!q)
        return q.error();
    QList<FailureReason> reasons;
    while (q->next()) {
        FailureReason reason;
        reason.status = recipientStatusFromString(q->value(0).toString())
                            .value_or(RecipientStatus::Failed);
        reason.code = q->value(1).toString();
        reason.count = q->value(3).toLongLong();
        bool numeric = false;
        const int code = reason.code.toInt(&numeric);
        if (numeric) {
            reason.explanation = provider == u"twilio" ? AnswerClassifier::twilioExplanation(code)
                                                      : AnswerClassifier::metaExplanation(code);
        }
        if (reason.explanation.isEmpty())
            reason.explanation = q->value(2).toString();
        if (reason.explanation.isEmpty() && reason.status == RecipientStatus::Unknown)
            reason.explanation = tr("No answer came back in time: the message may or may not "
                                    "have gone out. It is not sent again by itself.");
        if (reason.explanation.isEmpty())
            reason.explanation = tr("No reason was given.");
        reasons.append(reason);
    }
    return reasons;
}

Result<bool> BroadcastStats::readWebhooksSeen(qint64 accountId)
{
    // Only a status callback moves a row to delivered or read, or fails it after it was sent.
    auto q = Sql::exec(m_db->connection(),
        u"SELECT 1 FROM recipients r JOIN broadcasts b ON b.id = r.broadcast_id "
        "WHERE b.account_id = ? AND (r.status IN ('delivered', 'read') "
        "OR (r.status = 'failed' AND r.sent_at IS NOT NULL)) LIMIT 1"_s,
        {accountId}, tr("check for delivery reports"));
    if (!q)
        return q.error();
    return q->next();
}

QList<Broadcast> BroadcastStats::pickable(const QList<Broadcast> &newestFirst, int limit)
{
    QList<Broadcast> active;
    QList<Broadcast> others;
    for (const Broadcast &b : newestFirst) {
        if (isActive(b.status))
            active.append(b);
        else if (b.startedAt > 0)
            others.append(b);
    }
    QList<Broadcast> result = active + others;
    if (result.size() > limit)
        result.resize(limit);
    return result;
}

ThroughputSeries BroadcastStats::throughputSpan(BroadcastStatus status, qint64 startedAtMs,
                                                qint64 endAtMs, qint64 nowMs)
{
    ThroughputSeries series;
    if (status == BroadcastStatus::Running || startedAtMs <= 0) {
        // The last whole seconds: the current one is still filling.
        series.toMs = nowMs - nowMs % kSecondMs;
        series.fromMs = series.toMs - kLiveSpanMs;
        return series;
    }
    const qint64 span = std::max<qint64>(kSecondMs, endAtMs - startedAtMs);
    series.bucketMs = span <= kLiveSpanMs ? kSecondMs : chooseBucket(span);
    series.fromMs = startedAtMs - startedAtMs % series.bucketMs;
    const qint64 buckets = (endAtMs - series.fromMs) / series.bucketMs + 1;
    series.toMs = series.fromMs + buckets * series.bucketMs;
    return series;
}

EtaEstimate BroadcastStats::estimate(qint64 remaining, double recentMps, double capMps,
                                     const QuotaFigures &quota, qint64 startMs)
{
    EtaEstimate eta;
    eta.remaining = remaining;
    eta.rateFromCap = recentMps <= 0;
    eta.rateMps = recentMps > 0 ? recentMps : capMps;
    if (remaining <= 0 || eta.rateMps <= 0)
        return eta;
    const auto sendingMs = [&](qint64 count) {
        // Less a hair, so 3 at 1/3 per second is 9 s, not 9.000000000000002 rounded up.
        return qint64(std::ceil(double(count) * kSecondMs / eta.rateMps - 1e-6));
    };
    const qint64 left = quota.left();
    if (!quota.limited || quota.limit <= 0 || remaining <= left) {
        eta.finishAtMs = startMs + sendingMs(remaining);
        return eta;
    }
    // Those within the quota go now; the rest, about `limit` a day as capacity frees.
    eta.waitsForQuota = true;
    const qint64 beyond = remaining - left;
    const qint64 fullDays = (beyond - 1) / quota.limit;
    const qint64 lastDay = beyond - fullDays * quota.limit;
    const qint64 firstFree = quota.nextFreeAtMs > 0 ? quota.nextFreeAtMs : startMs + kDayMs;
    eta.finishAtMs = std::max(firstFree, startMs + sendingMs(left)) + fullDays * kDayMs
                     + sendingMs(lastDay);
    return eta;
}

} // namespace megaphone
