// BroadcastDrafts::duplicate on both backends: a sent broadcast copied into a new draft.
#include "AccountStore.h"
#include "BroadcastDrafts.h"
#include "BroadcastStore.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace megaphone;

class TestBroadcastDrafts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }
    void init() { MEGAPHONE_OPEN_TEST_DB(m_test); }
    void cleanup() { m_test.reset(); }

    void duplicateCopiesTheSettings();
    void duplicateKeepsAScheduleAhead();
    void duplicateOfNothing();

private:
    Broadcast completedBroadcast(qint64 scheduledAt);

    std::unique_ptr<test::TestDatabase> m_test;
};

Broadcast TestBroadcastDrafts::completedBroadcast(qint64 scheduledAt)
{
    Account account;
    account.provider = ProviderKind::Sandbox;
    account.label = u"Sandbox"_s;
    Broadcast b;
    b.name = u"Spring sale"_s;
    b.accountId = AccountStore(m_test->db()).add(account).value();
    b.mapping = {{u"bindings"_s, QJsonObject{{u"body.1"_s, QJsonObject{{u"source"_s, u"field"_s},
                                                                      {u"value"_s, u"first_name"_s}}}}}};
    b.audience = {{u"include_tags"_s, QJsonArray{u"vip"_s}}, {u"exclude_tags"_s, QJsonArray{}}};
    b.scheduledAt = scheduledAt;
    b.sendWindow = {{u"local_hours"_s, u"09:00-20:00"_s}};
    b.maxMps = 40;
    BroadcastStore store(m_test->db());
    b.id = store.create(b).value();
    if (!store.setStatus(b.id, BroadcastStatus::Running) || !store.setStatus(b.id, BroadcastStatus::Completed))
        qFatal("could not complete the broadcast");
    return b;
}

void TestBroadcastDrafts::duplicateCopiesTheSettings()
{
    const Broadcast original = completedBroadcast(1'000);
    auto id = BroadcastDrafts(m_test->db()).duplicate(original.id, 5'000);
    QVERIFY2(id, id ? "" : qPrintable(id.error().message));
    QVERIFY(id.value() != original.id);
    auto copy = BroadcastStore(m_test->db()).find(id.value());
    QVERIFY(copy && copy->has_value());
    const Broadcast &c = copy->value();
    QCOMPARE(c.name, u"Spring sale (copy)"_s);
    QCOMPARE(c.status, BroadcastStatus::Draft);
    QCOMPARE(c.accountId, original.accountId);
    QCOMPARE(c.mapping, original.mapping);
    QCOMPARE(c.audience, original.audience);
    QCOMPARE(c.sendWindow, original.sendWindow);
    QCOMPARE(c.maxMps, 40);
    QCOMPARE(c.scheduledAt, 0); // the schedule had passed
    QCOMPARE(c.startedAt, 0);
    QCOMPARE(c.finishedAt, 0);
    // The copy is a draft that can be edited.
    Broadcast edited = c;
    edited.name = u"Summer sale"_s;
    QVERIFY(BroadcastStore(m_test->db()).updateDraft(edited));
}

void TestBroadcastDrafts::duplicateKeepsAScheduleAhead()
{
    const Broadcast original = completedBroadcast(9'000);
    auto id = BroadcastDrafts(m_test->db()).duplicate(original.id, 5'000);
    QVERIFY(id);
    QCOMPARE(BroadcastStore(m_test->db()).find(id.value()).value()->scheduledAt, 9'000);
}

void TestBroadcastDrafts::duplicateOfNothing()
{
    auto id = BroadcastDrafts(m_test->db()).duplicate(4242, 0);
    QVERIFY(!id);
    QCOMPARE(id.error().code, u"not-found"_s);
}

QTEST_GUILESS_MAIN(TestBroadcastDrafts)
#include "tst_broadcastdrafts.moc"
