#include "DispatcherPool.h"

#include "AccountStore.h"
#include "Logging.h"

#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace megaphone {

struct DispatcherPool::Run
{
    QThread thread;
    Dispatcher *dispatcher = nullptr;
    bool busy = false; // its account is held by another process
};

DispatcherPool::DispatcherPool(std::shared_ptr<const Database> db, CredentialStore *credentials,
                               const Options &options, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_credentials(credentials)
    , m_options(options)
{
}

DispatcherPool::~DispatcherPool()
{
    m_stopping = true;
    for (Run *run : std::as_const(m_runs))
        QMetaObject::invokeMethod(run->dispatcher, &Dispatcher::stop, Qt::QueuedConnection);
    for (Run *run : std::as_const(m_runs)) {
        run->thread.wait(); // the dispatcher quits its thread once stopped
        delete run;
    }
}

void DispatcherPool::start()
{
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setInterval(m_options.refreshMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &DispatcherPool::refresh);
    if (!m_options.settings.exitWhenIdle)
        m_refreshTimer->start();
    refresh();
    finishIfDone();
}

void DispatcherPool::refresh()
{
    if (m_stopping)
        return;
    QList<qint64> ids = m_options.accountIds;
    if (ids.isEmpty()) {
        auto accounts = AccountStore(m_db).list();
        if (!accounts) {
            qCWarning(lcSend) << "accounts not read, trying again:" << accounts.error().message;
            return;
        }
        for (const Account &account : accounts.value())
            ids << account.id;
    }
    for (qint64 id : std::as_const(ids)) {
        if (!m_runs.contains(id) && !m_waiting.contains(id))
            launch(id);
    }
}

void DispatcherPool::launch(qint64 accountId)
{
    auto *run = new Run;
    run->thread.setObjectName(u"dispatcher-"_s + QString::number(accountId));
    run->dispatcher = new Dispatcher(m_db, m_credentials, accountId, m_options.settings);
    run->dispatcher->moveToThread(&run->thread);
    connect(&run->thread, &QThread::started, run->dispatcher, &Dispatcher::start);
    connect(&run->thread, &QThread::finished, run->dispatcher, &QObject::deleteLater);
    // Directly, on the dispatcher's thread: the pool's thread may be waiting for it.
    connect(run->dispatcher, &Dispatcher::stopped, &run->thread, &QThread::quit,
            Qt::DirectConnection);
    connect(run->dispatcher, &Dispatcher::progress, this, &DispatcherPool::progress);
    connect(run->dispatcher, &Dispatcher::broadcastEnded, this, &DispatcherPool::broadcastEnded);
    connect(run->dispatcher, &Dispatcher::accountBusy, this, [run] { run->busy = true; });
    connect(run->dispatcher, &Dispatcher::stopped, this,
            [this, accountId](const QString &error) { onStopped(accountId, error); });
    m_runs.insert(accountId, run);
    run->thread.start();
}

void DispatcherPool::onStopped(qint64 accountId, const QString &error)
{
    Run *run = m_runs.take(accountId);
    if (!run)
        return;
    run->thread.wait();
    const bool busy = run->busy;
    delete run;
    if (!error.isEmpty() && !busy)
        Q_EMIT accountFailed(accountId, error);
    // An idle exit is final; otherwise (busy elsewhere, an error) the account comes back.
    const bool again = !m_stopping && !m_options.settings.exitWhenIdle;
    if (again && (busy || !error.isEmpty())) {
        m_waiting << accountId;
        QTimer::singleShot(m_options.retryMs, this, [this, accountId] {
            m_waiting.removeAll(accountId);
            if (!m_stopping && !m_runs.contains(accountId))
                launch(accountId);
        });
    } else if (again) {
        refresh(); // stopped without error while running: start it again
    }
    finishIfDone();
}

void DispatcherPool::stop()
{
    m_stopping = true;
    if (m_refreshTimer)
        m_refreshTimer->stop();
    for (Run *run : std::as_const(m_runs))
        QMetaObject::invokeMethod(run->dispatcher, &Dispatcher::stop, Qt::QueuedConnection);
    finishIfDone();
}

bool DispatcherPool::isStopped() const
{
    return m_stoppedEmitted;
}

QList<qint64> DispatcherPool::sendingAccounts() const
{
    QList<qint64> ids;
    for (auto it = m_runs.cbegin(); it != m_runs.cend(); ++it) {
        if (!it.value()->busy)
            ids << it.key();
    }
    return ids;
}

void DispatcherPool::finishIfDone()
{
    const bool ending = m_stopping || m_options.settings.exitWhenIdle;
    if (!ending || !m_runs.isEmpty() || m_stoppedEmitted)
        return;
    m_stoppedEmitted = true;
    if (m_refreshTimer)
        m_refreshTimer->stop();
    Q_EMIT stopped();
}

} // namespace megaphone
