// megaphone-cli accounts, templates and sandbox commands, as child processes against a
// real database (both backends), the real keychain and the sandbox over HTTP.
#include "AccountStore.h"
#include "CliRunner.h"
#include "ContactStore.h"
#include "SandboxCatalogue.h"
#include "SandboxOptions.h"
#include "TestDatabase.h"
#include "secrets/KeychainCredentialStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace megaphone;

class TestCliAccounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }
    void init() { MEGAPHONE_OPEN_TEST_DB(m_test); }
    void cleanup() { m_test.reset(); }

    void sandboxAccountAddListAndTest();
    void secretsComeFromStandardInputOnly();
    void badInputIsRefused_data();
    void badInputIsRefused();
    void templatesSyncAndList();
    void sandboxServeAnswersAMetaAccount();
    void broadcastCreateSendAndStatus();

private:
    using Run = test::CliRunner::Run;
    Run cli(QStringList args, const QByteArray &input = {})
    {
        args << u"--database"_s << m_test->url().toString();
        return m_cli.run(args, {}, input);
    }
    static QJsonObject json(const Run &run)
    {
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }
    qint64 addSandboxAccount();

    test::CliRunner m_cli { QStringLiteral(MEGAPHONE_CLI_PATH) };
    std::unique_ptr<test::TestDatabase> m_test;
};

qint64 TestCliAccounts::addSandboxAccount()
{
    const Run added = cli({ u"accounts"_s, u"add"_s, u"--provider"_s, u"sandbox"_s, u"--label"_s,
        u"Try it"_s, u"--json"_s });
    if (added.exitCode != 0)
        qWarning() << added.err;
    return json(added).value(u"id").toInteger();
}

void TestCliAccounts::sandboxAccountAddListAndTest()
{
    const qint64 id = addSandboxAccount();
    QVERIFY(id > 0);
    const Run listed = cli({ u"accounts"_s, u"list"_s, u"--json"_s });
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray accounts = json(listed).value(u"accounts").toArray();
    QCOMPARE(accounts.size(), 1);
    QCOMPARE(accounts.first().toObject().value(u"provider").toString(), u"sandbox"_s);

    // The CLI starts an in-process sandbox for a sandbox account and tests it over HTTP.
    const Run tested = cli({ u"accounts"_s, u"test"_s, QString::number(id), u"--json"_s });
    QVERIFY2(tested.exitCode == 0, qPrintable(tested.err));
    const QJsonObject info = json(tested);
    QCOMPARE(info.value(u"ok").toBool(), true);
    QCOMPARE(info.value(u"display_number").toString(), SandboxOptions().displayNumber);
    QCOMPARE(info.value(u"quality_rating").toString(), u"GREEN"_s);
    // What the test learnt is kept on the account.
    QCOMPARE(AccountStore(m_test->db()).find(id).value()->qualityRating, u"GREEN"_s);

    const Run missing = cli({ u"accounts"_s, u"test"_s, u"999"_s });
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(u"999"));
}

void TestCliAccounts::secretsComeFromStandardInputOnly()
{
    const QString token
        = u"EAAG-cli-token-"_s + QString::number(QDateTime::currentMSecsSinceEpoch());
    const Run added = cli({ u"accounts"_s, u"add"_s, u"--provider"_s, u"meta"_s, u"--label"_s,
                              u"Shop"_s, u"--phone-number-id"_s, u"1065550001"_s, u"--waba-id"_s,
                              u"2065550001"_s, u"--portfolio"_s, u"Acme"_s, u"--json"_s },
        QString(u"access_token="_s + token + u"\napp_secret=cli-app-secret\n"_s).toUtf8());
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const qint64 id = json(added).value(u"id").toInteger();
    QVERIFY(json(added).value(u"portfolio_id").toInteger() > 0);

    KeychainCredentialStore keychain;
    QCOMPARE(keychain.read(CredentialStore::accountKey(id, u"access_token"_s)).value(), token);
    QCOMPARE(keychain.read(CredentialStore::accountKey(id, u"app_secret"_s)).value(),
        u"cli-app-secret"_s);
    QVERIFY(!added.out.contains(token));
    QVERIFY(!QJsonDocument(json(cli({ u"accounts"_s, u"list"_s, u"--json"_s })))
                 .toJson()
                 .contains(token.toUtf8()));

    // A single bare line is the provider's main secret.
    const Run relay
        = cli({ u"accounts"_s, u"add"_s, u"--provider"_s, u"relay"_s, u"--label"_s, u"Middleware"_s,
                  u"--base-url"_s, u"https://relay.example.com"_s, u"--json"_s },
            "relay-bare-secret\n");
    QVERIFY2(relay.exitCode == 0, qPrintable(relay.err));
    QCOMPARE(keychain
                 .read(CredentialStore::accountKey(
                     json(relay).value(u"id").toInteger(), u"relay_secret"_s))
                 .value(),
        u"relay-bare-secret"_s);
    for (qint64 removeId : { id, json(relay).value(u"id").toInteger() }) {
        for (const QString &name : { u"access_token"_s, u"app_secret"_s, u"relay_secret"_s })
            (void)keychain.remove(CredentialStore::accountKey(removeId, name));
    }
}

void TestCliAccounts::badInputIsRefused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown provider")
        << QStringList { u"accounts"_s, u"add"_s, u"--provider"_s, u"sms"_s, u"--label"_s, u"x"_s }
        << QByteArray() << 2 << u"--provider"_s;
    QTest::newRow("meta without ids")
        << QStringList { u"accounts"_s, u"add"_s, u"--provider"_s, u"meta"_s, u"--label"_s, u"x"_s }
        << "t\n"_ba << 2 << u"--phone-number-id"_s;
    QTest::newRow("twilio without sid") << QStringList { u"accounts"_s, u"add"_s, u"--provider"_s,
        u"twilio"_s, u"--label"_s, u"x"_s }
                                        << "t\n"_ba << 2 << u"--account-sid"_s;
    QTest::newRow("stdin not name=value") << QStringList { u"accounts"_s, u"add"_s, u"--provider"_s,
        u"relay"_s, u"--label"_s, u"x"_s, u"--base-url"_s, u"http://r.example"_s }
                                          << "one\ntwo\n"_ba << 1 << u"name=value"_s;
    QTest::newRow("sandbox failures")
        << QStringList { u"sandbox"_s, u"serve"_s, u"--failures"_s, u"131026"_s } << QByteArray()
        << 2 << u"probability"_s;
    QTest::newRow("templates sync without account")
        << QStringList { u"templates"_s, u"sync"_s } << QByteArray() << 2 << u"templates sync"_s;
}

void TestCliAccounts::badInputIsRefused()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    const Run result = cli(args, input);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(mentions), qPrintable(result.err));
    QCOMPARE(AccountStore(m_test->db()).list().value().size(), 0);
}

void TestCliAccounts::templatesSyncAndList()
{
    const qint64 id = addSandboxAccount();
    QVERIFY(id > 0);
    const qsizetype catalogue = SandboxCatalogue::templates().size();
    const Run synced = cli({ u"templates"_s, u"sync"_s, QString::number(id), u"--json"_s });
    QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
    QCOMPARE(json(synced).value(u"listed").toInt(), catalogue);
    QCOMPARE(json(synced).value(u"added").toInt(), catalogue);
    const Run again = cli({ u"templates"_s, u"sync"_s, QString::number(id), u"--json"_s });
    QCOMPARE(json(again).value(u"unchanged").toInt(), catalogue);
    QCOMPARE(json(again).value(u"added").toInt(), 0);

    const Run listed = cli({ u"templates"_s, u"list"_s, QString::number(id), u"--json"_s });
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(json(listed).value(u"templates").toArray().size(), catalogue);
    const Run text = cli({ u"templates"_s, u"list"_s });
    QVERIFY(text.out.contains(u"spring_sale"));
}

void TestCliAccounts::sandboxServeAnswersAMetaAccount()
{
    QProcess serve;
    serve.setProcessEnvironment(m_cli.environment());
    serve.start(m_cli.program(),
        { u"sandbox"_s, u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--latency-ms"_s, u"5"_s,
            u"--json"_s });
    QVERIFY(serve.waitForStarted());
    QByteArray printed;
    QTRY_VERIFY_WITH_TIMEOUT((printed += serve.readAllStandardOutput()).contains("}"), 20000);
    const QJsonObject started = QJsonDocument::fromJson(printed).object();
    const QString base = started.value(u"base_url").toString();
    QVERIFY2(base.startsWith(u"http://127.0.0.1:"), printed.constData());

    // A plain Meta account pointed at it: the real Meta provider code runs.
    const Run added = cli({ u"accounts"_s, u"add"_s, u"--provider"_s, u"meta"_s, u"--label"_s,
                              u"Against the sandbox"_s, u"--base-url"_s, base,
                              u"--phone-number-id"_s, started.value(u"phone_number_id").toString(),
                              u"--waba-id"_s, started.value(u"waba_id").toString(), u"--json"_s },
        "any-token\n");
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QString id = QString::number(json(added).value(u"id").toInteger());
    const Run tested = cli({ u"accounts"_s, u"test"_s, id, u"--json"_s });
    QVERIFY2(tested.exitCode == 0, qPrintable(tested.err));
    const Run synced = cli({ u"templates"_s, u"sync"_s, id, u"--json"_s });
    QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
    QCOMPARE(json(synced).value(u"listed").toInt(), SandboxCatalogue::templates().size());

    serve.terminate(); // SIGTERM: a clean stop
    QVERIFY(serve.waitForFinished(20000));
    QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
    QCOMPARE(serve.exitCode(), 0);
    KeychainCredentialStore keychain;
    (void)keychain.remove(CredentialStore::accountKey(id.toLongLong(), u"access_token"_s));
}

void TestCliAccounts::broadcastCreateSendAndStatus()
{
    const qint64 account = addSandboxAccount();
    QVERIFY(account > 0);
    QCOMPARE(cli({u"templates"_s, u"sync"_s, QString::number(account)}).exitCode, 0);
    ContactStore contacts(m_test->db());
    for (int i = 0; i < 12; ++i) {
        Contact c;
        c.phoneE164 = u"+5521987600%1"_s.arg(i, 3, 10, QLatin1Char('0'));
        c.firstName = u"Ana"_s;
        c.consent = i < 10 ? Consent::OptedIn : Consent::Unknown; // two are left out
        c.tags = {u"vip"_s};
        QVERIFY(contacts.add(c).ok());
    }
    const Run created = cli({u"broadcasts"_s, u"create"_s, u"--name"_s, u"VIP codes"_s,
                             u"--account"_s, QString::number(account), u"--template"_s,
                             u"coupon_code"_s, u"--tag"_s, u"vip"_s, u"--map"_s,
                             u"header.1=first_name|friend"_s, u"--map"_s, u"1=static:VIP20"_s,
                             u"--map"_s, u"2=static:20%"_s, u"--map"_s, u"3=static:Sunday"_s,
                             u"--map"_s, u"button.0=static:VIP20"_s, u"--json"_s});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    const QString id = QString::number(json(created).value(u"id").toInteger());
    const Run sent = cli({u"broadcasts"_s, u"send"_s, id, u"--wait"_s, u"--json"_s});
    QVERIFY2(sent.exitCode == 0, qPrintable(sent.err));
    const QJsonObject status = json(sent);
    QCOMPARE(status.value(u"status").toString(), u"completed"_s);
    QCOMPARE(status.value(u"counts").toObject().value(u"sent").toInt(), 10);
    QCOMPARE(status.value(u"counts").toObject().value(u"skipped").toInt(), 2);
    const Run listed = cli({u"broadcasts"_s, u"list"_s});
    QVERIFY(listed.out.contains(u"VIP codes"));

    // The per-recipient report, and a move the broadcast's state does not allow.
    QTemporaryDir dir;
    const QString report = dir.filePath(u"report.csv"_s);
    const Run exported = cli({u"broadcasts"_s, u"export"_s, id, report});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QFile file(report);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = file.readAll().split('\n');
    QCOMPARE(rows.size(), 14); // header, 12 recipients, the empty end
    QVERIFY(rows[0].contains("phone,first_name,last_name,status"));
    QCOMPARE(rows.count(QByteArray()), 1);
    int sentRows = 0;
    for (const QByteArray &row : rows)
        sentRows += row.contains(",sent,") ? 1 : 0;
    QCOMPARE(sentRows, 10);
    const Run cancelled = cli({u"broadcasts"_s, u"cancel"_s, id});
    QCOMPARE(cancelled.exitCode, 1);
    QVERIFY2(cancelled.err.contains(u"already completed"), qPrintable(cancelled.err));
    const Run missing = cli({u"broadcasts"_s, u"create"_s, u"--name"_s, u"x"_s, u"--account"_s,
                             QString::number(account), u"--template"_s, u"nope"_s});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(u"templates sync"));
}

QTEST_GUILESS_MAIN(TestCliAccounts)
#include "tst_cli_accounts.moc"
