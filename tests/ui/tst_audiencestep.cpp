// The Broadcast Builder's audience step, offscreen on both backends: the live count of
// who will receive it and why others are left out, ticking tags, conditions from the
// audience JSON and back, and the +1 warning. With MEGAPHONE_SCREENSHOTS=DIR it saves
// the step as a PNG.
#include "ContactStore.h"
#include "PhoneNormalizer.h"
#include "TestDatabase.h"
#include "broadcasts/AudienceStep.h"

#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>
#include <QThreadPool>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace megaphone;

class TestAudienceStep : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void init();
    void cleanup();

    void countsLiveAndSaysWhy();
    void conditionsRoundTrip();
    void screenshot();

private:
    void addContact(const QString &phone, const QString &first, Consent consent,
                    const QStringList &tags, const QString &city = {});
    QString labelText(const QString &start) const;

    std::unique_ptr<test::TestDatabase> m_test;
    std::unique_ptr<AudienceStep> m_step;
};

void TestAudienceStep::init()
{
    MEGAPHONE_OPEN_TEST_DB(m_test);
    addContact(u"+5511987650001"_s, u"Maria"_s, Consent::OptedIn, {u"vip"_s}, u"Lisboa"_s);
    addContact(u"+5511987650002"_s, u"João"_s, Consent::OptedIn, {u"vip"_s, u"blocked"_s});
    addContact(u"+919876500007"_s, u"Priya"_s, Consent::OptedIn, {u"newsletter"_s}, u"Pune"_s);
    addContact(u"+919876500012"_s, u"Rohan"_s, Consent::OptedOut, {u"vip"_s});
    addContact(u"+34612340013"_s, u"Sofía"_s, Consent::Unknown, {u"vip"_s});
    addContact(u"+12025550129"_s, u"Olivia"_s, Consent::OptedIn, {u"vip"_s});
    m_step = std::make_unique<AudienceStep>(m_test->db());
    m_step->resize(1000, 560);
}

void TestAudienceStep::cleanup()
{
    m_step.reset();
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    m_test.reset();
}

void TestAudienceStep::addContact(const QString &phone, const QString &first, Consent consent,
                                  const QStringList &tags, const QString &city)
{
    Contact c;
    c.phoneE164 = phone;
    c.country = PhoneNormalizer().normalize(phone).region; // as the import sets it
    c.firstName = first;
    c.consent = consent;
    c.tags = tags;
    if (!city.isEmpty())
        c.attributes = QJsonObject{{u"city"_s, city}};
    QVERIFY(ContactStore(m_test->db()).add(c).ok());
}

QString TestAudienceStep::labelText(const QString &start) const
{
    for (const QLabel *label : m_step->findChildren<QLabel *>()) {
        if (label->text().startsWith(start))
            return label->text();
    }
    return {};
}

void TestAudienceStep::countsLiveAndSaysWhy()
{
    // Nothing ticked: every contact is considered; the opted-in four receive.
    QTRY_COMPARE(m_step->willReceive(), 4);
    QCOMPARE(labelText(u"4 will receive"_s), u"4 will receive it"_s);
    QCOMPARE(labelText(u"6 match"_s), u"6 match; left out: 1 not opted in; 1 opted out."_s);
    QVERIFY(labelText(u"US numbers (+1) among them: 1."_s).contains(u"+1 numbers"));

    // Tick "vip" to include and "blocked" to leave out.
    auto lists = m_step->findChildren<QListWidget *>();
    QCOMPARE(lists.size(), 2);
    QSignalSpy changed(m_step.get(), &AudienceStep::audienceChanged);
    lists[0]->findItems(u"vip"_s, Qt::MatchExactly).first()->setCheckState(Qt::Checked);
    lists[1]->findItems(u"blocked"_s, Qt::MatchExactly).first()->setCheckState(Qt::Checked);
    QVERIFY(changed.size() >= 2);
    QTRY_COMPARE(m_step->willReceive(), 2); // Maria and Olivia
    const auto sample = m_step->findChild<QTableWidget *>();
    QCOMPARE(sample->rowCount(), 2);
    QCOMPARE(sample->item(0, 0)->text(), u"Maria"_s);
    const QJsonObject audience = m_step->audience();
    QCOMPARE(audience.value(u"include_tags"_s).toArray(), QJsonArray{u"vip"_s});
    QCOMPARE(audience.value(u"exclude_tags"_s).toArray(), QJsonArray{u"blocked"_s});
}

void TestAudienceStep::conditionsRoundTrip()
{
    const QJsonObject audience{
        {u"include_tags"_s, QJsonArray{}},
        {u"exclude_tags"_s, QJsonArray{}},
        {u"conditions"_s, QJsonArray{QJsonObject{{u"field"_s, u"attr:city"_s},
                                                 {u"op"_s, u"is_not_empty"_s},
                                                 {u"value"_s, QString()}}}}};
    m_step->setAudience(audience);
    QTRY_COMPARE(m_step->willReceive(), 2); // Maria (Lisboa) and Priya (Pune)
    QCOMPARE(m_step->audience(), audience);
    m_step->setAudience({});
    QTRY_COMPARE(m_step->willReceive(), 4);
}

void TestAudienceStep::screenshot()
{
    const QString dir = qEnvironmentVariable("MEGAPHONE_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("MEGAPHONE_SCREENSHOTS is not set");
    m_step->setAudience(QJsonObject{
        {u"include_tags"_s, QJsonArray{u"vip"_s}},
        {u"conditions"_s, QJsonArray{QJsonObject{{u"field"_s, u"country"_s},
                                                 {u"op"_s, u"is_not"_s},
                                                 {u"value"_s, u"IN"_s}}}}});
    QTRY_COMPARE(m_step->willReceive(), 3); // Maria, João and Olivia; not Rohan in India
    m_step->show();
    QVERIFY(m_step->grab().save(dir + u"/wizard-audience.png"_s));
}

QTEST_MAIN(TestAudienceStep)
#include "tst_audiencestep.moc"
