#include "ColumnMapping.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using megaphone::ColumnMapping;
using megaphone::ColumnTarget;
using megaphone::Consent;
using megaphone::ContactField;

Q_DECLARE_METATYPE(std::optional<Consent>)

namespace {

QList<qsizetype> columns(std::initializer_list<qsizetype> list)
{
    return QList<qsizetype>(list);
}

} // namespace

class TestColumnMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectsExports_data();
    void detectsExports();
    void attributeNames_data();
    void attributeNames();
    void userChangesMapping();
    void phonePriorityCanBeReordered();
    void isValid_data();
    void isValid();
    void parseConsent_data();
    void parseConsent();
    void splitTags_data();
    void splitTags();
    void fieldFromName_data();
    void fieldFromName();
    void jsonRoundTrip();
    void fromJsonRefusesDamage();
    void appliedToAnotherFile();
};

// Header rows of real exports, "|"-separated, with the expected target of every column.
void TestColumnMapping::detectsExports_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("expected"); // targetName() of every column
    QTest::addColumn<QList<qsizetype>>("phones"); // phoneColumns(), best first
    const auto row = [](const char *name, const QString &header, const QString &expected,
                        QList<qsizetype> phones) {
        QTest::newRow(name) << header.split(u'|') << expected.split(u'|') << phones;
    };

    row("Google Contacts (old)",
        u"Name|Given Name|Additional Name|Family Name|Yomi Name|Given Name Yomi|Nickname|Birthday|"
        u"Notes|Language|Group Membership|E-mail 1 - Type|E-mail 1 - Value|E-mail 2 - Type|"
        u"E-mail 2 - Value|Phone 1 - Type|Phone 1 - Value|Phone 2 - Type|Phone 2 - Value|"
        u"Organization 1 - Name"_s,
        u"display_name|first_name|attr.additional_name|last_name|attr.yomi_name|"
        u"attr.given_name_yomi|attr.nickname|birthday|attr.notes|language|tags|attr.e_mail_1_type|"
        u"email|attr.e_mail_2_type|attr.e_mail_2_value|attr.phone_1_type|phone|attr.phone_2_type|"
        u"phone|attr.organization_1_name"_s,
        {16, 18});
    row("Google Contacts (new)",
        u"First Name|Middle Name|Last Name|Phonetic First Name|Birthday|Labels|E-mail 1 - Label|"
        u"E-mail 1 - Value|Phone 1 - Label|Phone 1 - Value|Phone 2 - Label|Phone 2 - Value"_s,
        u"first_name|attr.middle_name|last_name|attr.phonetic_first_name|birthday|tags|"
        u"attr.e_mail_1_label|email|attr.phone_1_label|phone|attr.phone_2_label|phone"_s,
        {9, 11});
    row("Outlook",
        u"First Name|Last Name|Company|Business Country/Region|Home Country/Region|"
        u"Assistant's Phone|Business Fax|Business Phone|Home Phone|Mobile Phone|Pager|"
        u"Primary Phone|Birthday|Categories|E-mail Address|E-mail Type|E-mail Display Name|"
        u"E-mail 2 Address"_s,
        u"first_name|last_name|attr.company|attr.business_country_region|country|phone|"
        u"attr.business_fax|phone|phone|phone|attr.pager|phone|birthday|tags|email|"
        u"attr.e_mail_type|attr.e_mail_display_name|attr.e_mail_2_address"_s,
        {9, 8, 11, 5, 7});
    row("Shopify customers",
        u"Customer ID|First Name|Last Name|Email|Accepts Email Marketing|Default Address Company|"
        u"Default Address Country Code|Default Address Phone|Phone|Accepts SMS Marketing|"
        u"Total Spent|Tags"_s,
        u"attr.customer_id|first_name|last_name|email|attr.accepts_email_marketing|"
        u"attr.default_address_company|country|phone|phone|consent|attr.total_spent|tags"_s,
        {8, 7});
    row("HubSpot",
        u"Record ID|First Name|Last Name|Email|Phone Number|Mobile Phone Number|"
        u"WhatsApp Phone Number|Country/Region|Marketing contact status"_s,
        u"attr.record_id|first_name|last_name|email|phone|phone|phone|country|"
        u"attr.marketing_contact_status"_s,
        {6, 5, 4});
    row("Mailchimp",
        u"Email Address|First Name|Last Name|Address|Phone Number|TAGS|MEMBER_RATING|OPTIN_TIME|"
        u"TIMEZONE|CC"_s,
        u"email|first_name|last_name|attr.address|phone|tags|attr.member_rating|attr.optin_time|"
        u"time_zone|country"_s,
        {4});
    row("WATI", u"Name|CountryCode|Phone|Tags|City"_s,
        u"display_name|country|phone|tags|attr.city"_s, {2});
    row("Interakt", u"Name|Country Code|Phone Number|Email|WhatsApp Opted|Tags"_s,
        u"display_name|country|phone|email|consent|tags"_s, {2});
    row("Spanish sheet",
        u"Nombre|Apellido|Teléfono|Celular|Correo electrónico|País|Etiquetas|Fecha de nacimiento"_s,
        u"first_name|last_name|phone|phone|email|country|tags|birthday"_s, {3, 2});
    row("Spanish, name only", u"Nombre|Móvil"_s, u"display_name|phone"_s, {1});
    row("Portuguese sheet", u"Nome|Sobrenome|Telefone|WhatsApp|E-mail|Aniversário"_s,
        u"first_name|last_name|phone|phone|email|birthday"_s, {3, 2});
    row("German sheet", u"Vorname|Nachname|Handy|Telefon|E-Mail|Geburtstag"_s,
        u"first_name|last_name|phone|phone|email|birthday"_s, {2, 3});
    row("German Name + Vorname", u"Name|Vorname|Handynummer"_s, u"last_name|first_name|phone"_s,
        {2});
    row("Indian sheet", u"S.No|Naam|Contact Number|Mobile No|Whatsapp Number|Mob|Loyalty Tier|"_s,
        u"attr.s_no|display_name|phone|phone|phone|phone|attr.loyalty_tier|ignore"_s, {4, 3, 5, 2});
    row("English hand-made",
        u"Full Name|Mobile|Phone|Email|Opt-in|Opt-in date|Unsubscribed|Language|Time Zone|DOB"_s,
        u"display_name|phone|phone|email|consent|attr.opt_in_date|attr.unsubscribed|language|"
        u"time_zone|birthday"_s,
        {1, 2});
    row("duplicate headers", u"Phone|Notes|Notes|#"_s,
        u"phone|attr.notes|attr.notes_2|attr.column_4"_s, {0});
}

void TestColumnMapping::detectsExports()
{
    QFETCH(QStringList, header);
    const ColumnMapping mapping = ColumnMapping::detect(header);
    QCOMPARE(mapping.columnCount(), header.size());
    QStringList targets;
    for (qsizetype i = 0; i < mapping.columnCount(); ++i)
        targets << ColumnMapping::targetName(mapping.target(i));
    QTEST(targets, "expected");
    QTEST(mapping.phoneColumns(), "phones");
    QString why;
    QVERIFY2(mapping.isValid(&why), qPrintable(why));
}

void TestColumnMapping::attributeNames_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("name");
    QTest::newRow("words") << u"Loyalty Tier"_s << u"loyalty_tier"_s;
    QTest::newRow("camel") << u"CustomerSince"_s << u"customer_since"_s;
    QTest::newRow("upper snake") << u"MEMBER_RATING"_s << u"member_rating"_s;
    QTest::newRow("punctuation") << u"  Order #  (last) "_s << u"order_last"_s;
    QTest::newRow("accents") << u"Ciudad / Región"_s << u"ciudad_region"_s;
    QTest::newRow("digits") << u"Address 1 - Zip"_s << u"address_1_zip"_s;
    QTest::newRow("Devanagari") << u"शहर"_s << u"शहर"_s;
    QTest::newRow("nothing") << u"--"_s << QString();
}

void TestColumnMapping::attributeNames()
{
    QFETCH(QString, header);
    QTEST(ColumnMapping::attributeNameFor(header), "name");
}

void TestColumnMapping::userChangesMapping()
{
    ColumnMapping mapping
        = ColumnMapping::detect({u"Phone"_s, u"Loyalty Tier"_s, u"WhatsApp"_s, u"Notes"_s});
    QCOMPARE(mapping.phoneColumns(), columns({2, 0}));
    QCOMPARE(mapping.field(1), ContactField::Attribute);
    QCOMPARE(mapping.attributeName(1), u"loyalty_tier"_s);

    QVERIFY(mapping.setTarget(1, ContactField::Tags));
    QCOMPARE(mapping.target(1), (ColumnTarget {ContactField::Tags, {}}));
    QVERIFY(mapping.setTarget(3, ContactField::Attribute, u"remarks"_s));
    QCOMPARE(mapping.attributeName(3), u"remarks"_s);
    QVERIFY(mapping.setTarget(3, ContactField::Attribute)); // named after its header
    QCOMPARE(mapping.attributeName(3), u"notes"_s);

    QVERIFY(mapping.setTarget(2, ContactField::Ignore));
    QCOMPARE(mapping.phoneColumns(), columns({0}));
    QVERIFY(mapping.setTarget(2, ContactField::Phone)); // a WhatsApp column goes first again
    QCOMPARE(mapping.phoneColumns(), columns({2, 0}));
    QVERIFY(mapping.setTarget(3, ContactField::Phone)); // "Notes" looks like no phone: last
    QCOMPARE(mapping.phoneColumns(), columns({2, 0, 3}));
    QCOMPARE(mapping.columnsFor(ContactField::Phone), columns({0, 2, 3}));
    QCOMPARE(mapping.columnFor(ContactField::Tags), 1);
    QCOMPARE(mapping.columnFor(ContactField::Email), -1);

    QVERIFY(!mapping.setTarget(4, ContactField::Phone));
    QVERIFY(!mapping.setTarget(-1, ContactField::Phone));
    QCOMPARE(mapping.target(9), ColumnTarget());
}

void TestColumnMapping::phonePriorityCanBeReordered()
{
    ColumnMapping mapping = ColumnMapping::detect({u"Phone"_s, u"Mobile"_s, u"WhatsApp"_s});
    QCOMPARE(mapping.phoneColumns(), columns({2, 1, 0}));
    QVERIFY(mapping.setPhonePriority({0, 1, 2}));
    QCOMPARE(mapping.phoneColumns(), columns({0, 1, 2}));
    QVERIFY(!mapping.setPhonePriority({0, 1}));
    QVERIFY(!mapping.setPhonePriority({0, 1, 1}));
    QVERIFY(!mapping.setPhonePriority({0, 1, 3}));
    QCOMPARE(mapping.phoneColumns(), columns({0, 1, 2}));
}

void TestColumnMapping::isValid_data()
{
    QTest::addColumn<QStringList>("fields"); // one target name per column
    QTest::addColumn<QString>("problem"); // "" when valid, else a phrase of the reason
    QTest::newRow("phone only") << QStringList {u"phone"_s} << QString();
    QTest::newRow("two phones, two tag columns")
        << QStringList {u"phone"_s, u"phone"_s, u"tags"_s, u"tags"_s} << QString();
    QTest::newRow("everything once")
        << QStringList {u"phone"_s,    u"first_name"_s, u"last_name"_s, u"display_name"_s,
                        u"email"_s,    u"consent"_s,    u"birthday"_s,  u"country"_s,
                        u"language"_s, u"time_zone"_s,  u"attr.a"_s,    u"attr.b"_s,
                        u"ignore"_s}
        << QString();
    QTest::newRow("no phone") << QStringList {u"email"_s, u"first_name"_s} << u"phone"_s;
    QTest::newRow("nothing") << QStringList {} << u"phone"_s;
    QTest::newRow("two emails") << QStringList {u"phone"_s, u"email"_s, u"email"_s} << u"email"_s;
    QTest::newRow("two consents") << QStringList {u"phone"_s, u"consent"_s, u"consent"_s}
                                  << u"consent"_s;
    QTest::newRow("two countries")
        << QStringList {u"phone"_s, u"country"_s, u"country"_s} << u"country"_s;
    QTest::newRow("same attribute twice")
        << QStringList {u"phone"_s, u"attr.tier"_s, u"attr.tier"_s} << u"“tier”"_s;
}

void TestColumnMapping::isValid()
{
    QFETCH(QStringList, fields);
    QFETCH(QString, problem);
    QStringList header;
    for (qsizetype i = 0; i < fields.size(); ++i)
        header << u"C%1"_s.arg(i);
    ColumnMapping mapping(header);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const auto target = ColumnMapping::targetFromName(fields[i]);
        QVERIFY(target);
        QVERIFY(mapping.setTarget(i, *target));
    }
    QString why;
    QCOMPARE(mapping.isValid(&why), problem.isEmpty());
    if (!problem.isEmpty())
        QVERIFY2(why.contains(problem, Qt::CaseInsensitive), qPrintable(why));
    QVERIFY(mapping.isValid() == problem.isEmpty()); // `why` is optional
}

void TestColumnMapping::parseConsent_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<std::optional<Consent>>("consent");
    const std::optional<Consent> nothing, in = Consent::OptedIn, out = Consent::OptedOut,
                                          unknown = Consent::Unknown;
    const auto row = [](const QString &cell, const std::optional<Consent> &consent) {
        QTest::newRow(qPrintable(cell.isEmpty() ? u"(empty)"_s : cell)) << cell << consent;
    };
    // The row says nothing: an import-wide assertion may apply.
    row(QString(), nothing);
    row(u"   "_s, nothing);
    // An explicit yes.
    for (const QString &yes :
         {u"yes"_s,    u"Yes"_s,        u"TRUE"_s,       u"true"_s,     u"1"_s,
          u"y"_s,      u"subscribed"_s, u"SUBSCRIBED"_s, u"opted in"_s, u"Opted-In"_s,
          u"opt-in"_s, u"opted_in"_s,   u"accepted"_s,   u"granted"_s,  u"sí"_s,
          u"si"_s,     u"sim"_s,        u"ja"_s,         u"हाँ"_s,       u" yes "_s,
          u"✓"_s})
        row(yes, in);
    // An explicit withdrawal: recorded as an opt-out, which no later import undoes.
    for (const QString &no : {u"unsubscribed"_s, u"UNSUBSCRIBED"_s, u"opted out"_s, u"Opt-Out"_s,
                              u"STOP"_s, u"revoked"_s, u"withdrawn"_s})
        row(no, out);
    // Never opted in (Shopify "no", Mailchimp "pending"...) is not an opt-out: Unknown.
    for (const QString &never :
         {u"no"_s, u"No"_s, u"false"_s, u"FALSE"_s, u"0"_s, u"n"_s, u"not subscribed"_s,
          u"NOT_SUBSCRIBED"_s, u"pending"_s, u"declined"_s, u"não"_s, u"nao"_s, u"cleaned"_s,
          u"maybe"_s, u"n/a"_s, u"yes please"_s})
        row(never, unknown);
}

void TestColumnMapping::parseConsent()
{
    QFETCH(QString, cell);
    QTEST(ColumnMapping::parseConsent(cell), "consent");
}

void TestColumnMapping::splitTags_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QStringList>("tags");
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("one") << u"VIP"_s << QStringList {u"VIP"_s};
    QTest::newRow("comma") << u"VIP, Friends,Family"_s
                           << QStringList {u"VIP"_s, u"Friends"_s, u"Family"_s};
    QTest::newRow("semicolon") << u"a;b ; c"_s << QStringList {u"a"_s, u"b"_s, u"c"_s};
    QTest::newRow("Google old") << u"* myContacts ::: Friends ::: * Family"_s
                                << QStringList {u"Friends"_s, u"Family"_s};
    QTest::newRow("Google new") << u"Clients ::: * starred ::: * myContacts"_s
                                << QStringList {u"Clients"_s, u"starred"_s};
    QTest::newRow("dedupe case-insensitive")
        << u"VIP, vip, Vip ,Gold"_s << QStringList {u"VIP"_s, u"Gold"_s};
    QTest::newRow("Mailchimp quoted") << u"\"Newsletter\",\"Black Friday 2024\""_s
                                      << QStringList {u"Newsletter"_s, u"Black Friday 2024"_s};
    QTest::newRow("empty pieces") << u" , ;VIP;; , "_s << QStringList {u"VIP"_s};
    QTest::newRow("spaces inside kept")
        << u"Black Friday, Cyber Monday"_s << QStringList {u"Black Friday"_s, u"Cyber Monday"_s};
    QTest::newRow("non-Latin") << u"ग्राहक, Cliente, عميل"_s
                               << QStringList {u"ग्राहक"_s, u"Cliente"_s, u"عميل"_s};
}

void TestColumnMapping::splitTags()
{
    QFETCH(QString, cell);
    QTEST(ColumnMapping::splitTags(cell), "tags");
}

void TestColumnMapping::fieldFromName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("known");
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("attribute");
    const auto row = [](const QString &name, std::optional<ContactField> field,
                        const QString &attribute = {}) {
        QTest::newRow(qPrintable(name.isEmpty() ? u"(empty)"_s : name))
            << name << field.has_value() << int(field.value_or(ContactField::Ignore)) << attribute;
    };
    row(u"phone"_s, ContactField::Phone);
    row(u"first_name"_s, ContactField::FirstName);
    row(u"last_name"_s, ContactField::LastName);
    row(u"display_name"_s, ContactField::FullName);
    row(u"full-name"_s, ContactField::FullName);
    row(u"email"_s, ContactField::Email);
    row(u"tags"_s, ContactField::Tags);
    row(u"consent"_s, ContactField::Consent);
    row(u"birthday"_s, ContactField::Birthday);
    row(u"country"_s, ContactField::Country);
    row(u"language"_s, ContactField::Language);
    row(u"time_zone"_s, ContactField::TimeZone);
    row(u"Time-Zone"_s, ContactField::TimeZone);
    row(u"ignore"_s, ContactField::Ignore);
    row(u"attr.loyalty_tier"_s, ContactField::Attribute, u"loyalty_tier"_s);
    row(u"attr.Loyalty Tier"_s, ContactField::Attribute, u"Loyalty Tier"_s);
    row(u"attr."_s, std::nullopt);
    row(u"mobile"_s, std::nullopt);
    row(QString(), std::nullopt);
}

void TestColumnMapping::fieldFromName()
{
    QFETCH(QString, name);
    QFETCH(bool, known);
    QFETCH(int, field);
    QString attribute;
    const auto parsed = ColumnMapping::fieldFromName(name, &attribute);
    QCOMPARE(parsed.has_value(), known);
    if (!known)
        return;
    QCOMPARE(int(*parsed), field);
    QTEST(attribute, "attribute");
    // The name round-trips (the canonical spelling of the same target).
    const auto target = ColumnMapping::targetFromName(name);
    QVERIFY(target);
    QCOMPARE(ColumnMapping::targetFromName(ColumnMapping::targetName(*target)), target);
}

void TestColumnMapping::jsonRoundTrip()
{
    ColumnMapping mapping
        = ColumnMapping::detect({u"Name"_s, u"Phone"_s, u"Mobile"_s, u"Loyalty Tier"_s,
                                 u"Accepts SMS Marketing"_s, QString()});
    QVERIFY(mapping.setPhonePriority({1, 2}));
    QVERIFY(mapping.setTarget(3, ContactField::Attribute, u"tier"_s));
    const QJsonObject json = mapping.toJson();

    const QJsonArray cols = json.value(u"columns"_s).toArray();
    QCOMPARE(cols.size(), 6);
    QCOMPARE(cols.at(3).toObject().value(u"field"_s).toString(), u"attr.tier"_s);
    QCOMPARE(cols.at(4).toObject().value(u"header"_s).toString(), u"Accepts SMS Marketing"_s);
    QCOMPARE(cols.at(4).toObject().value(u"field"_s).toString(), u"consent"_s);
    QCOMPARE(cols.at(5).toObject().value(u"field"_s).toString(), u"ignore"_s);
    QCOMPARE(json.value(u"phone_priority"_s).toArray(), (QJsonArray {1, 2}));

    // Through text too, as the CLI and saved settings carry it.
    const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
    QString why;
    const auto back = ColumnMapping::fromJson(reread, &why);
    QVERIFY2(back, qPrintable(why));
    QCOMPARE(*back, mapping);
    QCOMPARE(back->phoneColumns(), columns({1, 2}));
}

void TestColumnMapping::fromJsonRefusesDamage()
{
    QString why;
    const QJsonObject unknownField {
        {u"columns"_s, QJsonArray {QJsonObject {
                           {u"column"_s, 0}, {u"header"_s, u"A"_s}, {u"field"_s, u"fax"_s}}}}};
    QVERIFY(!ColumnMapping::fromJson(unknownField, &why));
    QVERIFY2(why.contains(u"fax"_s), qPrintable(why));

    const QJsonObject outOfOrder {
        {u"columns"_s, QJsonArray {QJsonObject {
                           {u"column"_s, 1}, {u"header"_s, u"A"_s}, {u"field"_s, u"phone"_s}}}}};
    QVERIFY(!ColumnMapping::fromJson(outOfOrder, &why));

    const QJsonObject badPriority {
        {u"columns"_s,
         QJsonArray {
             QJsonObject {{u"column"_s, 0}, {u"header"_s, u"A"_s}, {u"field"_s, u"phone"_s}},
             QJsonObject {{u"column"_s, 1}, {u"header"_s, u"B"_s}, {u"field"_s, u"email"_s}}}},
        {u"phone_priority"_s, QJsonArray {1, 0}}};
    QVERIFY(!ColumnMapping::fromJson(badPriority, &why));

    const QJsonObject twice {
        {u"columns"_s, QJsonArray {QJsonObject {
                           {u"column"_s, 0}, {u"header"_s, u"A"_s}, {u"field"_s, u"phone"_s}}}},
        {u"phone_priority"_s, QJsonArray {0, 0}}};
    QVERIFY(!ColumnMapping::fromJson(twice, &why));

    // No priority list at all: phone columns in column order.
    const QJsonObject noPriority {
        {u"columns"_s,
         QJsonArray {
             QJsonObject {{u"column"_s, 0}, {u"header"_s, u"A"_s}, {u"field"_s, u"phone"_s}},
             QJsonObject {{u"column"_s, 1}, {u"header"_s, u"B"_s}, {u"field"_s, u"phone"_s}}}}};
    const auto mapping = ColumnMapping::fromJson(noPriority, &why);
    QVERIFY(mapping);
    QCOMPARE(mapping->phoneColumns(), columns({0, 1}));
}

void TestColumnMapping::appliedToAnotherFile()
{
    ColumnMapping saved = ColumnMapping::detect({u"Phone"_s, u"Mobile"_s, u"Loyalty Tier"_s});
    QVERIFY(saved.setTarget(2, ContactField::Tags));
    QVERIFY(saved.setPhonePriority({0, 1}));
    // Columns moved, one added, one renamed in case only.
    const ColumnMapping next
        = saved.appliedTo({u"loyalty tier"_s, u"Email"_s, u"mobile"_s, u"phone"_s, u"WhatsApp"_s});
    QCOMPARE(next.field(0), ContactField::Tags);
    QCOMPARE(next.field(1), ContactField::Email);
    QCOMPARE(next.phoneColumns(), columns({3, 2, 4})); // saved order first, then new columns
}

QTEST_GUILESS_MAIN(TestColumnMapping)
#include "tst_columnmapping.moc"
