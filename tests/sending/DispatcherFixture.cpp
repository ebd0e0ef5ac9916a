#include "DispatcherFixture.h"

#include "AccountStore.h"
#include "BroadcastControl.h"
#include "BroadcastStore.h"
#include "Clock.h"
#include "ContactStore.h"
#include "PortfolioStore.h"
#include "RecipientStore.h"
#include "SandboxFixtures.h"
#include "SandboxServer.h"
#include "TemplateMapping.h"
#include "TemplateStore.h"

#include <QJsonArray>
#include <QThread>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace megaphone::test {

qint64 DispatcherFixture::addAccount(const QUrl &baseUrl, bool h2c, int tier)
{
    const auto database = db();
    const qint64 portfolio =
        PortfolioStore(database).add({0, u"Shop"_s, tier > 0 ? tier : -1}).value();
    Account account;
    account.provider = ProviderKind::Meta;
    account.label = u"Against the sandbox"_s;
    account.portfolioId = portfolio;
    account.baseUrl = baseUrl.toString();
    account.apiVersion = u"v23.0"_s;
    account.phoneNumberId = u"100000000000001"_s;
    account.wabaId = u"200000000000001"_s;
    account.throughputMps = 1000;
    account.settings = QJsonObject{{u"h2c"_s, h2c}};
    const qint64 accountId = AccountStore(database).add(account).value();
    (void)credentials.write(CredentialStore::accountKey(accountId, u"access_token"_s), u"token"_s);
    const TemplateRecord record = sandboxTemplate(accountId, u"spring_sale"_s);
    if (!TemplateStore(database).upsert(record))
        qFatal("the template was not stored");
    return accountId;
}

qint64 DispatcherFixture::addAccount(SandboxServer &sandbox, int tier)
{
    return addAccount(sandbox.baseUrl(), true, tier);
}

void DispatcherFixture::addContacts(int count, const QString &tag, const QString &prefix,
                                    int digits, const QString &timeZone)
{
    ContactStore contacts(db());
    for (int i = 0; i < count; ++i) {
        Contact c;
        c.phoneE164 = prefix + u"%1"_s.arg(m_nextPhone++, digits, 10, QLatin1Char('0'));
        c.firstName = i % 3 ? u"Kim"_s : QString(); // fallback for the others
        c.consent = Consent::OptedIn;
        c.tags = {tag};
        c.timeZone = timeZone;
        if (!contacts.add(c))
            qFatal("a contact was not added");
    }
}

qint64 DispatcherFixture::addDraft(qint64 accountId, const QString &tag, qint64 scheduledAt,
                                   const QString &localHours)
{
    TemplateMapping mapping;
    mapping.bindings.insert(u"body.1"_s, {ParameterBinding::Source::ContactField,
                                          u"first_name"_s, u"there"_s});
    mapping.bindings.insert(u"body.2"_s, {ParameterBinding::Source::Fixed, u"25%"_s, {}});
    mapping.bindings.insert(u"button.0"_s, {ParameterBinding::Source::Fixed, u"spring"_s, {}});
    mapping.headerMediaUrl = u"https://example.com/spring.jpg"_s;
    Broadcast broadcast;
    broadcast.name = u"Spring"_s;
    broadcast.accountId = accountId;
    broadcast.templateId = TemplateStore(db()).list(accountId, false).value().first().id;
    broadcast.mapping = mapping.toJson();
    broadcast.audience = Audience{{tag}, {}, {}}.toJson();
    broadcast.scheduledAt = scheduledAt;
    if (!localHours.isEmpty())
        broadcast.sendWindow = QJsonObject{{u"local_hours"_s, localHours}};
    return BroadcastStore(db()).create(broadcast).value();
}

DispatcherFixture::Setup DispatcherFixture::prepare(SandboxServer &sandbox, int contactCount,
                                                    int tier)
{
    Setup setup;
    setup.accountId = addAccount(sandbox, tier);
    addContacts(contactCount);
    setup.broadcastId = addDraft(setup.accountId);
    const auto started = BroadcastControl(db()).send(setup.broadcastId, Clock::nowMs());
    if (!started || started->counts.pending != contactCount)
        qFatal("the broadcast was not prepared");
    return setup;
}

BroadcastStatus DispatcherFixture::runUntilEnded(qint64 accountId, qint64 broadcastId,
                                                 int timeoutMs, Dispatcher::Settings settings,
                                                 const std::function<void()> &during)
{
    QThread thread;
    if (settings.requestTimeoutMs == Dispatcher::Settings{}.requestTimeoutMs)
        settings.requestTimeoutMs = 2000;
    auto *dispatcher = new Dispatcher(db(), &credentials, accountId, settings);
    dispatcher->moveToThread(&thread);
    QObject::connect(&thread, &QThread::started, dispatcher, &Dispatcher::start);
    QObject::connect(&thread, &QThread::finished, dispatcher, &QObject::deleteLater);
    std::optional<BroadcastStatus> ended;
    QString error;
    bool stopped = false;
    QObject context;
    QObject::connect(dispatcher, &Dispatcher::broadcastEnded, &context,
                     [&](qint64 id, BroadcastStatus status, const QString &) {
                         if (id != broadcastId || status == BroadcastStatus::AwaitingConfirmation)
                             return;
                         ended = status;
                         QMetaObject::invokeMethod(dispatcher, &Dispatcher::stop,
                                                   Qt::QueuedConnection);
                     });
    QObject::connect(dispatcher, &Dispatcher::stopped, &context, [&](const QString &why) {
        error = why;
        stopped = true;
    });
    thread.start();
    QElapsedTimer timer;
    timer.start();
    while (!stopped && timer.elapsed() < timeoutMs) {
        QTest::qWait(50);
        if (during)
            during();
    }
    if (!stopped)
        QMetaObject::invokeMethod(dispatcher, &Dispatcher::stop, Qt::QueuedConnection);
    (void)QTest::qWaitFor([&] { return stopped; }, 10000);
    thread.quit();
    thread.wait();
    if (!error.isEmpty())
        qWarning() << "dispatcher:" << error;
    return ended.value_or(broadcast(broadcastId).status);
}

QHash<RecipientStatus, qint64> DispatcherFixture::counts(qint64 broadcastId) const
{
    return RecipientStore(db()).countByStatus(broadcastId).value();
}

Broadcast DispatcherFixture::broadcast(qint64 id) const
{
    return BroadcastStore(db()).find(id).value().value();
}

} // namespace megaphone::test
