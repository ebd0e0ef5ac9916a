#include "Backoff.h"

#include <QRandomGenerator>
#include <QtTest>

using megaphone::Backoff;
using megaphone::BackoffPolicy;

class TestBackoff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void delay_data();
    void delay();
    void jitterStaysWithinBounds();
    void defaultRandomSourceStaysWithinBounds();
    void pairLimit_data();
    void pairLimit();
};

// Columns: policy (base, cap, max attempts), the failure count, the random draw, the
// Retry-After (-1: none), then the expected delay (-1: give up).
void TestBackoff::delay_data()
{
    QTest::addColumn<qint64>("baseMs");
    QTest::addColumn<qint64>("capMs");
    QTest::addColumn<int>("maxAttempts");
    QTest::addColumn<int>("failures");
    QTest::addColumn<double>("draw");
    QTest::addColumn<qint64>("retryAfterMs");
    QTest::addColumn<qint64>("expected");

    const qint64 none = -1;
    QTest::newRow("1st failure, half draw")
        << 2000LL << 300000LL << 5 << 1 << 0.5 << none << 1000LL;
    QTest::newRow("2nd failure doubles") << 2000LL << 300000LL << 5 << 2 << 0.5 << none << 2000LL;
    QTest::newRow("3rd") << 2000LL << 300000LL << 5 << 3 << 0.5 << none << 4000LL;
    QTest::newRow("4th") << 2000LL << 300000LL << 5 << 4 << 0.5 << none << 8000LL;
    QTest::newRow("5th: gives up") << 2000LL << 300000LL << 5 << 5 << 0.5 << none << none;
    QTest::newRow("zero draw") << 2000LL << 300000LL << 5 << 4 << 0.0 << none << 0LL;
    QTest::newRow("top draw") << 2000LL << 300000LL << 5 << 4 << 0.999999 << none << 15999LL;
    QTest::newRow("below cap") << 2000LL << 300000LL << 20 << 8 << 0.5 << none << 128000LL;
    QTest::newRow("capped") << 2000LL << 300000LL << 20 << 9 << 0.5 << none << 150000LL;
    QTest::newRow("capped, no overflow")
        << 2000LL << 300000LL << 100 << 90 << 0.5 << none << 150000LL;
    QTest::newRow("Retry-After longer wins")
        << 2000LL << 300000LL << 5 << 1 << 0.5 << 30000LL << 30000LL;
    QTest::newRow("Retry-After shorter loses")
        << 2000LL << 300000LL << 5 << 3 << 0.5 << 1000LL << 4000LL;
    QTest::newRow("Retry-After beyond cap")
        << 2000LL << 300000LL << 5 << 1 << 0.5 << 600000LL << 600000LL;
    QTest::newRow("Retry-After does not prevent give-up")
        << 2000LL << 300000LL << 5 << 5 << 0.5 << 1000LL << none;
    QTest::newRow("one attempt only") << 2000LL << 300000LL << 1 << 1 << 0.5 << none << none;
}

void TestBackoff::delay()
{
    QFETCH(qint64, baseMs);
    QFETCH(qint64, capMs);
    QFETCH(int, maxAttempts);
    QFETCH(int, failures);
    QFETCH(double, draw);
    QFETCH(qint64, retryAfterMs);
    QFETCH(qint64, expected);

    BackoffPolicy policy;
    policy.baseMs = baseMs;
    policy.capMs = capMs;
    policy.maxAttempts = maxAttempts;
    const Backoff backoff(policy, [draw] { return draw; });
    const std::optional<qint64> retryAfter
        = retryAfterMs >= 0 ? std::optional<qint64>(retryAfterMs) : std::nullopt;
    const std::optional<qint64> delay = backoff.delayMs(failures, retryAfter);
    QCOMPARE(delay.value_or(-1), expected);
}

void TestBackoff::jitterStaysWithinBounds()
{
    QRandomGenerator generator(42); // seeded: the same draws on every run
    BackoffPolicy policy;
    policy.maxAttempts = 20;
    const Backoff backoff(policy, [&generator] { return generator.generateDouble(); });
    for (int failures = 1; failures < 12; ++failures) {
        const qint64 ceiling = backoff.ceilingMs(failures);
        QCOMPARE(ceiling, std::min<qint64>(2000LL << (failures - 1), 300000));
        qint64 lowest = ceiling;
        qint64 highest = 0;
        for (int i = 0; i < 500; ++i) {
            const qint64 delay = backoff.delayMs(failures).value();
            QVERIFY(delay >= 0 && delay <= ceiling);
            lowest = std::min(lowest, delay);
            highest = std::max(highest, delay);
        }
        // Full jitter spreads over the whole range.
        QVERIFY(lowest < ceiling / 10);
        QVERIFY(highest > ceiling - ceiling / 10);
    }
}

void TestBackoff::defaultRandomSourceStaysWithinBounds()
{
    const Backoff backoff;
    for (int i = 0; i < 200; ++i) {
        const qint64 delay = backoff.delayMs(3).value();
        QVERIFY(delay >= 0 && delay <= 8000);
    }
    QVERIFY(!backoff.delayMs(5).has_value());
}

// Meta 131056: 4^n seconds, n = 0, 1, 2...; no jitter, no cap.
void TestBackoff::pairLimit_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<qint64>("retryAfterMs");
    QTest::addColumn<qint64>("expected");
    const qint64 none = -1;
    QTest::newRow("4^0") << 1 << none << 1000LL;
    QTest::newRow("4^1") << 2 << none << 4000LL;
    QTest::newRow("4^2") << 3 << none << 16000LL;
    QTest::newRow("4^3") << 4 << none << 64000LL;
    QTest::newRow("4^4") << 5 << none << 256000LL;
    QTest::newRow("4^5, beyond the backoff cap") << 6 << none << 1024000LL;
    QTest::newRow("7th: gives up") << 7 << none << none;
    QTest::newRow("Retry-After longer wins") << 2 << 30000LL << 30000LL;
    QTest::newRow("Retry-After shorter loses") << 3 << 1000LL << 16000LL;
}

void TestBackoff::pairLimit()
{
    QFETCH(int, failures);
    QFETCH(qint64, retryAfterMs);
    QFETCH(qint64, expected);
    // The draw must not matter.
    const Backoff backoff(BackoffPolicy(), [] { return 0.123; });
    const std::optional<qint64> retryAfter
        = retryAfterMs >= 0 ? std::optional<qint64>(retryAfterMs) : std::nullopt;
    QCOMPARE(backoff.pairLimitDelayMs(failures, retryAfter).value_or(-1), expected);
}

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
