#include "ContactStore.h"
#include "Database.h"
#include "TestDatabase.h"

#include <QLibraryInfo>
#include <QSqlQuery>
#include <QThread>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace megaphone;

class TestDatabaseOpen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }
    void eachThreadGetsItsOwnConnection();
    void transactionRollsBackWhenWorkFails();
    void sqliteUsesWalForeignKeysAndBusyTimeout();
    void sqliteHandleOnlyFromTheSharedLibrary();
    void unreachablePostgresSaysWhereAndWhy();
    void sqliteFolderProblemsSaySo();
};

void TestDatabaseOpen::eachThreadGetsItsOwnConnection()
{
    std::unique_ptr<test::TestDatabase> t;
    MEGAPHONE_OPEN_TEST_DB(t);
    auto db = t->db();
    Contact c;
    c.phoneE164 = u"+4915112345678"_s;
    QVERIFY(ContactStore(db).add(c).ok());

    const QString mainName = db->connection().connectionName();
    QString workerName;
    qint64 seen = -1;
    QThread *thread = QThread::create([&] {
        workerName = db->connection().connectionName();
        auto n = ContactStore(db).count({});
        seen = n.ok() ? n.value() : -2;
    });
    thread->start();
    QVERIFY(thread->wait(30000));
    delete thread;

    QCOMPARE(seen, 1);
    QVERIFY(!workerName.isEmpty());
    QVERIFY(workerName != mainName);
    // The worker's connection went away with its thread.
    QVERIFY(!QSqlDatabase::contains(workerName));
    QVERIFY(QSqlDatabase::contains(mainName));
}

void TestDatabaseOpen::transactionRollsBackWhenWorkFails()
{
    std::unique_ptr<test::TestDatabase> t;
    MEGAPHONE_OPEN_TEST_DB(t);
    auto db = t->db();
    auto result = db->transaction([&]() -> Result<void> {
        Contact c;
        c.phoneE164 = u"+5511987654321"_s;
        // The store's own transaction nests inside this one.
        if (auto added = ContactStore(db).add(c); !added)
            return added.error();
        QSqlQuery q(db->connection());
        if (!q.exec(u"INSERT INTO tags (name) VALUES ('vip')"_s))
            return makeError(u"sql"_s, u"insert failed"_s);
        return makeError(u"test"_s, u"changed my mind"_s);
    });
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, u"test"_s);
    auto tags = ContactStore(db).allTags();
    QVERIFY(tags.ok());
    QVERIFY(tags->isEmpty());
    QCOMPARE(ContactStore(db).count({}).value(), 0);
}

void TestDatabaseOpen::sqliteUsesWalForeignKeysAndBusyTimeout()
{
    QFETCH_GLOBAL(QString, backend);
    if (backend != u"sqlite")
        QSKIP("SQLite pragmas only");
    std::unique_ptr<test::TestDatabase> t;
    MEGAPHONE_OPEN_TEST_DB(t);
    QSqlQuery q(t->db()->connection());
    QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"wal"_s);
    QVERIFY(q.exec(u"PRAGMA foreign_keys"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(u"PRAGMA busy_timeout"_s) && q.next());
    QVERIFY(q.value(0).toInt() >= 5000);
}

// The import stages rows through SQLite's own API when Qt's driver uses the SQLite this
// program links (ImportStaging). Debian's driver does; a driver with SQLite compiled in
// (Qt's own builds) must give no handle, and a PostgreSQL connection none either.
void TestDatabaseOpen::sqliteHandleOnlyFromTheSharedLibrary()
{
    QFETCH_GLOBAL(QString, backend);
    std::unique_ptr<test::TestDatabase> t;
    MEGAPHONE_OPEN_TEST_DB(t);
    sqlite3 *handle = Database::sqliteHandle(t->db()->connection());
    if (backend != u"sqlite") {
        QVERIFY(!handle);
        return;
    }
#if defined(Q_OS_LINUX)
    if (QLibraryInfo::path(QLibraryInfo::PluginsPath).startsWith(u"/usr/lib/"_s))
        QVERIFY2(handle, "Debian's QSQLITE driver links the system SQLite, as this build does");
#endif
    QCOMPARE(handle, Database::sqliteHandle(t->db()->connection()));
}

void TestDatabaseOpen::unreachablePostgresSaysWhereAndWhy()
{
    QFETCH_GLOBAL(QString, backend);
    if (backend != u"postgresql")
        QSKIP("about PostgreSQL connections");
    // Port 1 on loopback: nothing listens there.
    auto url = DatabaseUrl::parse(u"postgresql://marketing@127.0.0.1:1/megaphone"_s);
    QVERIFY(url.ok());
    auto db = Database::open(url.value());
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, u"unreachable"_s);
    const QString message = db.error().message;
    QVERIFY2(message.contains(u"127.0.0.1:1"_s), qPrintable(message));
    QVERIFY2(message.contains(u"megaphone"_s), qPrintable(message));
    QVERIFY2(message.contains(u"marketing"_s), qPrintable(message));
    QVERIFY2(message.contains(u"refused"_s, Qt::CaseInsensitive), qPrintable(message));
}

void TestDatabaseOpen::sqliteFolderProblemsSaySo()
{
    QFETCH_GLOBAL(QString, backend);
    if (backend != u"sqlite")
        QSKIP("about SQLite files");
    QTemporaryDir dir;
    auto isFolder = Database::open(DatabaseUrl::sqlite(dir.path()));
    QVERIFY(!isFolder.ok());
    QVERIFY2(isFolder.error().message.contains(u"is a folder"_s),
             qPrintable(isFolder.error().message));
    QVERIFY(isFolder.error().message.contains(dir.path()));

    // A folder that cannot be made: its parent is a plain file.
    QFile blocker(dir.filePath(u"blocker"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString path = dir.filePath(u"blocker/sub/megaphone.db"_s);
    auto noFolder = Database::open(DatabaseUrl::sqlite(path));
    QVERIFY(!noFolder.ok());
    QCOMPARE(noFolder.error().code, u"unreachable"_s);
    QVERIFY2(noFolder.error().message.contains(path), qPrintable(noFolder.error().message));
    QVERIFY(noFolder.error().message.contains(u"cannot be created"_s));
}

QTEST_GUILESS_MAIN(TestDatabaseOpen)
#include "tst_database.moc"
