#include "TestDatabase.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

using namespace Qt::StringLiterals;

namespace megaphone::test {

namespace {

std::atomic<int> g_counter{0};

// Runs one statement on the admin database through a short-lived connection.
Result<void> adminExec(const QString &statement)
{
    const auto admin = adminPostgresUrl();
    const QString name = u"megaphone-test-admin"_s;
    Result<void> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(admin->host());
        db.setPort(admin->port());
        db.setUserName(admin->user());
        db.setDatabaseName(admin->databaseName());
        if (!db.open()) {
            result = makeError(u"unreachable"_s, db.lastError().text());
        } else {
            QSqlQuery query(db);
            if (!query.exec(statement))
                result = makeError(u"sql"_s, statement + u": "_s + query.lastError().text());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

std::optional<DatabaseUrl> adminPostgresUrl()
{
    const QString text = qEnvironmentVariable("MEGAPHONE_TEST_PG_URL");
    if (text.isEmpty())
        return std::nullopt;
    auto url = DatabaseUrl::parse(text);
    if (!url || !url->isPostgres())
        qFatal("MEGAPHONE_TEST_PG_URL is not a PostgreSQL URL: %s", qPrintable(text));
    return url.value();
}

Result<std::unique_ptr<TestDatabase>> TestDatabase::create(const QString &backend)
{
    return make(backend, true);
}

Result<std::unique_ptr<TestDatabase>> TestDatabase::createEmpty(const QString &backend)
{
    return make(backend, false);
}

Result<std::unique_ptr<TestDatabase>> TestDatabase::make(const QString &backend, bool migrate)
{
    std::unique_ptr<TestDatabase> test(new TestDatabase);
    if (backend == u"sqlite") {
        if (!test->m_dir.isValid())
            return makeError(u"tmp"_s, u"cannot make a temporary folder"_s);
        test->m_url = DatabaseUrl::sqlite(test->m_dir.filePath(u"megaphone.db"_s));
    } else {
        auto admin = adminPostgresUrl();
        if (!admin)
            return makeError(u"no-server"_s, u"MEGAPHONE_TEST_PG_URL is not set"_s);
        const QString exe = QFileInfo(QCoreApplication::applicationFilePath()).baseName();
        test->m_pgName = u"mt_%1_%2_%3"_s.arg(exe.toLower().remove(u'-'))
                             .arg(QCoreApplication::applicationPid())
                             .arg(g_counter.fetch_add(1));
        // The name is ours, built from letters, digits and underscores only.
        if (auto made = adminExec(u"CREATE DATABASE "_s + test->m_pgName); !made)
            return made.error();
        test->m_url = admin.value();
        test->m_url.setDatabaseName(test->m_pgName);
    }
    if (migrate) {
        auto db = Database::open(test->m_url);
        if (!db)
            return db.error();
        test->m_db = db.value();
    }
    return test;
}

void TestDatabase::reopen()
{
    m_db.reset();
    auto db = Database::open(m_url);
    if (db)
        m_db = db.value();
}

TestDatabase::~TestDatabase()
{
    m_db.reset();
    if (!m_pgName.isEmpty()) {
        if (auto dropped = adminExec(u"DROP DATABASE IF EXISTS "_s + m_pgName + u" WITH (FORCE)"_s);
            !dropped)
            qWarning("could not drop %s: %s", qPrintable(m_pgName),
                     qPrintable(dropped.error().message));
    }
}

} // namespace megaphone::test
