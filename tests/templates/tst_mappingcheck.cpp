// MappingCheck on both backends: unmapped parameters, contacts of an audience a field or
// attribute leaves empty, sample contacts and sampled attribute names.
#include "ContactStore.h"
#include "MappingCheck.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace megaphone;

class TestMappingCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }
    void init();
    void cleanup() { m_test.reset(); }

    void unmappedParameters();
    void emptyCountsPerParameter();
    void emptyCountsFollowTheAudience();
    void sampleContacts();
    void attributeKeys();

private:
    qint64 addContact(const QString &phone, const QString &first, const QJsonObject &attributes,
                      const QStringList &tags, Consent consent = Consent::OptedIn);

    std::unique_ptr<test::TestDatabase> m_test;
};

namespace {

// Image header, a body with {{1}} and {{2}}, a URL button with a variable, a quick reply.
MessageTemplate springSale()
{
    const QByteArray json = R"({"name":"spring_sale","language":"en_US","status":"APPROVED",
     "components":[{"type":"HEADER","format":"IMAGE"},
      {"type":"BODY","text":"Hi {{1}}, your tier is {{2}}."},
      {"type":"BUTTONS","buttons":[{"type":"URL","text":"Shop","url":"https://s.example/{{1}}"},
       {"type":"QUICK_REPLY","text":"Stop promotions"}]}]})";
    return MessageTemplate::fromJson(QJsonDocument::fromJson(json).object()).value();
}

ParameterBinding bind(ParameterBinding::Source source, const QString &value,
                      const QString &fallback = {})
{
    return {source, value, fallback};
}

using S = ParameterBinding::Source;

} // namespace

void TestMappingCheck::init()
{
    MEGAPHONE_OPEN_TEST_DB(m_test);
    addContact(u"+5511900000001"_s, u"Ana"_s, {{u"tier"_s, u"gold"_s}}, {u"vip"_s});
    addContact(u"+5511900000002"_s, QString(), {{u"tier"_s, u"  "_s}}, {u"vip"_s});
    addContact(u"+5511900000003"_s, u" "_s, {{u"points"_s, 12}}, {u"vip"_s, u"staff"_s});
    addContact(u"+5511900000004"_s, QString(), {{u"tier"_s, true}}, {});
    addContact(u"+5511900000005"_s, QString(), {}, {u"vip"_s}, Consent::OptedOut);
    addContact(u"+5511900000006"_s, QString(), {{u"tier"_s, QJsonArray{1}}}, {u"vip"_s},
               Consent::Unknown);
}

qint64 TestMappingCheck::addContact(const QString &phone, const QString &first,
                                    const QJsonObject &attributes, const QStringList &tags,
                                    Consent consent)
{
    Contact c;
    c.phoneE164 = phone;
    c.firstName = first;
    c.attributes = attributes;
    c.tags = tags;
    c.consent = consent;
    auto id = ContactStore(m_test->db()).add(c);
    if (!id)
        qFatal("%s", qPrintable(id.error().message));
    return id.value();
}

void TestMappingCheck::unmappedParameters()
{
    const MessageTemplate message = springSale();
    TemplateMapping mapping;
    QCOMPARE(MappingCheck::unmapped(message, mapping),
             (QStringList{u"header.media"_s, u"body.1"_s, u"body.2"_s, u"button.0"_s}));
    mapping.headerMediaUrl = u"https://cdn.example/banner.jpg"_s;
    mapping.bindings.insert(u"body.1"_s, bind(S::ContactField, u"first_name"_s));
    mapping.bindings.insert(u"body.2"_s, bind(S::Fixed, u"  "_s)); // blank text maps nothing
    mapping.bindings.insert(u"button.0"_s, bind(S::Fixed, QString(), u"spring"_s));
    QCOMPARE(MappingCheck::unmapped(message, mapping), QStringList{u"body.2"_s});
    mapping.bindings.insert(u"body.2"_s, bind(S::Attribute, u"tier"_s));
    QVERIFY(MappingCheck::unmapped(message, mapping).isEmpty());
    // Only fields and attributes without a fallback are counted.
    mapping.bindings.insert(u"button.0"_s, bind(S::Attribute, u"code"_s, u"spring"_s));
    QCOMPARE(MappingCheck::countable(message, mapping),
             (QStringList{u"body.1"_s, u"body.2"_s}));
}

void TestMappingCheck::emptyCountsPerParameter()
{
    TemplateMapping mapping;
    mapping.headerMediaUrl = u"https://cdn.example/banner.jpg"_s;
    mapping.bindings.insert(u"header.media"_s, bind(S::Attribute, u"banner"_s));
    mapping.bindings.insert(u"body.1"_s, bind(S::ContactField, u"first_name"_s));
    mapping.bindings.insert(u"body.2"_s, bind(S::Attribute, u"tier"_s));
    mapping.bindings.insert(u"button.0"_s, bind(S::ContactField, u"phone"_s));
    auto gaps = MappingCheck(m_test->db()).emptyCounts(springSale(), mapping, {});
    QVERIFY2(gaps, gaps ? "" : qPrintable(gaps.error().message));
    // Four opted-in contacts; the opted-out and unknown ones never count.
    QCOMPARE(gaps->audience, 4);
    QCOMPARE(gaps->emptyFor.keys(), (QStringList{u"body.1"_s, u"body.2"_s, u"button.0"_s}));
    QCOMPARE(gaps->emptyFor.value(u"body.1"_s), 3); // empty or blank first names
    QCOMPARE(gaps->emptyFor.value(u"body.2"_s), 2); // blank and missing; true is text
    QCOMPARE(gaps->emptyFor.value(u"button.0"_s), 0);

    // A fallback covers everyone; display_name falls back to first name.
    mapping.bindings[u"body.1"_s].fallback = u"there"_s;
    mapping.bindings[u"body.2"_s] = bind(S::ContactField, u"display_name"_s);
    gaps = MappingCheck(m_test->db()).emptyCounts(springSale(), mapping, {});
    QVERIFY(gaps);
    QCOMPARE(gaps->emptyFor.keys(), (QStringList{u"body.2"_s, u"button.0"_s}));
    QCOMPARE(gaps->emptyFor.value(u"body.2"_s), 3);
}

void TestMappingCheck::emptyCountsFollowTheAudience()
{
    TemplateMapping mapping;
    mapping.bindings.insert(u"body.1"_s, bind(S::ContactField, u"first_name"_s));
    mapping.bindings.insert(u"body.2"_s, bind(S::Attribute, u"points"_s));
    MappingCheck check(m_test->db());
    const QJsonObject vip{{u"include_tags"_s, QJsonArray{u"vip"_s}}};
    auto gaps = check.emptyCounts(springSale(), mapping, vip);
    QVERIFY(gaps);
    QCOMPARE(gaps->audience, 3);
    QCOMPARE(gaps->emptyFor.value(u"body.1"_s), 2);
    QCOMPARE(gaps->emptyFor.value(u"body.2"_s), 2); // a number is text
    const QJsonObject vipNotStaff{{u"include_tags"_s, QJsonArray{u"vip"_s}},
                                  {u"exclude_tags"_s, QJsonArray{u"staff"_s}}};
    gaps = check.emptyCounts(springSale(), mapping, vipNotStaff);
    QVERIFY(gaps);
    QCOMPARE(gaps->audience, 2);
    QCOMPARE(gaps->emptyFor.value(u"body.1"_s), 1);
    QCOMPARE(gaps->emptyFor.value(u"body.2"_s), 2);
    const QJsonObject nobody{{u"include_tags"_s, QJsonArray{u"nobody"_s}}};
    gaps = check.emptyCounts(springSale(), mapping, nobody);
    QVERIFY(gaps);
    QCOMPARE(gaps->audience, 0);
    QCOMPARE(gaps->emptyFor.value(u"body.1"_s), 0);
}

void TestMappingCheck::sampleContacts()
{
    MappingCheck check(m_test->db());
    const QJsonObject vip{{u"include_tags"_s, QJsonArray{u"vip"_s}}};
    auto sample = check.sampleContacts(vip, 2);
    QVERIFY(sample);
    QCOMPARE(sample->size(), 2);
    QCOMPARE(sample->at(0).phoneE164, u"+5511900000001"_s);
    QCOMPARE(sample->at(0).attributes.value(u"tier"_s).toString(), u"gold"_s);
    QCOMPARE(sample->at(1).phoneE164, u"+5511900000002"_s);
    // An audience nobody is in: any contacts, for a preview all the same.
    sample = check.sampleContacts({{u"include_tags"_s, QJsonArray{u"nobody"_s}}}, 10);
    QVERIFY(sample);
    QCOMPARE(sample->size(), 6);
}

// The attribute names the mapping table offers (ContactStore, sampled as the page asks).
void TestMappingCheck::attributeKeys()
{
    ContactStore check(m_test->db());
    auto keys = check.attributeKeys();
    QVERIFY2(keys, keys ? "" : qPrintable(keys.error().message));
    QCOMPARE(keys.value(), (QStringList{u"points"_s, u"tier"_s}));
    // Sampled: the newest contacts with attributes only.
    keys = check.attributeKeys(1);
    QVERIFY(keys);
    QCOMPARE(keys.value(), QStringList{u"tier"_s});
}

QTEST_GUILESS_MAIN(TestMappingCheck)
#include "tst_mappingcheck.moc"
