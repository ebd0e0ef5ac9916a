#pragma once

#include "Result.h"

#include <QCoreApplication>

#include <memory>

class QLockFile;

namespace megaphone {

class Database;

// One dispatcher per sender account across every process sharing the database
// (DESIGN.md section 3): a PostgreSQL session advisory lock held on the calling
// thread's connection, or a lock file beside the SQLite file. Released when this
// object goes (or the process dies: the server ends the session, QLockFile sees a
// stale lock).
class AccountLock
{
    Q_DECLARE_TR_FUNCTIONS(AccountLock)

public:
    // Fails with code "locked" when another dispatcher holds the account.
    static Result<std::unique_ptr<AccountLock>> tryAcquire(std::shared_ptr<const Database> db,
                                                           qint64 accountId);
    ~AccountLock();

    // Still ours? A PostgreSQL session that was lost (a server restart) took the lock with
    // it: it is taken again on the new session. Fails with "locked" when another
    // dispatcher took the account meanwhile (stop sending), or with a database error while
    // the server is away (wait and ask again). Cheap when nothing happened.
    Result<void> verify();

    AccountLock(const AccountLock &) = delete;
    AccountLock &operator=(const AccountLock &) = delete;

private:
    AccountLock() = default;
    Result<void> takeAdvisoryLock();
    static QString takenMessage(qint64 accountId);

    std::shared_ptr<const Database> m_db;
    qint64 m_accountId = 0;
    int m_reconnects = 0; // the connection's reconnect count when the lock was taken
    std::unique_ptr<QLockFile> m_file;
};

} // namespace megaphone
