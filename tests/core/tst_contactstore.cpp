#include "AuditLog.h"
#include "ContactStore.h"
#include "TestDatabase.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace megaphone;

class TestContactStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }
    void init() { MEGAPHONE_OPEN_TEST_DB(m_test); m_store = std::make_unique<ContactStore>(m_test->db()); }
    void cleanup() { m_store.reset(); m_test.reset(); }

    void addAndFindRoundTripsEveryField();
    void duplicatePhoneIsRefused();
    void updateReplacesFieldsAndTags();
    void filtersByTagConsentAndSearch();
    void pagesByKeyset();
    void bulkTagAndUntag();
    void consentChangesAreStampedAndAudited();
    void removeDeletesContactsAndTheirTags();
    void valuesAreBoundNeverSpliced();
    void bulkActionsOnEveryMatchingContact();

private:
    qint64 addContact(const QString &phone, const QString &name, const QStringList &tags = {},
                      Consent consent = Consent::Unknown)
    {
        Contact c;
        c.phoneE164 = phone;
        c.displayName = name;
        c.tags = tags;
        c.consent = consent;
        auto id = m_store->add(c);
        if (!id)
            qWarning() << id.error().message;
        return id.ok() ? id.value() : 0;
    }

    std::unique_ptr<test::TestDatabase> m_test;
    std::unique_ptr<ContactStore> m_store;
};

void TestContactStore::addAndFindRoundTripsEveryField()
{
    Contact c;
    c.phoneE164 = u"+919876543210"_s;
    c.firstName = u"प्रिया"_s;
    c.lastName = u"Sharma"_s;
    c.displayName = u"Priya Sharma"_s;
    c.email = u"priya@example.in"_s;
    c.birthday = u"1990-04-12"_s;
    c.country = u"IN"_s;
    c.timeZone = u"Asia/Kolkata"_s;
    c.language = u"hi"_s;
    c.attributes = QJsonObject{{u"city"_s, u"Pune"_s}, {u"orders"_s, 3}};
    c.consent = Consent::OptedIn;
    c.consentSource = u"checkout form"_s;
    c.consentAt = 1'700'000'000'000;
    c.tags = {u"vip"_s, u"diwali"_s};

    auto id = m_store->add(c);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
    auto found = m_store->find(id.value());
    QVERIFY(found.ok() && found->has_value());
    const Contact &f = **found;
    QCOMPARE(f.phoneE164, c.phoneE164);
    QCOMPARE(f.firstName, c.firstName);
    QCOMPARE(f.lastName, c.lastName);
    QCOMPARE(f.displayName, c.displayName);
    QCOMPARE(f.email, c.email);
    QCOMPARE(f.birthday, c.birthday);
    QCOMPARE(f.country, c.country);
    QCOMPARE(f.timeZone, c.timeZone);
    QCOMPARE(f.language, c.language);
    QCOMPARE(f.attributes, c.attributes);
    QCOMPARE(f.consent, Consent::OptedIn);
    QCOMPARE(f.consentSource, c.consentSource);
    QCOMPARE(f.consentAt, c.consentAt);
    QCOMPARE(f.tags, (QStringList{u"diwali"_s, u"vip"_s}));
    QVERIFY(f.createdAt > 0);

    auto byPhone = m_store->findByPhone(u"+919876543210"_s);
    QVERIFY(byPhone.ok() && byPhone->has_value());
    QCOMPARE(byPhone->value().id, id.value());
    auto missing = m_store->findByPhone(u"+10000000000"_s);
    QVERIFY(missing.ok() && !missing->has_value());
}

void TestContactStore::duplicatePhoneIsRefused()
{
    QVERIFY(addContact(u"+5511912345678"_s, u"Ana"_s) > 0);
    Contact again;
    again.phoneE164 = u"+5511912345678"_s;
    auto result = m_store->add(again);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, u"duplicate"_s);
    QVERIFY(result.error().message.contains(u"+5511912345678"_s));
    QCOMPARE(m_store->count({}).value(), 1);
}

void TestContactStore::updateReplacesFieldsAndTags()
{
    const qint64 id = addContact(u"+447700900123"_s, u"Olivia"_s, {u"uk"_s, u"newsletter"_s});
    auto c = m_store->find(id).value().value();
    c.displayName = u"Olivia Brown"_s;
    c.email = u"olivia@example.co.uk"_s;
    c.tags = {u"uk"_s, u"vip"_s};
    QVERIFY(m_store->update(c).ok());
    auto f = m_store->find(id).value().value();
    QCOMPARE(f.displayName, u"Olivia Brown"_s);
    QCOMPARE(f.email, u"olivia@example.co.uk"_s);
    QCOMPARE(f.tags, (QStringList{u"uk"_s, u"vip"_s}));
    QVERIFY(f.updatedAt >= f.createdAt);

    c.id = id + 1000;
    auto gone = m_store->update(c);
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().code, u"not-found"_s);
}

void TestContactStore::filtersByTagConsentAndSearch()
{
    addContact(u"+34612345678"_s, u"Lucía García"_s, {u"spain"_s, u"vip"_s}, Consent::OptedIn);
    addContact(u"+34698765432"_s, u"Mateo López"_s, {u"spain"_s}, Consent::Unknown);
    addContact(u"+525512345678"_s, u"Sofía Hernández"_s, {u"mexico"_s, u"vip"_s}, Consent::OptedOut);
    addContact(u"+2348031234567"_s, u"Chinedu Okafor"_s, {}, Consent::OptedIn);

    QCOMPARE(m_store->count({}).value(), 4);
    QCOMPARE(m_store->count({{u"vip"_s}, {}, {}}).value(), 2);
    QCOMPARE(m_store->count({{u"vip"_s, u"spain"_s}, {}, {}}).value(), 1);
    QCOMPARE(m_store->count({{}, Consent::OptedIn, {}}).value(), 2);
    QCOMPARE(m_store->count({{u"vip"_s}, Consent::OptedIn, {}}).value(), 1);
    QCOMPARE(m_store->count({{}, {}, u"Lucía"_s}).value(), 1);
    QCOMPARE(m_store->count({{}, {}, u"OKAFOR"_s}).value(), 1); // case does not matter
    QCOMPARE(m_store->count({{}, {}, u"+346"_s}).value(), 2);   // part of a number
    QCOMPARE(m_store->count({{}, {}, u"100%"_s}).value(), 0);   // % is literal, not a wildcard
    QCOMPARE(m_store->count({{u"no-such-tag"_s}, {}, {}}).value(), 0);
}

void TestContactStore::pagesByKeyset()
{
    QList<qint64> ids;
    for (int i = 0; i < 25; ++i)
        ids << addContact(u"+4915100000%1"_s.arg(i, 3, 10, QLatin1Char('0')), u"P%1"_s.arg(i),
                          i % 2 ? QStringList{u"odd"_s} : QStringList{});
    QList<qint64> seen;
    qint64 after = 0;
    for (;;) {
        auto page = m_store->page({}, after, 10);
        QVERIFY(page.ok());
        if (page->isEmpty())
            break;
        QVERIFY(page->size() <= 10);
        for (const Contact &c : page.value()) {
            seen << c.id;
            QCOMPARE(c.tags.contains(u"odd"_s), ids.indexOf(c.id) % 2 == 1);
        }
        after = page->last().id;
    }
    QCOMPARE(seen, ids);
    auto odd = m_store->page({{u"odd"_s}, {}, {}}, 0, 100);
    QVERIFY(odd.ok());
    QCOMPARE(odd->size(), 12);
}

void TestContactStore::bulkTagAndUntag()
{
    QList<qint64> ids;
    for (int i = 0; i < 1200; ++i) // more than one chunk of bound ids
        ids << addContact(u"+62812000%1"_s.arg(i, 5, 10, QLatin1Char('0')), QString());
    auto tagged = m_store->addTag(ids, u"ramadan"_s);
    QVERIFY2(tagged.ok(), qPrintable(tagged.ok() ? QString() : tagged.error().message));
    QCOMPARE(tagged.value(), 1200);
    QCOMPARE(m_store->addTag(ids.mid(0, 10), u"ramadan"_s).value(), 0); // already tagged
    QCOMPARE(m_store->count({{u"ramadan"_s}, {}, {}}).value(), 1200);
    QCOMPARE(m_store->removeTag(ids.mid(0, 700), u"ramadan"_s).value(), 700);
    QCOMPARE(m_store->count({{u"ramadan"_s}, {}, {}}).value(), 500);
    QCOMPARE(m_store->allTags().value(), QStringList{u"ramadan"_s});
    QVERIFY(!m_store->addTag(ids, u"  "_s).ok());
}

void TestContactStore::consentChangesAreStampedAndAudited()
{
    const qint64 a = addContact(u"+971501234567"_s, u"Omar"_s);
    const qint64 b = addContact(u"+971509876543"_s, u"Fatima"_s);
    auto in = m_store->setConsent({a, b}, Consent::OptedIn, u"event sign-up sheet"_s, u"user"_s);
    QVERIFY(in.ok());
    QCOMPARE(in.value(), 2);
    auto c = m_store->find(a).value().value();
    QCOMPARE(c.consent, Consent::OptedIn);
    QCOMPARE(c.consentSource, u"event sign-up sheet"_s);
    QVERIFY(c.consentAt > 0);

    QVERIFY(m_store->setConsent({b}, Consent::OptedOut, u"replied STOP"_s, u"webhook"_s).ok());
    auto out = m_store->find(b).value().value();
    QCOMPARE(out.consent, Consent::OptedOut);
    QCOMPARE(out.optOutSource, u"replied STOP"_s);
    QVERIFY(out.optedOutAt > 0);

    // Opting out again keeps the first opt-out's time and source: they are the proof.
    QCOMPARE(m_store->setConsent({b}, Consent::OptedOut, u"Marked by user"_s, u"user"_s).value(), 0);
    QCOMPARE(m_store->find(b).value().value().optOutSource, u"replied STOP"_s);
    QCOMPARE(m_store->find(b).value().value().optedOutAt, out.optedOutAt);

    auto log = AuditLog(m_test->db()).recent(10);
    QVERIFY(log.ok());
    QCOMPARE(log->size(), 3);
    QCOMPARE(log->at(0).details.value(u"contacts"_s).toInt(), 0);
    QCOMPARE(log->at(1).actor, u"webhook"_s);
    QCOMPARE(log->at(1).action, u"consent.change"_s);
    QCOMPARE(log->at(1).details.value(u"consent"_s).toString(), u"opted_out"_s);
    QCOMPARE(log->at(1).details.value(u"contact_id"_s).toInteger(), b);
    QCOMPARE(log->at(2).details.value(u"contacts"_s).toInt(), 2);
}

void TestContactStore::removeDeletesContactsAndTheirTags()
{
    const qint64 a = addContact(u"+12025550123"_s, u"Jo"_s, {u"us"_s});
    const qint64 b = addContact(u"+12025550124"_s, u"Sam"_s, {u"us"_s});
    QCOMPARE(m_store->remove({a}).value(), 1);
    QCOMPARE(m_store->count({{u"us"_s}, {}, {}}).value(), 1);
    QVERIFY(!m_store->find(a).value().has_value());
    QVERIFY(m_store->find(b).value().has_value());
}

void TestContactStore::valuesAreBoundNeverSpliced()
{
    const QString evil = u"Robert'); DROP TABLE contacts; --"_s;
    const qint64 id = addContact(u"+4930123456"_s, evil, {evil});
    QVERIFY(id > 0);
    QCOMPARE(m_store->find(id).value().value().displayName, evil);
    QCOMPARE(m_store->count({{evil}, {}, evil}).value(), 1);
}

void TestContactStore::bulkActionsOnEveryMatchingContact()
{
    for (int i = 0; i < 30; ++i)
        addContact(u"+55119876543%1"_s.arg(i, 2, 10, QLatin1Char('0')), u"Cliente %1"_s.arg(i),
                   i < 20 ? QStringList{u"sp"_s} : QStringList{u"rj"_s},
                   i == 0 ? Consent::OptedOut : Consent::Unknown);
    const ContactFilter sp{{u"sp"_s}, {}, {}};

    QCOMPARE(m_store->addTagMatching(sp, u"promo"_s).value(), 20);
    QCOMPARE(m_store->addTagMatching(sp, u"promo"_s).value(), 0); // already tagged
    QCOMPARE(m_store->count({{u"promo"_s}, {}, {}}).value(), 20);

    // Opting out keeps the earlier opt-out (its time and source) untouched.
    QCOMPARE(m_store->setConsentMatching(sp, Consent::OptedOut, u"Campaign ended"_s, u"user"_s).value(), 19);
    QCOMPARE(m_store->count({{}, Consent::OptedOut, {}}).value(), 20);
    QCOMPARE(AuditLog(m_test->db()).recent(1).value().first().details.value(u"contacts"_s).toInt(), 19);

    QCOMPARE(m_store->removeTagMatching({{u"promo"_s}, {}, u"Cliente 1"_s}, u"promo"_s).value(), 11);
    QCOMPARE(m_store->count({{u"promo"_s}, {}, {}}).value(), 9);

    QCOMPARE(m_store->removeMatching({{u"rj"_s}, {}, {}}).value(), 10);
    QCOMPARE(m_store->count({}).value(), 20);
    QCOMPARE(m_store->count({{u"rj"_s}, {}, {}}).value(), 0);
}

QTEST_GUILESS_MAIN(TestContactStore)
#include "tst_contactstore.moc"
