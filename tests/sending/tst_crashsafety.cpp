// Crash safety (issue 5): `megaphone-cli broadcasts send --wait` is killed with SIGKILL at
// random moments while the sandbox (its own process) also drops connections after
// reading requests; it is started again until the broadcast completes. The sandbox's log
// must show no recipient served twice, and every recipient must end in a final state
// or `unknown`. Both database backends.
#include "AccountStore.h"
#include "BroadcastStore.h"
#include "CliRunner.h"
#include "ContactStore.h"
#include "RecipientStore.h"
#include "SandboxFixtures.h"
#include "SendingStore.h"
#include "TemplateMapping.h"
#include "TemplateStore.h"
#include "TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace megaphone;

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }
    void init() { MEGAPHONE_OPEN_TEST_DB(m_test); }
    void cleanup() { m_test.reset(); }

    void killedSenderNeverSendsTwice();

private:
    test::CliRunner m_cli{QStringLiteral(MEGAPHONE_CLI_PATH)};
    std::unique_ptr<test::TestDatabase> m_test;
};

void TestCrashSafety::killedSenderNeverSendsTwice()
{
    constexpr int recipients = 3000;
    QTemporaryDir dir;
    const QString log = dir.filePath(u"accepted.jsonl"_s);
    QProcess sandbox;
    sandbox.setProcessEnvironment(m_cli.environment());
    sandbox.start(m_cli.program(), {u"sandbox"_s, u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s,
                                    u"--latency-ms"_s, u"5"_s, u"--mps"_s, u"0"_s,
                                    u"--failures"_s, u"drop:0.02"_s, u"--log"_s, log,
                                    u"--json"_s});
    QVERIFY(sandbox.waitForStarted());
    QByteArray printed;
    QTRY_VERIFY_WITH_TIMEOUT((printed += sandbox.readAllStandardOutput()).contains("}"), 20000);
    const QJsonObject started = QJsonDocument::fromJson(printed).object();

    const auto db = m_test->db();
    const Account account = test::sandboxProcessAccount(started);
    const qint64 accountId = AccountStore(db).add(account).value();
    const TemplateRecord record = test::sandboxTemplate(accountId, u"login_code"_s);
    const qint64 templateId = TemplateStore(db).upsert(record).value();
    ContactStore contacts(db);
    QVERIFY(db->transaction([&]() -> Result<void> {
                for (int i = 0; i < recipients; ++i) {
                    Contact c;
                    c.phoneE164 = u"+5511900%1"_s.arg(i, 6, 10, QLatin1Char('0'));
                    c.consent = Consent::OptedIn;
                    if (auto added = contacts.add(c); !added)
                        return added.error();
                }
                return {};
            }).ok());
    TemplateMapping mapping;
    mapping.bindings.insert(u"body.1"_s, {ParameterBinding::Source::Fixed, u"424242"_s, {}});
    Broadcast broadcast;
    broadcast.name = u"Crash test"_s;
    broadcast.accountId = accountId;
    broadcast.templateId = templateId;
    broadcast.mapping = mapping.toJson();
    const qint64 id = BroadcastStore(db).create(broadcast).value();
    QCOMPARE(SendingStore(db).materialise(id, {}, 0, QDateTime::currentMSecsSinceEpoch())->pending,
             recipients);
    QVERIFY(BroadcastStore(db).setStatus(id, BroadcastStatus::Running).ok());

    // Secrets on a server come from the environment (DESIGN.md section 5).
    QProcessEnvironment env;
    env.insert(u"MEGAPHONE_SECRET_%1_ACCESS_TOKEN"_s.arg(accountId), u"token"_s);
    env.insert(u"QT_LOGGING_RULES"_s, u"megaphone.send.info=true"_s);
    const QStringList send{u"broadcasts"_s, u"send"_s, QString::number(id), u"--wait"_s,
                           u"--database"_s, m_test->url().toString()};
    QRandomGenerator random(20261128);
    int kills = 0;
    for (int round = 0; round < 12; ++round) {
        const auto status = BroadcastStore(db).find(id).value()->status;
        if (status != BroadcastStatus::Running)
            break;
        QProcess sender;
        sender.setProcessEnvironment(m_cli.environment(env));
        sender.start(m_cli.program(), send);
        QVERIFY(sender.waitForStarted());
        const bool kill = round < 5;
        if (kill && !sender.waitForFinished(200 + int(random.bounded(1200)))) {
            sender.kill(); // SIGKILL: no clean-up at all
            sender.waitForFinished();
            ++kills;
            continue;
        }
        if (!sender.waitForFinished(120000) && sender.state() != QProcess::NotRunning) {
            sender.kill();
            sender.waitForFinished();
            const auto left = RecipientStore(db).countByStatus(id).value();
            QFAIL(qPrintable(u"the sender did not finish: pending %1, sending %2, status %3\n"_s
                                 .arg(left.value(RecipientStatus::Pending))
                                 .arg(left.value(RecipientStatus::Sending))
                                 .arg(broadcastStatusToString(BroadcastStore(db).find(id).value()->status))
                             + QString::fromUtf8(sender.readAllStandardError().right(3000))));
        }
        QVERIFY2(sender.exitCode() == 0, qPrintable(QString::fromUtf8(sender.readAllStandardOutput()
                                                                  + sender.readAllStandardError())));
    }
    QVERIFY(kills > 0);
    QCOMPARE(BroadcastStore(db).find(id).value()->status, BroadcastStatus::Completed);

    const auto counts = RecipientStore(db).countByStatus(id).value();
    QCOMPARE(counts.value(RecipientStatus::Pending), 0LL);
    QCOMPARE(counts.value(RecipientStatus::Sending), 0LL);
    QCOMPARE(counts.value(RecipientStatus::Sent) + counts.value(RecipientStatus::Unknown)
                 + counts.value(RecipientStatus::Failed),
             qint64(recipients));

    sandbox.terminate();
    QVERIFY(sandbox.waitForFinished(20000));
    QFile file(log);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QSet<QString> seen;
    int lines = 0;
    while (!file.atEnd()) {
        const QJsonObject line = QJsonDocument::fromJson(file.readLine()).object();
        const QString key = line.value(u"biz_opaque_callback_data").toString();
        QVERIFY2(!seen.contains(key), qPrintable(u"served twice: "_s + key));
        seen.insert(key);
        ++lines;
    }
    // Every recipient the sandbox accepted is `sent`, or `unknown` when its answer was
    // lost with a killed sender; none is `sent` that the sandbox never saw.
    QVERIFY(lines >= counts.value(RecipientStatus::Sent));
    QVERIFY(lines <= counts.value(RecipientStatus::Sent) + counts.value(RecipientStatus::Unknown));
    qInfo("%d kills; %lld sent, %lld unknown, %lld failed; the sandbox accepted %d", kills,
          counts.value(RecipientStatus::Sent), counts.value(RecipientStatus::Unknown),
          counts.value(RecipientStatus::Failed), lines);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
