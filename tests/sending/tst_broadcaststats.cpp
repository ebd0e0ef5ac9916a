// The dashboard's figures for one broadcast from a known set of recipient states, on both
// database backends: the funnel, the throughput per second against the cap, failures grouped
// by code, the portfolio's quota, the ETA and whether delivery reports have arrived.
#include "AnswerClassifier.h"
#include "BroadcastStats.h"
#include "StatsFixture.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace megaphone;

namespace {
// Half a second past a whole second, so the live chart's last whole second ends 500 ms ago.
constexpr qint64 kNow = 1'800'000'000'500;
constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;
} // namespace

class TestBroadcastStats : public QObject, public test::StatsFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }
    void init() { MEGAPHONE_OPEN_TEST_DB(m_test); }
    void cleanup() { m_test.reset(); }

    void funnelCountsEachStage();
    void throughputPerSecondAgainstTheCap();
    void failuresGroupedByCode();
    void quotaOfThePortfolio();
    void etaFromTheRecentRate();
    void webhooksSeenForTheAccount();
    void missingBroadcastIsAnError();

    // Pure logic, once.
    void estimate_data();
    void estimate();
    void throughputSpanOfFinishedBroadcasts();
    void pickableRunningFirst();
};

void TestBroadcastStats::funnelCountsEachStage()
{
    const Known known = addKnownBroadcast(kNow);
    const auto s = BroadcastStats(db()).read(known.broadcastId, kNow);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
    const FunnelCounts &f = s->funnel;
    QCOMPARE(f.total, 20);
    QCOMPARE(f.pending, 2);
    QCOMPARE(f.sending, 1);
    QCOMPARE(f.sent, 11); // sent + delivered + read
    QCOMPARE(f.delivered, 5); // delivered + read
    QCOMPARE(f.read, 2);
    QCOMPARE(f.replied, 1);
    QCOMPARE(f.failed, 3);
    QCOMPARE(f.skipped, 2);
    QCOMPARE(f.unknown, 1);
    QCOMPARE(f.remaining(), 3);
    QCOMPARE(f.percentOf(f.sent), 55.0);
    QCOMPARE(f.percentOf(f.read), 10.0);
    QCOMPARE(FunnelCounts{}.percentOf(0), 0.0);
    QCOMPARE(s->name, u"Spring"_s);
    QCOMPARE(s->status, BroadcastStatus::Running);
}

void TestBroadcastStats::throughputPerSecondAgainstTheCap()
{
    const Known known = addKnownBroadcast(kNow);
    const auto s = BroadcastStats(db()).read(known.broadcastId, kNow);
    QVERIFY(s.ok());
    const ThroughputSeries &t = s->throughput;
    QCOMPARE(t.bucketMs, 1000);
    QCOMPARE(t.toMs, kNow - 500);
    QCOMPARE(t.fromMs, kNow - 500 - 300 * 1000);
    QCOMPARE(t.points.size(), 300);
    QCOMPARE(t.capMps, 50.0); // the broadcast's cap, under the number's 1000/s
    double total = 0;
    for (const ThroughputPoint &p : t.points)
        total += p.perSecond;
    QCOMPARE(total, 11.0);
    QCOMPARE(t.points.at(298).perSecond, 5.0); // 5 sent 2 s ago
    QCOMPARE(t.points.at(298).atMs, kNow - 2500);
    QCOMPARE(t.points.at(290).perSecond, 5.0); // 3 delivered and 2 read 10 s ago
    QCOMPARE(t.points.at(240).perSecond, 1.0); // one sent a minute ago
    QCOMPARE(t.recentMps, 10.0 / 30.0);
}

void TestBroadcastStats::failuresGroupedByCode()
{
    const Known known = addKnownBroadcast(kNow);
    const auto s = BroadcastStats(db()).read(known.broadcastId, kNow);
    QVERIFY(s.ok());
    const QList<FailureReason> &f = s->failures;
    QCOMPARE(f.size(), 4);
    QCOMPARE(f.at(0).code, u"131026"_s);
    QCOMPARE(f.at(0).status, RecipientStatus::Failed);
    QCOMPARE(f.at(0).count, 2);
    // Explained anew from the code, not the stored text.
    QCOMPARE(f.at(0).explanation, AnswerClassifier::metaExplanation(131026));
    QCOMPARE(f.at(1).code, u"opted-out"_s);
    QCOMPARE(f.at(1).status, RecipientStatus::Skipped);
    QCOMPARE(f.at(1).count, 2);
    QCOMPARE(f.at(1).explanation, u"The contact opted out of marketing messages."_s);
    QCOMPARE(f.at(2).code, u"131050"_s);
    QCOMPARE(f.at(2).count, 1);
    QCOMPARE(f.at(3).status, RecipientStatus::Unknown);
    QCOMPARE(f.at(3).code, QString());
    QVERIFY(!f.at(3).explanation.isEmpty());
}

void TestBroadcastStats::quotaOfThePortfolio()
{
    const Known known = addKnownBroadcast(kNow);
    // A claim of 25 h ago has left the window.
    setRecipient(known.recipientIds.at(0), u"pending"_s, kNow - 25 * kHourMs);
    const auto s = BroadcastStats(db()).read(known.broadcastId, kNow);
    QVERIFY(s.ok());
    QVERIFY(s->quota.limited);
    QCOMPARE(s->quota.limit, 100);
    QCOMPARE(s->quota.used, 16); // every claimed phone but the skipped ones
    QCOMPARE(s->quota.left(), 84);
    QCOMPARE(s->quota.nextFreeAtMs, kNow + kHourMs); // claimed 23 h ago
}

void TestBroadcastStats::etaFromTheRecentRate()
{
    const Known known = addKnownBroadcast(kNow);
    const auto s = BroadcastStats(db()).read(known.broadcastId, kNow);
    QVERIFY(s.ok());
    QCOMPARE(s->eta.remaining, 3);
    QVERIFY(!s->eta.rateFromCap);
    QVERIFY(!s->eta.waitsForQuota);
    QCOMPARE(s->eta.finishAtMs, kNow + 9000); // 3 at 1 every 3 s

    exec(u"UPDATE broadcasts SET status = 'completed', finished_at = ? WHERE id = ?"_s,
         {kNow, known.broadcastId});
    const auto done = BroadcastStats(db()).read(known.broadcastId, kNow);
    QVERIFY(done.ok());
    QCOMPARE(done->eta.finishAtMs, 0);
}

void TestBroadcastStats::webhooksSeenForTheAccount()
{
    const Known pending = addPendingBroadcast(kNow);
    auto s = BroadcastStats(db()).read(pending.broadcastId, kNow);
    QVERIFY(s.ok());
    QVERIFY(!s->webhooksSeen);
    setRecipient(pending.recipientIds.at(0), u"sent"_s, kNow - 5000, kNow - 4000);
    s = BroadcastStats(db()).read(pending.broadcastId, kNow);
    QVERIFY(s.ok());
    QVERIFY(!s->webhooksSeen); // accepted, but nothing known about delivery

    // Another broadcast of the account got a delivery report.
    const Known other = addPendingBroadcast(kNow, pending.accountId);
    setRecipient(other.recipientIds.at(0), u"delivered"_s, kNow - 5000, kNow - 4000);
    s = BroadcastStats(db()).read(pending.broadcastId, kNow);
    QVERIFY(s.ok());
    QVERIFY(s->webhooksSeen);
}

void TestBroadcastStats::missingBroadcastIsAnError()
{
    const auto s = BroadcastStats(db()).read(4242, kNow);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, u"not-found"_s);
}

void TestBroadcastStats::estimate_data()
{
    QTest::addColumn<qint64>("remaining");
    QTest::addColumn<double>("recentMps");
    QTest::addColumn<bool>("limited");
    QTest::addColumn<qint64>("used");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<qint64>("nextFreeAtMs");
    QTest::addColumn<qint64>("finishAfterMs"); // from kNow; 0: no estimate
    QTest::addColumn<bool>("waitsForQuota");
    QTest::addColumn<bool>("rateFromCap");

    QTest::newRow("nothing left") << 0LL << 10.0 << false << 0LL << 0LL << 0LL << 0LL << false
                                  << false;
    QTest::newRow("unlimited at the recent rate")
        << 1000LL << 20.0 << false << 0LL << 0LL << 0LL << 50'000LL << false << false;
    QTest::newRow("nothing sent lately: the cap (80/s)")
        << 800LL << 0.0 << false << 0LL << 0LL << 0LL << 10'000LL << false << true;
    QTest::newRow("within the quota left")
        << 100LL << 10.0 << true << 100LL << 250LL << kNow + kDayMs << 10'000LL << false << false;
    // 10,000 on a 250 tier from scratch: 250 now, then 38 full days, then the last 250.
    QTest::newRow("10,000 on a 250 tier")
        << 10'000LL << 80.0 << true << 0LL << 250LL << 0LL
        << kDayMs + 38 * kDayMs + 3125LL << true << false;
    QTest::newRow("quota spent, frees in an hour")
        << 100LL << 10.0 << true << 250LL << 250LL << kNow + kHourMs << kHourMs + 10'000LL
        << true << false;
}

void TestBroadcastStats::estimate()
{
    QFETCH(qint64, remaining);
    QFETCH(double, recentMps);
    QFETCH(bool, limited);
    QFETCH(qint64, used);
    QFETCH(qint64, limit);
    QFETCH(qint64, nextFreeAtMs);
    QFETCH(qint64, finishAfterMs);
    QFETCH(bool, waitsForQuota);
    QFETCH(bool, rateFromCap);
    const QuotaFigures quota{limited, used, limit, nextFreeAtMs};
    const EtaEstimate eta = BroadcastStats::estimate(remaining, recentMps, 80.0, quota, kNow);
    QCOMPARE(eta.remaining, remaining);
    QCOMPARE(eta.finishAtMs, finishAfterMs > 0 ? kNow + finishAfterMs : 0);
    QCOMPARE(eta.waitsForQuota, waitsForQuota);
    QCOMPARE(eta.rateFromCap, rateFromCap);
}

void TestBroadcastStats::throughputSpanOfFinishedBroadcasts()
{
    const qint64 start = 1'800'000'000'000;
    // Two minutes: per second over the whole run.
    auto t = BroadcastStats::throughputSpan(BroadcastStatus::Completed, start + 200,
                                            start + 120'000, start + kDayMs);
    QCOMPARE(t.bucketMs, 1000);
    QCOMPARE(t.fromMs, start);
    QCOMPARE(t.toMs, start + 121'000);
    // Two hours: per minute.
    t = BroadcastStats::throughputSpan(BroadcastStatus::Completed, start, start + 2 * kHourMs,
                                       start + kDayMs);
    QCOMPARE(t.bucketMs, 60'000);
    QVERIFY((t.toMs - t.fromMs) / t.bucketMs <= 360);
    QVERIFY(t.toMs > start + 2 * kHourMs);
    // Ten days: every bucket count stays small.
    t = BroadcastStats::throughputSpan(BroadcastStatus::Paused, start, start + 10 * kDayMs,
                                       start + 10 * kDayMs);
    QCOMPARE(t.bucketMs, kHourMs);
    // Running: the last five minutes per second, whatever the start.
    t = BroadcastStats::throughputSpan(BroadcastStatus::Running, start, 0, start + kDayMs + 700);
    QCOMPARE(t.bucketMs, 1000);
    QCOMPARE(t.toMs, start + kDayMs);
    QCOMPARE(t.toMs - t.fromMs, 300'000);
}

void TestBroadcastStats::pickableRunningFirst()
{
    const auto make = [](qint64 id, BroadcastStatus status, qint64 startedAt) {
        Broadcast b;
        b.id = id;
        b.status = status;
        b.startedAt = startedAt;
        return b;
    };
    const QList<Broadcast> newestFirst = {
        make(6, BroadcastStatus::Draft, 0),        make(5, BroadcastStatus::Completed, 50),
        make(4, BroadcastStatus::Scheduled, 0),    make(3, BroadcastStatus::Running, 30),
        make(2, BroadcastStatus::Cancelled, 20),   make(1, BroadcastStatus::Paused, 10),
    };
    QList<qint64> ids;
    for (const Broadcast &b : BroadcastStats::pickable(newestFirst, 3))
        ids << b.id;
    QCOMPARE(ids, (QList<qint64>{3, 1, 5}));
}

QTEST_GUILESS_MAIN(TestBroadcastStats)
#include "tst_broadcaststats.moc"
