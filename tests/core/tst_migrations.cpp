#include "Database.h"
#include "Migrations.h"
#include "TestDatabase.h"

#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace megaphone;

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }
    void freshDatabaseGetsEverySchemaVersion();
    void reopeningIsANoOp();
    void countryCodesPutInCapitals();
    void newerDatabaseIsRefusedAndUntouched();
};

namespace {

QStringList migrationRows(const Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(u"SELECT version, name, applied_at FROM schema_migrations ORDER BY version"_s);
    QStringList rows;
    while (q.next())
        rows << q.value(0).toString() + u'|' + q.value(1).toString() + u'|' + q.value(2).toString();
    return rows;
}

} // namespace

void TestMigrations::freshDatabaseGetsEverySchemaVersion()
{
    QFETCH_GLOBAL(QString, backend);
    if (backend == u"postgresql" && !test::adminPostgresUrl())
        QSKIP("MEGAPHONE_TEST_PG_URL is not set");
    auto empty = test::TestDatabase::createEmpty(backend);
    QVERIFY(empty.ok());
    auto db = Database::open(empty.value()->url());
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    QCOMPARE(db.value()->schemaVersion(), Migrations::latestVersion());
    QVERIFY(Migrations::latestVersion() >= 1);
    const QStringList tables = db.value()->connection().tables();
    for (const QString &table : {u"contacts"_s, u"tags"_s, u"contact_tags"_s, u"portfolios"_s,
                                 u"accounts"_s, u"templates"_s, u"broadcasts"_s, u"recipients"_s,
                                 u"webhook_events"_s, u"audit_log"_s, u"settings"_s,
                                 u"schema_migrations"_s}) {
        QVERIFY2(tables.contains(table), qPrintable(table));
    }
    QCOMPARE(migrationRows(*db.value()).size(), Migrations::latestVersion());
}

void TestMigrations::reopeningIsANoOp()
{
    std::unique_ptr<test::TestDatabase> t;
    MEGAPHONE_OPEN_TEST_DB(t);
    const QStringList before = migrationRows(*t->db());
    t->reopen();
    QVERIFY(t->db());
    QCOMPARE(migrationRows(*t->db()), before);
    QCOMPARE(t->db()->schemaVersion(), Migrations::latestVersion());
}

// "Contacts by country": a code an earlier version stored in small letters is put in
// capitals, as the contact store and the import write it now, and the index is made.
void TestMigrations::countryCodesPutInCapitals()
{
    std::unique_ptr<test::TestDatabase> t;
    MEGAPHONE_OPEN_TEST_DB(t);
    {
        QSqlQuery q(t->db()->connection());
        QVERIFY(q.exec(u"DROP INDEX contacts_country"_s));
        QVERIFY(q.exec(u"DELETE FROM schema_migrations WHERE name = 'contacts by country'"_s));
        QVERIFY(q.exec(u"INSERT INTO contacts (phone_e164, country, created_at, updated_at) "
                       "VALUES ('+5511900000001', 'br', 0, 0), ('+5511900000002', NULL, 0, 0), "
                       "('+34600000003', 'ES', 0, 0)"_s));
    }
    t->reopen();
    QVERIFY(t->db());
    QCOMPARE(t->db()->schemaVersion(), Migrations::latestVersion());
    QSqlQuery q(t->db()->connection());
    QVERIFY(q.exec(u"SELECT COALESCE(country, '-') FROM contacts ORDER BY phone_e164"_s));
    QStringList countries;
    while (q.next())
        countries << q.value(0).toString();
    QCOMPARE(countries, (QStringList{u"ES"_s, u"BR"_s, u"-"_s}));
    QVERIFY2(q.exec(u"DROP INDEX contacts_country"_s), "the migration made the index again");
}

void TestMigrations::newerDatabaseIsRefusedAndUntouched()
{
    std::unique_ptr<test::TestDatabase> t;
    MEGAPHONE_OPEN_TEST_DB(t);
    const int future = Migrations::latestVersion() + 5;
    {
        QSqlQuery q(t->db()->connection());
        q.prepare(u"INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"_s);
        q.addBindValue(future);
        q.addBindValue(u"from the future"_s);
        q.addBindValue(1);
        QVERIFY(q.exec());
        QVERIFY(q.exec(u"CREATE TABLE future_table (x INTEGER)"_s));
    }
    const QStringList before = migrationRows(*t->db());
    QStringList tablesBefore = t->db()->connection().tables();
    tablesBefore.sort();
    t->close();

    auto refused = Database::open(t->url());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, u"newer-schema"_s);
    QVERIFY2(refused.error().message.contains(QString::number(future)),
             qPrintable(refused.error().message));
    QVERIFY(refused.error().message.contains(u"not changed"_s));

    // Look with a plain connection: nothing was added or removed.
    t->reopen(); // fails the same way, leaving db() null
    QVERIFY(!t->db());
    QSqlDatabase raw = QSqlDatabase::addDatabase(
        t->url().isSqlite() ? u"QSQLITE"_s : u"QPSQL"_s, u"raw"_s);
    {
        if (t->url().isSqlite()) {
            raw.setDatabaseName(t->url().path());
        } else {
            raw.setHostName(t->url().host());
            raw.setPort(t->url().port());
            raw.setUserName(t->url().user());
            raw.setDatabaseName(t->url().databaseName());
        }
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(u"SELECT version, name, applied_at FROM schema_migrations ORDER BY version"_s));
        QStringList after;
        while (q.next())
            after << q.value(0).toString() + u'|' + q.value(1).toString() + u'|' +
                         q.value(2).toString();
        QCOMPARE(after, before);
        QStringList tablesAfter = raw.tables();
        tablesAfter.sort();
        QCOMPARE(tablesAfter, tablesBefore);
        raw.close();
    }
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"raw"_s);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
