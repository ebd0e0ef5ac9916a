#include "AccountStore.h"
#include "Provider.h"
#include "TemplateStore.h"
#include "TemplateSync.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace megaphone;

class TestTemplateSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }
    void init() { MEGAPHONE_OPEN_TEST_DB(m_test); }
    void cleanup() { m_test.reset(); }

    void sync_data();
    void sync();
    void storesWhatWasListed();
    void reappearingTemplateIsUndeleted();
    void otherAccountsUntouched();
    void namelessTemplatesSkipped();
    void summaryInWords();

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

namespace {

// "name|language|status|body[|remote id]"
RemoteTemplate remoteFrom(const QString &spec)
{
    const QStringList parts = spec.split(u'|');
    RemoteTemplate t;
    t.name = parts.value(0);
    t.language = parts.value(1);
    t.status = parts.value(2);
    t.category = u"MARKETING"_s;
    t.parameterFormat = u"POSITIONAL"_s;
    t.remoteId = parts.value(4, u"id-"_s + t.name + u'-' + t.language);
    t.components
        = QJsonArray { QJsonObject { { u"type"_s, u"BODY"_s }, { u"text"_s, parts.value(3) } } };
    return t;
}

QList<RemoteTemplate> remotesFrom(const QStringList &specs)
{
    QList<RemoteTemplate> list;
    for (const QString &spec : specs)
        list.append(remoteFrom(spec));
    return list;
}

// "added/updated/unchanged/restored/deleted"
QString counts(const SyncReport &r)
{
    return u"%1/%2/%3/%4/%5"_s.arg(r.added)
        .arg(r.updated)
        .arg(r.unchanged)
        .arg(r.restored)
        .arg(r.deleted);
}

const QString sale = u"spring_sale|en|APPROVED|Hi {{1}}"_s;
const QString saleDe = u"spring_sale|de|APPROVED|Hallo {{1}}"_s;
const QString news = u"newsletter|en|APPROVED|News for {{1}}"_s;
const QString promo = u"promo|en|PENDING|Promo"_s;

} // namespace

void TestTemplateSync::sync_data()
{
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QStringList>("listed");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("remaining");

    QTest::newRow("first sync adds")
        << QStringList {} << QStringList { sale, news, promo } << u"3/0/0/0/0"_s << 3;
    QTest::newRow("same again is unchanged")
        << QStringList { sale, news } << QStringList { sale, news } << u"0/0/2/0/0"_s << 2;
    QTest::newRow("status changed")
        << QStringList { sale, promo } << QStringList { sale, u"promo|en|APPROVED|Promo"_s }
        << u"0/1/1/0/0"_s << 2;
    QTest::newRow("components changed")
        << QStringList { sale } << QStringList { u"spring_sale|en|APPROVED|Hey {{1}}!"_s }
        << u"0/1/0/0/0"_s << 1;
    QTest::newRow("remote id changed")
        << QStringList { sale } << QStringList { sale + u"|HX123"_s } << u"0/1/0/0/0"_s << 1;
    QTest::newRow("no longer listed is marked deleted")
        << QStringList { sale, news, promo } << QStringList { news } << u"0/0/1/0/2"_s << 1;
    QTest::newRow("empty list marks all deleted")
        << QStringList { sale, news } << QStringList {} << u"0/0/0/0/2"_s << 0;
    QTest::newRow("another language is another template")
        << QStringList { sale } << QStringList { sale, saleDe } << u"1/0/1/0/0"_s << 2;
    QTest::newRow("add, change, keep and drop at once")
        << QStringList { sale, news, promo }
        << QStringList { saleDe, u"spring_sale|en|PAUSED|Hi {{1}}"_s, news } << u"1/1/1/0/1"_s << 3;
}

void TestTemplateSync::sync()
{
    QFETCH(QStringList, before);
    QFETCH(QStringList, listed);
    QFETCH(QString, expected);
    QFETCH(int, remaining);

    const qint64 account = addAccount(u"Main"_s);
    TemplateStore store(m_test->db());
    if (!before.isEmpty())
        QVERIFY(applyTemplates(store, account, remotesFrom(before)).ok());
    const auto report = applyTemplates(store, account, remotesFrom(listed));
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QCOMPARE(counts(report.value()), expected);
    QCOMPARE(report->listed, int(listed.size()));
    QCOMPARE(store.list(account, false).value().size(), remaining);
}

void TestTemplateSync::storesWhatWasListed()
{
    const qint64 account = addAccount(u"Main"_s);
    TemplateStore store(m_test->db());
    RemoteTemplate remote
        = remoteFrom(u"order_confirmation|en_US|APPROVED|Thanks {{first_name}}|77"_s);
    remote.parameterFormat = u"NAMED"_s;
    remote.category = u"UTILITY"_s;
    QVERIFY(applyTemplates(store, account, { remote }).ok());
    const auto stored = store.findByName(account, remote.name, remote.language).value();
    QVERIFY(stored.has_value());
    QCOMPARE(stored->remoteId, u"77"_s);
    QCOMPARE(stored->status, u"APPROVED"_s);
    QCOMPARE(stored->category, u"UTILITY"_s);
    QCOMPARE(stored->parameterFormat, u"NAMED"_s);
    QCOMPARE(stored->components, remote.components);
    QCOMPARE(stored->deletedAt, 0);
    QVERIFY(stored->syncedAt > 0);
}

void TestTemplateSync::reappearingTemplateIsUndeleted()
{
    const qint64 account = addAccount(u"Main"_s);
    TemplateStore store(m_test->db());
    QVERIFY(applyTemplates(store, account, remotesFrom({ sale, news })).ok());
    QCOMPARE(applyTemplates(store, account, remotesFrom({ sale })).value().deleted, 1);
    const auto gone = store.findByName(account, u"newsletter"_s, u"en"_s).value();
    QVERIFY(gone.has_value() && gone->deletedAt > 0);

    const auto back = applyTemplates(store, account, remotesFrom({ sale, news }));
    QCOMPARE(counts(back.value()), u"0/1/1/1/0"_s);
    const auto again = store.findByName(account, u"newsletter"_s, u"en"_s).value();
    QCOMPARE(again->id, gone->id); // the same row, not a new one
    QCOMPARE(again->deletedAt, 0);
    QCOMPARE(store.list(account, false).value().size(), 2);
}

void TestTemplateSync::otherAccountsUntouched()
{
    const qint64 first = addAccount(u"First"_s);
    const qint64 second = addAccount(u"Second"_s);
    TemplateStore store(m_test->db());
    QVERIFY(applyTemplates(store, first, remotesFrom({ sale, news })).ok());
    QVERIFY(applyTemplates(store, second, remotesFrom({ sale })).ok());
    // The second account lists nothing now: only its own template goes.
    QCOMPARE(applyTemplates(store, second, {}).value().deleted, 1);
    QCOMPARE(store.list(first, false).value().size(), 2);
    QCOMPARE(store.list(second, false).value().size(), 0);
    QCOMPARE(store.list(second, true).value().size(), 1);
}

void TestTemplateSync::namelessTemplatesSkipped()
{
    const qint64 account = addAccount(u"Main"_s);
    TemplateStore store(m_test->db());
    const auto report = applyTemplates(
        store, account, remotesFrom({ sale, u"|en|APPROVED|x"_s, u"nolang||APPROVED|x"_s }));
    QVERIFY(report.ok());
    QCOMPARE(report->skipped, 2);
    QCOMPARE(report->added, 1);
    QCOMPARE(store.list(account, true).value().size(), 1);
}

void TestTemplateSync::summaryInWords()
{
    SyncReport report;
    report.listed = 5;
    report.added = 2;
    report.updated = 1;
    report.unchanged = 2;
    report.deleted = 3;
    const QString text = report.summary();
    QVERIFY2(text.contains(u"5"_s) && text.contains(u"2 new"_s) && text.contains(u"3 no longer"_s),
        qPrintable(text));
}

QTEST_GUILESS_MAIN(TestTemplateSync)
#include "tst_templatesync.moc"
