#include "CliRunner.h"
#include "ContactStore.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace megaphone;

// megaphone-cli run as a real child process, end to end.
class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }
    void initTestCase();
    void versionAndHelp();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();
    void contactsCountOnTheChosenDatabase();
    void databaseFromTheEnvironment();
    void unreachableDatabaseExitsWithOneAndSaysWhere();
    void passwordInUrlIsRefused();
    void contactsPreviewImportAndExport();

private:
    using Run = test::CliRunner::Run;
    Run run(const QStringList &args, const QProcessEnvironment &extra = {})
    {
        return m_cli.run(args, extra);
    }

    test::CliRunner m_cli{QStringLiteral(MEGAPHONE_CLI_PATH)};
    QTemporaryDir m_home; // files the commands read and write
};

void TestCli::initTestCase()
{
    QVERIFY(m_cli.isValid() && m_home.isValid());
}

void TestCli::versionAndHelp()
{
    const Run version = run({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.contains(QStringLiteral(MEGAPHONE_VERSION)), qPrintable(version.out));
    const Run help = run({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(u"--database"_s));
    QVERIFY(help.out.contains(u"contacts count"_s));
}

void TestCli::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no command") << QStringList{} << u"No command"_s;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"Unknown command"_s;
    QTest::newRow("unknown subcommand") << QStringList{u"contacts"_s, u"explode"_s} << u"contacts count"_s;
    QTest::newRow("bad consent") << QStringList{u"contacts"_s, u"count"_s, u"--consent"_s, u"maybe"_s}
                                 << u"opted-in"_s;
    QTest::newRow("unknown option") << QStringList{u"contacts"_s, u"count"_s, u"--colour"_s}
                                    << u"colour"_s;
}

void TestCli::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
}

void TestCli::contactsCountOnTheChosenDatabase()
{
    std::unique_ptr<test::TestDatabase> t;
    MEGAPHONE_OPEN_TEST_DB(t);
    ContactStore store(t->db());
    for (int i = 0; i < 7; ++i) {
        Contact c;
        c.phoneE164 = u"+44770090%1"_s.arg(i, 4, 10, QLatin1Char('0'));
        c.consent = i < 3 ? Consent::OptedIn : Consent::Unknown;
        c.tags = i % 2 ? QStringList{u"vip"_s} : QStringList{};
        QVERIFY(store.add(c).ok());
    }
    const QString url = t->url().toString();

    const Run plain = run({u"--database"_s, url, u"contacts"_s, u"count"_s});
    QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
    QCOMPARE(plain.out.trimmed(), u"7"_s);

    // Global options also work after the command words.
    const Run json = run({u"contacts"_s, u"count"_s, u"--tag"_s, u"vip"_s, u"--consent"_s,
                          u"opted-in"_s, u"--json"_s, u"--database"_s, url});
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    const QJsonObject doc = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(doc.value(u"count"_s).toInt(), 1); // i = 1 only
    QCOMPARE(doc.value(u"consent"_s).toString(), u"opted-in"_s);
}

void TestCli::databaseFromTheEnvironment()
{
    std::unique_ptr<test::TestDatabase> t;
    MEGAPHONE_OPEN_TEST_DB(t);
    Contact c;
    c.phoneE164 = u"+5215512345678"_s;
    QVERIFY(ContactStore(t->db()).add(c).ok());
    QProcessEnvironment env;
    env.insert(u"MEGAPHONE_DATABASE_URL"_s, t->url().toString());
    const Run r = run({u"contacts"_s, u"count"_s}, env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), u"1"_s);
}

void TestCli::unreachableDatabaseExitsWithOneAndSaysWhere()
{
    QFETCH_GLOBAL(QString, backend);
    const QString url = backend == u"sqlite" ? u"sqlite:///proc/megaphone-cannot/x.db"_s
                                             : u"postgresql://megaphone@127.0.0.1:1/crm"_s;
    const Run r = run({u"--database"_s, url, u"contacts"_s, u"count"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 1);
    const QString where = backend == u"sqlite" ? u"/proc/megaphone-cannot/x.db"_s : u"127.0.0.1:1"_s;
    QVERIFY2(r.err.contains(where), qPrintable(r.err));
    const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(doc.value(u"error"_s).toObject().value(u"code"_s).toString(), u"unreachable"_s);
}

void TestCli::passwordInUrlIsRefused()
{
    QFETCH_GLOBAL(QString, backend);
    if (backend != u"postgresql")
        QSKIP("only PostgreSQL URLs carry a password");
    const Run r = run({u"--database"_s, u"postgresql://ana:hunter2@127.0.0.1:1/crm"_s,
                       u"contacts"_s, u"count"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(u"MEGAPHONE_DATABASE_PASSWORD"_s));
    QVERIFY(!r.err.contains(u"hunter2"_s));
}

void TestCli::contactsPreviewImportAndExport()
{
    std::unique_ptr<test::TestDatabase> t;
    MEGAPHONE_OPEN_TEST_DB(t);
    const QString url = t->url().toString();
    const QString csv = m_home.filePath(u"shop.csv"_s);
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // Excel in Europe: semicolons and Windows-1252 (0xE9 is an e with an acute accent).
        f.write("Vorname;Nachname;Handy;Tags\r\n"
                "Jos\xe9;M\xfcller;0151 23456789;vip\r\n"
                "Anna;Schmidt;+49 160 1234567;\r\n"
                "Kaputt;;12;\r\n");
    }

    const Run preview = run({u"--database"_s, url, u"contacts"_s, u"preview"_s, csv, u"--json"_s});
    QVERIFY2(preview.exitCode == 0, qPrintable(preview.err));
    const QJsonObject p = QJsonDocument::fromJson(preview.out.toUtf8()).object();
    QCOMPARE(p.value(u"encoding"_s).toString(), u"Windows-1252"_s);
    QCOMPARE(p.value(u"delimiter"_s).toString(), u";"_s);
    QCOMPARE(p.value(u"rows"_s).toArray().at(0).toArray().at(0).toString(), u"José"_s);
    QCOMPARE(p.value(u"rows"_s).toArray().at(0).toArray().at(1).toString(), u"Müller"_s);

    const QString rejects = m_home.filePath(u"rejects.csv"_s);
    const Run import = run({u"--database"_s, url, u"contacts"_s, u"import"_s, csv, u"--region"_s,
                            u"DE"_s, u"--tag"_s, u"messe-2026"_s, u"--consent"_s, u"opted-in"_s,
                            u"--consent-source"_s, u"Trade fair form"_s, u"--rejects"_s, rejects,
                            u"--json"_s});
    QVERIFY2(import.exitCode == 0, qPrintable(import.err));
    const QJsonObject r = QJsonDocument::fromJson(import.out.toUtf8()).object();
    QCOMPARE(r.value(u"read"_s).toInt(), 3);
    QCOMPARE(r.value(u"imported"_s).toInt(), 2);
    QCOMPARE(r.value(u"invalid"_s).toInt(), 1);
    QCOMPARE(r.value(u"rejects"_s).toArray().at(0).toObject().value(u"row"_s).toInt(), 4);
    QVERIFY(QFile::exists(rejects));

    const Run count = run({u"--database"_s, url, u"contacts"_s, u"count"_s, u"--tag"_s,
                           u"messe-2026"_s, u"--consent"_s, u"opted-in"_s});
    QCOMPARE(count.out.trimmed(), u"2"_s);

    const QString out = m_home.filePath(u"export.csv"_s);
    const Run exported = run({u"--database"_s, url, u"contacts"_s, u"export"_s, out, u"--tag"_s, u"vip"_s});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(u"Phone,First Name,Last Name"_s));
    QVERIFY2(text.contains(u"+4915123456789,José,Müller"_s), qPrintable(text));
    QVERIFY(text.contains(u"opted-in,Trade fair form"_s));
    QVERIFY(!text.contains(u"Anna"_s));

    // Wrong arguments are usage errors.
    QCOMPARE(run({u"contacts"_s, u"import"_s}).exitCode, 2);
    QCOMPARE(run({u"contacts"_s, u"import"_s, csv, u"--map"_s, u"Nope=phone"_s}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
