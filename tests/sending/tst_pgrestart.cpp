// PostgreSQL restarted in the middle of a send, on a cluster of this test's own (RUN_SERIAL):
// the dispatcher keeps the answers it could not write, waits for the server, opens its
// session again, takes its account lock again and completes, with nobody sent twice.
#include "BroadcastControl.h"
#include "BroadcastStore.h"
#include "BroadcastWatcher.h"
#include "Database.h"
#include "Clock.h"
#include "DispatcherFixture.h"
#include "PgCluster.h"
#include "SandboxServer.h"
#include "TeamSettings.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace megaphone;

class TestPgRestart : public QObject, public test::DispatcherFixture
{
    Q_OBJECT

private Q_SLOTS:
    void dispatcherRidesOutARestart();
    void watcherListensAgainAfterARestart();
};

void TestPgRestart::dispatcherRidesOutARestart()
{
    if (qEnvironmentVariableIsEmpty("MEGAPHONE_TEST_PG_BIN"))
        QSKIP("MEGAPHONE_TEST_PG_BIN is not set: `make test` sets it");
    auto cluster = test::PgCluster::start();
    QVERIFY2(cluster.ok(), cluster.ok() ? "" : qPrintable(cluster.error().message));
    auto opened = Database::open(cluster.value()->url());
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    useDatabase(opened.value());

    QVERIFY(TeamSettings(db()).setMaxMessagesPerSecond(50).ok());
    SandboxOptions options;
    options.latencyMs = 20;
    options.mps = 0; // no 130429 retries: every request is a first attempt
    SandboxServer sandbox(options);
    QVERIFY(sandbox.listen().ok());
    const qint64 account = addAccount(sandbox);
    addContacts(300);
    const qint64 id = addDraft(account);
    QVERIFY(BroadcastControl(db()).send(id, Clock::nowMs()).ok());

    QElapsedTimer elapsed;
    elapsed.start();
    bool restarted = false;
    int requestsWhileDown = -1;
    Dispatcher::Settings settings;
    settings.pollIntervalMs = 200;
    const auto status = runUntilEnded(account, id, 90000, settings, [&] {
        if (restarted || elapsed.elapsed() < 1500)
            return;
        restarted = true;
        QVERIFY(cluster.value()->stop().ok());
        const int before = sandbox.requestCount();
        QTest::qWait(2000); // the server is away; the dispatcher must not send blindly
        requestsWhileDown = sandbox.requestCount() - before;
        QVERIFY(cluster.value()->startAgain().ok());
        // This thread's session died too: its first query fails (so the caller knows),
        // the next one runs on a new session.
        QVERIFY(!BroadcastStore(db()).find(id).ok());
        QVERIFY(BroadcastStore(db()).find(id).ok());
    });
    QVERIFY(restarted);
    QCOMPARE(status, BroadcastStatus::Completed);
    const auto c = counts(id);
    // Claims stop with the server: at most the window in flight when it went still left.
    QVERIFY2(requestsWhileDown <= 50, qPrintable(QString::number(requestsWhileDown)));
    QCOMPARE(c.value(RecipientStatus::Sent) + c.value(RecipientStatus::Unknown), 300LL);
    QCOMPARE(sandbox.duplicateCount(), 0);
    QCOMPARE(sandbox.requestCount(), 300);
    QCOMPARE(c.value(RecipientStatus::Sent), qint64(sandbox.acceptedCount()));
}

// The LISTEN of a dashboard's watcher dies with the server's session; once the server is
// back, the watcher listens on a new session by itself and hears other machines again.
void TestPgRestart::watcherListensAgainAfterARestart()
{
    if (qEnvironmentVariableIsEmpty("MEGAPHONE_TEST_PG_BIN"))
        QSKIP("MEGAPHONE_TEST_PG_BIN is not set: `make test` sets it");
    auto cluster = test::PgCluster::start();
    QVERIFY2(cluster.ok(), cluster.ok() ? "" : qPrintable(cluster.error().message));
    auto listening = Database::open(cluster.value()->url());
    QVERIFY2(listening.ok(), listening.ok() ? "" : qPrintable(listening.error().message));
    auto other = Database::open(cluster.value()->url()); // another machine's sessions
    QVERIFY(other.ok());
    BroadcastWatcher watcher(listening.value());
    QVERIFY(watcher.isLive());
    QSignalSpy heard(&watcher, &BroadcastWatcher::changed);
    QVERIFY(BroadcastWatcher::notify(*other.value(), 7, BroadcastWatcher::Change::Progress).ok());
    QTRY_COMPARE(heard.size(), 1);

    QVERIFY(cluster.value()->stop().ok());
    QVERIFY(cluster.value()->startAgain().ok());
    // The sender's first query after the restart fails on its dead session; the next
    // runs on a new one. Keep announcing until the watcher hears one.
    QElapsedTimer waited;
    waited.start();
    while (heard.size() < 2 && waited.elapsed() < 20000) {
        (void)BroadcastWatcher::notify(*other.value(), 8, BroadcastWatcher::Change::Progress);
        QTest::qWait(250);
    }
    QVERIFY2(heard.size() >= 2, "the watcher did not listen again after the restart");
    QCOMPARE(heard.last().at(0).toLongLong(), 8LL);
}

QTEST_GUILESS_MAIN(TestPgRestart)
#include "tst_pgrestart.moc"
