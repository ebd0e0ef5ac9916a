#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace megaphone {

// Where the data lives: `sqlite:///absolute/path.db` or
// `postgresql://user@host:port/db?sslmode=require`. A password is never part of
// a stored URL: one typed into a URL is split off into `password` and must go to
// the keychain (DESIGN.md section 2).
class DatabaseUrl
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseUrl)

public:
    enum class Backend { Sqlite, Postgres };

    static Result<DatabaseUrl> parse(const QString &text);
    static DatabaseUrl sqlite(const QString &path);
    // The embedded database in the user's data folder.
    static DatabaseUrl defaultSqlite();

    Backend backend() const { return m_backend; }
    bool isSqlite() const { return m_backend == Backend::Sqlite; }
    bool isPostgres() const { return m_backend == Backend::Postgres; }

    QString path() const { return m_path; } // SQLite file
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString databaseName() const { return m_database; }
    QString user() const { return m_user; }
    QString sslMode() const { return m_sslMode; }
    QString password() const { return m_password; }
    void setPassword(const QString &password) { m_password = password; }
    void setDatabaseName(const QString &name) { m_database = name; }

    // The URL without any password: safe to store, log and show.
    QString toString() const;
    // Short human description for the status bar: "SQLite: /path" or "PostgreSQL: db on host:5432".
    QString describe() const;
    // The name of this database's password in the keychain: `user@host:port/db`.
    QString credentialName() const;

    bool operator==(const DatabaseUrl &other) const = default;

private:
    Backend m_backend = Backend::Sqlite;
    QString m_path;
    QString m_host;
    int m_port = 5432;
    QString m_database;
    QString m_user;
    QString m_sslMode;
    QString m_password;
};

} // namespace megaphone
