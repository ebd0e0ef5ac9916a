#include "CircuitBreaker.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using megaphone::CircuitBreaker;

class TestCircuitBreaker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sequences_data();
    void sequences();
    void reasonForSameCode();
    void reasonForAmbiguous();
    void resetClearsTrip();
    void acceptedAfterTripClears();
};

namespace {

// Replays a script of answers: "ok" (accepted), "~" (ambiguous), or a recipient-permanent
// code; "x25" after a step repeats it. Returns whether the last call reported a trip.
bool replay(CircuitBreaker &breaker, const QStringList &script)
{
    bool tripped = false;
    for (const QString &step : script) {
        const qsizetype times = step.indexOf(u'x');
        const QString answer = times < 0 ? step : step.left(times);
        const int count = times < 0 ? 1 : step.mid(times + 1).toInt();
        for (int i = 0; i < count; ++i) {
            if (answer == u"ok"_s) {
                breaker.recordAccepted();
                tripped = false;
            } else if (answer == u"~"_s) {
                tripped = breaker.recordAmbiguous(u"no answer within 30 s"_s);
            } else {
                tripped = breaker.recordRecipientFailure(answer, u"explanation"_s);
            }
        }
    }
    return tripped;
}

} // namespace

void TestCircuitBreaker::sequences_data()
{
    QTest::addColumn<int>("threshold");
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<bool>("tripped");
    QTest::addColumn<int>("runLength");

    QTest::newRow("same code 25 times") << 25 << QStringList { u"131026x25"_s } << true << 25;
    QTest::newRow("same code 24 times") << 25 << QStringList { u"131026x24"_s } << false << 24;
    QTest::newRow("accepted resets")
        << 25 << QStringList { u"131026x24"_s, u"ok"_s, u"131026x24"_s } << false << 24;
    QTest::newRow("another code starts a new run")
        << 25 << QStringList { u"131026x20"_s, u"131047"_s, u"131026x24"_s } << false << 24;
    QTest::newRow("new run trips on its own")
        << 25 << QStringList { u"131026x20"_s, u"131047"_s, u"131026x25"_s } << true << 25;
    QTest::newRow("different codes never trip")
        << 3 << QStringList { u"131026"_s, u"131047"_s, u"131026"_s, u"131047"_s } << false << 1;
    QTest::newRow("ambiguous 25 times") << 25 << QStringList { u"~x25"_s } << true << 25;
    QTest::newRow("ambiguous run broken by a code")
        << 25 << QStringList { u"~x20"_s, u"131026"_s, u"~x20"_s } << false << 20;
    QTest::newRow("code run broken by ambiguous")
        << 5 << QStringList { u"21211x4"_s, u"~"_s, u"21211x4"_s } << false << 4;
    QTest::newRow("stays tripped after more failures")
        << 3 << QStringList { u"131026x3"_s, u"131047x1"_s } << true << 1;
    QTest::newRow("threshold 0 is off") << 0 << QStringList { u"131026x100"_s } << false << 100;
    QTest::newRow("threshold 1") << 1 << QStringList { u"~"_s } << true << 1;
}

void TestCircuitBreaker::sequences()
{
    QFETCH(int, threshold);
    QFETCH(QStringList, script);
    QFETCH(bool, tripped);
    QFETCH(int, runLength);
    CircuitBreaker breaker(threshold);
    QCOMPARE(replay(breaker, script), tripped);
    QCOMPARE(breaker.isTripped(), tripped);
    QCOMPARE(breaker.runLength(), runLength);
    QCOMPARE(breaker.reason().isEmpty(), !tripped);
}

void TestCircuitBreaker::reasonForSameCode()
{
    CircuitBreaker breaker(25);
    for (int i = 0; i < 25; ++i)
        breaker.recordRecipientFailure(u"131026"_s, u"Message undeliverable"_s);
    QCOMPARE(breaker.reason(),
        u"The same error (131026: Message undeliverable) came back for 25 recipients in a "
        "row; the broadcast was paused in case the setup is wrong."_s);
    // Later failures keep the reason of the trip.
    breaker.recordRecipientFailure(u"131047"_s, u"Re-engagement message"_s);
    QVERIFY(breaker.reason().contains(u"131026"_s));
}

void TestCircuitBreaker::reasonForAmbiguous()
{
    CircuitBreaker breaker(3);
    breaker.recordAmbiguous(u"connection reset"_s);
    breaker.recordAmbiguous(u"HTTP 502"_s);
    breaker.recordAmbiguous(u"no answer within 30 s"_s);
    QCOMPARE(breaker.reason(),
        u"3 recipients in a row got no clear answer (the last: no answer within 30 s); the "
        "broadcast was paused in case the setup or the connection is wrong."_s);

    CircuitBreaker noCode(2);
    noCode.recordRecipientFailure(u"HTTP 400"_s, QString());
    noCode.recordRecipientFailure(u"HTTP 400"_s, QString());
    QVERIFY(noCode.reason().startsWith(u"The same error (HTTP 400) came back for 2"_s));
}

void TestCircuitBreaker::resetClearsTrip()
{
    CircuitBreaker breaker(2);
    breaker.recordAmbiguous({});
    QVERIFY(breaker.recordAmbiguous({}));
    breaker.reset();
    QVERIFY(!breaker.isTripped());
    QVERIFY(breaker.reason().isEmpty());
    QCOMPARE(breaker.runLength(), 0);
    QVERIFY(!breaker.recordAmbiguous({}));
    QVERIFY(breaker.recordAmbiguous({}));
}

void TestCircuitBreaker::acceptedAfterTripClears()
{
    CircuitBreaker breaker(2);
    breaker.recordRecipientFailure(u"131026"_s, {});
    breaker.recordRecipientFailure(u"131026"_s, {});
    QVERIFY(breaker.isTripped());
    breaker.recordAccepted(); // a request still in flight when it tripped
    QVERIFY(!breaker.isTripped());
}

QTEST_GUILESS_MAIN(TestCircuitBreaker)
#include "tst_circuitbreaker.moc"
