#include "BroadcastChanges.h"

#include "BroadcastWatcher.h"
#include "Database.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

constexpr int kFoldMs = 150;

// Lives on the listener thread; its signal reaches the GUI thread queued. Connected
// before the thread starts, so nothing on the listener thread ever touches the
// BroadcastChanges object.
class Relay : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

Q_SIGNALS:
    void heard();
    void ready(bool live);
};

} // namespace

BroadcastChanges::BroadcastChanges(std::shared_ptr<const Database> db, int pollMs, QObject *parent)
    : QObject(parent), m_db(std::move(db))
{
    m_poll.setInterval(pollMs);
    connect(&m_poll, &QTimer::timeout, this, &BroadcastChanges::changed);
    m_fold.setSingleShot(true);
    m_fold.setInterval(kFoldMs);
    connect(&m_fold, &QTimer::timeout, this, &BroadcastChanges::changed);
}

BroadcastChanges::~BroadcastChanges()
{
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

void BroadcastChanges::start()
{
    if (!m_thread && m_db->isPostgres())
        listen();
    m_poll.start();
}

void BroadcastChanges::stop()
{
    m_poll.stop();
    m_fold.stop();
}

void BroadcastChanges::listen()
{
    m_thread = new QThread(this);
    m_thread->setObjectName(u"broadcast listener"_s);
    auto *relay = new Relay;
    relay->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, relay, &QObject::deleteLater);
    connect(relay, &Relay::heard, this, [this] {
        if (m_poll.isActive() && !m_fold.isActive())
            m_fold.start();
    });
    connect(relay, &Relay::ready, this, [this](bool live) {
        m_listening = live;
        Q_EMIT listenerReady();
    });
    m_thread->start();
    QMetaObject::invokeMethod(relay, [relay, db = m_db] {
        auto *watcher = new BroadcastWatcher(db, relay);
        connect(watcher, &BroadcastWatcher::changed, relay, &Relay::heard);
        Q_EMIT relay->ready(watcher->isLive());
    });
}

} // namespace megaphone

#include "BroadcastChanges.moc"
