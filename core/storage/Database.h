#pragma once

#include "DatabaseUrl.h"
#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <memory>

class QSqlQuery;
struct pg_conn;
struct sqlite3;

namespace megaphone {

// An open Megaphone database, SQLite or PostgreSQL. The object may be shared
// between threads: connection() hands every thread its own QSqlDatabase clone,
// opened on first use and closed when that thread ends.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // Opens (creating a SQLite file and its folder when needed), checks the schema
    // version and applies pending migrations in one transaction.
    static Result<std::shared_ptr<Database>> open(const DatabaseUrl &url);
    // Connects and reads the schema version (0: no Megaphone tables yet) without
    // creating or changing anything; for "Test" in Settings. Blocking.
    static Result<int> check(const DatabaseUrl &url);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const DatabaseUrl &url() const { return m_url; }
    bool isPostgres() const { return m_url.isPostgres(); }
    bool isSqlite() const { return m_url.isSqlite(); }

    // This thread's connection, opened on first use. A PostgreSQL connection that broke
    // (a server restart, the network) is opened again here, outside a transaction; the
    // query that met the break failed, so callers retry.
    QSqlDatabase connection() const;
    // How many times this thread's connection was opened again: a session-level state
    // (an advisory lock, a LISTEN) was lost each time.
    int reconnectCount() const;
    // libpq's handle behind a QPSQL connection, or nullptr.
    static pg_conn *pgHandle(const QSqlDatabase &db);
    // SQLite's handle behind a QSQLITE connection, when Qt's driver runs on the very
    // SQLite library this program links (Debian's driver links the system one), or
    // nullptr: Qt's own builds compile a copy of SQLite into the driver, and two copies
    // must not share a handle.
    static sqlite3 *sqliteHandle(const QSqlDatabase &db);

    // The schema version recorded in schema_migrations.
    int schemaVersion() const;

    // Runs `work` inside a transaction on this thread's connection: committed when
    // it returns ok, rolled back otherwise. SQLite takes the write lock at once
    // (BEGIN IMMEDIATE) so a transaction never fails half-way on a busy database.
    Result<void> transaction(const std::function<Result<void>()> &work) const;

    // Explains a failed query in words, with the statement's purpose.
    static Error queryError(const QSqlQuery &query, const QString &what);

private:
    explicit Database(DatabaseUrl url);
    Result<void> openThreadConnection(QSqlDatabase &db) const;
    Error connectError(const QSqlDatabase &db) const;

    DatabaseUrl m_url;
    QString m_connectionPrefix;
};

} // namespace megaphone
