// The dispatcher against the sandbox over real HTTP (h2c), on both database backends:
// every recipient once, each class of answer and its action, the tier quota.
#include "AccountLock.h"
#include "AccountStore.h"
#include "BroadcastStore.h"
#include "ContactStore.h"
#include "Dispatcher.h"
#include "PortfolioStore.h"
#include "RecipientStore.h"
#include "SandboxCatalogue.h"
#include "SandboxServer.h"
#include "SendingStore.h"
#include "TeamSettings.h"
#include "TemplateMapping.h"
#include "TemplateStore.h"
#include "DispatcherFixture.h"

#include <QJsonArray>
#include <QThread>
#include <QTimer>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace megaphone;

class TestDispatcher : public QObject, public test::DispatcherFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }
    void init() { MEGAPHONE_OPEN_TEST_DB(m_test); }
    void cleanup() { m_test.reset(); }

    void sendsEveryRecipientOnce();
    void recipientFailuresAreRecordedAndTheRestSent();
    void campaignFatalPausesAtOnce();
    void ambiguousAnswersBecomeUnknownNeverRetried();
    void stopsAtTheTierQuota();
    void secondDispatcherForTheAccountIsRefused();
    void pauseElsewhereThenResume();
};

void TestDispatcher::sendsEveryRecipientOnce()
{
    SandboxOptions options;
    options.mps = 0;
    options.latencyMs = 20;
    SandboxServer sandbox(options);
    QVERIFY(sandbox.listen().ok());
    const Setup setup = prepare(sandbox, 300);
    QCOMPARE(runUntilEnded(setup.accountId, setup.broadcastId), BroadcastStatus::Completed);
    QCOMPARE(counts(setup.broadcastId).value(RecipientStatus::Sent), 300LL);
    QCOMPARE(sandbox.acceptedCount(), 300);
    QCOMPARE(sandbox.duplicateCount(), 0);
}

void TestDispatcher::recipientFailuresAreRecordedAndTheRestSent()
{
    QVERIFY(TeamSettings(m_test->db()).setCircuitBreakerThreshold(1000).ok());
    SandboxOptions options;
    options.mps = 0;
    options.seed = 7;
    options.failures = SandboxOptions::parseFailures(u"131026:0.3,133004:0.1"_s).value();
    SandboxServer sandbox(options);
    QVERIFY(sandbox.listen().ok());
    const Setup setup = prepare(sandbox, 200);
    QCOMPARE(runUntilEnded(setup.accountId, setup.broadcastId), BroadcastStatus::Completed);
    const auto c = counts(setup.broadcastId);
    QVERIFY(c.value(RecipientStatus::Failed) > 0);
    QCOMPARE(c.value(RecipientStatus::Sent) + c.value(RecipientStatus::Failed), 200LL);
    QCOMPARE(c.value(RecipientStatus::Sent), qint64(sandbox.acceptedCount()));
    QCOMPARE(sandbox.duplicateCount(), 0);
}

void TestDispatcher::campaignFatalPausesAtOnce()
{
    QVERIFY(TeamSettings(m_test->db()).setMaxMessagesPerSecond(10).ok());
    SandboxOptions options;
    options.failures = SandboxOptions::parseFailures(u"190:1"_s).value();
    SandboxServer sandbox(options);
    QVERIFY(sandbox.listen().ok());
    const Setup setup = prepare(sandbox, 50);
    QCOMPARE(runUntilEnded(setup.accountId, setup.broadcastId), BroadcastStatus::Paused);
    const Broadcast b = BroadcastStore(m_test->db()).find(setup.broadcastId).value().value();
    QVERIFY2(b.pauseReason.contains(u"190"), qPrintable(b.pauseReason));
    const auto c = counts(setup.broadcastId);
    QCOMPARE(c.value(RecipientStatus::Failed), 0LL); // nothing was accepted: all go on resume
    QCOMPARE(c.value(RecipientStatus::Pending), 50LL);
    // Only the first burst (a second's worth at 10/s) left before the first answer.
    QVERIFY2(sandbox.requestCount() <= 20, qPrintable(QString::number(sandbox.requestCount())));
}

void TestDispatcher::ambiguousAnswersBecomeUnknownNeverRetried()
{
    QVERIFY(TeamSettings(m_test->db()).setCircuitBreakerThreshold(1000).ok());
    SandboxOptions options;
    options.mps = 0;
    options.seed = 3;
    options.failures = SandboxOptions::parseFailures(u"drop:0.1,timeout:0.1"_s).value();
    SandboxServer sandbox(options);
    QVERIFY(sandbox.listen().ok());
    const Setup setup = prepare(sandbox, 100);
    QCOMPARE(runUntilEnded(setup.accountId, setup.broadcastId), BroadcastStatus::Completed);
    const auto c = counts(setup.broadcastId);
    QVERIFY(c.value(RecipientStatus::Unknown) > 0);
    QCOMPARE(c.value(RecipientStatus::Sent) + c.value(RecipientStatus::Unknown), 100LL);
    QCOMPARE(sandbox.duplicateCount(), 0);
    QCOMPARE(sandbox.requestCount(), 100); // none was sent a second time

    // "Retry unknown" is an explicit, counted action.
    QCOMPARE(SendingStore(m_test->db()).retryUnknown(setup.broadcastId).value(),
             int(c.value(RecipientStatus::Unknown)));
}

void TestDispatcher::stopsAtTheTierQuota()
{
    SandboxOptions options;
    options.mps = 0;
    SandboxServer sandbox(options);
    QVERIFY(sandbox.listen().ok());
    const Setup setup = prepare(sandbox, 60, 40);
    runUntilEnded(setup.accountId, setup.broadcastId, 15000,
                  [] { Dispatcher::Settings s; s.exitWhenIdle = true; return s; }());
    const Broadcast b = BroadcastStore(m_test->db()).find(setup.broadcastId).value().value();
    QCOMPARE(b.status, BroadcastStatus::Running);
    QVERIFY(b.resumeAt > QDateTime::currentMSecsSinceEpoch() + 23 * 3600 * 1000LL);
    QCOMPARE(counts(setup.broadcastId).value(RecipientStatus::Sent), 40LL);
    QCOMPARE(counts(setup.broadcastId).value(RecipientStatus::Pending), 20LL);
}

void TestDispatcher::secondDispatcherForTheAccountIsRefused()
{
    SandboxServer sandbox(SandboxOptions{});
    QVERIFY(sandbox.listen().ok());
    const Setup setup = prepare(sandbox, 1);
    auto first = AccountLock::tryAcquire(m_test->db(), setup.accountId);
    QVERIFY(first.ok());
    QThread thread;
    auto *dispatcher = new Dispatcher(m_test->db(), &credentials, setup.accountId);
    dispatcher->moveToThread(&thread);
    connect(&thread, &QThread::started, dispatcher, &Dispatcher::start);
    connect(&thread, &QThread::finished, dispatcher, &QObject::deleteLater);
    QString error;
    bool stopped = false;
    connect(dispatcher, &Dispatcher::stopped, this, [&](const QString &why) {
        error = why;
        stopped = true;
    });
    thread.start();
    QTRY_VERIFY(stopped);
    QVERIFY2(error.contains(u"already sending"), qPrintable(error));
    thread.quit();
    thread.wait();
}

void TestDispatcher::pauseElsewhereThenResume()
{
    QVERIFY(TeamSettings(m_test->db()).setMaxMessagesPerSecond(20).ok());
    SandboxOptions options;
    options.latencyMs = 20;
    SandboxServer sandbox(options);
    QVERIFY(sandbox.listen().ok());
    const Setup setup = prepare(sandbox, 100);
    // Paused from another window or process a second in: nothing new starts, what is in
    // flight is answered and recorded, then the dispatcher has nothing to do.
    QTimer::singleShot(1000, this, [&] {
        QVERIFY(BroadcastStore(m_test->db())
                    .setStatus(setup.broadcastId, BroadcastStatus::Paused, u"Paused by the user."_s)
                    .ok());
    });
    QCOMPARE(runUntilEnded(setup.accountId, setup.broadcastId), BroadcastStatus::Paused);
    auto c = counts(setup.broadcastId);
    QVERIFY(c.value(RecipientStatus::Sent) > 0);
    QVERIFY(c.value(RecipientStatus::Pending) > 0);
    QCOMPARE(c.value(RecipientStatus::Sent) + c.value(RecipientStatus::Pending), 100LL);
    QCOMPARE(c.value(RecipientStatus::Sent), qint64(sandbox.acceptedCount()));

    QVERIFY(BroadcastStore(m_test->db()).setStatus(setup.broadcastId, BroadcastStatus::Running).ok());
    QCOMPARE(runUntilEnded(setup.accountId, setup.broadcastId), BroadcastStatus::Completed);
    c = counts(setup.broadcastId);
    QCOMPARE(c.value(RecipientStatus::Sent), 100LL);
    QCOMPARE(sandbox.acceptedCount(), 100);
    QCOMPARE(sandbox.duplicateCount(), 0);
}

QTEST_GUILESS_MAIN(TestDispatcher)
#include "tst_dispatcher.moc"
