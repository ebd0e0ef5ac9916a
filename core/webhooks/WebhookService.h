#pragma once

#include <QHostAddress>
#include <QObject>

#include <memory>

class QThread;

namespace megaphone {

class CredentialStore;
class Database;
class WebhookReceiver;

// The app's webhook receiver on a thread of its own (storing and applying events never
// blocks the window). Off until started; started again with a new address, stopped on
// demand and when it goes. Lives on the GUI thread.
class WebhookService : public QObject
{
    Q_OBJECT

public:
    WebhookService(std::shared_ptr<const Database> db, CredentialStore *credentials,
                   QObject *parent = nullptr);
    ~WebhookService() override;

    // "ADDR:PORT"; stateChanged() tells how it went.
    void start(const QString &listen);
    void stop();

    bool isListening() const { return m_port != 0; }
    // "http://127.0.0.1:8090" while listening.
    QString address() const;
    QString lastError() const { return m_error; }

Q_SIGNALS:
    void stateChanged();

private:
    std::shared_ptr<const Database> m_db;
    CredentialStore *m_credentials;
    QThread *m_thread = nullptr;
    WebhookReceiver *m_receiver = nullptr;
    QHostAddress m_address;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace megaphone
