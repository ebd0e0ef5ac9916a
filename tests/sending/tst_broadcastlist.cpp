// BroadcastList on both backends: every broadcast newest first with its account and
// counts by recipient state from two set-based queries, the derived totals, and
// BroadcastCopy's new draft.
#include "BroadcastCopy.h"
#include "BroadcastList.h"
#include "BroadcastStore.h"
#include "SendingFixture.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace megaphone;

class TestBroadcastList : public QObject, public test::SendingFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }
    void init() { MEGAPHONE_OPEN_TEST_DB(m_test); }
    void cleanup() { m_test.reset(); }

    void emptyDatabaseHasNoBroadcasts();
    void everyBroadcastNewestFirstWithItsCounts();
    void statesAndTimesAreRead();
    void statusesCarryNoCounts();
    void duplicateMakesADraft();
    void duplicateOfAMissingBroadcastSaysSo();

private:
    // Moves `n` pending recipients of `broadcast` to `status`.
    void setStatus(qint64 broadcast, const QString &status, int n)
    {
        exec(u"UPDATE recipients SET status = ? WHERE id IN (SELECT id FROM recipients "
             "WHERE broadcast_id = ? AND status = 'pending' ORDER BY id LIMIT ?)"_s,
             {status, broadcast, n});
    }
    QList<BroadcastSummary> all()
    {
        auto list = BroadcastList(db()).all();
        if (!list) {
            qWarning("%s", qPrintable(list.error().message));
            return {};
        }
        return list.value();
    }
};

void TestBroadcastList::emptyDatabaseHasNoBroadcasts()
{
    auto list = BroadcastList(db()).all();
    QVERIFY(list.ok());
    QVERIFY(list->isEmpty());
}

void TestBroadcastList::everyBroadcastNewestFirstWithItsCounts()
{
    const qint64 account = addAccount(addPortfolio(u"P"_s, 0));
    exec(u"UPDATE accounts SET label = 'Brazil marketing' WHERE id = ?"_s, {account});
    const qint64 first = pendingBroadcast(account, 10);
    setStatus(first, u"sent"_s, 2);
    setStatus(first, u"delivered"_s, 3);
    setStatus(first, u"read"_s, 1);
    setStatus(first, u"failed"_s, 1);
    setStatus(first, u"unknown"_s, 1);
    setStatus(first, u"sending"_s, 1);
    const qint64 second = pendingBroadcast(account, 4);
    Broadcast draft;
    draft.name = u"No account yet"_s;
    const qint64 third = BroadcastStore(db()).create(draft).value();

    const auto list = all();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list[0].id, third);
    QCOMPARE(list[1].id, second);
    QCOMPARE(list[2].id, first);

    QCOMPARE(list[0].accountLabel, QString());
    QCOMPARE(list[0].total(), 0LL);
    QCOMPARE(list[1].accountLabel, u"Brazil marketing"_s);
    QCOMPARE(list[1].total(), 4LL);
    QCOMPARE(list[1].count(RecipientStatus::Pending), 4LL);
    QCOMPARE(list[1].done(), 0LL);

    const BroadcastSummary &s = list[2];
    QCOMPARE(s.total(), 10LL);
    QCOMPARE(s.count(RecipientStatus::Pending), 1LL);
    QCOMPARE(s.count(RecipientStatus::Sending), 1LL);
    QCOMPARE(s.count(RecipientStatus::Failed), 1LL);
    QCOMPARE(s.count(RecipientStatus::Unknown), 1LL);
    QCOMPARE(s.count(RecipientStatus::Skipped), 0LL);
    QCOMPARE(s.done(), 8LL);
    QCOMPARE(s.sentOrLater(), 6LL);
    QCOMPARE(s.deliveredOrLater(), 4LL);
}

void TestBroadcastList::statesAndTimesAreRead()
{
    const qint64 account = addAccount(addPortfolio(u"P"_s, 0));
    const qint64 id = addBroadcast(account);
    exec(u"UPDATE broadcasts SET status = 'paused', pause_reason = ?, resume_at = ?, "
         "scheduled_at = ?, started_at = ?, finished_at = ? WHERE id = ?"_s,
         {u"Template paused by Meta"_s, 5000, 1000, 2000, 3000, id});
    const auto list = all();
    QCOMPARE(list.size(), 1);
    const BroadcastSummary &s = list.first();
    QCOMPARE(s.name, u"Broadcast"_s);
    QCOMPARE(s.accountId, account);
    QCOMPARE(s.status, BroadcastStatus::Paused);
    QCOMPARE(s.pauseReason, u"Template paused by Meta"_s);
    QCOMPARE(s.resumeAt, 5000LL);
    QCOMPARE(s.scheduledAt, 1000LL);
    QCOMPARE(s.startedAt, 2000LL);
    QCOMPARE(s.finishedAt, 3000LL);
    QVERIFY(s.createdAt > 0);
}

void TestBroadcastList::statusesCarryNoCounts()
{
    const qint64 account = addAccount(addPortfolio(u"P"_s, 0));
    pendingBroadcast(account, 3);
    auto list = BroadcastList(db()).statuses();
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 1);
    QVERIFY(list->first().counts.isEmpty());
}

void TestBroadcastList::duplicateMakesADraft()
{
    const qint64 account = addAccount(addPortfolio(u"P"_s, 0));
    Broadcast b;
    b.name = u"Spring sale"_s;
    b.accountId = account;
    b.audience = QJsonObject{{u"include"_s, QJsonArray{u"vip"_s}}};
    b.mapping = QJsonObject{{u"1"_s, u"first_name"_s}};
    b.sendWindow = QJsonObject{{u"from"_s, u"09:00"_s}, {u"to"_s, u"18:00"_s}};
    b.maxMps = 20;
    b.scheduledAt = 1234;
    const qint64 id = BroadcastStore(db()).create(b).value();
    exec(u"INSERT INTO recipients (broadcast_id, contact_id, phone_e164) SELECT ?, id, phone_e164 "
         "FROM contacts"_s, {id});
    exec(u"UPDATE broadcasts SET status = 'completed', started_at = 1, finished_at = 2 "
         "WHERE id = ?"_s, {id});

    auto copied = BroadcastCopy(db()).duplicate(id);
    QVERIFY2(copied.ok(), copied.ok() ? "" : qPrintable(copied.error().message));
    QVERIFY(copied.value() != id);
    const Broadcast copy = BroadcastStore(db()).find(copied.value()).value().value();
    QCOMPARE(copy.name, u"Spring sale (copy)"_s);
    QCOMPARE(copy.status, BroadcastStatus::Draft);
    QCOMPARE(copy.accountId, account);
    QCOMPARE(copy.audience, b.audience);
    QCOMPARE(copy.mapping, b.mapping);
    QCOMPARE(copy.sendWindow, b.sendWindow);
    QCOMPARE(copy.maxMps, 20);
    QCOMPARE(copy.scheduledAt, 0LL);
    QCOMPARE(copy.startedAt, 0LL);
    QCOMPARE(copy.finishedAt, 0LL);
    const auto list = all();
    QCOMPARE(list.first().id, copied.value());
    QCOMPARE(list.first().total(), 0LL);
}

void TestBroadcastList::duplicateOfAMissingBroadcastSaysSo()
{
    auto copied = BroadcastCopy(db()).duplicate(4242);
    QVERIFY(!copied.ok());
    QCOMPARE(copied.error().code, u"not-found"_s);
    QVERIFY(copied.error().message.contains(u"4242"));
}

QTEST_GUILESS_MAIN(TestBroadcastList)
#include "tst_broadcastlist.moc"
