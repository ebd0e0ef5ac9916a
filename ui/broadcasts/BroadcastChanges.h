#pragma once

#include <QObject>
#include <QTimer>

#include <memory>

class QThread;

namespace megaphone {

class Database;

// Says when the broadcasts may have changed, for a view that reloads them: a poll
// every `pollMs` while started, and on PostgreSQL also at once when any process
// announces a change (BroadcastWatcher's NOTIFY), bursts folded into one signal.
// The LISTEN connection lives on a thread of its own, so the GUI thread never
// waits for the server.
class BroadcastChanges : public QObject
{
    Q_OBJECT

public:
    BroadcastChanges(std::shared_ptr<const Database> db, int pollMs, QObject *parent = nullptr);
    ~BroadcastChanges() override;

    // The listener thread is made on the first start().
    void start();
    void stop();
    bool isActive() const { return m_poll.isActive(); }
    // PostgreSQL notifications reach this object (false on SQLite, or when LISTEN failed).
    bool isListening() const { return m_listening; }

Q_SIGNALS:
    void changed();
    // The listener thread has subscribed (or failed to: see isListening()).
    void listenerReady();

private:
    void listen();

    std::shared_ptr<const Database> m_db;
    QTimer m_poll;
    QTimer m_fold; // folds a burst of notifications into one `changed`
    QThread *m_thread = nullptr;
    bool m_listening = false;
};

} // namespace megaphone
