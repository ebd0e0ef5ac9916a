#include "BroadcastWatcher.h"

#include "Database.h"
#include "Logging.h"
#include "Sql.h"

#include <QSqlDriver>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace megaphone {

QString BroadcastWatcher::channel()
{
    return u"megaphone_broadcasts"_s;
}

namespace {

constexpr int kRenewMs = 2000;

} // namespace

BroadcastWatcher::BroadcastWatcher(std::shared_ptr<const Database> db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
{
    if (!m_db->isPostgres())
        return;
    if (!subscribe()) {
        qCWarning(lcStorage) << "no live broadcast updates; polling instead";
        return;
    }
    m_live = true;
    m_renew = new QTimer(this);
    m_renew->setInterval(kRenewMs);
    connect(m_renew, &QTimer::timeout, this, &BroadcastWatcher::renew);
    m_renew->start();
}

bool BroadcastWatcher::subscribe()
{
    QSqlDriver *driver = m_db->connection().driver();
    if (!driver || !driver->subscribeToNotification(channel()))
        return false;
    if (driver != m_driver) {
        if (m_driver)
            disconnect(m_driver, nullptr, this, nullptr);
        m_driver = driver;
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                    heard(name, payload);
                });
    }
    return true;
}

void BroadcastWatcher::renew()
{
    // connection() opens a session that ended again; closing the old one dropped its LISTEN.
    const int reconnects = m_db->reconnectCount();
    const QSqlDatabase connection = m_db->connection();
    if (!connection.isOpen())
        return; // the server is still away: the next tick tries again
    if (m_db->reconnectCount() == reconnects && m_driver
        && m_driver->subscribedToNotifications().contains(channel()))
        return;
    if (subscribe())
        qCInfo(lcStorage) << "listening for broadcast updates again";
}

void BroadcastWatcher::heard(const QString &name, const QVariant &payload)
{
    const QString text = payload.toString();
    bool ok = false;
    const qint64 id = text.section(u':', 1).toLongLong(&ok);
    if (name != channel() || !ok)
        return;
    Q_EMIT changed(id);
    if (text.startsWith(u"status:"))
        Q_EMIT statusChanged(id);
}

BroadcastWatcher::~BroadcastWatcher()
{
    // The connection may be closed already (its thread ended): closing unsubscribed it.
    if (m_driver && m_driver->subscribedToNotifications().contains(channel()))
        m_driver->unsubscribeFromNotification(channel());
}

Result<void> BroadcastWatcher::notify(const Database &db, qint64 broadcastId, Change change)
{
    if (!db.isPostgres())
        return {};
    const QString payload = (change == Change::Status ? u"status:"_s : u"progress:"_s)
                            + QString::number(broadcastId);
    auto q = Sql::exec(db.connection(), u"SELECT pg_notify(?, ?)"_s, {channel(), payload},
                       QCoreApplication::translate("BroadcastWatcher", "announce a broadcast's progress"));
    if (!q)
        return q.error();
    return {};
}

} // namespace megaphone
