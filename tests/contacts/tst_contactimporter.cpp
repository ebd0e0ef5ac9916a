#include "ContactImporter.h"
#include "ContactStore.h"
#include "ImportStaging.h"
#include "TestDatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace megaphone;

// The importer end to end on both backends: staging, merge, consent rules, rollback.
class TestContactImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }
    void init() { MEGAPHONE_OPEN_TEST_DB(m_test); }
    void cleanup() { m_test.reset(); }

    void importsRowsWithMappingTagsAndAttributes();
    void importWideTagsThatRowsHaveAlreadyAreWrittenOnce();
    void textThatNeedsEscapingArrivesIntact();
    void rejectsAreReportedWithRowAndReasonWhileGoodRowsImport();
    void repeatedNumbersInTheFileAreFoldedAndCounted();
    void upsertMergesTagsAndNeverBlanksAName();
    void contactAddedBeforeTheMergeIsUpdatedNotDuplicated();
    void consentFromColumnAndImportWideChoice();
    void optedOutContactIsNeverOptedInAgain();
    void dryRunChangesNothing();
    void cancelBeforeTheMergeLeavesTheDatabaseAsItWas();
    void vcardFilesGoThroughTheSamePipeline();

private:
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    Result<ImportReport> import(const QString &path, ImportOptions options = {},
                                const std::atomic_bool *cancel = nullptr,
                                const ContactImporter::ProgressFn &progress = {})
    {
        if (options.defaultRegion.isEmpty())
            options.defaultRegion = u"IN"_s;
        ContactImporter::Request request;
        request.path = path;
        request.options = options;
        return ContactImporter(m_test->db()).run(request, cancel, progress);
    }
    Contact contact(const QString &phone)
    {
        auto found = ContactStore(m_test->db()).findByPhone(phone);
        if (!found || !found->has_value())
            qFatal("no contact %s", qPrintable(phone));
        return **found;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<test::TestDatabase> m_test;
};

void TestContactImporter::importsRowsWithMappingTagsAndAttributes()
{
    const QString path = writeFile(u"customers.csv"_s,
        "First Name,Last Name,Phone,Email,Tags,Loyalty Tier\r\n"
        "Priya,Sharma,098765 43210,priya@example.in,\"VIP, Diwali\",gold\r\n"
        "Ana,Souza,+55 11 91234-5678,ana@example.com.br,VIP,silver\r\n"
        "Rahul,,(0) 91234 56789,,,\r\n");
    ImportOptions options;
    options.addTags = {u"spring-2026"_s};
    auto report = import(path, options);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QCOMPARE(report->read, 3);
    QCOMPARE(report->imported, 3);
    QCOMPARE(report->updated, 0);
    QCOMPARE(report->invalid, 0);

    const Contact priya = contact(u"+919876543210"_s);
    QCOMPARE(priya.firstName, u"Priya"_s);
    QCOMPARE(priya.displayName, u"Priya Sharma"_s);
    QCOMPARE(priya.email, u"priya@example.in"_s);
    QCOMPARE(priya.country, u"IN"_s);
    QCOMPARE(priya.tags, (QStringList{u"Diwali"_s, u"VIP"_s, u"spring-2026"_s}));
    QCOMPARE(priya.attributes.value(u"loyalty_tier"_s).toString(), u"gold"_s);
    QCOMPARE(priya.consent, Consent::Unknown);
    QCOMPARE(contact(u"+5511912345678"_s).country, u"BR"_s);
    QCOMPARE(contact(u"+919123456789"_s).displayName, u"Rahul"_s);
    QCOMPARE(ContactStore(m_test->db()).count({{u"spring-2026"_s}, {}, {}}).value(), 3);
}

// An import-wide tag that some rows carry themselves, on new contacts and then on the
// same contacts imported again: each contact gets each tag once, and nothing fails.
void TestContactImporter::importWideTagsThatRowsHaveAlreadyAreWrittenOnce()
{
    const QString path = writeFile(u"tagged.csv"_s,
        "Name,Phone,Tags\n"
        "Priya,098765 43210,\"VIP, Diwali\"\n"
        "Ana,+55 11 91234-5678,VIP\n"
        "Rahul,(0) 91234 56789,\n");
    ImportOptions options;
    options.addTags = {u"VIP"_s, u"spring-2026"_s};
    for (int round = 0; round < 2; ++round) {
        auto report = import(path, options);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QCOMPARE(report->imported + report->updated, 3);
        QCOMPARE(contact(u"+919876543210"_s).tags,
                 (QStringList{u"Diwali"_s, u"VIP"_s, u"spring-2026"_s}));
        QCOMPARE(contact(u"+5511912345678"_s).tags, (QStringList{u"VIP"_s, u"spring-2026"_s}));
        QCOMPARE(contact(u"+919123456789"_s).tags, (QStringList{u"VIP"_s, u"spring-2026"_s}));
    }
}

// Backslashes, tabs, line breaks, quotes and other scripts in every kind of field:
// PostgreSQL's COPY text format escapes the first three, JSON the quotes.
void TestContactImporter::textThatNeedsEscapingArrivesIntact()
{
    const QString path = writeFile(u"escapes.csv"_s,
        "First Name,Last Name,Phone,Email,Tags,Note\n"
        "Łukasz,पटेल\\,098765 43210,back\\slash@example.com,\"say \"\"hi\"\", C:\\tags\","
        "\"line one\nline two\ttabbed \\N\"\n"_ba);
    auto report = import(path);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QCOMPARE(report->imported, 1);

    const Contact c = contact(u"+919876543210"_s);
    QCOMPARE(c.firstName, u"Łukasz"_s);
    QCOMPARE(c.lastName, u"पटेल\\"_s);
    QCOMPARE(c.email, u"back\\slash@example.com"_s);
    QCOMPARE(c.tags, (QStringList{u"C:\\tags"_s, u"say \"hi\""_s}));
    QCOMPARE(c.attributes.value(u"note"_s).toString(), u"line one\nline two\ttabbed \\N"_s);
}

void TestContactImporter::rejectsAreReportedWithRowAndReasonWhileGoodRowsImport()
{
    const QString path = writeFile(u"mixed.csv"_s,
        "Name,Mobile\n"
        "Good One,9876543210\n"
        "Too Short,12345\n"
        "Empty,\n"
        "Ragged,9876543211,extra,fields\n"
        "Good Two,9876543212\n");
    auto report = import(path);
    QVERIFY(report.ok());
    QCOMPARE(report->read, 5);
    QCOMPARE(report->imported, 2);
    QCOMPARE(report->invalid, 3);
    QCOMPARE(report->rejects.size(), 3);
    QCOMPARE(report->rejects.at(0).row, 3);
    QVERIFY2(report->rejects.at(0).reason.contains(u"12345"_s), qPrintable(report->rejects.at(0).reason));
    QCOMPARE(report->rejects.at(1).row, 4);
    QVERIFY(report->rejects.at(1).reason.contains(u"No phone number"_s));
    QCOMPARE(report->rejects.at(2).row, 5);

    // The rejects file holds every rejected row with its number, reason and cells.
    QFile rejects(report->rejectsFile);
    QVERIFY(rejects.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(rejects.readAll());
    QVERIFY(text.contains(u"Row,Reason,Name,Mobile"_s));
    QVERIFY(text.contains(u"3,"_s));
    QVERIFY(text.contains(u"Too Short,12345"_s));
    rejects.remove();
    QCOMPARE(ContactStore(m_test->db()).count({}).value(), 2);
}

void TestContactImporter::repeatedNumbersInTheFileAreFoldedAndCounted()
{
    const QString path = writeFile(u"repeats.csv"_s,
        "Name,Phone,Email,Tags,WhatsApp Opt-in,Loyalty Tier\n"
        "Meera,+91 98765 43210,,first,yes,gold\n"
        "Meera K,098765-43210,meera@example.in,second,,\n"
        ",919876543210,,third,unsubscribed,silver\n"
        "Ravi,+91 91234 56789,,,,bronze\n"
        "Ravi S,091234 56789,,,yes,\n"
        ",91234 56789,ravi@example.in,,,\n");
    auto report = import(path);
    QVERIFY(report.ok());
    QCOMPARE(report->read, 6);
    QCOMPARE(report->imported, 2);
    QCOMPARE(report->duplicates, 4);
    const Contact meera = contact(u"+919876543210"_s);
    QCOMPARE(meera.displayName, u"Meera K"_s);     // a later non-empty cell wins
    QCOMPARE(meera.email, u"meera@example.in"_s); // and an empty one never blanks
    QCOMPARE(meera.tags, (QStringList{u"first"_s, u"second"_s, u"third"_s}));
    QCOMPARE(meera.consent, Consent::OptedOut); // an opt-out anywhere wins
    QCOMPARE(meera.attributes.value(u"loyalty_tier"_s).toString(), u"silver"_s);
    const Contact ravi = contact(u"+919123456789"_s);
    QCOMPARE(ravi.displayName, u"Ravi S"_s);
    QCOMPARE(ravi.email, u"ravi@example.in"_s);
    QCOMPARE(ravi.consent, Consent::OptedIn); // an opt-in in a later row counts
    QVERIFY(!ravi.consentSource.isEmpty());
    QCOMPARE(ravi.attributes.value(u"loyalty_tier"_s).toString(), u"bronze"_s);
}

void TestContactImporter::upsertMergesTagsAndNeverBlanksAName()
{
    Contact existing;
    existing.phoneE164 = u"+447911123456"_s;
    existing.displayName = u"Oliver Smith"_s;
    existing.email = u"old@example.co.uk"_s;
    existing.tags = {u"newsletter"_s};
    existing.attributes = QJsonObject{{u"city"_s, u"Leeds"_s}};
    QVERIFY(ContactStore(m_test->db()).add(existing).ok());

    const QString path = writeFile(u"update.csv"_s,
        "Name,Phone,Email,Tags,Plan\n"
        ",07911 123456,new@example.co.uk,vip,pro\n");
    ImportOptions options;
    options.defaultRegion = u"GB"_s;
    auto report = import(path, options);
    QVERIFY(report.ok());
    QCOMPARE(report->imported, 0);
    QCOMPARE(report->updated, 1);
    const Contact oliver = contact(u"+447911123456"_s);
    QCOMPARE(oliver.displayName, u"Oliver Smith"_s);
    QCOMPARE(oliver.email, u"new@example.co.uk"_s);
    QCOMPARE(oliver.tags, (QStringList{u"newsletter"_s, u"vip"_s}));
    QCOMPARE(oliver.attributes.value(u"city"_s).toString(), u"Leeds"_s);
    QCOMPARE(oliver.attributes.value(u"plan"_s).toString(), u"pro"_s);
}

// Someone adds one of the staged numbers after the file was compared with the
// contacts and before the merge: the merge finds it, updates it and tags it, and
// the new contacts get ids of their own.
void TestContactImporter::contactAddedBeforeTheMergeIsUpdatedNotDuplicated()
{
    ContactStore store(m_test->db());
    Contact first;
    first.phoneE164 = u"+447911000001"_s;
    first.displayName = u"Before"_s;
    const qint64 firstId = store.add(first).value();

    ImportStaging staging(m_test->db(), {u"import"_s});
    QVERIFY(staging.create().ok());
    QList<StagedContact> rows;
    for (const QString &phone : {u"+447911000001"_s, u"+447911000002"_s, u"+447911000003"_s}) {
        StagedContact row;
        row.phoneE164 = phone;
        row.email = phone.right(1) + u"@example.com"_s;
        row.tags = {u"spring"_s};
        rows.append(row);
    }
    QVERIFY(staging.append(rows).ok());
    QCOMPARE(staging.countExisting().value(), 1);

    Contact late;
    late.phoneE164 = u"+447911000003"_s;
    late.displayName = u"Added meanwhile"_s;
    const qint64 lateId = store.add(late).value();
    QVERIFY(staging.merge(u"test"_s).ok());

    QCOMPARE(store.count({}).value(), 3);
    const Contact updated = contact(u"+447911000003"_s);
    QCOMPARE(updated.id, lateId);
    QCOMPARE(updated.displayName, u"Added meanwhile"_s);
    QCOMPARE(updated.email, u"3@example.com"_s);
    QCOMPARE(updated.tags, (QStringList{u"import"_s, u"spring"_s}));
    QCOMPARE(contact(u"+447911000001"_s).id, firstId);
    const Contact fresh = contact(u"+447911000002"_s);
    QVERIFY(fresh.id != firstId && fresh.id != lateId);
    QCOMPARE(fresh.tags, (QStringList{u"import"_s, u"spring"_s}));
    Contact after;
    after.phoneE164 = u"+447911000004"_s;
    QVERIFY(store.add(after).value() > fresh.id); // ids go on after the imported ones
}

void TestContactImporter::consentFromColumnAndImportWideChoice()
{
    const QString path = writeFile(u"consent.csv"_s,
        "Phone,Accepts SMS Marketing\n"
        "+34 612 345 678,yes\n"
        "+34 612 345 679,no\n"
        "+34 612 345 670,unsubscribed\n"
        "+34 612 345 671,\n");
    ImportOptions options;
    options.consent = Consent::OptedIn;
    options.consentSource = u"Shop checkout box, 2026"_s;
    auto report = import(path, options);
    QVERIFY(report.ok());
    QCOMPARE(report->imported, 4);

    const Contact yes = contact(u"+34612345678"_s);
    QCOMPARE(yes.consent, Consent::OptedIn);
    QCOMPARE(yes.consentSource, u"Shop checkout box, 2026"_s);
    QVERIFY(yes.consentAt > 0);
    const Contact out = contact(u"+34612345670"_s);
    QCOMPARE(out.consent, Consent::OptedOut);
    QVERIFY(out.optedOutAt > 0);
    QVERIFY(!out.optOutSource.isEmpty());
    // A cell that says nothing takes the import-wide statement.
    QCOMPARE(contact(u"+34612345671"_s).consent, Consent::OptedIn);
    // "no" in a marketing column is neither an opt-out nor covered by the user's statement.
    QCOMPARE(contact(u"+34612345679"_s).consent, Consent::Unknown);
}

void TestContactImporter::optedOutContactIsNeverOptedInAgain()
{
    Contact stopped;
    stopped.phoneE164 = u"+525512345678"_s;
    stopped.consent = Consent::OptedOut;
    stopped.optOutSource = u"replied STOP"_s;
    stopped.optedOutAt = 1'700'000'000'000;
    QVERIFY(ContactStore(m_test->db()).add(stopped).ok());

    const QString path = writeFile(u"again.csv"_s,
        "Phone,WhatsApp Opt-in\n+52 1 55 1234 5678,yes\n");
    ImportOptions options;
    options.consent = Consent::OptedIn;
    options.consentSource = u"Event list"_s;
    auto report = import(path, options);
    QVERIFY(report.ok());
    QCOMPARE(report->updated, 1);
    const Contact after = contact(u"+525512345678"_s);
    QCOMPARE(after.consent, Consent::OptedOut);
    QCOMPARE(after.optOutSource, u"replied STOP"_s);
    QCOMPARE(after.optedOutAt, 1'700'000'000'000);
}

void TestContactImporter::dryRunChangesNothing()
{
    const QString path = writeFile(u"dry.csv"_s, "Phone\n+971 50 123 4567\n+971 50 123 4568\nbad\n");
    ImportOptions options;
    options.dryRun = true;
    auto report = import(path, options);
    QVERIFY(report.ok());
    QCOMPARE(report->imported, 2);
    QCOMPARE(report->invalid, 1);
    QCOMPARE(ContactStore(m_test->db()).count({}).value(), 0);
    QFile::remove(report->rejectsFile);
}

void TestContactImporter::cancelBeforeTheMergeLeavesTheDatabaseAsItWas()
{
    Contact existing;
    existing.phoneE164 = u"+628121234567"_s;
    QVERIFY(ContactStore(m_test->db()).add(existing).ok());

    QByteArray csv = "Phone,Name\n";
    for (int i = 0; i < 20000; ++i)
        csv += "+62 812 " + QByteArray::number(3000000 + i) + ",Person " + QByteArray::number(i) + "\n";
    const QString path = writeFile(u"big.csv"_s, csv);
    std::atomic_bool cancel{false};
    int calls = 0;
    auto report = import(path, {}, &cancel, [&](const ImportProgress &) {
        if (++calls == 2)
            cancel = true; // after some rows were staged
    });
    QVERIFY(report.ok());
    QVERIFY(report->cancelled);
    QVERIFY(calls >= 2);
    QCOMPARE(ContactStore(m_test->db()).count({}).value(), 1);

    // The same import, not cancelled, goes through (the staging area was dropped).
    auto again = import(path);
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
    QCOMPARE(again->imported, 20000);
    QCOMPARE(ContactStore(m_test->db()).count({}).value(), 20001);
}

void TestContactImporter::vcardFilesGoThroughTheSamePipeline()
{
    const QString path = writeFile(u"contacts.vcf"_s,
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Gupta;Arjun;;;\r\nFN:Arjun Gupta\r\n"
        "TEL;type=CELL;type=VOICE;type=pref:+91 99887 76655\r\nCATEGORIES:Family,Diwali\r\n"
        "END:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:No Phone\r\nEMAIL:x@example.com\r\nEND:VCARD\r\n");
    auto report = import(path);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QCOMPARE(report->imported, 1);
    QCOMPARE(report->invalid, 1);
    const Contact arjun = contact(u"+919988776655"_s);
    QCOMPARE(arjun.displayName, u"Arjun Gupta"_s);
    QCOMPARE(arjun.firstName, u"Arjun"_s);
    QCOMPARE(arjun.tags, (QStringList{u"Diwali"_s, u"Family"_s}));
    QFile::remove(report->rejectsFile);
}

QTEST_GUILESS_MAIN(TestContactImporter)
#include "tst_contactimporter.moc"
