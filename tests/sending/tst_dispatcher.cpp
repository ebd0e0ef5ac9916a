// The dispatcher against the sandbox over real HTTP (h2c), on both database backends:
// every recipient once, each class of answer and its action, the tier quota.
#include "AccountLock.h"
#include "AccountStore.h"
#include "BroadcastStore.h"
#include "ContactStore.h"
#include "Dispatcher.h"
#include "PortfolioStore.h"
#include "RecipientStore.h"
#include "SandboxCatalogue.h"
#include "SandboxServer.h"
#include "SendingStore.h"
#include "TeamSettings.h"
#include "TemplateMapping.h"
#include "TemplateStore.h"
#include "TestDatabase.h"
#include "secrets/MemoryCredentialStore.h"

#include <QJsonArray>
#include <QThread>
#include <QTimer>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace megaphone;

class TestDispatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }
    void init() { MEGAPHONE_OPEN_TEST_DB(m_test); }
    void cleanup() { m_test.reset(); }

    void sendsEveryRecipientOnce();
    void recipientFailuresAreRecordedAndTheRestSent();
    void campaignFatalPausesAtOnce();
    void ambiguousAnswersBecomeUnknownNeverRetried();
    void stopsAtTheTierQuota();
    void secondDispatcherForTheAccountIsRefused();
    void pauseElsewhereThenResume();

private:
    struct Setup
    {
        qint64 accountId = 0;
        qint64 broadcastId = 0;
    };
    Setup prepare(SandboxServer &sandbox, int contacts, int tier = 0);
    // Runs a dispatcher on its own thread until the broadcast ends; the status it ended in.
    BroadcastStatus runUntilEnded(qint64 accountId, qint64 broadcastId, int timeoutMs = 60000);
    QHash<RecipientStatus, qint64> counts(qint64 broadcastId)
    {
        return RecipientStore(m_test->db()).countByStatus(broadcastId).value();
    }

    MemoryCredentialStore m_credentials;
    std::unique_ptr<test::TestDatabase> m_test;
};

TestDispatcher::Setup TestDispatcher::prepare(SandboxServer &sandbox, int contactCount, int tier)
{
    const auto db = m_test->db();
    Setup setup;
    const qint64 portfolio = PortfolioStore(db).add({0, u"Shop"_s, tier > 0 ? tier : -1}).value();
    Account account;
    account.provider = ProviderKind::Meta;
    account.label = u"Against the sandbox"_s;
    account.portfolioId = portfolio;
    account.baseUrl = sandbox.baseUrl().toString();
    account.apiVersion = u"v23.0"_s;
    account.phoneNumberId = sandbox.options().phoneNumberId;
    account.wabaId = sandbox.options().wabaId;
    account.throughputMps = 1000;
    account.settings = QJsonObject{{u"h2c"_s, true}};
    setup.accountId = AccountStore(db).add(account).value();
    (void)m_credentials.write(CredentialStore::accountKey(setup.accountId, u"access_token"_s),
                              u"token"_s);
    TemplateRecord record;
    for (const QJsonValue &value : SandboxCatalogue::templates()) {
        const QJsonObject t = value.toObject();
        if (t.value(u"name").toString() != u"spring_sale" || t.value(u"language").toString() != u"en_US")
            continue;
        record.accountId = setup.accountId;
        record.remoteId = t.value(u"id").toString();
        record.name = t.value(u"name").toString();
        record.language = t.value(u"language").toString();
        record.category = t.value(u"category").toString();
        record.status = t.value(u"status").toString();
        record.parameterFormat = t.value(u"parameter_format").toString();
        record.components = t.value(u"components").toArray();
    }
    const qint64 templateId = TemplateStore(db).upsert(record).value();
    ContactStore contacts(db);
    for (int i = 0; i < contactCount; ++i) {
        Contact c;
        c.phoneE164 = u"+4915100%1"_s.arg(i, 6, 10, QLatin1Char('0'));
        c.firstName = i % 3 ? u"Kim"_s : QString(); // fallback for the others
        c.consent = Consent::OptedIn;
        c.tags = {u"spring"_s};
        if (!contacts.add(c))
            qFatal("a contact was not added");
    }
    TemplateMapping mapping;
    mapping.bindings.insert(u"body.1"_s, {ParameterBinding::Source::ContactField, u"first_name"_s,
                                          u"there"_s});
    mapping.bindings.insert(u"body.2"_s, {ParameterBinding::Source::Fixed, u"25%"_s, {}});
    mapping.bindings.insert(u"button.0"_s, {ParameterBinding::Source::Fixed, u"spring"_s, {}});
    mapping.headerMediaUrl = u"https://example.com/spring.jpg"_s;
    Broadcast broadcast;
    broadcast.name = u"Spring"_s;
    broadcast.accountId = setup.accountId;
    broadcast.templateId = templateId;
    broadcast.mapping = mapping.toJson();
    broadcast.audience = Audience{{u"spring"_s}, {}}.toJson();
    setup.broadcastId = BroadcastStore(db).create(broadcast).value();
    const auto materialised = SendingStore(db).materialise(setup.broadcastId,
                                                           Audience{{u"spring"_s}, {}}, 0,
                                                           QDateTime::currentMSecsSinceEpoch());
    if (!materialised || materialised->pending != contactCount
        || !BroadcastStore(db).setStatus(setup.broadcastId, BroadcastStatus::Running))
        qFatal("the broadcast was not prepared");
    return setup;
}

BroadcastStatus TestDispatcher::runUntilEnded(qint64 accountId, qint64 broadcastId, int timeoutMs)
{
    QThread thread;
    Dispatcher::Settings settings;
    settings.requestTimeoutMs = 2000;
    settings.exitWhenIdle = true;
    auto *dispatcher = new Dispatcher(m_test->db(), &m_credentials, accountId, settings);
    dispatcher->moveToThread(&thread);
    connect(&thread, &QThread::started, dispatcher, &Dispatcher::start);
    connect(&thread, &QThread::finished, dispatcher, &QObject::deleteLater);
    std::optional<BroadcastStatus> ended;
    QString error;
    bool stopped = false;
    connect(dispatcher, &Dispatcher::broadcastEnded, this,
            [&](qint64 id, BroadcastStatus status, const QString &) {
                if (id == broadcastId)
                    ended = status;
            });
    connect(dispatcher, &Dispatcher::stopped, this, [&](const QString &why) {
        error = why;
        stopped = true;
    });
    thread.start();
    (void)QTest::qWaitFor([&] { return stopped; }, timeoutMs);
    if (!stopped)
        QMetaObject::invokeMethod(dispatcher, &Dispatcher::stop, Qt::QueuedConnection);
    (void)QTest::qWaitFor([&] { return stopped; }, 10000);
    thread.quit();
    thread.wait();
    if (!error.isEmpty())
        qWarning() << "dispatcher:" << error;
    return ended.value_or(BroadcastStore(m_test->db()).find(broadcastId).value()->status);
}

void TestDispatcher::sendsEveryRecipientOnce()
{
    SandboxOptions options;
    options.mps = 0;
    options.latencyMs = 20;
    SandboxServer sandbox(options);
    QVERIFY(sandbox.listen().ok());
    const Setup setup = prepare(sandbox, 300);
    QCOMPARE(runUntilEnded(setup.accountId, setup.broadcastId), BroadcastStatus::Completed);
    QCOMPARE(counts(setup.broadcastId).value(RecipientStatus::Sent), 300LL);
    QCOMPARE(sandbox.acceptedCount(), 300);
    QCOMPARE(sandbox.duplicateCount(), 0);
}

void TestDispatcher::recipientFailuresAreRecordedAndTheRestSent()
{
    QVERIFY(TeamSettings(m_test->db()).setCircuitBreakerThreshold(1000).ok());
    SandboxOptions options;
    options.mps = 0;
    options.seed = 7;
    options.failures = SandboxOptions::parseFailures(u"131026:0.3,133004:0.1"_s).value();
    SandboxServer sandbox(options);
    QVERIFY(sandbox.listen().ok());
    const Setup setup = prepare(sandbox, 200);
    QCOMPARE(runUntilEnded(setup.accountId, setup.broadcastId), BroadcastStatus::Completed);
    const auto c = counts(setup.broadcastId);
    QVERIFY(c.value(RecipientStatus::Failed) > 0);
    QCOMPARE(c.value(RecipientStatus::Sent) + c.value(RecipientStatus::Failed), 200LL);
    QCOMPARE(c.value(RecipientStatus::Sent), qint64(sandbox.acceptedCount()));
    QCOMPARE(sandbox.duplicateCount(), 0);
}

void TestDispatcher::campaignFatalPausesAtOnce()
{
    QVERIFY(TeamSettings(m_test->db()).setMaxMessagesPerSecond(10).ok());
    SandboxOptions options;
    options.failures = SandboxOptions::parseFailures(u"190:1"_s).value();
    SandboxServer sandbox(options);
    QVERIFY(sandbox.listen().ok());
    const Setup setup = prepare(sandbox, 50);
    QCOMPARE(runUntilEnded(setup.accountId, setup.broadcastId), BroadcastStatus::Paused);
    const Broadcast b = BroadcastStore(m_test->db()).find(setup.broadcastId).value().value();
    QVERIFY2(b.pauseReason.contains(u"190"), qPrintable(b.pauseReason));
    const auto c = counts(setup.broadcastId);
    QCOMPARE(c.value(RecipientStatus::Failed), 0LL); // nothing was accepted: all go on resume
    QCOMPARE(c.value(RecipientStatus::Pending), 50LL);
    // Only the first burst (a second's worth at 10/s) left before the first answer.
    QVERIFY2(sandbox.requestCount() <= 20, qPrintable(QString::number(sandbox.requestCount())));
}

void TestDispatcher::ambiguousAnswersBecomeUnknownNeverRetried()
{
    QVERIFY(TeamSettings(m_test->db()).setCircuitBreakerThreshold(1000).ok());
    SandboxOptions options;
    options.mps = 0;
    options.seed = 3;
    options.failures = SandboxOptions::parseFailures(u"drop:0.1,timeout:0.1"_s).value();
    SandboxServer sandbox(options);
    QVERIFY(sandbox.listen().ok());
    const Setup setup = prepare(sandbox, 100);
    QCOMPARE(runUntilEnded(setup.accountId, setup.broadcastId), BroadcastStatus::Completed);
    const auto c = counts(setup.broadcastId);
    QVERIFY(c.value(RecipientStatus::Unknown) > 0);
    QCOMPARE(c.value(RecipientStatus::Sent) + c.value(RecipientStatus::Unknown), 100LL);
    QCOMPARE(sandbox.duplicateCount(), 0);
    QCOMPARE(sandbox.requestCount(), 100); // none was sent a second time

    // "Retry unknown" is an explicit, counted action.
    QCOMPARE(SendingStore(m_test->db()).retryUnknown(setup.broadcastId).value(),
             int(c.value(RecipientStatus::Unknown)));
}

void TestDispatcher::stopsAtTheTierQuota()
{
    SandboxOptions options;
    options.mps = 0;
    SandboxServer sandbox(options);
    QVERIFY(sandbox.listen().ok());
    const Setup setup = prepare(sandbox, 60, 40);
    runUntilEnded(setup.accountId, setup.broadcastId, 15000);
    const Broadcast b = BroadcastStore(m_test->db()).find(setup.broadcastId).value().value();
    QCOMPARE(b.status, BroadcastStatus::Running);
    QVERIFY(b.resumeAt > QDateTime::currentMSecsSinceEpoch() + 23 * 3600 * 1000LL);
    QCOMPARE(counts(setup.broadcastId).value(RecipientStatus::Sent), 40LL);
    QCOMPARE(counts(setup.broadcastId).value(RecipientStatus::Pending), 20LL);
}

void TestDispatcher::secondDispatcherForTheAccountIsRefused()
{
    SandboxServer sandbox(SandboxOptions{});
    QVERIFY(sandbox.listen().ok());
    const Setup setup = prepare(sandbox, 1);
    auto first = AccountLock::tryAcquire(m_test->db(), setup.accountId);
    QVERIFY(first.ok());
    QThread thread;
    auto *dispatcher = new Dispatcher(m_test->db(), &m_credentials, setup.accountId);
    dispatcher->moveToThread(&thread);
    connect(&thread, &QThread::started, dispatcher, &Dispatcher::start);
    connect(&thread, &QThread::finished, dispatcher, &QObject::deleteLater);
    QString error;
    bool stopped = false;
    connect(dispatcher, &Dispatcher::stopped, this, [&](const QString &why) {
        error = why;
        stopped = true;
    });
    thread.start();
    QTRY_VERIFY(stopped);
    QVERIFY2(error.contains(u"already sending"), qPrintable(error));
    thread.quit();
    thread.wait();
}

void TestDispatcher::pauseElsewhereThenResume()
{
    QVERIFY(TeamSettings(m_test->db()).setMaxMessagesPerSecond(20).ok());
    SandboxOptions options;
    options.latencyMs = 20;
    SandboxServer sandbox(options);
    QVERIFY(sandbox.listen().ok());
    const Setup setup = prepare(sandbox, 100);
    // Paused from another window or process a second in: nothing new starts, what is in
    // flight is answered and recorded, then the dispatcher has nothing to do.
    QTimer::singleShot(1000, this, [&] {
        QVERIFY(BroadcastStore(m_test->db())
                    .setStatus(setup.broadcastId, BroadcastStatus::Paused, u"Paused by the user."_s)
                    .ok());
    });
    QCOMPARE(runUntilEnded(setup.accountId, setup.broadcastId), BroadcastStatus::Paused);
    auto c = counts(setup.broadcastId);
    QVERIFY(c.value(RecipientStatus::Sent) > 0);
    QVERIFY(c.value(RecipientStatus::Pending) > 0);
    QCOMPARE(c.value(RecipientStatus::Sent) + c.value(RecipientStatus::Pending), 100LL);
    QCOMPARE(c.value(RecipientStatus::Sent), qint64(sandbox.acceptedCount()));

    QVERIFY(BroadcastStore(m_test->db()).setStatus(setup.broadcastId, BroadcastStatus::Running).ok());
    QCOMPARE(runUntilEnded(setup.accountId, setup.broadcastId), BroadcastStatus::Completed);
    c = counts(setup.broadcastId);
    QCOMPARE(c.value(RecipientStatus::Sent), 100LL);
    QCOMPARE(sandbox.acceptedCount(), 100);
    QCOMPARE(sandbox.duplicateCount(), 0);
}

QTEST_GUILESS_MAIN(TestDispatcher)
#include "tst_dispatcher.moc"
