#include "AccountLock.h"

#include "Database.h"
#include "Logging.h"
#include "Sql.h"

#include <QLockFile>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {
// The first key of the two-key advisory lock: "MGPH" in ASCII.
constexpr int lockSpace = 0x4d475048;
} // namespace

QString AccountLock::takenMessage(qint64 accountId)
{
    return tr("Another Megaphone (an app or a worker) is already sending from account %1; one "
              "sender per account keeps within its limits.")
        .arg(accountId);
}

Result<std::unique_ptr<AccountLock>> AccountLock::tryAcquire(std::shared_ptr<const Database> db,
                                                             qint64 accountId)
{
    std::unique_ptr<AccountLock> lock(new AccountLock);
    lock->m_db = db;
    lock->m_accountId = accountId;
    if (db->isPostgres()) {
        if (auto taken = lock->takeAdvisoryLock(); !taken)
            return taken.error();
        return lock;
    }
    lock->m_file = std::make_unique<QLockFile>(db->url().path() + u".account-"_s
                                               + QString::number(accountId) + u".lock"_s);
    lock->m_file->setStaleLockTime(0); // a live process holds it for as long as it sends
    if (!lock->m_file->tryLock(0)) {
        if (lock->m_file->error() == QLockFile::LockFailedError)
            return makeError(u"locked"_s, takenMessage(accountId));
        return makeError(u"lock-file"_s, tr("The lock file beside the database could not be "
                                            "created; check that its folder is writable."));
    }
    return lock;
}

Result<void> AccountLock::takeAdvisoryLock()
{
    const QSqlDatabase connection = m_db->connection(); // may reconnect
    m_reconnects = m_db->reconnectCount();
    auto q = Sql::exec(connection, u"SELECT pg_try_advisory_lock(?, ?)"_s,
                       {lockSpace, int(m_accountId)}, tr("lock the sender account"));
    if (!q)
        return q.error();
    if (!q->next() || !q->value(0).toBool())
        return makeError(u"locked"_s, takenMessage(m_accountId));
    return {};
}

Result<void> AccountLock::verify()
{
    if (!m_db->isPostgres())
        return {}; // the lock file lives as long as this process
    (void)m_db->connection(); // notices a broken session and opens a new one
    if (m_db->reconnectCount() == m_reconnects)
        return {};
    qCWarning(lcSend) << "database session lost; taking account" << m_accountId << "again";
    return takeAdvisoryLock();
}

AccountLock::~AccountLock()
{
    if (m_file)
        return; // QLockFile unlocks in its destructor
    auto q = Sql::exec(m_db->connection(), u"SELECT pg_advisory_unlock(?, ?)"_s,
                       {lockSpace, int(m_accountId)}, tr("unlock the sender account"));
    if (!q)
        qCWarning(lcSend) << "account lock not released:" << q.error().message;
}

} // namespace megaphone
