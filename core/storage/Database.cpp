#include "Database.h"

#include "Logging.h"
#include "Migrations.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>

#include <libpq-fe.h>

#ifdef MEGAPHONE_SQLITE_HANDLE
#include <dlfcn.h>
#include <sqlite3.h>
#endif

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

void closeConnection(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// The connections opened on one thread; closed and removed when the thread ends
// (QThread::finished, still on that thread), or at the latest when its
// thread-local storage goes.
struct ThreadConnections
{
    QStringList names;
    ~ThreadConnections()
    {
        for (const QString &name : std::as_const(names))
            closeConnection(name);
    }
    void closeAll()
    {
        for (const QString &name : std::as_const(names))
            closeConnection(name);
        names.clear();
    }
};

thread_local ThreadConnections t_connections;
// Open transactions per connection of this thread: inner ones join the outer one.
thread_local QHash<QString, int> t_transactionDepth;
// Reopened connections of this thread, per connection name.
thread_local QHash<QString, int> t_reconnects;
std::atomic<int> g_nextInstance{1};

// Not open (a reconnect failed), or libpq saw the session end.
bool connectionBroken(const QSqlDatabase &db)
{
    if (!db.isOpen())
        return true;
    PGconn *conn = Database::pgHandle(db);
    return conn && PQstatus(conn) == CONNECTION_BAD;
}

QString threadTag()
{
    return QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
}

} // namespace

Database::Database(DatabaseUrl url)
    : m_url(std::move(url)),
      m_connectionPrefix(u"megaphone-%1-"_s.arg(g_nextInstance.fetch_add(1)))
{
}

Database::~Database()
{
    // Connections of this thread go now; those of other threads go when they end.
    const QString name = m_connectionPrefix + threadTag();
    if (t_connections.names.removeOne(name))
        closeConnection(name);
}

Result<std::shared_ptr<Database>> Database::open(const DatabaseUrl &url)
{
    if (url.isSqlite()) {
        const QFileInfo file(url.path());
        if (file.isDir()) {
            return makeError(u"unreachable"_s,
                             tr("Cannot open the SQLite database %1: that path is a folder.")
                                 .arg(QDir::toNativeSeparators(url.path())));
        }
        if (!QDir().mkpath(file.absolutePath())) {
            return makeError(u"unreachable"_s,
                             tr("Cannot open the SQLite database %1: the folder %2 cannot be "
                                "created.")
                                 .arg(QDir::toNativeSeparators(url.path()),
                                      QDir::toNativeSeparators(file.absolutePath())));
        }
    }
    std::shared_ptr<Database> db(new Database(url));
    QSqlDatabase connection = db->connection();
    if (!connection.isOpen())
        return db->connectError(connection);
    if (auto migrated = Migrations::apply(*db); !migrated)
        return migrated.error();
    qCInfo(lcStorage) << "opened" << url.toString();
    return db;
}

pg_conn *Database::pgHandle(const QSqlDatabase &db)
{
    if (!db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // Qt names the type after the struct behind libpq's typedef.
    const char *type = handle.typeName();
    if (!handle.isValid() || (qstrcmp(type, "PGconn*") != 0 && qstrcmp(type, "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

#ifdef MEGAPHONE_SQLITE_HANDLE
namespace {

// Whether the plugin that made `driver` finds SQLite's functions where this program
// does: in one shared library (a plugin with SQLite compiled in finds them in itself,
// or nowhere, as it hides them).
bool driverSharesOurSqlite(const QSqlDriver *driver)
{
    Dl_info info {};
    const void *vtable = *reinterpret_cast<const void *const *>(driver); // in the plugin
    if (dladdr(vtable, &info) == 0 || !info.dli_fname)
        return false;
    void *plugin = dlopen(info.dli_fname, RTLD_LAZY | RTLD_NOLOAD);
    if (!plugin)
        return false;
    const void *theirs = dlsym(plugin, "sqlite3_libversion_number");
    dlclose(plugin);
    return theirs && theirs == reinterpret_cast<const void *>(&sqlite3_libversion_number);
}

} // namespace
#endif

sqlite3 *Database::sqliteHandle(const QSqlDatabase &db)
{
#ifdef MEGAPHONE_SQLITE_HANDLE
    if (!db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    static const bool shared = driverSharesOurSqlite(db.driver());
    return shared ? *static_cast<sqlite3 *const *>(handle.constData()) : nullptr;
#else
    Q_UNUSED(db);
    return nullptr;
#endif
}

int Database::reconnectCount() const
{
    return t_reconnects.value(m_connectionPrefix + threadTag());
}

Result<int> Database::check(const DatabaseUrl &url)
{
    if (url.isSqlite() && !QFileInfo(url.path()).isFile()) {
        return makeError(u"not-found"_s,
                         tr("There is no SQLite database at %1 yet.")
                             .arg(QDir::toNativeSeparators(url.path())));
    }
    // Destroyed at the end of this call, which closes its connection on this thread.
    const Database probe(url);
    const QSqlDatabase connection = probe.connection();
    if (!connection.isOpen())
        return probe.connectError(connection);
    return Migrations::currentVersion(connection);
}

QSqlDatabase Database::connection() const
{
    const QString name = m_connectionPrefix + threadTag();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (m_url.isPostgres() && t_transactionDepth.value(name) == 0 && connectionBroken(db)) {
            db.close();
            ++t_reconnects[name];
            if (auto opened = openThreadConnection(db); opened)
                qCInfo(lcStorage) << "PostgreSQL connection opened again";
        }
        return db;
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(
        m_url.isSqlite() ? u"QSQLITE"_s : u"QPSQL"_s, name);
    if (t_connections.names.isEmpty()) {
        QThread *thread = QThread::currentThread();
        if (QCoreApplication::instance() && thread != QCoreApplication::instance()->thread()) {
            QObject::connect(thread, &QThread::finished, thread,
                             [] { t_connections.closeAll(); }, Qt::DirectConnection);
        }
    }
    t_connections.names.append(name);
    if (auto opened = openThreadConnection(db); !opened)
        qCWarning(lcStorage) << opened.error().message;
    return db;
}

Result<void> Database::openThreadConnection(QSqlDatabase &db) const
{
    if (m_url.isSqlite()) {
        // Writers wait up to a minute for the lock: an import's merge of a million
        // contacts holds it for seconds, and waiting beats failing a send's result.
        db.setDatabaseName(m_url.path());
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=60000"_s);
    } else {
        db.setHostName(m_url.host());
        db.setPort(m_url.port());
        db.setDatabaseName(m_url.databaseName());
        db.setUserName(m_url.user());
        db.setPassword(m_url.password());
        QStringList options = {u"connect_timeout=10"_s, u"application_name=megaphone"_s};
        if (!m_url.sslMode().isEmpty())
            options.append(u"sslmode="_s + m_url.sslMode());
        db.setConnectOptions(options.join(u';'));
    }
    if (!db.open())
        return connectError(db);

    if (m_url.isSqlite()) {
        QSqlQuery pragma(db);
        for (const auto *statement : {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON",
                                      "PRAGMA synchronous=NORMAL", "PRAGMA busy_timeout=60000"}) {
            if (!pragma.exec(QString::fromLatin1(statement)))
                return queryError(pragma, QString::fromLatin1(statement));
        }
    } else {
        QSqlQuery setup(db);
        if (!setup.exec(u"SET TIME ZONE 'UTC'"_s))
            return queryError(setup, u"SET TIME ZONE"_s);
    }
    return {};
}

Error Database::connectError(const QSqlDatabase &db) const
{
    const QString reason = db.lastError().text().trimmed();
    if (m_url.isSqlite()) {
        return makeError(u"unreachable"_s, tr("Cannot open the SQLite database %1: %2")
                                               .arg(QDir::toNativeSeparators(m_url.path()), reason));
    }
    return makeError(u"unreachable"_s,
                     tr("Cannot connect to PostgreSQL database \"%1\" at %2:%3 as user \"%4\": %5")
                         .arg(m_url.databaseName(), m_url.host())
                         .arg(m_url.port())
                         .arg(m_url.user(), reason));
}

int Database::schemaVersion() const
{
    return Migrations::currentVersion(connection());
}

Result<void> Database::transaction(const std::function<Result<void>()> &work) const
{
    QSqlDatabase db = connection();
    int &depth = t_transactionDepth[db.connectionName()];
    if (depth > 0) {
        // Nested: the outermost transaction commits or rolls back everything.
        ++depth;
        Result<void> result = work();
        --depth;
        return result;
    }

    QSqlQuery control(db);
    if (!control.exec(m_url.isSqlite() ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s))
        return queryError(control, tr("start a transaction"));
    ++depth;
    Result<void> result = work();
    --depth;
    if (!result) {
        control.exec(u"ROLLBACK"_s);
        return result;
    }
    if (!control.exec(u"COMMIT"_s)) {
        const Error error = queryError(control, tr("commit"));
        control.exec(u"ROLLBACK"_s);
        return error;
    }
    return {};
}

Error Database::queryError(const QSqlQuery &query, const QString &what)
{
    const QString text = query.lastError().text().trimmed();
    qCWarning(lcStorage) << what << "failed:" << text;
    return makeError(u"sql"_s, tr("The database refused to %1: %2").arg(what, text));
}

} // namespace megaphone
