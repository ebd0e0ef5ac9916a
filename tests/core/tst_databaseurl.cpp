#include "DatabaseUrl.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using megaphone::DatabaseUrl;

class TestDatabaseUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesValidUrls_data();
    void parsesValidUrls();
    void refusesBadUrls_data();
    void refusesBadUrls();
    void neverPrintsThePassword();
    void describesForTheStatusBar();
};

void TestDatabaseUrl::parsesValidUrls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("sslmode");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("sqlite") << u"sqlite:///home/me/megaphone.db"_s << false
                            << u"/home/me/megaphone.db"_s << QString() << 5432 << QString()
                            << QString() << QString() << u"sqlite:///home/me/megaphone.db"_s;
    QTest::newRow("sqlite with space") << u"sqlite:///tmp/my%20data/m.db"_s << false
                                       << u"/tmp/my data/m.db"_s << QString() << 5432 << QString()
                                       << QString() << QString() << u"sqlite:///tmp/my%20data/m.db"_s;
    QTest::newRow("postgres full") << u"postgresql://ana@db.example.com:6432/team?sslmode=require"_s
                                   << true << QString() << u"db.example.com"_s << 6432 << u"team"_s
                                   << u"ana"_s << u"require"_s
                                   << u"postgresql://ana@db.example.com:6432/team?sslmode=require"_s;
    QTest::newRow("postgres default port") << u"postgres://bob@localhost/megaphone"_s << true
                                           << QString() << u"localhost"_s << 5432
                                           << u"megaphone"_s << u"bob"_s << QString()
                                           << u"postgresql://bob@localhost:5432/megaphone"_s;
    QTest::newRow("supabase session pooler")
        << u"postgresql://postgres.abc@aws-0-eu.pooler.supabase.com:5432/postgres?sslmode=verify-full"_s
        << true << QString() << u"aws-0-eu.pooler.supabase.com"_s << 5432 << u"postgres"_s
        << u"postgres.abc"_s << u"verify-full"_s
        << u"postgresql://postgres.abc@aws-0-eu.pooler.supabase.com:5432/postgres?sslmode=verify-full"_s;
}

void TestDatabaseUrl::parsesValidUrls()
{
    QFETCH(QString, text);
    auto url = DatabaseUrl::parse(text);
    QVERIFY2(url.ok(), qPrintable(url.ok() ? QString() : url.error().message));
    QTEST(url->isPostgres(), "postgres");
    QTEST(url->path(), "path");
    if (url->isPostgres()) {
        QTEST(url->host(), "host");
        QTEST(url->port(), "port");
        QTEST(url->databaseName(), "database");
        QTEST(url->user(), "user");
        QTEST(url->sslMode(), "sslmode");
    }
    QTEST(url->toString(), "canonical");
    // The canonical form parses back to the same URL.
    auto again = DatabaseUrl::parse(url->toString());
    QVERIFY(again.ok());
    QCOMPARE(again.value(), url.value());
}

void TestDatabaseUrl::refusesBadUrls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << QString() << u"not a database URL"_s;
    QTest::newRow("no scheme") << u"/home/me/db.sqlite"_s << u"not a database URL"_s;
    QTest::newRow("mysql") << u"mysql://root@localhost/db"_s << u"Unsupported database type"_s;
    QTest::newRow("relative sqlite") << u"sqlite://megaphone.db"_s << u"absolute file path"_s;
    QTest::newRow("no database") << u"postgresql://ana@host:5432"_s << u"database name"_s;
    QTest::newRow("bad sslmode") << u"postgresql://a@h/db?sslmode=always"_s << u"sslmode must be"_s;
    QTest::newRow("unknown option") << u"postgresql://a@h/db?pool=1"_s << u"Unknown option"_s;
}

void TestDatabaseUrl::refusesBadUrls()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    auto url = DatabaseUrl::parse(text);
    QVERIFY(!url.ok());
    QCOMPARE(url.error().code, u"bad-url"_s);
    QVERIFY2(url.error().message.contains(mentions), qPrintable(url.error().message));
}

void TestDatabaseUrl::neverPrintsThePassword()
{
    auto url = DatabaseUrl::parse(u"postgresql://ana:s3cr3t-pw@host:5432/team"_s);
    QVERIFY(url.ok());
    QCOMPARE(url->password(), u"s3cr3t-pw"_s);
    QVERIFY(!url->toString().contains(u"s3cr3t-pw"_s));
    QVERIFY(!url->describe().contains(u"s3cr3t-pw"_s));
    QCOMPARE(url->credentialName(), u"ana@host:5432/team"_s);
}

void TestDatabaseUrl::describesForTheStatusBar()
{
    QCOMPARE(DatabaseUrl::sqlite(u"/data/m.db"_s).describe(), u"SQLite: /data/m.db"_s);
    auto pg = DatabaseUrl::parse(u"postgresql://a@db.local:5433/crm"_s);
    QVERIFY(pg.ok());
    QCOMPARE(pg->describe(), u"PostgreSQL: crm on db.local:5433"_s);
}

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
