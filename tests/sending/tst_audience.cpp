// Audiences with field and attribute conditions, on both backends: the SQL selects what
// the conditions say (ignoring case; an unknown field matches nobody), AudiencePreview's
// figures are exactly what SendingStore::materialise then does, the sample holds only
// contacts who will receive; the JSON round trip and the words; SendPlan's ETA and daily plan.
#include "AudiencePreview.h"
#include "ContactStore.h"
#include "SendPlan.h"
#include "SendingFixture.h"
#include "SendingStore.h"
#include "Sql.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace megaphone;
using Op = AudienceCondition::Op;

class TestAudience : public QObject, private test::SendingFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }
    void init() { MEGAPHONE_OPEN_TEST_DB(m_test); }
    void cleanup() { m_test.reset(); }

    void jsonAndWords();
    void conditionsSelect_data();
    void conditionsSelect();
    void countryIsItsCodeInCapitals();
    void tagsSelect_data();
    void tagsSelect();
    void previewMatchesMaterialise();
    void previewWhicheverConsentMostHave_data();
    void previewWhicheverConsentMostHave();
    void sendPlan_data();
    void sendPlan();

private:
    // Four contacts with fields and attributes; their ids.
    QList<qint64> addPeople();
    qint64 count(const Audience &audience);
};

QList<qint64> TestAudience::addPeople()
{
    struct Person
    {
        const char16_t *first, *country, *email, *city;
    };
    const Person people[] = {{u"Ana", u"BR", u"ana@example.com", u"Lisboa"},
                             {u"João", u"BR", u"", u"São Paulo"},
                             {u"Priya", u"IN", u"priya@example.com", nullptr},
                             {u"Diana", u"ES", nullptr, u"Madrid"}};
    QList<qint64> ids;
    for (const Person &p : people) {
        const qint64 id = addContact(Consent::OptedIn, {u"all"_s});
        Contact c = *ContactStore(db()).find(id).value();
        c.firstName = QString::fromUtf16(p.first);
        c.country = QString::fromUtf16(p.country);
        c.email = p.email ? QString::fromUtf16(p.email) : QString();
        if (p.city)
            c.attributes = QJsonObject{{u"city"_s, QString::fromUtf16(p.city)},
                                       {u"loyalty \"tier\""_s, u"gold"_s}};
        if (!ContactStore(db()).update(c))
            qFatal("not updated");
        ids << id;
    }
    return ids;
}

qint64 TestAudience::count(const Audience &audience)
{
    auto estimate = AudiencePreview(db()).estimate(audience, 0, 0, 0);
    return estimate ? estimate->matching : -1;
}

void TestAudience::jsonAndWords()
{
    Audience audience{{u"vip"_s}, {u"blocked"_s}, {{u"country"_s, Op::Is, u"BR"_s},
                                                  {u"attr:city"_s, Op::Contains, u"paulo"_s},
                                                  {u"email"_s, Op::IsEmpty, {}}}};
    const Audience back = Audience::fromJson(audience.toJson());
    QCOMPARE(back.conditions, audience.conditions);
    QCOMPARE(back.includeTags, audience.includeTags);
    QCOMPARE(audience.describe(), u"tagged vip, not tagged blocked, country is \"BR\", attribute "
                                  "\"city\" contains \"paulo\", no email"_s);
    // An operator from a newer version is kept as a condition that matches nobody.
    const QJsonObject unknown{{u"conditions"_s, QJsonArray{QJsonObject{
                                   {u"field"_s, u"country"_s}, {u"op"_s, u"near"_s}}}}};
    QCOMPARE(Audience::fromJson(unknown).conditions.size(), 1);
    QVERIFY(Audience::fromJson(unknown).conditions.first().field.isEmpty());
}

void TestAudience::conditionsSelect_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("op");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("expected");
    QTest::newRow("country is, any case") << u"country"_s << int(Op::Is) << u"br"_s << 2;
    QTest::newRow("country is not") << u"country"_s << int(Op::IsNot) << u"BR"_s << 2;
    QTest::newRow("first name contains") << u"first_name"_s << int(Op::Contains) << u"AN"_s << 2;
    QTest::newRow("email is empty (blank or missing)") << u"email"_s << int(Op::IsEmpty) << QString()
                                                       << 2;
    QTest::newRow("email is not empty") << u"email"_s << int(Op::IsNotEmpty) << QString() << 2;
    QTest::newRow("attribute is") << u"attr:city"_s << int(Op::Is) << u"madrid"_s << 1;
    QTest::newRow("attribute is, accented, in capitals")
        << u"attr:city"_s << int(Op::Is) << u"SÃO PAULO"_s << 1;
    QTest::newRow("attribute is not") << u"attr:city"_s << int(Op::IsNot) << u"madrid"_s << 3;
    QTest::newRow("attribute contains") << u"attr:city"_s << int(Op::Contains) << u"o"_s << 2;
    QTest::newRow("attribute missing") << u"attr:city"_s << int(Op::IsEmpty) << QString() << 1;
    QTest::newRow("attribute key with quotes and a space")
        << u"attr:loyalty \"tier\""_s << int(Op::Is) << u"GOLD"_s << 3;
    QTest::newRow("unknown field matches nobody") << u"password"_s << int(Op::IsNotEmpty)
                                                  << QString() << 0;
    QTest::newRow("a value that looks like SQL") << u"country"_s << int(Op::Is) << u"' OR 1=1 --"_s
                                                 << 0;
}

void TestAudience::conditionsSelect()
{
    QFETCH(QString, field);
    QFETCH(int, op);
    QFETCH(QString, value);
    QFETCH(int, expected);
    addPeople();
    QCOMPARE(count(Audience{{}, {}, {{field, Op(op), value}}}), qint64(expected));
}

// The contact store keeps a country code in capitals, and "country is" compares it so,
// whatever case either was typed in.
void TestAudience::countryIsItsCodeInCapitals()
{
    const qint64 id = addContact(Consent::OptedIn, {});
    Contact c = *ContactStore(db()).find(id).value();
    c.country = u" pt "_s;
    QVERIFY(ContactStore(db()).update(c).ok());
    QCOMPARE(ContactStore(db()).find(id).value()->country, u"PT"_s);
    QCOMPARE(count(Audience{{}, {}, {{u"country"_s, Op::Is, u"Pt "_s}}}), 1);
    QCOMPARE(count(Audience{{}, {}, {{u"country"_s, Op::IsNot, u"pt"_s}}}), 0);
    QCOMPARE(count(Audience{{}, {}, {{u"country"_s, Op::Contains, u"t"_s}}}), 1);
    QCOMPARE(count(Audience{{}, {}, {{u"country"_s, Op::Is, u"BR"_s}}}), 0);
}

void TestAudience::tagsSelect_data()
{
    QTest::addColumn<QStringList>("include");
    QTest::addColumn<QStringList>("exclude");
    QTest::addColumn<int>("expected");
    const QStringList none;
    QTest::newRow("one tag") << QStringList{u"vip"_s} << none << 2;
    QTest::newRow("two tags, a contact with both counted once")
        << QStringList{u"vip"_s, u"new"_s} << none << 3;
    QTest::newRow("two tags, one left out")
        << QStringList{u"vip"_s, u"new"_s} << QStringList{u"blocked"_s} << 2;
    QTest::newRow("included and left out by the same contact")
        << QStringList{u"new"_s} << QStringList{u"vip"_s} << 1;
    QTest::newRow("only left out") << none << QStringList{u"blocked"_s} << 3;
    QTest::newRow("a tag nobody has") << QStringList{u"ghost"_s} << none << 0;
    QTest::newRow("a tag nobody has, and one") << QStringList{u"ghost"_s, u"vip"_s} << none << 2;
    QTest::newRow("leaving out a tag nobody has") << none << QStringList{u"ghost"_s} << 5;
}

void TestAudience::tagsSelect()
{
    QFETCH(QStringList, include);
    QFETCH(QStringList, exclude);
    QFETCH(int, expected);
    addContact(Consent::OptedIn, {u"vip"_s, u"new"_s});
    addContact(Consent::OptedIn, {u"vip"_s});
    addContact(Consent::OptedIn, {u"new"_s, u"blocked"_s});
    addContact(Consent::OptedIn, {});
    addContact(Consent::OptedIn, {u"blocked"_s});
    const Audience audience{include, exclude, {}};
    QCOMPARE(count(audience), qint64(expected));
    // The preview counts them as materialise picks them.
    const qint64 broadcast = addBroadcast(addAccount(0));
    auto counts = SendingStore(db()).materialise(broadcast, audience, 0, 1750000000000);
    QVERIFY(counts.ok());
    QCOMPARE(counts->pending, qint64(expected));
}

void TestAudience::previewMatchesMaterialise()
{
    const QList<qint64> people = addPeople();
    addContact(Consent::OptedOut, {u"all"_s});
    addContact(Consent::Unknown, {u"all"_s});
    const qint64 account = addAccount(0);
    // Priya got another broadcast an hour ago: the 24 h frequency cap holds her back.
    const qint64 earlier = addBroadcast(account);
    const qint64 now = 1750000000000;
    exec(u"INSERT INTO recipients (broadcast_id, contact_id, phone_e164, status, claimed_at) "
         "SELECT ?, id, phone_e164, 'sent', ? FROM contacts WHERE id = ?"_s,
         {earlier, now - 3600 * 1000, people[2]});
    exec(u"UPDATE contacts SET phone_e164 = '+12025550123' WHERE id = ?"_s, {people[3]});
    // Priya's number is a +1 too, but the cap holds her back: not among the +1 who receive.
    exec(u"UPDATE contacts SET phone_e164 = '+12025550124' WHERE id = ?"_s, {people[2]});
    const Audience audience{{u"all"_s}, {}, {{u"attr:city"_s, Op::IsNotEmpty, {}}}};

    auto estimate = AudiencePreview(db()).estimate(Audience{{u"all"_s}, {}, {}}, 24, now, 10);
    QVERIFY2(estimate.ok(), estimate.ok() ? "" : qPrintable(estimate.error().message));
    QCOMPARE(estimate->matching, 6);
    QCOMPARE(estimate->optedOut, 1);
    QCOMPARE(estimate->noConsent, 1);
    QCOMPARE(estimate->frequencyCapped, 1);
    QCOMPARE(estimate->willReceive, 3);
    QCOMPARE(estimate->plusOne, 1);
    QCOMPARE(estimate->sample.size(), 3);
    QCOMPARE(estimate->sample.first().id, people[0]);
    for (const Contact &c : std::as_const(estimate->sample))
        QVERIFY(c.id != people[2] && c.consent == Consent::OptedIn);

    // Everyone, or everyone but a tag nobody has: all the contacts counted at once, those of
    // the other consents from their own ranges.
    for (const Audience &everyone : {Audience{}, Audience{{}, {u"nobody"_s}, {}}}) {
        auto all = AudiencePreview(db()).estimate(everyone, 24, now, 0);
        QVERIFY(all.ok());
        QCOMPARE(all->matching, estimate->matching);
        QCOMPARE(all->optedOut, estimate->optedOut);
        QCOMPARE(all->noConsent, estimate->noConsent);
        QCOMPARE(all->frequencyCapped, estimate->frequencyCapped);
        QCOMPARE(all->willReceive, estimate->willReceive);
        QCOMPARE(all->plusOne, estimate->plusOne);
    }

    const qint64 broadcast = addBroadcast(account);
    auto counts = SendingStore(db()).materialise(broadcast, Audience{{u"all"_s}, {}, {}}, 24, now);
    QVERIFY(counts.ok());
    QCOMPARE(counts->pending, estimate->willReceive);
    QCOMPARE(counts->optedOut, estimate->optedOut);
    QCOMPARE(counts->notOptedIn, estimate->noConsent);
    QCOMPARE(counts->frequencyCap, estimate->frequencyCapped);

    // With a condition the same split holds; only Ana, João and Diana have a city.
    auto narrowed = AudiencePreview(db()).estimate(audience, 24, now, 0);
    QCOMPARE(narrowed->matching, 3);
    QCOMPARE(narrowed->willReceive, 3);
    QVERIFY(narrowed->sample.isEmpty());
}

void TestAudience::previewWhicheverConsentMostHave_data()
{
    QTest::addColumn<int>("commonest");
    QTest::newRow("most opted in") << int(Consent::OptedIn);
    QTest::newRow("most opted out") << int(Consent::OptedOut);
    QTest::newRow("most unknown") << int(Consent::Unknown);
}

// PostgreSQL counts a tags-only audience from the tags, and both backends count everyone at
// once; each looks up only the contacts whose consent is not the commonest and takes the
// commonest's count as what is left (SQLite, without statistics, takes opted in as the
// commonest): the same figures as materialise, whichever consent most contacts have.
void TestAudience::previewWhicheverConsentMostHave()
{
    QFETCH(int, commonest);
    const qint64 account = addAccount(0);
    const qint64 earlier = addBroadcast(account);
    const qint64 now = 1750000000000;
    const auto reachedAnHourAgo = [&](qint64 contact) {
        exec(u"INSERT INTO recipients (broadcast_id, contact_id, phone_e164, status, claimed_at) "
             "SELECT ?, id, phone_e164, 'sent', ? FROM contacts WHERE id = ?"_s,
             {earlier, now - 3600 * 1000, contact});
    };
    qint64 optedIn = 0, optedOut = 0, unknown = 0, capped = 0;
    for (Consent consent : {Consent::OptedIn, Consent::OptedOut, Consent::Unknown}) {
        const int n = int(consent) == commonest ? 8 : 2;
        for (int i = 0; i < n; ++i) {
            const qint64 id = addContact(consent, {u"t"_s});
            if (i == 0 || (i == 1 && n == 8)) {
                reachedAnHourAgo(id);
                capped += consent == Consent::OptedIn ? 1 : 0;
            }
        }
        (consent == Consent::OptedIn ? optedIn : consent == Consent::OptedOut ? optedOut : unknown)
            += n;
    }
    reachedAnHourAgo(addContact(Consent::OptedIn, {u"t"_s, u"x"_s})); // left out by x
    addContact(Consent::OptedIn, {}); // no tag
    QVERIFY(QSqlQuery(db()->connection()).exec(u"ANALYZE contacts"_s)); // not preparable
    if (db()->isPostgres()) { // the planner's statistics name the commonest consent
        auto top = Sql::exec(db()->connection(),
                             u"SELECT most_common_vals::text FROM pg_stats WHERE tablename = "
                             "'contacts' AND attname = 'consent'"_s,
                             {}, u"read the statistics"_s);
        QVERIFY(top.ok() && top->next());
        QVERIFY2(top->value(0).toString().startsWith(
                     u"{"_s + consentToDb(Consent(commonest))),
                 qPrintable(top->value(0).toString()));
    }

    const Audience audience{{u"t"_s}, {u"x"_s}, {}};
    auto estimate = AudiencePreview(db()).estimate(audience, 24, now, 0);
    QVERIFY2(estimate.ok(), estimate.ok() ? "" : qPrintable(estimate.error().message));
    QCOMPARE(estimate->matching, optedIn + optedOut + unknown);
    QCOMPARE(estimate->optedOut, optedOut);
    QCOMPARE(estimate->noConsent, unknown);
    QCOMPARE(estimate->frequencyCapped, capped);
    QCOMPARE(estimate->willReceive, optedIn - capped);

    // Everyone, everyone but x (everyone's figures less x's), and the tag itself.
    for (const Audience &a : {audience, Audience{}, Audience{{}, {u"x"_s}, {}}}) {
        auto preview = AudiencePreview(db()).estimate(a, 24, now, 0);
        QVERIFY(preview.ok());
        auto counts = SendingStore(db()).materialise(addBroadcast(account), a, 24, now);
        QVERIFY(counts.ok());
        QCOMPARE(counts->pending, preview->willReceive);
        QCOMPARE(counts->optedOut, preview->optedOut);
        QCOMPARE(counts->notOptedIn, preview->noConsent);
        QCOMPARE(counts->frequencyCap, preview->frequencyCapped);
    }
}

void TestAudience::sendPlan_data()
{
    QTest::addColumn<qint64>("recipients");
    QTest::addColumn<int>("mps");
    QTest::addColumn<int>("tier");
    QTest::addColumn<qint64>("used");
    QTest::addColumn<int>("window");
    QTest::addColumn<int>("days");
    QTest::addColumn<qint64>("firstDay");
    QTest::addColumn<qint64>("durationMs");
    const qint64 day = 24LL * 3600 * 1000;
    QTest::newRow("10,000 on a 250 tier: 40 days") << 10000LL << 80 << 250 << 0LL << 0 << 40
                                                   << 250LL << 39 * day + 3125;
    QTest::newRow("a morning's quota already used") << 1000LL << 80 << 1000 << 400LL << 0 << 2
                                                    << 600LL << day + 5000;
    QTest::newRow("fast, unlimited") << 100000LL << 1000 << 0 << 0LL << 0 << 1 << 100000LL
                                     << 100000LL;
    QTest::newRow("an hour's window a day at 1/s") << 10000LL << 1 << 0 << 0LL << 60 << 3 << 3600LL
                                                   << 2 * day + 2800 * 1000LL;
    QTest::newRow("nothing to send") << 0LL << 80 << 250 << 0LL << 0 << 0 << 0LL << 0LL;
}

void TestAudience::sendPlan()
{
    QFETCH(qint64, recipients);
    QFETCH(int, mps);
    QFETCH(int, tier);
    QFETCH(qint64, used);
    QFETCH(int, window);
    QFETCH(int, days);
    QFETCH(qint64, firstDay);
    QFETCH(qint64, durationMs);
    const SendPlan plan = SendPlan::make({recipients, mps, tier, used, window});
    QVERIFY(plan.possible);
    QCOMPARE(plan.days.size(), days);
    QCOMPARE(plan.days.value(0).messages, firstDay);
    QCOMPARE(plan.durationMs, durationMs);
    QVERIFY(!plan.describe().isEmpty());
    // Today's tier already spent: the plan starts tomorrow.
    const SendPlan tomorrow = SendPlan::make({10, 80, 5, 5, 0});
    QCOMPARE(tomorrow.days.first().day, 2);
    QCOMPARE(tomorrow.days.size(), 2);
}

QTEST_GUILESS_MAIN(TestAudience)
#include "tst_audience.moc"
