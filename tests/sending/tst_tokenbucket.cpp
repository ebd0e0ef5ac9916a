#include "TokenBucket.h"

#include <QtTest>

using megaphone::TokenBucket;

namespace {

// Sends as fast as the bucket allows over [fromMs, toMs) of simulated time.
int sendFor(TokenBucket &bucket, qint64 fromMs, qint64 toMs)
{
    int sent = 0;
    qint64 now = fromMs;
    while (now < toMs) {
        if (bucket.tryTake(now)) {
            ++sent;
            continue;
        }
        const qint64 wait = bucket.msUntilNext(now);
        if (wait <= 0)
            return -1; // msUntilNext() said "now" but tryTake() refused
        now += wait;
    }
    return sent;
}

} // namespace

class TestTokenBucket : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void effectiveCap_data();
    void effectiveCap();
    void pacesOverSimulatedTime_data();
    void pacesOverSimulatedTime();
    void msUntilNextIsExact();
    void halvesOncePerCooldownDownToFloor();
    void floorNeverExceedsCap();
    void recoversAdditively_data();
    void recoversAdditively();
    void gapCountsAsOneSecond();
    void retryAfterBlocks();
    void rateLimitedEmptiesTheBucket();
    void pacesAtHalvedRate();
    void setCap();
};

void TestTokenBucket::effectiveCap_data()
{
    QTest::addColumn<double>("throughput");
    QTest::addColumn<double>("userCap");
    QTest::addColumn<double>("expected");
    QTest::newRow("user lower") << 80.0 << 20.0 << 20.0;
    QTest::newRow("number lower") << 80.0 << 500.0 << 80.0;
    QTest::newRow("no user cap") << 1000.0 << 0.0 << 1000.0;
    QTest::newRow("no throughput known") << 0.0 << 30.0 << 30.0;
    QTest::newRow("nothing known") << 0.0 << -1.0 << 1.0;
}

void TestTokenBucket::effectiveCap()
{
    QFETCH(double, throughput);
    QFETCH(double, userCap);
    QFETCH(double, expected);
    QCOMPARE(TokenBucket::effectiveCap(throughput, userCap), expected);
}

void TestTokenBucket::pacesOverSimulatedTime_data()
{
    QTest::addColumn<double>("mps");
    QTest::addColumn<int>("seconds");
    QTest::newRow("80 mps, 10 s") << 80.0 << 10;
    QTest::newRow("20 mps, 30 s") << 20.0 << 30;
    QTest::newRow("1000 mps, 3 s") << 1000.0 << 3;
    QTest::newRow("0.5 mps, 60 s") << 0.5 << 60;
    QTest::newRow("7 mps, 11 s") << 7.0 << 11;
}

// rate x time, plus at most the initial burst (one second's worth, at least 1).
void TestTokenBucket::pacesOverSimulatedTime()
{
    QFETCH(double, mps);
    QFETCH(int, seconds);
    const qint64 start = 1'700'000'000'000;
    TokenBucket bucket(mps, start);
    const int sent = sendFor(bucket, start, start + seconds * 1000);
    const double steady = mps * seconds;
    const double burst = std::max(1.0, mps);
    QVERIFY2(sent >= steady && sent <= steady + burst,
        qPrintable(
            QStringLiteral("sent %1, expected %2 + up to %3").arg(sent).arg(steady).arg(burst)));
}

void TestTokenBucket::msUntilNextIsExact()
{
    TokenBucket bucket(10, 0);
    QCOMPARE(bucket.msUntilNext(0), 0);
    for (int i = 0; i < 10; ++i)
        QVERIFY(bucket.tryTake(0));
    QVERIFY(!bucket.tryTake(0));
    QCOMPARE(bucket.msUntilNext(0), 100);
    QCOMPARE(bucket.msUntilNext(40), 60);
    QVERIFY(!bucket.tryTake(99));
    QVERIFY(bucket.tryTake(100));
    QCOMPARE(bucket.msUntilNext(100), 100);
    // A long pause fills the bucket to one second's worth, no more.
    QCOMPARE(bucket.tokensAt(100'000), 10.0);
}

void TestTokenBucket::halvesOncePerCooldownDownToFloor()
{
    TokenBucket bucket(80, 0);
    bucket.onRateLimited(1000);
    QCOMPARE(bucket.currentRate(), 40.0);
    // The other requests in flight report the same overload: no further halving.
    bucket.onRateLimited(1200);
    bucket.onRateLimited(1999);
    QCOMPARE(bucket.currentRate(), 40.0);
    bucket.onRateLimited(2000);
    QCOMPARE(bucket.currentRate(), 20.0);
    qint64 now = 2000;
    for (int i = 0; i < 10; ++i)
        bucket.onRateLimited(now += 1000);
    QCOMPARE(bucket.currentRate(), 1.0);
}

void TestTokenBucket::floorNeverExceedsCap()
{
    TokenBucket bucket(0.5, 0);
    bucket.onRateLimited(0);
    QCOMPARE(bucket.currentRate(), 0.5);
}

void TestTokenBucket::recoversAdditively_data()
{
    QTest::addColumn<double>("cap");
    QTest::addColumn<double>("stepPerSecond");
    QTest::newRow("80 mps: +1 mps a second") << 80.0 << 1.0;
    QTest::newRow("1000 mps: +1% of cap a second") << 1000.0 << 10.0;
    QTest::newRow("20 mps: +1 mps a second") << 20.0 << 1.0;
}

void TestTokenBucket::recoversAdditively()
{
    QFETCH(double, cap);
    QFETCH(double, stepPerSecond);
    TokenBucket bucket(cap, 0);
    bucket.onRateLimited(0);
    const double halved = cap / 2;
    QCOMPARE(bucket.currentRate(), halved);
    const qint64 fullMs = qint64(halved / stepPerSecond * 1000);
    // Answers every 50 ms for half the recovery time: half-way back.
    qint64 now = 0;
    while (now < fullMs / 2)
        bucket.onAccepted(now += 50);
    QVERIFY(qAbs(bucket.currentRate() - (halved + halved / 2)) < 1e-6);
    while (now < fullMs + 5000)
        bucket.onAccepted(now += 50);
    QCOMPARE(bucket.currentRate(), cap); // and never above
}

void TestTokenBucket::gapCountsAsOneSecond()
{
    TokenBucket bucket(80, 0);
    bucket.onRateLimited(0);
    bucket.onAccepted(60'000);
    QCOMPARE(bucket.currentRate(), 41.0);
}

void TestTokenBucket::retryAfterBlocks()
{
    TokenBucket bucket(80, 0);
    bucket.onRateLimited(1000, 5000);
    QCOMPARE(bucket.blockedUntilMs(), 6000);
    QCOMPARE(bucket.msUntilNext(1000), 5000);
    QVERIFY(!bucket.tryTake(1000));
    QVERIFY(!bucket.tryTake(5999));
    QVERIFY(bucket.tryTake(6000)); // one message at once when the block ends
    QCOMPARE(bucket.msUntilNext(6000), 25); // then 40 mps
    // A shorter Retry-After later does not shorten the block.
    TokenBucket second(80, 0);
    second.onRateLimited(0, 10'000);
    second.onRateLimited(2000, 1000); // past the cooldown: halves again
    QCOMPARE(second.blockedUntilMs(), 10'000);
    QCOMPARE(second.currentRate(), 20.0);
    QVERIFY(!second.tryTake(9999));
    // Success does not grow the rate during the block.
    second.onAccepted(9000);
    QCOMPARE(second.currentRate(), 20.0);
}

void TestTokenBucket::rateLimitedEmptiesTheBucket()
{
    TokenBucket bucket(80, 0);
    QCOMPARE(bucket.tokensAt(0), 80.0);
    bucket.onRateLimited(0);
    QVERIFY(!bucket.tryTake(0));
    QCOMPARE(bucket.msUntilNext(0), 25);
    QVERIFY(bucket.tryTake(25));
}

void TestTokenBucket::pacesAtHalvedRate()
{
    TokenBucket bucket(80, 0);
    bucket.onRateLimited(0);
    const int sent = sendFor(bucket, 0, 10'000); // no answers accepted: stays at 40 mps
    QVERIFY2(sent >= 399 && sent <= 400, qPrintable(QString::number(sent)));
}

void TestTokenBucket::setCap()
{
    TokenBucket atCap(80, 0);
    atCap.setCap(1000, 10);
    QCOMPARE(atCap.currentRate(), 1000.0); // the throughput upgrade applies at once

    TokenBucket recovering(80, 0);
    recovering.onRateLimited(0);
    recovering.setCap(1000, 10);
    QCOMPARE(recovering.currentRate(), 40.0); // still climbing
    QCOMPARE(recovering.cap(), 1000.0);

    TokenBucket lowered(80, 0);
    lowered.setCap(10, 0);
    QCOMPARE(lowered.currentRate(), 10.0);
    QCOMPARE(lowered.tokensAt(0), 10.0); // the bucket shrinks with the rate
}

QTEST_GUILESS_MAIN(TestTokenBucket)
#include "tst_tokenbucket.moc"
