// Webhook events applied set-based in one batch, on both backends: more events than one
// statement takes, statuses matched by our recipient id and by the provider's message id,
// events in an order that would move rows down if applied one by one (failed before
// delivered, delivered after read), statuses for messages not recorded yet (they wait, and
// are dropped after a day), the report's touched broadcasts and, on PostgreSQL, the NOTIFY
// another process hears.
#include "BroadcastControl.h"
#include "BroadcastWatcher.h"
#include "Clock.h"
#include "DispatcherFixture.h"
#include "Sql.h"
#include "WebhookStore.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace megaphone;

namespace {

StoredEvent status(const QString &kind, qint64 recipientId, const QString &messageId,
                   int errorCode = 0)
{
    StatusEvent e;
    e.status = kind;
    e.recipientId = recipientId;
    e.messageId = messageId;
    e.atMs = 1750030000000;
    e.errorCode = errorCode ? QString::number(errorCode) : QString();
    e.source = u"meta"_s;
    return StoredEvent::from(e);
}

} // namespace

class TestStatusApplier : public QObject, public test::DispatcherFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }
    void init() { MEGAPHONE_OPEN_TEST_DB(m_test); }
    void cleanup() { m_test.reset(); }

    void oneBatchInRankOrder();
    void unrecordedMessagesWaitThenGiveUp();

private:
    // `count` recipients of a running broadcast, all `sent` with message id "wamid.<id>".
    QList<qint64> sentRecipients(int count);
    QString statusOf(qint64 recipientId);

    qint64 m_broadcast = 0;
};

QList<qint64> TestStatusApplier::sentRecipients(int count)
{
    const qint64 account = addAccount(QUrl(u"http://127.0.0.1:9"_s));
    addContacts(count);
    m_broadcast = addDraft(account);
    if (!BroadcastControl(db()).send(m_broadcast, Clock::nowMs()))
        qFatal("not started");
    auto sent = Sql::exec(db()->connection(),
                          u"UPDATE recipients SET status = 'sent', sent_at = 1, "
                          "provider_message_id = 'wamid.' || id WHERE broadcast_id = ?"_s,
                          {m_broadcast}, u"test"_s);
    auto rows = Sql::exec(db()->connection(),
                          u"SELECT id FROM recipients WHERE broadcast_id = ? ORDER BY id"_s,
                          {m_broadcast}, u"test"_s);
    QList<qint64> ids;
    while (sent && rows && rows->next())
        ids << rows->value(0).toLongLong();
    return ids;
}

QString TestStatusApplier::statusOf(qint64 recipientId)
{
    auto q = Sql::exec(db()->connection(), u"SELECT status FROM recipients WHERE id = ?"_s,
                       {recipientId}, u"test"_s);
    return q && q->next() ? q->value(0).toString() : QString();
}

void TestStatusApplier::oneBatchInRankOrder()
{
    const QList<qint64> ids = sentRecipients(250);
    QCOMPARE(ids.size(), 250);
    QList<StoredEvent> events;
    // A failure that arrived first for recipients delivered later in the same batch.
    for (int i = 0; i < 20; ++i)
        events << status(u"failed"_s, 0, u"wamid.%1"_s.arg(ids[i]), 131026);
    // Read (by message id) before delivered (by recipient id) for the first 120.
    for (int i = 0; i < 120; ++i)
        events << status(u"read"_s, 0, u"wamid.%1"_s.arg(ids[i]));
    for (int i = 0; i < 240; ++i)
        events << status(u"delivered"_s, ids[i], u"wamid.%1"_s.arg(ids[i]));
    // The last ten fail (131050: the contact opted out of marketing).
    for (int i = 240; i < 250; ++i)
        events << status(u"failed"_s, ids[i], u"wamid.%1"_s.arg(ids[i]), 131050);
    WebhookStore store(db());
    QCOMPARE(store.store(events, Clock::nowMs()).value(), int(events.size()));

    BroadcastWatcher watcher(db());
    QSignalSpy heard(&watcher, &BroadcastWatcher::changed);
    auto report = store.applyPending(5000, Clock::nowMs());
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    QCOMPARE(report->applied, int(events.size()));
    QCOMPARE(report->waiting, 0);
    QCOMPARE(report->optedOut, 10);
    QCOMPARE(report->broadcasts, QList<qint64>{m_broadcast});
    for (int i = 0; i < 250; ++i) {
        const QString expected = i < 120 ? u"read"_s : i < 240 ? u"delivered"_s : u"failed"_s;
        QCOMPARE(statusOf(ids[i]), expected);
    }
    const auto byStatus = counts(m_broadcast);
    QCOMPARE(byStatus.value(RecipientStatus::Read), 120);
    QCOMPARE(byStatus.value(RecipientStatus::Failed), 10);
    QCOMPARE(store.pendingCount().value(), 0LL);
    // Applying again changes nothing: every event is marked applied.
    QCOMPARE(store.applyPending(5000, Clock::nowMs())->applied, 0);
    if (watcher.isLive())
        QTRY_VERIFY(heard.contains(QVariantList{m_broadcast}));
}

void TestStatusApplier::unrecordedMessagesWaitThenGiveUp()
{
    const QList<qint64> ids = sentRecipients(3);
    WebhookStore store(db());
    const qint64 now = Clock::nowMs();
    QVERIFY(store.store({status(u"delivered"_s, 0, u"wamid.%1"_s.arg(ids[0])),
                         status(u"delivered"_s, 0, u"wamid.later"_s),
                         status(u"read"_s, 0, u"wamid.later"_s)},
                        now)
                .ok());
    auto report = store.applyPending(5000, now);
    QCOMPARE(report->applied, 1);
    QCOMPARE(report->waiting, 2);
    QCOMPARE(store.pendingCount().value(), 2LL);
    // The send result of wamid.later never came: a day later its statuses are dropped.
    report = store.applyPending(5000, now + 25 * 3600 * 1000LL);
    QCOMPARE(report->applied, 2);
    QCOMPARE(report->waiting, 0);
    QCOMPARE(store.pendingCount().value(), 0LL);
    QCOMPARE(statusOf(ids[0]), u"delivered"_s);
}

QTEST_GUILESS_MAIN(TestStatusApplier)
#include "tst_statusapplier.moc"
