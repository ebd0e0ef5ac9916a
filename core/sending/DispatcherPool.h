#pragma once

#include "Broadcast.h"
#include "Dispatcher.h"

#include <QHash>
#include <QObject>

#include <memory>

class QTimer;

namespace megaphone {

class CredentialStore;
class Database;

// One Dispatcher per sender account, each on its own QThread: what the app and
// `megaphone-cli worker` run. An account another process is sending from (its lock is
// taken) is tried again later, so a second worker on a shared PostgreSQL takes over when
// the first one stops or dies; accounts added meanwhile are picked up. With
// exitWhenIdle, a dispatcher that has nothing due ends, and the pool stops when all have.
class DispatcherPool : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        Dispatcher::Settings settings;
        QList<qint64> accountIds; // empty: every account, new ones included
        int retryMs = 10000;      // a held or failed account is tried again after this
        int refreshMs = 15000;    // how often new accounts are looked for
    };

    DispatcherPool(std::shared_ptr<const Database> db, CredentialStore *credentials,
                   const Options &options, QObject *parent = nullptr);
    // Stops every dispatcher (in-flight requests are answered and recorded) and waits.
    ~DispatcherPool() override;

    void start();
    // No new requests; stopped() once every dispatcher has stopped.
    void stop();
    bool isStopped() const;
    // Accounts whose dispatcher runs in this process now.
    QList<qint64> sendingAccounts() const;

Q_SIGNALS:
    void progress(qint64 broadcastId);
    void broadcastEnded(qint64 broadcastId, megaphone::BroadcastStatus status,
                        const QString &reason);
    // A dispatcher ended with an error (it is tried again unless stopping or idle-exiting).
    void accountFailed(qint64 accountId, const QString &error);
    void stopped();

private:
    struct Run;
    void refresh();
    void launch(qint64 accountId);
    void onStopped(qint64 accountId, const QString &error);
    void finishIfDone();

    std::shared_ptr<const Database> m_db;
    CredentialStore *m_credentials;
    Options m_options;
    QHash<qint64, Run *> m_runs;   // running dispatchers by account
    QList<qint64> m_waiting;       // accounts to try again later
    bool m_stopping = false;
    bool m_stoppedEmitted = false;
    QTimer *m_refreshTimer = nullptr;
};

} // namespace megaphone
