#include "SandboxWebhookLink.h"

#include "AccountStore.h"
#include "SandboxHost.h"
#include "WebhookReceiver.h"

#include <QRandomGenerator>
#include <QThread>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

QString madeUpSecret()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / 4);
    return QString::fromLatin1(bytes.toHex());
}

} // namespace

SandboxWebhookLink::SandboxWebhookLink(std::shared_ptr<const Database> db)
    : m_db(std::move(db))
{
}

SandboxWebhookLink::~SandboxWebhookLink()
{
    if (!m_thread)
        return;
    SandboxHost::setWebhooks({}, {});
    QMetaObject::invokeMethod(m_receiver, [receiver = m_receiver] {
        receiver->close();
        (void)receiver->applyNow();
    });
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

Result<void> SandboxWebhookLink::startIfSandboxAccounts()
{
    auto accounts = AccountStore(m_db).list();
    if (!accounts)
        return accounts.error();
    for (const Account &account : std::as_const(accounts.value())) {
        if (account.provider == ProviderKind::Sandbox)
            return start();
    }
    return {};
}

Result<void> SandboxWebhookLink::start()
{
    if (m_thread || !qEnvironmentVariableIsEmpty("MEGAPHONE_SANDBOX_URL"))
        return {};
    WebhookReceiver::Settings settings;
    settings.sandboxSecret = madeUpSecret();
    m_thread = new QThread;
    m_thread->setObjectName(u"sandbox-hooks"_s);
    m_receiver = new WebhookReceiver(m_db, nullptr, settings);
    m_receiver->moveToThread(m_thread);
    QObject::connect(m_thread, &QThread::finished, m_receiver, &QObject::deleteLater);
    m_thread->start();
    Result<void> listening;
    QMetaObject::invokeMethod(
        m_receiver, [&] { listening = m_receiver->listen(QHostAddress::LocalHost); },
        Qt::BlockingQueuedConnection);
    if (!listening)
        return makeError(u"sandbox"_s, tr("The sandbox's webhooks cannot be received: %1")
                                           .arg(listening.error().message));
    m_url = QUrl(u"http://127.0.0.1:%1/webhooks/sandbox"_s.arg(m_receiver->port()));
    SandboxHost::setWebhooks(m_url, settings.sandboxSecret);
    return {};
}

} // namespace megaphone
