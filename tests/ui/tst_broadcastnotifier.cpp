// BroadcastNotifier on both backends: which status moves are announced (completions,
// pauses with a reason), nothing for what ended before it looked, and changes made by
// another connection (as a worker process would) noticed from the database.
#include "../sending/SendingFixture.h"
#include "BroadcastStore.h"
#include "broadcasts/BroadcastNotifier.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace megaphone;

class TestBroadcastNotifier : public QObject, public test::SendingFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }
    void init() { MEGAPHONE_OPEN_TEST_DB(m_test); }
    void cleanup()
    {
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        m_test.reset();
    }

    void announcesCompletionAndErrorPauses();
    void watchesTheDatabase();
};

void TestBroadcastNotifier::announcesCompletionAndErrorPauses()
{
    BroadcastNotifier notifier(db());
    QSignalSpy notified(&notifier, &BroadcastNotifier::notified);
    auto summary = [](qint64 id, BroadcastStatus status, const QString &reason = {}) {
        BroadcastSummary b;
        b.id = id;
        b.name = u"B%1"_s.arg(id);
        b.status = status;
        b.pauseReason = reason;
        return b;
    };
    // The first look only remembers: what ended before is not news.
    notifier.observe({summary(1, BroadcastStatus::Completed), summary(2, BroadcastStatus::Running),
                      summary(3, BroadcastStatus::Running)});
    QCOMPARE(notified.size(), 0);
    notifier.observe({summary(1, BroadcastStatus::Completed), summary(2, BroadcastStatus::Completed),
                      summary(3, BroadcastStatus::Paused)}); // the user's pause: no reason
    QCOMPARE(notified.size(), 1);
    QCOMPARE(notified.at(0).at(0).toString(), u"Broadcast completed"_s);
    QVERIFY(notified.at(0).at(1).toString().contains(u"B2"));
    notifier.observe({summary(2, BroadcastStatus::Completed),
                      summary(3, BroadcastStatus::Paused),
                      summary(4, BroadcastStatus::Paused, u"Token expired"_s)});
    QCOMPARE(notified.size(), 2);
    QCOMPARE(notified.at(1).at(0).toString(), u"Broadcast paused"_s);
    QVERIFY(notified.at(1).at(1).toString().contains(u"Token expired"));
}

void TestBroadcastNotifier::watchesTheDatabase()
{
    const qint64 id = addBroadcast(addAccount(addPortfolio(u"P"_s, 0)));
    exec(u"UPDATE broadcasts SET status = 'running' WHERE id = ?"_s, {id});
    BroadcastNotifier notifier(db());
    QSignalSpy notified(&notifier, &BroadcastNotifier::notified);
    notifier.start();
    QTRY_VERIFY(notifier.hasBaseline());
    // The test thread's connection moves the status, as a worker process would; the
    // notifier reads on threads of its own.
    QVERIFY(BroadcastStore(db()).transition(id, {BroadcastStatus::Running},
                                            BroadcastStatus::Paused, u"Token expired"_s).value());
    QTRY_COMPARE(notified.size(), 1);
    QVERIFY(notified.first().at(1).toString().contains(u"Token expired"));
}

QTEST_MAIN(TestBroadcastNotifier)
#include "tst_broadcastnotifier.moc"
