#include "AccountStore.h"
#include "Database.h"
#include "DatabaseChoice.h"
#include "Preferences.h"
#include "TeamSettings.h"
#include "secrets/KeychainCredentialStore.h"

#include <QDirIterator>
#include <QSettings>
#include <QUuid>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace megaphone;

// Secrets go to the keychain and nowhere else: not the database file, not settings.
class TestSecretLeak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secretsReachOnlyTheKeychain();
};

namespace {

// Every byte under `folder` (the database, its WAL and the settings file).
QByteArray allBytesUnder(const QString &folder)
{
    QByteArray bytes;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

} // namespace

void TestSecretLeak::secretsReachOnlyTheKeychain()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session: `make test` starts a throwaway Secret Service");
    KeychainCredentialStore keychain(u"Megaphone-test"_s);
    QVERIFY(keychain.probe().ok());

    QTemporaryDir dir;
    auto db = Database::open(DatabaseUrl::sqlite(dir.filePath(u"megaphone.db"_s)));
    QVERIFY(db.ok());
    QSettings settingsFile(dir.filePath(u"megaphone.ini"_s), QSettings::IniFormat);
    Preferences prefs(settingsFile);

    const QString token = u"EAAG"_s + QUuid::createUuid().toString(QUuid::Id128);
    const QString dbPassword = u"pw"_s + QUuid::createUuid().toString(QUuid::Id128);

    // An account with its access token.
    Account account;
    account.provider = ProviderKind::Meta;
    account.label = u"Main"_s;
    const qint64 id = AccountStore(db.value()).add(account).value();
    QVERIFY(keychain.write(CredentialStore::accountKey(id, u"access_token"_s), token).ok());

    // A database URL typed with its password: only the URL without it is kept.
    auto typed = DatabaseUrl::parse(u"postgresql://ana:"_s + dbPassword + u"@db.example:5432/team"_s);
    QVERIFY(typed.ok());
    QVERIFY(keychain.write(CredentialStore::databaseKey(typed->credentialName()), typed->password()).ok());
    prefs.setDatabaseUrl(typed.value());
    prefs.sync();
    QVERIFY(TeamSettings(db.value()).setMaxMessagesPerSecond(60).ok());

    // The stored password is what a later start attaches.
    DatabaseUrl later = DatabaseChoice::choose(QString(), prefs).value();
    QVERIFY(later.password().isEmpty());
    qunsetenv("MEGAPHONE_DATABASE_PASSWORD");
    DatabaseChoice::attachPassword(later, &keychain);
    QCOMPARE(later.password(), dbPassword);

    db.value().reset(); // close, so the WAL is checkpointed or left on disk: both are read
    const QByteArray bytes = allBytesUnder(dir.path());
    QVERIFY(bytes.size() > 1000);
    QVERIFY(!bytes.contains(token.toUtf8()));
    QVERIFY(!bytes.contains(dbPassword.toUtf8()));
    QVERIFY(bytes.contains("db.example")); // the URL itself was saved

    QVERIFY(keychain.remove(CredentialStore::accountKey(id, u"access_token"_s)).ok());
    QVERIFY(keychain.remove(CredentialStore::databaseKey(typed->credentialName())).ok());
}

QTEST_GUILESS_MAIN(TestSecretLeak)
#include "tst_secretleak.moc"
