#include "secrets/KeychainCredentialStore.h"

#include <QUuid>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace megaphone;

// Against the real Secret Service that `make test` starts (gnome-keyring on a
// private D-Bus session).
class TestCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeReadOverwriteRemove();
    void missingEntryIsNotFound();
    void asyncCallbackSkippedWhenContextIsGone();
    void keysAreNamedAsDesigned();

private:
    KeychainCredentialStore m_store{u"Megaphone-test"_s};
};

void TestCredentialStore::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session: `make test` starts a throwaway Secret Service");
    auto probe = m_store.probe();
    QVERIFY2(probe.ok(), qPrintable(probe.ok() ? QString() : probe.error().message));
}

void TestCredentialStore::writeReadOverwriteRemove()
{
    const QString key = CredentialStore::accountKey(7, u"access_token"_s);
    const QString secret = u"EAAG-तोकन-ção-"_s + QUuid::createUuid().toString();
    QVERIFY(m_store.write(key, secret).ok());
    auto read = m_store.read(key);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
    QCOMPARE(read.value(), secret);

    QVERIFY(m_store.write(key, u"rotated"_s).ok());
    QCOMPARE(m_store.read(key).value(), u"rotated"_s);

    QVERIFY(m_store.remove(key).ok());
    auto gone = m_store.read(key);
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().code, u"not-found"_s);
    QVERIFY(m_store.remove(key).ok()); // removing twice is fine
}

void TestCredentialStore::missingEntryIsNotFound()
{
    auto missing = m_store.read(u"account/999/never_written"_s);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, u"not-found"_s);
    QVERIFY(missing.error().message.contains(u"account/999/never_written"_s));
}

void TestCredentialStore::asyncCallbackSkippedWhenContextIsGone()
{
    const QString key = CredentialStore::accountKey(8, u"app_secret"_s);
    QVERIFY(m_store.write(key, u"s"_s).ok());

    int called = 0;
    auto *context = new QObject;
    m_store.readAsync(key, context, [&](const Result<QString> &) { ++called; });
    delete context;

    QObject alive;
    bool done = false;
    m_store.readAsync(key, &alive, [&](const Result<QString> &r) {
        done = true;
        QCOMPARE(r.value(), u"s"_s);
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(called, 0);
    QVERIFY(m_store.remove(key).ok());
}

void TestCredentialStore::keysAreNamedAsDesigned()
{
    QCOMPARE(CredentialStore::accountKey(3, u"verify_token"_s), u"account/3/verify_token"_s);
    QCOMPARE(CredentialStore::databaseKey(u"ana@db:5432/team"_s), u"database/ana@db:5432/team"_s);
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
