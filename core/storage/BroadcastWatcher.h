#pragma once

#include "Result.h"

#include <QObject>
#include <QPointer>


#include <memory>

class QSqlDriver;
class QTimer;

namespace megaphone {

class Database;

// Tells other processes that a broadcast changed (progress written, status moved): on
// PostgreSQL a NOTIFY on the channel "megaphone_broadcasts" with "progress:<id>" or
// "status:<id>" as payload, so a dashboard in another process or on another machine updates at once.
// SQLite has no such channel: isLive() is false and watchers poll.
//
// Subscribes on the connection of the thread that creates it; live there only.
class BroadcastWatcher : public QObject
{
    Q_OBJECT

public:
    explicit BroadcastWatcher(std::shared_ptr<const Database> db, QObject *parent = nullptr);
    ~BroadcastWatcher() override;

    bool isLive() const { return m_live; }

    enum class Change { Progress, Status };
    // Any thread; a no-op on SQLite. Sent when the caller's transaction commits.
    static Result<void> notify(const Database &db, qint64 broadcastId, Change change);
    static QString channel();

Q_SIGNALS:
    // Results were written, or the status moved (then statusChanged too).
    void changed(qint64 broadcastId);
    void statusChanged(qint64 broadcastId);

private:
    // LISTENs on this thread's connection; true when the driver took it.
    bool subscribe();
    // After the server went away and came back, the session is new: LISTEN again.
    void renew();
    void heard(const QString &name, const QVariant &payload);

    std::shared_ptr<const Database> m_db;
    bool m_live = false;
    QPointer<QSqlDriver> m_driver; // of the creating thread's connection
    QTimer *m_renew = nullptr;
};

} // namespace megaphone
