#include "WebhookService.h"

#include "HttpServer.h"
#include "WebhookReceiver.h"

#include <QPointer>
#include <QThread>

using namespace Qt::StringLiterals;

namespace megaphone {

WebhookService::WebhookService(std::shared_ptr<const Database> db, CredentialStore *credentials,
                               QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_credentials(credentials)
{
}

WebhookService::~WebhookService()
{
    stop();
}

QString WebhookService::address() const
{
    if (!isListening())
        return {};
    const QString host = m_address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + m_address.toString() + u']'
                             : m_address.toString();
    return u"http://%1:%2"_s.arg(host).arg(m_port);
}

void WebhookService::start(const QString &listen)
{
    stop();
    QHostAddress address;
    quint16 port = 0;
    if (!HttpServer::parseListen(listen, address, port)) {
        m_error = tr("\"%1\" is not an address and a port, such as 127.0.0.1:8090.").arg(listen);
        Q_EMIT stateChanged();
        return;
    }
    m_thread = new QThread(this);
    m_thread->setObjectName(u"webhooks"_s);
    m_receiver = new WebhookReceiver(m_db, m_credentials);
    m_receiver->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_receiver, &QObject::deleteLater);
    m_thread->start();
    QPointer<WebhookService> self(this);
    QMetaObject::invokeMethod(m_receiver, [self, receiver = m_receiver, address, port] {
        const Result<void> listening = receiver->listen(address, port);
        const quint16 bound = receiver->port();
        const QString error = listening ? QString() : listening.error().message;
        QMetaObject::invokeMethod(self.data(), [self, address, bound, error] {
            if (!self)
                return;
            self->m_address = address;
            self->m_port = error.isEmpty() ? bound : 0;
            self->m_error = error;
            Q_EMIT self->stateChanged();
        });
    });
}

void WebhookService::stop()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(m_receiver, [receiver = m_receiver] {
        receiver->close();
        (void)receiver->applyNow(); // what arrived last is applied before leaving
    });
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_receiver = nullptr;
    m_port = 0;
    m_error.clear();
    Q_EMIT stateChanged();
}

} // namespace megaphone
