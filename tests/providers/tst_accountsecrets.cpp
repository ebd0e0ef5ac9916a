// AccountSecrets against the real Secret Service that `make test` starts, and the
// server-side sources that win over it: MEGAPHONE_SECRET_<ID>_<NAME> variables and
// systemd credential files in $CREDENTIALS_DIRECTORY.
#include "AccountSecrets.h"
#include "secrets/KeychainCredentialStore.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace megaphone;

class TestAccountSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void namesPerProvider_data();
    void namesPerProvider();
    void labelsAreWords();
    void saveLoadRemoveThroughTheKeychain();
    void emptyValuesAreNotSaved();
    void missingMainSecretSaysHowToSetIt();
    void sandboxNeedsNoSecret();
    void environmentVariableWins();
    void credentialsDirectoryWins();
    void environmentBeatsCredentialsDirectory();

private:
    Account account(ProviderKind provider) const;

    KeychainCredentialStore m_store { u"Megaphone-test"_s };
    qint64 m_id = 0;
};

void TestAccountSecrets::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session: `make test` starts a throwaway Secret Service");
    auto probe = m_store.probe();
    QVERIFY2(probe.ok(), qPrintable(probe.ok() ? QString() : probe.error().message));
}

void TestAccountSecrets::init()
{
    // An id of its own per test function, so parallel runs never share entries.
    m_id = 100000 + QRandomGenerator::global()->bounded(1000000);
    qunsetenv("CREDENTIALS_DIRECTORY");
}

void TestAccountSecrets::cleanup()
{
    for (const QString &name : AccountSecrets::namesFor(ProviderKind::Meta))
        qunsetenv(qPrintable(u"MEGAPHONE_SECRET_%1_%2"_s.arg(m_id).arg(name.toUpper())));
    qunsetenv("CREDENTIALS_DIRECTORY");
    if (m_id)
        QVERIFY(AccountSecrets::removeAll(account(ProviderKind::Meta), m_store).ok());
}

Account TestAccountSecrets::account(ProviderKind provider) const
{
    Account a;
    a.id = m_id;
    a.provider = provider;
    a.label = u"Main number"_s;
    return a;
}

void TestAccountSecrets::namesPerProvider_data()
{
    QTest::addColumn<ProviderKind>("provider");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("meta") << ProviderKind::Meta
                          << QStringList { u"access_token"_s, u"app_secret"_s, u"verify_token"_s };
    QTest::newRow("sandbox") << ProviderKind::Sandbox
                             << QStringList { u"access_token"_s, u"app_secret"_s,
                                    u"verify_token"_s };
    QTest::newRow("360dialog") << ProviderKind::Dialog360
                               << QStringList { u"api_key"_s, u"webhook_token"_s };
    QTest::newRow("twilio") << ProviderKind::Twilio << QStringList { u"auth_token"_s };
    QTest::newRow("relay") << ProviderKind::Relay << QStringList { u"relay_secret"_s };
}

void TestAccountSecrets::namesPerProvider()
{
    QFETCH(ProviderKind, provider);
    QFETCH(QStringList, names);
    QCOMPARE(AccountSecrets::namesFor(provider), names);
    QCOMPARE(AccountSecrets::mainNameFor(provider), names.first());
}

void TestAccountSecrets::labelsAreWords()
{
    QCOMPARE(AccountSecrets::labelFor(u"access_token"_s), u"Access token"_s);
    QCOMPARE(AccountSecrets::labelFor(u"verify_token"_s), u"Webhook verify token"_s);
    QCOMPARE(AccountSecrets::labelFor(u"relay_secret"_s), u"Relay secret"_s);
    for (ProviderKind p : { ProviderKind::Meta, ProviderKind::Dialog360, ProviderKind::Twilio,
             ProviderKind::Relay }) {
        for (const QString &name : AccountSecrets::namesFor(p))
            QVERIFY2(!AccountSecrets::labelFor(name).contains(u'_'), qPrintable(name));
    }
}

void TestAccountSecrets::saveLoadRemoveThroughTheKeychain()
{
    const QString token = u"EAAG-"_s + QUuid::createUuid().toString(QUuid::Id128);
    AccountSecrets secrets;
    secrets.set(u"access_token"_s, token);
    secrets.set(u"app_secret"_s, u"app-sécret"_s);
    QVERIFY(secrets.save(m_id, m_store).ok());
    QCOMPARE(m_store.read(CredentialStore::accountKey(m_id, u"access_token"_s)).value(), token);

    auto loaded = AccountSecrets::load(account(ProviderKind::Meta), m_store);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    QCOMPARE(loaded->value(u"access_token"_s), token);
    QCOMPARE(loaded->value(u"app_secret"_s), u"app-sécret"_s);
    QVERIFY(!loaded->has(u"verify_token"_s)); // optional, and absent: no error

    QVERIFY(AccountSecrets::removeAll(account(ProviderKind::Meta), m_store).ok());
    for (const QString &name : AccountSecrets::namesFor(ProviderKind::Meta)) {
        auto gone = m_store.read(CredentialStore::accountKey(m_id, name));
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().code, u"not-found"_s);
    }
    // Removing again (nothing left) is fine.
    QVERIFY(AccountSecrets::removeAll(account(ProviderKind::Meta), m_store).ok());
}

void TestAccountSecrets::emptyValuesAreNotSaved()
{
    QVERIFY(m_store.write(CredentialStore::accountKey(m_id, u"app_secret"_s), u"kept"_s).ok());
    AccountSecrets secrets;
    secrets.set(u"access_token"_s, u"tok"_s);
    secrets.set(u"app_secret"_s, QString());
    QVERIFY(secrets.save(m_id, m_store).ok());
    QCOMPARE(m_store.read(CredentialStore::accountKey(m_id, u"app_secret"_s)).value(), u"kept"_s);
}

void TestAccountSecrets::missingMainSecretSaysHowToSetIt()
{
    auto loaded = AccountSecrets::load(account(ProviderKind::Twilio), m_store);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, u"missing-secret"_s);
    QVERIFY2(loaded.error().message.contains(u"Main number"_s), qPrintable(loaded.error().message));
    QVERIFY2(loaded.error().message.contains(u"MEGAPHONE_SECRET_%1_AUTH_TOKEN"_s.arg(m_id)),
        qPrintable(loaded.error().message));
}

void TestAccountSecrets::sandboxNeedsNoSecret()
{
    auto loaded = AccountSecrets::load(account(ProviderKind::Sandbox), m_store);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    QVERIFY(!loaded->has(u"access_token"_s));
}

void TestAccountSecrets::environmentVariableWins()
{
    QVERIFY(
        m_store.write(CredentialStore::accountKey(m_id, u"access_token"_s), u"keychain"_s).ok());
    QVERIFY(m_store.write(CredentialStore::accountKey(m_id, u"app_secret"_s), u"kc-app"_s).ok());
    qputenv(qPrintable(u"MEGAPHONE_SECRET_%1_ACCESS_TOKEN"_s.arg(m_id)), "from-env");

    auto loaded = AccountSecrets::load(account(ProviderKind::Meta), m_store);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->value(u"access_token"_s), u"from-env"_s);
    QCOMPARE(loaded->value(u"app_secret"_s), u"kc-app"_s); // no variable: the keychain's
}

void TestAccountSecrets::credentialsDirectoryWins()
{
    QTemporaryDir credentials;
    QVERIFY(credentials.isValid());
    QFile file(credentials.filePath(u"account-%1-access_token"_s.arg(m_id)));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("from-file\n"); // as `echo` writes it: the line break is not part of it
    file.close();
    qputenv("CREDENTIALS_DIRECTORY", QFile::encodeName(credentials.path()));

    // No keychain entry at all: the file alone is enough for the main secret.
    auto loaded = AccountSecrets::load(account(ProviderKind::Meta), m_store);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    QCOMPARE(loaded->value(u"access_token"_s), u"from-file"_s);

    QVERIFY(
        m_store.write(CredentialStore::accountKey(m_id, u"access_token"_s), u"keychain"_s).ok());
    QCOMPARE(AccountSecrets::load(account(ProviderKind::Meta), m_store)->value(u"access_token"_s),
        u"from-file"_s);
}

void TestAccountSecrets::environmentBeatsCredentialsDirectory()
{
    QTemporaryDir credentials;
    QFile file(credentials.filePath(u"account-%1-access_token"_s.arg(m_id)));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("from-file");
    file.close();
    qputenv("CREDENTIALS_DIRECTORY", QFile::encodeName(credentials.path()));
    qputenv(qPrintable(u"MEGAPHONE_SECRET_%1_ACCESS_TOKEN"_s.arg(m_id)), "from-env");
    QCOMPARE(AccountSecrets::load(account(ProviderKind::Meta), m_store)->value(u"access_token"_s),
        u"from-env"_s);
}

QTEST_GUILESS_MAIN(TestAccountSecrets)
#include "tst_accountsecrets.moc"
