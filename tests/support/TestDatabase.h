#pragma once

#include "Database.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace megaphone::test {

// Every storage test runs on both backends: call this from initTestCase_data()
// to add the global rows "sqlite" and "postgresql" (column "backend").
void addBackendRows();

// The PostgreSQL admin URL that `make test` gives in MEGAPHONE_TEST_PG_URL, or
// nothing when the test was started without a server.
std::optional<DatabaseUrl> adminPostgresUrl();

// A fresh, migrated, empty database for one test function: a file in a temporary
// folder, or a PostgreSQL database of its own (dropped again when this object
// goes), so test executables can run in parallel.
class TestDatabase
{
public:
    static Result<std::unique_ptr<TestDatabase>> create(const QString &backend);
    ~TestDatabase();

    const std::shared_ptr<Database> &db() const { return m_db; }
    // The URL to give a child process (no password: the test server trusts loopback).
    DatabaseUrl url() const { return m_url; }

    // For migration tests: the URL of a fresh, empty, unmigrated database.
    static Result<std::unique_ptr<TestDatabase>> createEmpty(const QString &backend);
    void reopen(); // drops this process's connections, e.g. before re-opening by URL
    void close() { m_db.reset(); }

private:
    TestDatabase() = default;
    static Result<std::unique_ptr<TestDatabase>> make(const QString &backend, bool migrate);

    std::shared_ptr<Database> m_db;
    DatabaseUrl m_url;
    QTemporaryDir m_dir;
    QString m_pgName;
};

} // namespace megaphone::test

// Opens a fresh database of the current global "backend" row into `var`
// (a std::unique_ptr<TestDatabase>); skips when no PostgreSQL was given.
#define MEGAPHONE_OPEN_TEST_DB(var)                                                          \
    do {                                                                                     \
        const QString megaphoneBackend =                                                     \
            *static_cast<QString *>(QTest::qGlobalData("backend", ::qMetaTypeId<QString>())); \
        if (megaphoneBackend == QLatin1String("postgresql") && !megaphone::test::adminPostgresUrl()) \
            QSKIP("MEGAPHONE_TEST_PG_URL is not set: `make test` starts a PostgreSQL");     \
        auto created = megaphone::test::TestDatabase::create(megaphoneBackend);              \
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message)); \
        var = std::move(created.value());                                                    \
    } while (false)
