#include "AccountStore.h"
#include "AuditLog.h"
#include "BroadcastStore.h"
#include "ContactStore.h"
#include "PortfolioStore.h"
#include "RecipientStore.h"
#include "SettingsStore.h"
#include "TemplateStore.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace megaphone;

class TestStores : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }
    void init() { MEGAPHONE_OPEN_TEST_DB(m_test); }
    void cleanup() { m_test.reset(); }

    void portfolios();
    void accounts();
    void templatesUpsertAndDeletionMarking();
    void broadcastsLifecycle();
    void recipientsAddAndCount();
    void auditLogNewestFirst();
    void settingsHoldAnyJsonValue();

private:
    qint64 addAccount(const QString &label)
    {
        Account a;
        a.provider = ProviderKind::Sandbox;
        a.label = label;
        return AccountStore(m_test->db()).add(a).value();
    }

    std::unique_ptr<test::TestDatabase> m_test;
};

void TestStores::portfolios()
{
    PortfolioStore store(m_test->db());
    auto id = store.add({0, u"Acme Retail"_s, 1000});
    QVERIFY(id.ok());
    QVERIFY(!store.add({0, u"Acme Retail"_s, 250}).ok()); // names are unique
    QVERIFY(!store.add({0, u"  "_s, 250}).ok());
    auto p = store.findByName(u"Acme Retail"_s);
    QVERIFY(p.ok() && p->has_value());
    QCOMPARE(p->value().messagingTier, 1000);
    Portfolio changed = p->value();
    changed.messagingTier = 10000;
    QVERIFY(store.update(changed).ok());
    QCOMPARE(store.find(id.value()).value().value().messagingTier, 10000);
    QCOMPARE(store.list().value().size(), 1);
    QVERIFY(store.remove(id.value()).ok());
    QVERIFY(store.list().value().isEmpty());
}

void TestStores::accounts()
{
    const qint64 portfolio = PortfolioStore(m_test->db()).add({0, u"Main"_s, 250}).value();
    AccountStore store(m_test->db());
    Account a;
    a.provider = ProviderKind::Twilio;
    a.label = u"Twilio São Paulo"_s;
    a.portfolioId = portfolio;
    a.displayNumber = u"+55 11 91234-5678"_s;
    a.throughputMps = 80;
    a.baseUrl = u"https://api.twilio.com"_s;
    a.settings = QJsonObject{{u"account_sid"_s, u"AC123"_s}, {u"callback_base"_s, u"https://x.example/"_s}};
    auto id = store.add(a);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
    auto found = store.find(id.value()).value().value();
    QCOMPARE(found.provider, ProviderKind::Twilio);
    QCOMPARE(found.label, a.label);
    QCOMPARE(found.portfolioId, portfolio);
    QCOMPARE(found.throughputMps, 80);
    QCOMPARE(found.settings, a.settings);

    found.qualityRating = u"GREEN"_s;
    QVERIFY(store.update(found).ok());
    QCOMPARE(store.find(id.value()).value().value().qualityRating, u"GREEN"_s);
    QVERIFY(!store.add(Account{}).ok()); // no label

    // Removing the portfolio leaves the account without one.
    QVERIFY(PortfolioStore(m_test->db()).remove(portfolio).ok());
    QCOMPARE(store.find(id.value()).value().value().portfolioId, 0);
    QCOMPARE(store.list().value().size(), 1);
}

void TestStores::templatesUpsertAndDeletionMarking()
{
    const qint64 account = addAccount(u"Sandbox"_s);
    TemplateStore store(m_test->db());
    TemplateRecord t;
    t.accountId = account;
    t.name = u"diwali_offer"_s;
    t.language = u"en"_s;
    t.category = u"MARKETING"_s;
    t.status = u"APPROVED"_s;
    t.parameterFormat = u"NAMED"_s;
    t.components = QJsonArray{QJsonObject{{u"type"_s, u"BODY"_s}, {u"text"_s, u"Hi {{first_name}}"_s}}};
    auto first = store.upsert(t);
    QVERIFY(first.ok());
    t.language = u"hi"_s;
    auto second = store.upsert(t);
    QVERIFY(second.ok());
    QVERIFY(first.value() != second.value());

    t.language = u"en"_s;
    t.status = u"PAUSED"_s;
    QCOMPARE(store.upsert(t).value(), first.value()); // same row updated
    QCOMPARE(store.find(first.value()).value().value().status, u"PAUSED"_s);
    QCOMPARE(store.find(first.value()).value().value().components, t.components);

    QCOMPARE(store.markDeletedExcept(account, {first.value()}).value(), 1);
    QCOMPARE(store.list(account, false).value().size(), 1);
    QCOMPARE(store.list(account, true).value().size(), 2);
    QVERIFY(store.find(second.value()).value().value().deletedAt > 0);
    // Seen again on the provider: no longer deleted.
    t.language = u"hi"_s;
    QCOMPARE(store.upsert(t).value(), second.value());
    QCOMPARE(store.find(second.value()).value().value().deletedAt, 0);
    QVERIFY(store.findByName(account, u"diwali_offer"_s, u"hi"_s).value().has_value());
}

void TestStores::broadcastsLifecycle()
{
    const qint64 account = addAccount(u"Main number"_s);
    BroadcastStore store(m_test->db());
    Broadcast b;
    b.name = u"Black Friday"_s;
    b.accountId = account;
    b.audience = QJsonObject{{u"include_tags"_s, QJsonArray{u"vip"_s}}};
    b.mapping = QJsonObject{{u"1"_s, u"first_name"_s}};
    b.maxMps = 40;
    auto id = store.create(b);
    QVERIFY(id.ok());
    auto found = store.find(id.value()).value().value();
    QCOMPARE(found.status, BroadcastStatus::Draft);
    QCOMPARE(found.audience, b.audience);
    QCOMPARE(found.maxMps, 40);

    found.name = u"Black Friday VIP"_s;
    QVERIFY(store.updateDraft(found).ok());
    QVERIFY(store.setStatus(id.value(), BroadcastStatus::Running).ok());
    const qint64 started = store.find(id.value()).value().value().startedAt;
    QVERIFY(started > 0);
    QVERIFY(store.setStatus(id.value(), BroadcastStatus::Paused, u"Access token expired"_s).ok());
    auto paused = store.find(id.value()).value().value();
    QCOMPARE(paused.pauseReason, u"Access token expired"_s);
    QVERIFY(store.setStatus(id.value(), BroadcastStatus::Running).ok());
    QCOMPARE(store.find(id.value()).value().value().startedAt, started); // first start kept
    QVERIFY(store.find(id.value()).value().value().pauseReason.isEmpty());
    QVERIFY(store.setStatus(id.value(), BroadcastStatus::Completed).ok());
    QVERIFY(store.find(id.value()).value().value().finishedAt > 0);

    auto late = store.updateDraft(found);
    QVERIFY(!late.ok());
    QCOMPARE(late.error().code, u"not-editable"_s);
    QCOMPARE(store.setStatus(id.value() + 99, BroadcastStatus::Running).error().code, u"not-found"_s);
    QCOMPARE(store.list().value().size(), 1);
}

void TestStores::recipientsAddAndCount()
{
    ContactStore contacts(m_test->db());
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i) {
        Contact c;
        c.phoneE164 = u"+9198765432%1"_s.arg(i, 2, 10, QLatin1Char('0'));
        ids << contacts.add(c).value();
    }
    Broadcast b;
    b.name = u"Test"_s;
    b.accountId = addAccount(u"A"_s);
    const qint64 broadcast = BroadcastStore(m_test->db()).create(b).value();
    RecipientStore store(m_test->db());
    QCOMPARE(store.add(broadcast, ids).value(), 5);
    QCOMPARE(store.add(broadcast, ids.mid(0, 2)).value(), 0); // no one twice
    auto counts = store.countByStatus(broadcast);
    QVERIFY(counts.ok());
    QCOMPARE(counts->value(RecipientStatus::Pending), 5);
    QCOMPARE(counts->value(RecipientStatus::Sent), 0);
    auto page = store.page(broadcast, 0, 3);
    QCOMPARE(page.value().size(), 3);
    QCOMPARE(page.value().first().phoneE164, u"+919876543200"_s);
    QCOMPARE(store.page(broadcast, page.value().last().id, 3).value().size(), 2);
}

void TestStores::auditLogNewestFirst()
{
    AuditLog log(m_test->db());
    QVERIFY(log.record(u"user"_s, u"account.add"_s, u"account/1"_s).ok());
    QVERIFY(log.record(u"cli"_s, u"broadcast.retry_unknown"_s, u"broadcast/2"_s,
                       QJsonObject{{u"recipients"_s, 17}})
                .ok());
    auto entries = log.recent(10).value();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.first().action, u"broadcast.retry_unknown"_s);
    QCOMPARE(entries.first().details.value(u"recipients"_s).toInt(), 17);
    QVERIFY(entries.first().at > 0);
}

void TestStores::settingsHoldAnyJsonValue()
{
    SettingsStore store(m_test->db());
    QVERIFY(store.value(u"missing"_s).value().isUndefined());
    QVERIFY(store.setValue(u"n"_s, 42).ok());
    QVERIFY(store.setValue(u"s"_s, u"IN"_s).ok());
    QVERIFY(store.setValue(u"a"_s, QJsonArray{u"STOP"_s, u"BAJA"_s}).ok());
    QVERIFY(store.setValue(u"n"_s, 43).ok()); // overwrite
    QCOMPARE(store.value(u"n"_s).value().toInt(), 43);
    QCOMPARE(store.value(u"s"_s).value().toString(), u"IN"_s);
    QCOMPARE(store.value(u"a"_s).value().toArray().size(), 2);
    QVERIFY(store.remove(u"n"_s).ok());
    QVERIFY(store.value(u"n"_s).value().isUndefined());
}

QTEST_GUILESS_MAIN(TestStores)
#include "tst_stores.moc"
