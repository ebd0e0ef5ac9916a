// BroadcastChanges on both backends: the poll says `changed` while started and stops
// when stopped; on PostgreSQL a NOTIFY from any connection reaches it through its
// listener thread, long before the next poll.
#include "../sending/SendingFixture.h"
#include "BroadcastWatcher.h"
#include "broadcasts/BroadcastChanges.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace megaphone;

class TestBroadcastChanges : public QObject, public test::SendingFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }
    void init() { MEGAPHONE_OPEN_TEST_DB(m_test); }
    void cleanup() { m_test.reset(); }

    void pollsWhileStarted();
    void notificationsArriveOnPostgres();
};

void TestBroadcastChanges::pollsWhileStarted()
{
    BroadcastChanges changes(db(), 20);
    QSignalSpy changed(&changes, &BroadcastChanges::changed);
    QVERIFY(!changes.isActive());
    changes.start();
    QVERIFY(changes.isActive());
    QTRY_VERIFY(changed.size() >= 2);
    changes.stop();
    QVERIFY(!changes.isActive());
}

void TestBroadcastChanges::notificationsArriveOnPostgres()
{
    if (!db()->isPostgres())
        QSKIP("SQLite has no notifications: the poll alone");
    BroadcastChanges changes(db(), 3600 * 1000); // a poll that never comes in this test
    QSignalSpy ready(&changes, &BroadcastChanges::listenerReady);
    QSignalSpy changed(&changes, &BroadcastChanges::changed);
    changes.start();
    QTRY_COMPARE(ready.size(), 1);
    QVERIFY(changes.isListening());
    // A burst from this connection; `changed` comes long before the hourly poll would.
    QVERIFY(BroadcastWatcher::notify(*db(), 7, BroadcastWatcher::Change::Progress).ok());
    QVERIFY(BroadcastWatcher::notify(*db(), 7, BroadcastWatcher::Change::Status).ok());
    QTRY_COMPARE(changed.size(), 1);
}

QTEST_MAIN(TestBroadcastChanges)
#include "tst_broadcastchanges.moc"
