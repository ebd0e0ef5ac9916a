#pragma once

#include "BroadcastList.h"

#include <QHash>
#include <QObject>

#include <memory>

class QSystemTrayIcon;

namespace megaphone {

class BroadcastChanges;
class Database;

// A desktop notification (system tray) when a broadcast completes or pauses on an
// error. It watches the database, not this process's dispatcher, so it also tells of
// broadcasts that a worker or another machine sends. A pause with no reason (the
// user's own, from the Broadcasts page) is not announced.
//
// Starts by itself where the desktop has a system tray; elsewhere (offscreen tests)
// start() it and listen to `notified`.
class BroadcastNotifier : public QObject
{
    Q_OBJECT

public:
    explicit BroadcastNotifier(std::shared_ptr<const Database> db, QObject *parent = nullptr);
    ~BroadcastNotifier() override;

    // Reads the statuses every few seconds (and at once on a PostgreSQL NOTIFY).
    void start();
    bool isStarted() const { return m_started; }
    // The first statuses are read: changes from now on are announced.
    bool hasBaseline() const { return m_primed; }
    // Compares with what it saw before and announces the moves worth a notification.
    // The first list is only remembered: nothing that ended before is announced.
    void observe(const QList<BroadcastSummary> &broadcasts);

Q_SIGNALS:
    // Also emitted without a system tray.
    void notified(const QString &title, const QString &text);
    // The user clicked a notification or the tray icon: show the broadcasts.
    void opened();

private:
    void poll();
    void announce(const QString &title, const QString &text, bool warning);

    std::shared_ptr<const Database> m_db;
    BroadcastChanges *m_changes = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QHash<qint64, BroadcastStatus> m_seen;
    bool m_started = false;
    bool m_primed = false;
    bool m_polling = false;
};

} // namespace megaphone
