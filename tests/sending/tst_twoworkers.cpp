// Two `megaphone-cli worker` processes on one database (both backends; on a server it is a
// shared PostgreSQL): on one account only one sends, and when it dies the other takes over
// with nobody served twice; on two accounts of one business portfolio they share its
// rolling 24-hour quota and never overspend it together. The sandbox runs as its own
// process and logs every message it accepted.
#include "AccountStore.h"
#include "BroadcastControl.h"
#include "BroadcastStore.h"
#include "CliRunner.h"
#include "Clock.h"
#include "ContactStore.h"
#include "PortfolioStore.h"
#include "RecipientStore.h"
#include "SandboxFixtures.h"
#include "TeamSettings.h"
#include "TemplateMapping.h"
#include "TemplateStore.h"
#include "TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace megaphone;

class TestTwoWorkers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }
    void init();
    void cleanup();

    void oneSendsTheOtherTakesOver();
    void portfolioQuotaIsSharedAcrossWorkers();

private:
    qint64 addAccount(qint64 portfolioId);
    qint64 startBroadcast(qint64 accountId, const QString &tag, int contacts);
    QProcess *startWorker(const QStringList &extra);
    // Accepted messages in the sandbox's log, by recipient; fails on a repeat.
    QStringList accepted();

    test::CliRunner m_cli{QStringLiteral(MEGAPHONE_CLI_PATH)};
    std::unique_ptr<test::TestDatabase> m_test;
    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QJsonObject m_started;
    QProcessEnvironment m_env;
    QList<QProcess *> m_workers;
    int m_nextPhone = 0;
};

void TestTwoWorkers::init()
{
    MEGAPHONE_OPEN_TEST_DB(m_test);
    m_sandbox.setProcessEnvironment(m_cli.environment());
    QFile::remove(m_dir.filePath(u"accepted.jsonl"_s));
    m_sandbox.start(m_cli.program(), {u"sandbox"_s, u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s,
                                      u"--latency-ms"_s, u"10"_s, u"--mps"_s, u"0"_s, u"--log"_s,
                                      m_dir.filePath(u"accepted.jsonl"_s), u"--json"_s});
    QVERIFY(m_sandbox.waitForStarted());
    QByteArray printed;
    QTRY_VERIFY_WITH_TIMEOUT((printed += m_sandbox.readAllStandardOutput()).contains("}"), 20000);
    m_started = QJsonDocument::fromJson(printed).object();
    m_env = QProcessEnvironment();
    m_env.insert(u"QT_LOGGING_RULES"_s, u"megaphone.send.info=true"_s);
}

void TestTwoWorkers::cleanup()
{
    for (QProcess *worker : std::as_const(m_workers)) {
        worker->kill();
        worker->waitForFinished();
        delete worker;
    }
    m_workers.clear();
    m_sandbox.terminate();
    m_sandbox.waitForFinished(20000);
    m_test.reset();
}

qint64 TestTwoWorkers::addAccount(qint64 portfolioId)
{
    const auto db = m_test->db();
    const Account account = test::sandboxProcessAccount(m_started, portfolioId);
    const qint64 id = AccountStore(db).add(account).value();
    // Secrets on a server come from the environment (DESIGN.md section 5).
    m_env.insert(u"MEGAPHONE_SECRET_%1_ACCESS_TOKEN"_s.arg(id), u"token"_s);
    const TemplateRecord record = test::sandboxTemplate(id, u"login_code"_s);
    (void)TemplateStore(db).upsert(record).value();
    return id;
}

qint64 TestTwoWorkers::startBroadcast(qint64 accountId, const QString &tag, int count)
{
    const auto db = m_test->db();
    ContactStore contacts(db);
    const auto added = db->transaction([&]() -> Result<void> {
        for (int i = 0; i < count; ++i) {
            Contact c;
            c.phoneE164 = u"+5511900%1"_s.arg(m_nextPhone++, 6, 10, QLatin1Char('0'));
            c.consent = Consent::OptedIn;
            c.tags = {tag};
            if (auto one = contacts.add(c); !one)
                return one.error();
        }
        return {};
    });
    if (!added)
        qFatal("contacts not added");
    TemplateMapping mapping;
    mapping.bindings.insert(u"body.1"_s, {ParameterBinding::Source::Fixed, u"424242"_s, {}});
    Broadcast broadcast;
    broadcast.name = tag;
    broadcast.accountId = accountId;
    broadcast.templateId = TemplateStore(db).list(accountId, false).value().first().id;
    broadcast.mapping = mapping.toJson();
    broadcast.audience = Audience{{tag}, {}, {}}.toJson();
    const qint64 id = BroadcastStore(db).create(broadcast).value();
    if (BroadcastControl(db).send(id, Clock::nowMs())->counts.pending != count)
        qFatal("broadcast not started");
    return id;
}

QProcess *TestTwoWorkers::startWorker(const QStringList &extra)
{
    auto *worker = new QProcess;
    worker->setProcessEnvironment(m_cli.environment(m_env));
    worker->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    worker->start(m_cli.program(), QStringList{u"worker"_s, u"--database"_s,
                                               m_test->url().toString()}
                                       + extra);
    m_workers << worker;
    return worker;
}

QStringList TestTwoWorkers::accepted()
{
    QFile file(m_dir.filePath(u"accepted.jsonl"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList keys;
    while (!file.atEnd()) {
        const QJsonObject line = QJsonDocument::fromJson(file.readLine()).object();
        keys << line.value(u"biz_opaque_callback_data").toString();
    }
    return keys;
}

void TestTwoWorkers::oneSendsTheOtherTakesOver()
{
    QVERIFY(TeamSettings(m_test->db()).setMaxMessagesPerSecond(100).ok());
    const qint64 account = addAccount(0);
    const qint64 id = startBroadcast(account, u"all"_s, 800);
    QProcess *first = startWorker({u"--retry-seconds"_s, u"1"_s});
    QVERIFY(first->waitForStarted());
    const auto sent = [&] {
        return RecipientStore(m_test->db()).countByStatus(id).value().value(RecipientStatus::Sent);
    };
    QTRY_VERIFY_WITH_TIMEOUT(sent() > 50, 20000); // the first one holds the account
    QProcess *second = startWorker({u"--retry-seconds"_s, u"1"_s});
    QVERIFY(second->waitForStarted());
    QTest::qWait(1500); // the second one finds the account held and waits
    const qint64 beforeCrash = sent();
    QVERIFY(beforeCrash < 800);
    first->kill(); // SIGKILL: the second one must take over
    QVERIFY(first->waitForFinished());
    QTRY_COMPARE_WITH_TIMEOUT(BroadcastStore(m_test->db()).find(id).value()->status,
                              BroadcastStatus::Completed, 60000);
    second->terminate(); // SIGTERM: a clean stop
    QVERIFY(second->waitForFinished(30000));
    QCOMPARE(second->exitCode(), 0);

    const auto c = RecipientStore(m_test->db()).countByStatus(id).value();
    QCOMPARE(c.value(RecipientStatus::Sent) + c.value(RecipientStatus::Unknown), 800LL);
    const QStringList keys = accepted();
    QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), keys.size()); // none twice
    QVERIFY(keys.size() >= c.value(RecipientStatus::Sent));
    QVERIFY(keys.size() <= c.value(RecipientStatus::Sent) + c.value(RecipientStatus::Unknown));
    qInfo("sent before the crash %lld; at the end %lld sent, %lld unknown", beforeCrash,
          c.value(RecipientStatus::Sent), c.value(RecipientStatus::Unknown));
}

void TestTwoWorkers::portfolioQuotaIsSharedAcrossWorkers()
{
    const qint64 portfolio = PortfolioStore(m_test->db()).add({0, u"Shop"_s, 100}).value();
    const qint64 first = addAccount(portfolio);
    const qint64 second = addAccount(portfolio);
    const qint64 a = startBroadcast(first, u"a"_s, 80);
    const qint64 b = startBroadcast(second, u"b"_s, 80);
    QProcess *one = startWorker({u"--account"_s, QString::number(first), u"--exit-when-idle"_s});
    QProcess *two = startWorker({u"--account"_s, QString::number(second), u"--exit-when-idle"_s});
    QVERIFY(one->waitForFinished(60000));
    QVERIFY(two->waitForFinished(60000));
    QCOMPARE(one->exitCode(), 0);
    QCOMPARE(two->exitCode(), 0);
    const auto ca = RecipientStore(m_test->db()).countByStatus(a).value();
    const auto cb = RecipientStore(m_test->db()).countByStatus(b).value();
    QCOMPARE(ca.value(RecipientStatus::Sent) + cb.value(RecipientStatus::Sent), 100LL);
    QCOMPARE(ca.value(RecipientStatus::Pending) + cb.value(RecipientStatus::Pending), 60LL);
    QCOMPARE(accepted().size(), 100);
    // What is left waits for the quota to free up, a day after the first claims.
    for (qint64 id : {a, b}) {
        if (RecipientStore(m_test->db()).countByStatus(id).value().value(RecipientStatus::Pending))
            QVERIFY(BroadcastStore(m_test->db()).find(id).value()->resumeAt
                    > Clock::nowMs() + 23 * 3600 * 1000LL);
    }
}

QTEST_GUILESS_MAIN(TestTwoWorkers)
#include "tst_twoworkers.moc"
